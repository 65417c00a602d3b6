import type { Entity, Paragraph, Span, Statement } from '../../types.ts';
import { relativeSaying, relativeWhichSaying } from '../attribution/frames.ts';
import { type Attribution, trimSpan } from '../attribution/tail.ts';
import { blockIntroduction } from '../attribution/verbForm.ts';
import { remarkMadeBy } from '../correctionsNotice.ts';
import { untaggedDashWords } from '../dashGoesOn.ts';
import { resolveSpeaker } from '../discourse/resolveSpeaker.ts';
import { type Discourse, type ResolvedSpeaker } from '../discourse/state.ts';
import { genreSaying } from '../genreSaying.ts';
import { namedTogether } from '../groupSpeakers.ts';
import { COMMUNICATION_VERB, SAYING_PARTICIPLE_WORDS, wordsExcept } from '../lexicon.ts';
import { openedBy } from '../openedBy.ts';
import { namedTogetherIn } from '../people.ts';
import { quotedAsSaying } from '../quotedAsSaying.ts';
import { type Quote, quoteSpans } from '../quotes.ts';
import { relativeClauseSaying } from '../relativeClauseSaying.ts';
import { findPrincipal, isNewsMedium, principalContentStart } from '../relay.ts';
import { restrictiveSaying } from '../restrictiveSaying.ts';
import { sourceOfSentenceBefore } from '../sourceOfBefore.ts';
import type { Unit } from '../units.ts';
import type { Draft } from './draft.ts';
import { readFrame } from './frame.ts';
import { makeDraft, remember, spokenQuotes, statementWords } from './remember.ts';

/**
 * A participle of saying right after an attribution: "he said, adding that", "Heidari, the
 * commander of the ground force, said on Tuesday, noting that" (one apposition set off by commas).
 */
const ADDED_SAYING = new RegExp(`^[^,]*(?:,[^,]*,[^,]*)?,\\s*${wordsExcept(SAYING_PARTICIPLE_WORDS)}\\b`);
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“]?\p{Lu})/gu;
/**
 * Words that open a setting, not a clause of what was said: "In Munich, he said, adding that".
 * "At least" or "at most" hedges a count that opens the clause: "At least 40 died, …".
 */
const SETTING_LEAD =
  /^(?:in|on|at(?!\s+(?:least|most)\b)|during|after|before|when|while|as|speaking|asked|answering|responding|later|earlier)\b/i;

/**
 * "Armenia was ready to open its communications …, he said, stressing that …": the clause the
 * sentence opens with, up to the comma before the attribution, when a participle of saying follows
 * the attribution. Null for a setting ("In Munich, he said, adding …") or a clause of few words.
 */
export function clauseBeforeAddedSaying(
  text: string,
  masked: string,
  unit: Unit,
  a: Attribution,
): Span | null {
  if (!ADDED_SAYING.test(masked.slice(a.frame.start, a.frame.end))) return null;
  // The clause opens the sentence the attribution ends, not the unit (which may hold sentences before).
  let from = unit.start;
  for (const m of masked.slice(unit.start, a.speaker.start).matchAll(SENTENCE_END))
    from = unit.start + m.index + m[0].length;
  const before = masked.slice(from, a.speaker.start);
  if (SETTING_LEAD.test(before.trimStart())) return null;
  // The clause ends at its comma, or with a quote whose last word it closes ("… reciprocity,\u201d he said").
  const comma = /,\s*$/.exec(before);
  const closed = comma ? null : /(?<=\u2591)\s*$/.exec(before);
  const quotedComma = closed && /,["”’]$/.test(text.slice(from, from + closed.index));
  if (!comma && !quotedComma) return null;
  const span = trimSpan(masked, from, from + (comma ?? closed)!.index);
  const words = masked.slice(span.start, span.end);
  if (words.split(/\s+/).length < 5 || withoutInnerCommas(words).includes(',')) return null;
  return span;
}

/** A figure's thousands separator: "1,900 servicemen". */
const THOUSANDS_COMMA = /(\d),(?=\d{3}(?!\d))/g;
/** "The injured man, a resident of Barda, was taken": an apposition set off by commas after the subject, the verb after it. */
const SUBJECT_APPOSITION = /^((?:The|An?)\s[^,]+),\s+(?:an?|the)\s[^,]+,\s+(?=\p{Ll})/u;

/** A clause's words with the commas that do not end a clause taken out: a figure's and a subject's apposition's. */
function withoutInnerCommas(words: string): string {
  return words.replace(THOUSANDS_COMMA, '$1').replace(SUBJECT_APPOSITION, '$1 ');
}

/**
 * "Fidan told Bayramov that …, according to diplomatic sources", "According to a source, Mirzoyan
 * told his counterparts that …": the sources' words are theirs, and the one they name telling
 * said the that-clause, handed on by them. Only a named teller and a that-clause; null otherwise.
 */
export function tellerNamedBySource(
  text: string,
  unit: Unit,
  d: Discourse,
  attribution: Attribution,
  source: ResolvedSpeaker,
): Draft | null {
  const content = attribution.content;
  const teller = findPrincipal(text, content, d, source.entity);
  if (teller?.entity.kind !== 'person') return null;
  let from = principalContentStart(text, content);
  // "According to Interfax, Lavrov said that …": the that-clause right after the verb.
  from += /^\s+that\b/.exec(text.slice(from, from + 8))?.[0].length ?? 0;
  if (!/\bthat\s*$/.test(text.slice(content.start, from))) return null;
  const start = from + (/^\s*/.exec(text.slice(from, from + 8))?.[0].length ?? 0);
  if (start >= content.end) return null;
  // `… stressed that “the talks must go on.”`: a quote that is the whole clause is the teller's own
  // words, shown inside its marks as after a plain "said that" (CONVENTIONS 16).
  const whole = wholeQuoteAt(text, unit, start, content.end);
  if (whole)
    return makeDraft(unit, teller, source.entity, 'direct', quoteSpans(whole), [
      content,
      ...quoteSpans(whole),
    ]);
  // `considered that “an atmosphere …” had been created`: a quote opening the clause starts the
  // words inside its marks (CONVENTIONS 16).
  const said = { start: start + (OPENING_MARK.test(text.slice(start, start + 2)) ? 1 : 0), end: content.end };
  return makeDraft(unit, teller, source.entity, 'reported', [said], [said]);
}

/** The one quote that opens at `start` and runs to `end`, only punctuation after it; null otherwise. */
function wholeQuoteAt(text: string, unit: Unit, start: number, end: number): Quote | null {
  const quote = unit.quotes.find((q) => q.parts[0]!.open === start);
  const part = quote?.parts[0];
  if (!quote || quote.parts.length > 1 || !part || part.close === null) return null;
  return /^[\s.,;:!?]*$/.test(text.slice(part.close + 1, end)) ? quote : null;
}

export const NO_UNITS: readonly Unit[] = [];

/** The most sentences of a block read as one saying. */
const BLOCK_UNITS = 12;

/**
 * How many units of an unquoted block after "He said:" are what he said: its paragraph, up to a
 * sentence that quotes, names a saying of its own or opens a new paragraph.
 */
function blockSentences(text: string, masked: string, units: readonly Unit[], first: number): number {
  let read = 1;
  while (read < BLOCK_UNITS && first + read < units.length) {
    const unit = units[first + read]!;
    if (/\n/.test(text.slice(units[first + read - 1]!.end, unit.start)) || unit.quotes.length) break;
    if (COMMUNICATION_VERB.test(masked.slice(unit.start, unit.end))) break;
    read++;
  }
  return read;
}

/**
 * "He said:" closing a paragraph, then the paragraph after it: that paragraph's quotes (or, with
 * none, the paragraph's sentences up to one that quotes or tells of a saying) are what he said;
 * a quote running on continues the statement.
 */
export function introducedBlock(
  text: string,
  masked: string,
  unit: Unit,
  d: Discourse,
  units: readonly Unit[],
  nextAt: number,
  consumeNext: ((count?: number) => void) | undefined,
): Draft[] | null {
  const next = units[nextAt];
  if (!next || !/\n/.test(text.slice(unit.end, next.start))) return null;
  // Read first: most units end with no "said:", and the test of the next paragraph costs more.
  const intro = blockIntroduction(masked, unit.start, unit.end);
  if (!intro) return null;
  // A paragraph with an attribution of its own ("Sanders … said …"), or markup, is no one's block.
  const following = masked.slice(next.start, next.end);
  if (COMMUNICATION_VERB.test(following) || /^\s*</.test(following)) return null;
  d.speakerAt = intro.speaker.start;
  const outer = resolveSpeaker(text.slice(intro.speaker.start, intro.speaker.end), d);
  if (!outer) return [];
  const leadsWithQuote =
    next.quotes[0] && /^[\s—–-]*$/.test(text.slice(next.start, next.quotes[0].parts[0]!.open));
  const read = leadsWithQuote ? 1 : blockSentences(text, masked, units, nextAt);
  const last = units[nextAt + read - 1]!;
  const trimmed = text.slice(next.start, last.end).trimEnd();
  const spans = leadsWithQuote
    ? spokenQuotes(text, next.quotes).flatMap(quoteSpans)
    : [{ start: next.start, end: next.start + trimmed.length }];
  if (!spans.length) return [];
  consumeNext?.(read);
  const draft = makeDraft(unit, outer, undefined, leadsWithQuote ? 'direct' : 'reported', spans, spans);
  remember(d, draft, outer, statementWords(masked, unit), unit.firstParagraph);
  return [draft];
}

/**
 * "Ted Cruz, who said A, …": the relative clause's saying, unless a statement of the unit holds it
 * already; "Aram and Lena Avakian of Fresno, who said …": each of the people named together.
 */
export function relativeSayingDrafts(
  text: string,
  masked: string,
  unit: Unit,
  d: Discourse,
  made: readonly Draft[],
): Draft[] {
  const found =
    relativeSaying(masked, unit.start, unit.end) ??
    relativeWhichSaying(masked, unit.start, unit.end) ??
    restrictiveSaying(masked, unit.start, unit.end);
  if (!found) return [];
  const { content } = found;
  if (made.some((m) => m.said.some((s) => s.start < content.end && content.start < s.end))) return [];
  d.speakerAt = found.speaker.start;
  const phrase = text.slice(found.speaker.start, found.speaker.end);
  const together = namedTogetherIn(phrase);
  const outers =
    together && together.length > 1
      ? together.map((person) => namedTogether(person, d))
      : [resolveSpeaker(phrase, d)].filter((o) => o !== null);
  if (outers.length === 0 || outers.some((o) => o.entity.kind === 'place')) return [];
  // A bare name before "which says" speaks only as a state: "Azerbaijan, which says it is …".
  if ('stateOnly' in found && found.stateOnly && outers.some((o) => o.entity.kind !== 'government'))
    return [];
  const frame = { start: found.speaker.start, end: content.start };
  // The mention is "who" as written, as a pronoun's is "he"; the speaker is the name it stands for.
  const mention = masked.slice(found.speaker.end, content.start).includes('which') ? 'which' : 'who';
  return outers.map((outer) =>
    frameDraft(
      text,
      masked,
      unit,
      d,
      { form: 'verb', speaker: found.speaker, frame, content },
      { ...outer, mention },
    ),
  );
}

/** "the checkpoints, which he said had cut smuggling": see relativeClauseSaying.ts. */
export function relativeClauseSayingDraft(
  text: string,
  masked: string,
  unit: Unit,
  d: Discourse,
  made: readonly Draft[],
): Draft | null {
  const found = relativeClauseSaying(masked, unit.start, unit.end);
  if (!found) return null;
  const { lead } = found;
  let { content } = found;
  if (made.some((m) => m.said.some((s) => s.start < content.end && lead.start < s.end))) return null;
  // "which she said had been run “with great care”": the quoted words are what was said.
  const quoted = unit.quotes.find((q) => q.parts[0]!.open >= content.start && q.parts[0]!.open < content.end);
  if (quoted) content = { start: quoted.parts[0]!.open, end: content.end };
  d.speakerAt = found.speaker.start;
  const outer = resolveSpeaker(text.slice(found.speaker.start, found.speaker.end), d);
  if (!outer || outer.entity.kind === 'place') return null;
  const frame = { start: lead.start, end: content.start };
  // What was said is the predicate as written ("had cut smuggling"); the relative word
  // stays in the frame, as the fixtures' golds read it.
  return frameDraft(text, masked, unit, d, { form: 'verb', speaker: found.speaker, frame, content }, outer);
}

/** "It was noted by several speakers that …", "In her view, …": see genreSaying.ts. */
export function genreSayingDraft(text: string, masked: string, unit: Unit, d: Discourse): Draft | null {
  const found = genreSaying(masked, unit.start, unit.end);
  return found ? verbFrameDraft(text, masked, unit, d, found, found.speakerWords) : null;
}

/**
 * A saying found with its speaker and words: the speaker, resolved from `speakerWords` and named
 * as the text names them, says the words by a verb; a document, or a place, is no speaker here.
 */
function verbFrameDraft(
  text: string,
  masked: string,
  unit: Unit,
  d: Discourse,
  found: { speaker: Span; content: Span },
  speakerWords: string,
): Draft | null {
  d.speakerAt = found.speaker.start;
  const outer = resolveSpeaker(speakerWords, d);
  if (!outer || outer.viaDocument || outer.entity.kind === 'place') return null;
  const frame = { start: found.speaker.start, end: found.content.start };
  const who = { ...outer, mention: text.slice(found.speaker.start, found.speaker.end) };
  return frameDraft(
    text,
    masked,
    unit,
    d,
    { form: 'verb', speaker: found.speaker, frame, content: found.content },
    who,
  );
}

/**
 * "… 32 people have been killed. This was informed by the ombudsman Gegham Stepanyan." (see
 * sourceOfBefore.ts): the sentence before, in the same paragraph and quoting no one, is what the
 * source said.
 */
export function sourceOfBeforeDraft(
  text: string,
  units: readonly Unit[],
  at: number,
  d: Discourse,
): Draft | null {
  const unit = units[at]!;
  const before = units[at - 1];
  if (!before || before.quotes.length || !pointsInto(text, units, at)) return null;
  const source = sourceOfSentenceBefore(text, unit);
  if (!source) return null;
  d.speakerAt = source.start;
  const words = text.slice(source.start, source.end);
  const who = resolveSpeaker(words, d);
  if (!who || who.viaDocument || who.entity.kind === 'place') return null;
  const said = trimSpan(
    text,
    before.start,
    before.end - (/[.!]\s*$/.exec(text.slice(before.start, before.end))?.[0].length ?? 0),
  );
  if (said.end - said.start < 12) return null;
  const draft = makeDraft(unit, { ...who, mention: words }, undefined, 'reported', [said], [said]);
  draft.context = { start: before.start, end: unit.end };
  draft.sentence = before.sentences[0]!;
  return draft;
}

/** "– I will wait." after a tagged dash quote and a paragraph about its speaker (see dashGoesOn.ts). */
export function untaggedDashDraft(
  text: string,
  paragraphs: readonly Paragraph[],
  units: readonly Unit[],
  at: number,
  statements: readonly Statement[],
): Draft | null {
  const unit = units[at]!;
  const p = paragraphs[unit.firstParagraph];
  if (!p || unit.start > p.start + 3 || units[at - 1]?.firstParagraph === unit.firstParagraph) return null;
  const found = untaggedDashWords(text, paragraphs, unit.firstParagraph, statements[statements.length - 1]);
  if (!found) return null;
  const { speaker, mention } = found.speaker;
  const draft = makeDraft(
    unit,
    { entity: speaker, mention, viaDocument: false },
    undefined,
    'direct',
    [found.words],
    [found.words],
  );
  draft.context = { start: p.start, end: p.end };
  return draft;
}

/**
 * The sentence a pointing sentence ("This was announced by …") may take: the one before it in its
 * paragraph, or, when it opens its paragraph, a lead paragraph of one sentence just before.
 */
function pointsInto(text: string, units: readonly Unit[], at: number): boolean {
  const unit = units[at]!;
  const before = units[at - 1]!;
  if (before.firstParagraph === unit.firstParagraph) return true;
  const earlier = units[at - 2];
  // A heading, a date line or a byline ends with no full stop: no sentence anyone said.
  return (
    before.firstParagraph === unit.firstParagraph - 1 &&
    earlier !== undefined &&
    earlier.firstParagraph !== before.firstParagraph &&
    /[.!]\s*$/.test(text.slice(before.start, before.end))
  );
}

/** Where the noun phrase after "made by" ends: its setting ("in a statement", "on Tuesday") or the clause. */
const AFTER_MAKER =
  /\s+(?:in|on|at|during|when|while|after|before|last|earlier|the\s+same|and)\s|[;:.\u2591]/;

const CAPITAL_START = /^\p{Lu}/u;

/**
 * A corrections notice's "The remark was made by X" (see correctionsNotice.ts): the quoted remark
 * is X's statement. An apposed name ("the ministry's spokeswoman, Ani Badalyan") names X.
 */
export function remarkDraft(
  masked: string,
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
): Draft | null {
  const p = paragraphs[unit.firstParagraph];
  const found = remarkMadeBy(masked, unit.start, unit.end, p?.start ?? unit.start);
  if (!found) return null;
  const rest = masked.slice(found.speakerAt, unit.end);
  const phrase = rest.slice(0, rest.search(AFTER_MAKER) >>> 0).replace(/[\s,]+$/, '');
  d.speakerAt = found.speakerAt;
  let speaker: ResolvedSpeaker | null = null;
  for (const part of phrase.split(/,\s+/).reverse()) {
    const named = CAPITAL_START.test(part) ? resolveSpeaker(part, d) : null;
    if (named?.entity.kind === 'person' && !named.viaDocument) {
      speaker = named;
      break;
    }
  }
  speaker ??= resolveSpeaker(phrase, d);
  if (!speaker || speaker.viaDocument || speaker.entity.kind === 'place') return null;
  return {
    speaker: speaker.entity,
    mention: phrase,
    kind: 'direct',
    quote: found.quote,
    continuation: [],
    said: [found.quote],
    context: { start: unit.start, end: unit.end },
    sentence: unit.sentences[0]!,
  };
}

/** "Shaheen opened by describing the situation as “…”", "The minister responded by saying that …": see openedBy.ts. */
export function openedByDraft(text: string, masked: string, unit: Unit, d: Discourse): Draft | null {
  const found = openedBy(masked, unit.start, unit.end);
  return found
    ? verbFrameDraft(text, masked, unit, d, found, text.slice(found.speaker.start, found.speaker.end))
    : null;
}

/** "the ministry quoted …": a government office named back by its kind, never the press. */
const DEFINITE_OFFICE = /^the\s+(?:ministry|office|service|administration|committee|embassy)$/i;
const NAMED_MEDIUM = /^(?!(?:It|They|He|She|The|This|That|These|Those|Its|Their)\b)\p{Lu}/u;
export const QUOTING_VERB = /\s(?:quot|cit)(?:es|ed)\s/;

/**
 * "Interfax quoted Lavrov as saying that …" (see quotedAsSaying.ts): the one quoted said it, the
 * medium carried it and is named as its relayer.
 */
export function quotedAsSayingDrafts(text: string, masked: string, unit: Unit, d: Discourse): Draft[] {
  const found = quotedAsSaying(masked, unit.start, unit.end);
  if (!found) return [];
  d.speakerAt = found.speaker.start;
  const outer = resolveSpeaker(text.slice(found.speaker.start, found.speaker.end), d);
  if (!outer || outer.viaDocument || outer.entity.kind === 'place') return [];
  // The medium as its relayer only when named: "It" or "The paper" may point back wrongly.
  const mediumWords = text.slice(found.medium.start, found.medium.end);
  const medium =
    NAMED_MEDIUM.test(mediumWords) || DEFINITE_OFFICE.test(mediumWords)
      ? resolveSpeaker(mediumWords, d)
      : null;
  const frame = { start: found.medium.start, end: found.content.start };
  const who = { ...outer, mention: text.slice(found.speaker.start, found.speaker.end) };
  const draft = frameDraft(
    text,
    masked,
    unit,
    d,
    { form: 'verb', speaker: found.speaker, frame, content: found.content },
    who,
  );
  if (
    !medium ||
    medium.viaDocument ||
    medium.entity.kind === 'place' ||
    medium.entity.id === draft.speaker.id
  )
    return [draft];
  if (!draft.via) draft.via = medium.entity;
  // "“…,” Uali quoted Tokayev as saying", "the ministry quoted its team leader as saying": a person
  // or an office of a government relaying a principal is a speaker too (CONVENTIONS 14); the press
  // only carries the words (CONVENTIONS 15), and a body of unknown kind may be the press.
  if (isNewsMedium(medium) || !quotesAsRelayer(medium.entity)) return [draft];
  const relayed = frameDraft(
    text,
    masked,
    unit,
    d,
    { form: 'verb', speaker: found.medium, frame, content: found.content },
    { ...medium, mention: mediumWords },
  );
  return [relayed, draft];
}

/** A named person, a government, or a body its name makes an office of one (a ministry, a service, an office). */
function quotesAsRelayer(e: Entity): boolean {
  return (
    (e.kind === 'person' && e.name.includes(' ')) ||
    e.kind === 'government' ||
    /\b(?:ministry|office|service|secretary|spokes\w+|administration|committee)\b/i.test(e.name)
  );
}

const OPENING_MARK = /^["“«]\p{L}/u;

/** A frame's statements: one, or a relay's two links (the relayer's and the principal's). */
export const frameDrafts = (...frame: Parameters<typeof readFrame>): Draft[] => readFrame(...frame).links;

/** A frame's one statement, the principal's when it relays one (the forms read on their own). */
const frameDraft = (...frame: Parameters<typeof readFrame>): Draft => readFrame(...frame).draft;
