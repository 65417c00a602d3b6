import type { Span } from '../../types.ts';
import { subjectOfVerbBefore } from '../attribution/subject.ts';
import type { Attribution } from '../attribution/tail.ts';
import { SECOND_SAYING_PARTICIPLE, TOLD_WHOM_BEFORE_COMMA } from '../clauseIntoQuote.ts';
import { genderOfEntity } from '../discourse/personBack.ts';
import { resolveSpeaker } from '../discourse/resolveSpeaker.ts';
import type { Discourse, ResolvedSpeaker } from '../discourse/state.ts';
import { groupAgain, NAMES_TOGETHER_FIRST, speakersNamed } from '../groupSpeakers.ts';
import { COMMUNICATION_VERB, LEADING_CONNECTIVE } from '../lexicon.ts';
import { findPeople } from '../people.ts';
import { quoteSpans } from '../quotes.ts';
import type { Unit } from '../units.ts';
import type { Draft } from './draft.ts';
import { makeDraft } from './remember.ts';

/** `Also, Blinken "noted …"`, `He also "underscored …"`: the verb is inside the quote. */
export function subjectBeforeQuote(text: string, unit: Unit): Attribution | null {
  const first = unit.quotes[0];
  if (!first) return null;
  const open = first.parts[0]!.open;
  const before = text.slice(unit.start, open);
  const np = before
    .replace(LEADING_CONNECTIVE, '')
    .replace(/\s+(?:also|again|then|further|later)\s*$/i, '')
    .trim();
  if (!np || np.split(/\s+/).length > 8 || /[,;:]/.test(np)) return null;
  const verb = COMMUNICATION_VERB.exec(text.slice(first.parts[0]!.start, first.parts[0]!.start + 30));
  if (verb?.index !== 0) return null;
  const npStart = unit.start + before.indexOf(np);
  const content = { start: first.parts[0]!.start, end: first.parts[0]!.end };
  return {
    form: 'subject-quote',
    speaker: { start: npStart, end: npStart + np.length },
    frame: { start: unit.start, end: open },
    content,
  };
}

/**
 * "launched what it called “…”", "dismissed what he called “…”": the name a speaker gave, in quotes.
 * A body named by its owner's pronoun names it too: "what its Defence Ministry called “…”"; so does
 * a body the text describes by its head noun ("in what the Azerbaijani foreign ministry called an “…”"),
 * with a word that says which, or alone when the head is the ministry or government the story names
 * ("what the department called" could be any department, and is left).
 */
const WHAT_CALLED =
  /\bwhat\s+(he|she|it|they|(?:both|the\s+two)\s+\p{Ll}+|(?:(?:its|his|her|their)\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*){0,3}|the\s+(?:ministry|government|authorities)|the\s+(?:[\p{L}.'’-]+\s+){1,3}?(?:ministry|department|side|government|authorities|army|office|service|agency|administration|committee|commission|embassy|presidency))\s+(?:has\s+|have\s+|had\s+)?(?:called|calls|call|described\s+as|describes\s+as|describe\s+as|termed|terms|term|dubbed)\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?(?=\u2591)/u;

/**
 * "an operation which the Azerbaijani side called “…”", "the measures that Baku termed “…”": a
 * relative clause naming a thing, its subject a noun phrase (a pronoun's antecedent is the thing).
 * News copy drops the relative word after an appositive noun (", a move Armenia's Foreign Ministry
 * called “…”", ", a remark opposition parties called “…”"), and its subject may be a plural group.
 */
const WHICH_CALLED =
  /\b(?:which|that)\s+((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:\p{Ll}{3,}|\p{Lu}[\p{L}.'’-]*))\s+(?:has\s+|had\s+)?(?:called|calls|described\s+as|describes\s+as|termed|terms|dubbed)\s+(?:an?\s+|the\s+)?(?=\u2591)/u;

/**
 * News copy drops the relative word after an appositive noun: ", a move Armenia's Foreign Ministry
 * called “…”", ", a remark opposition parties called “…”" (its subject a name or a plural group).
 * Beside a saying it is an aside of its own, as "in what X called" is.
 */
const CONTACT_CALLED =
  /,\s+(?:a|an)\s+(?!\p{Ll}+ly\s)\p{Ll}{3,}\s+((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:(?!(?:was|were|are|been|being|also|often|widely|commonly|once)\s)\p{Ll}{3,}\s+(?!\p{Ll}+ly\s)\p{Ll}{3,}s|\p{Lu}[\p{L}.'’-]*))\s+(?:has\s+|had\s+)?(?:called|calls|described\s+as|describes\s+as|termed|terms|dubbed)\s+(?:an?\s+|the\s+)?(?=\u2591)/u;

/**
 * "…, which he called “the most painful”": a person's pronoun naming a thing inside that person's
 * own words (read only beside the saying that frames it, see framingPerson).
 */
const WHICH_PRONOUN_CALLED =
  /\b(?:which|whom)\s+(he|she)\s+(?:has\s+|had\s+)?(?:called|calls|described\s+as|describes\s+as|termed|terms|dubbed)\s+(?:an?\s+|the\s+)?(?=\u2591)/u;

/** "thanked Tehran for |what …", "congratulated Azerbaijan on |what …": a past verb, a short object, a preposition. */
const VERB_OBJECT_PREPOSITION =
  /\b(\p{Ll}{3,}ed)\s+(?:[^,;:\u2591]{1,40}?\s)?(?:on|for|about|over|against|with|to|at|by)\s+$/u;

/** A day set between a verb and its object: "launched |this Tuesday |what it called …". */
const TIME_BEFORE_OBJECT =
  /\s(?:(?:on|this|last|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|overnight)(?:\s+(?:morning|afternoon|evening|night))?,?\s+$/u;

/** How many characters of a day stand right before "what", after the verb whose object it is. */
function timeBeforeObject(before: string): number {
  const time = TIME_BEFORE_OBJECT.exec(before);
  return time ? time[0].length - 1 : 0;
}

/** "announced the end of| what it called …": a phase of the thing named is the verb's object, "what" its complement. */
const VERB_PHASE_OF =
  /\b(\p{Ll}{3,}(?:ed|s))\s+the\s+(?:end|start|launch|beginning|resumption|completion|suspension|conclusion)\s+of\s+$/u;

/** An owner named ("Baku's"), not a common noun ("the army's"). */
const CAPITAL_START = /^\p{Lu}/u;
const THE_THEN_LOWER_CASE = /^the\s+\p{Ll}/iu;

/** A reported content that is only a phase of the thing named: "the end of what it called “". */
export const PHASE_OF_WHAT_CALLED =
  /^the\s+(?:end|start|launch|beginning|resumption|completion|suspension|conclusion)\s+of\s+what\s+[^\s"“]+\s+(?:called|calls)\s*["“«]?$/u;

const PREPOSITION_BEFORE =
  /(?<![\p{L}-])(?:of|in|to|for|on|at|by|with|from|about|against|over|under|into|through|despite|amid|after|before|as|than|like)\s+$/iu;

const WRITER_RECAP = /^\s*(?:Recall(?:\s+that|,)|It (?:will|should) be recalled(?:\s+that)?|As a reminder,)/;

/**
 * "Azerbaijan launched what it called “local anti-terrorist measures”": the quoted name is the
 * speaker's words. "it"/"they" is the clause's subject; "he"/"she" is read as a pronoun.
 */
/**
 * Words opening a clause of time before its subject: "a day after", "hours before", "when", "less
 * than 24 hours after", "just two weeks before".
 */
const TIME_OPENER = /^(?:[\p{L}\p{N}-]+\s+){0,4}?(?:after|before|since|when|while|until|once)\s+(?=\S)/iu;

/** A time clause's opener with no subject after it: "less than 24 hours after" (then "launching"). */
const OPENER_ONLY = /^(?:[\p{L}\p{N}-]+\s+){0,4}?(?:after|before|since|when|while|until|once|upon|by)\s*$/iu;
/** The main clause's subject right after a fronted clause: "…”, Azerbaijan obtained …". */
const MAIN_SUBJECT_AFTER =
  /^["”’]?\s*,\s*((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,4})(?=\s+(?:has\s+|had\s+|have\s+)?\p{Ll}+(?:ed|s)\b)/u;

/** The saying whose reported words hold an aside "what it called": its speakers and its words. */
interface FramingSaying {
  speakers: readonly ResolvedSpeaker[];
  content: Span;
}

/**
 * "The ministry said the soldiers died in what it called “a provocation”", "Baku maintains that the
 * protesters demand an end to what it calls “…”": an "it" after a preposition, with no verb subject
 * of its own, inside the words of a body's saying, is that body; "they" is a group's; "he" or "she"
 * a person's, as framingPerson reads it. A saying by several leaves the pronoun unresolved.
 */
function pronounOfFramingBody(
  pronoun: string,
  at: number,
  framing: FramingSaying | undefined,
  text: string,
  d: Discourse,
): ResolvedSpeaker | null {
  if (framing?.speakers.length !== 1) return null;
  if (at < framing.content.start || at >= framing.content.end) return null;
  const speaker = framing.speakers[0]!;
  if (speaker.viaDocument) return null;
  const kind = speaker.entity.kind;
  if (/^it$/i.test(pronoun)) return kind === 'organisation' || kind === 'government' ? speaker : null;
  if (/^(?:he|she)$/i.test(pronoun))
    return framingPerson(pronoun, at, framing.content.start, speaker, text, d);
  return kind === 'group' ? speaker : null;
}

/**
 * "Pashinyan acknowledged that the meeting had not solved the question, which he called “the most
 * painful”": "he" inside one person's words is that person, when no other person is named in
 * those words before it and the text gives that person no other gender.
 */
function framingPerson(
  pronoun: string,
  at: number,
  contentStart: number,
  speaker: ResolvedSpeaker,
  text: string,
  d: Discourse,
): ResolvedSpeaker | null {
  if (speaker.entity.kind !== 'person') return null;
  const gender = genderOfEntity(speaker.entity, d);
  if (gender !== null && gender !== (/^he$/i.test(pronoun) ? 'm' : 'f')) return null;
  const others = findPeople(text, contentStart, at, d.surnames).filter(
    (p) => p.entity.id !== speaker.entity.id,
  );
  return others.length === 0 ? speaker : null;
}

export function whatTheyCalled(
  text: string,
  masked: string,
  unit: Unit,
  d: Discourse,
  aside = false,
  framing?: FramingSaying,
): Draft[] {
  if (unit.quotes.length === 0) return [];
  const namedAfter = asTheyCallIt(text, unit, d);
  if (namedAfter) return [namedAfter];
  const region = masked.slice(unit.start, unit.end);
  // A writer's recap of background ("Recall that …", "It will be recalled that …") reports no new saying.
  if (!/\b(?:what|which|that|whom) |,\s+an?\s/.test(region) || WRITER_RECAP.test(region)) return [];
  const m =
    WHAT_CALLED.exec(region) ?? (aside ? null : WHICH_CALLED.exec(region)) ?? CONTACT_CALLED.exec(region);
  if (!m) return aside ? whichTheyCalled(region, unit, text, d, framing) : [];
  // Beside another saying, an aside "in what X called" names a saying of its own; so does "what X
  // called" with X a name, or a pronoun standing for the subject of the verb "what" is the object of.
  const inAside = /\bin\s+$/.test(region.slice(Math.max(0, m.index - 4), m.index));
  const open = unit.start + m.index + m[0].length;
  const quote = unit.quotes.find((q) => q.parts[0]!.open === open);
  if (!quote) return [];
  let phrase = m[1]!;
  d.speakerAt = unit.start + m.index + m[0].indexOf(phrase);
  // A pronoun is the clause's subject: "Hajizada dismissed what he called …".
  if (/^(?:he|she|it|they)$/i.test(phrase)) {
    // "congratulated Baku on what he called …": the subject of the verb before the object and its preposition.
    const before = masked.slice(unit.start, unit.start + m.index);
    const object = VERB_OBJECT_PREPOSITION.exec(before) ?? VERB_PHASE_OF.exec(before);
    const verbEnd = object
      ? unit.start + object.index + object[1]!.length
      : unit.start + m.index - timeBeforeObject(before);
    // "killed as a result of what it called …": a preposition before "what" is no verb with a subject.
    const afterPreposition = !object && PREPOSITION_BEFORE.test(masked.slice(unit.start, verbEnd));
    const subject = afterPreposition ? null : subjectOfVerbBefore(masked, unit.start, verbEnd);
    if (
      aside &&
      !subject &&
      (/^(?:it|they)$/i.test(phrase) || (afterPreposition && /^(?:he|she)$/i.test(phrase)))
    ) {
      const body = pronounOfFramingBody(phrase, unit.start + m.index, framing, text, d);
      if (body) return [makeDraft(unit, body, undefined, 'direct', quoteSpans(quote), quoteSpans(quote))];
    }
    if (aside && !inAside && !subject) return [];
    const bareOpener = subject && OPENER_ONLY.test(text.slice(subject.start, subject.end));
    if (bareOpener) {
      // "Hours after launching what it calls “…”, Azerbaijan obtained …": a participle's clause
      // set before its sentence has no subject of its own; the pronoun is the main clause's subject.
      const main = MAIN_SUBJECT_AFTER.exec(text.slice(quote.parts.at(-1)!.end, unit.end));
      if (!main) return [];
      phrase = main[1]!;
      d.speakerAt = quote.parts.at(-1)!.end + main[0].length - main[1]!.length;
    } else if (subject) {
      // "a day after Azerbaijan launched what it called …": the time clause's subject, not its opener.
      const opener = TIME_OPENER.exec(text.slice(subject.start, subject.end))?.[0].length ?? 0;
      phrase = text.slice(subject.start + opener, subject.end);
      d.speakerAt = subject.start + opener;
    } else if (/^(?:it|they)$/i.test(phrase)) return [];
  }
  // "Azerbaijan launched what its Defence Ministry called …": the owner is the subject of the verb
  // "what" is the object of, as a pronoun's antecedent is.
  const owned = /^(?:its|their)\s+/.exec(phrase);
  if (owned) {
    const verbEnd = unit.start + m.index - timeBeforeObject(masked.slice(unit.start, unit.start + m.index));
    const subject = PREPOSITION_BEFORE.test(masked.slice(unit.start, verbEnd))
      ? null
      : subjectOfVerbBefore(masked, unit.start, verbEnd);
    // "The fighting began on Tuesday when Azerbaijan launched …": the time clause's own subject.
    const owner = subject
      ? text
          .slice(subject.start, subject.end)
          .replace(/^.*\b(?:when|after|before|since|while|once|until)\s+/su, '')
      : '';
    // Only a name owns it: "the army" has no ministry of its own to name, and no owner, no namer.
    if (!CAPITAL_START.test(owner) || THE_THEN_LOWER_CASE.test(owner)) return [];
    phrase = `${owner}'s ${phrase.slice(owned[0].length)}`;
  }
  const spans = quoteSpans(quote);
  // "both sides", "the two countries": the group that spoke last, each of it.
  if (/^(?:both|the\s+two)\s/i.test(phrase)) {
    // No group spoke before: the sentence's subject, when it names two ("Armenia and Azerbaijan agreed …").
    const subject = d.groups.spoke ? null : NAMES_TOGETHER_FIRST.exec(region)?.[1];
    const named = subject ? speakersNamed(subject, d) : [];
    const group = named.length > 1 ? named : groupAgain(phrase, d);
    return (group ?? []).map((speaker) => makeDraft(unit, speaker, undefined, 'direct', spans, spans));
  }
  const speaker = resolveSpeaker(phrase, d);
  if (!speaker || speaker.entity.kind === 'place') return [];
  return [makeDraft(unit, speaker, undefined, 'direct', spans, spans)];
}

/** "…, which he called “…”" inside the words of the one person whose saying frames it. */
function whichTheyCalled(
  region: string,
  unit: Unit,
  text: string,
  d: Discourse,
  framing: FramingSaying | undefined,
): Draft[] {
  const m = WHICH_PRONOUN_CALLED.exec(region);
  if (!m) return [];
  const open = unit.start + m.index + m[0].length;
  const quote = unit.quotes.find((q) => q.parts[0]!.open === open);
  if (!quote) return [];
  const person = pronounOfFramingBody(m[1]!, unit.start + m.index, framing, text, d);
  if (!person) return [];
  const spans = quoteSpans(quote);
  return [makeDraft(unit, person, undefined, 'direct', spans, spans)];
}

/** After a quoted name: "as Baku calls it", "as the Kremlin called it" (CONVENTIONS 10, a quoted name). */
const AS_CALLED_IT =
  /^["”’']?\s*,?\s+as\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:calls|called|call|terms|termed|dubs|dubbed)\s+it(?![\p{L}])/u;

/** "the so-called “Zangezur corridor” as Baku calls it": the quoted name is the namer's words. */
function asTheyCallIt(text: string, unit: Unit, d: Discourse): Draft | null {
  if (!text.slice(unit.start, unit.end).includes(' as ')) return null;
  for (const quote of unit.quotes) {
    const last = quote.parts.at(-1)!;
    if (last.close === null) continue;
    const m = AS_CALLED_IT.exec(text.slice(last.end, Math.min(unit.end, last.end + 80)));
    if (!m) continue;
    d.speakerAt = last.end + m[0].indexOf(m[1]!, m[0].indexOf(' as ') + 4);
    const speaker = resolveSpeaker(m[1]!, d);
    if (!speaker || speaker.entity.kind === 'place') return null;
    const spans = quoteSpans(quote);
    return makeDraft(unit, speaker, undefined, 'direct', spans, spans);
  }
  return null;
}

/**
 * ", adding," or ", saying in a statement," between a saying's verb and its next quote; or ",
 * adding that" and a clause of any length that runs into the quote ("adding that the route to
 * the south, which both sides use, “must stay open”"): the "that" says where the second saying
 * starts, however far its quote stands from it.
 */
export const SECOND_SAYING_AFTER_VERB = new RegExp(
  `^${TOLD_WHOM_BEFORE_COMMA},\\s*${SECOND_SAYING_PARTICIPLE}\\b(?:\\s+that\\s[^\u2591]*|[^\u2591]{0,40})$`,
);
