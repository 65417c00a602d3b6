import { findEntityMentions } from '../../entities/mentions.ts';
import { resolveEntityAt } from '../../entities/resolve.ts';
import { textEntity, trailingProperName } from '../../entities/textEntity.ts';
import type { Entity } from '../../types.ts';
import { allMatches, allMatchesNearCue } from '../allMatches.ts';
import { onlyLeadInBefore, subjectBeforeSemicolon, subjectOpening } from '../bodyPronoun.ts';
import { PUT_OUT_BY } from '../lexicon.ts';
import { fitsPronoun } from '../people.ts';
import { genderOfEntity, ownSentenceStart } from './personBack.ts';
import { isBody, NAME_START, TEXT_BY_AUTHOR } from './roleBack.ts';
import type { Discourse, ResolvedSpeaker } from './state.ts';

/** "a report released today by Médecins Sans Frontières": the author a known or capitalised name; null when none. */
export function textByAuthor(p: string, d: Discourse): ResolvedSpeaker | null {
  const author = TEXT_BY_AUTHOR.exec(p)?.[1];
  if (!author) return null;
  const named = resolveEntityAt(author, d.at);
  if (named) return named.kind === 'place' ? null : { entity: named, mention: author, viaDocument: true };
  return NAME_START.test(author) ? { entity: textEntity(author), mention: author, viaDocument: true } : null;
}

/**
 * The author of a document that "says" something. "The statement" / "the readout" point back
 * to the statement being quoted (else the last body that spoke); a qualified one names its
 * author ("the Kremlin's statement", "a report by the UN"); "a report" alone is its own source.
 */
/** Documents that are someone's act of saying, never a source of their own: "the statement", "the remarks". */
export const UTTERANCE = /\b(?:statements?|remarks|comments?|messages?|announcements?)\b/i;

/**
 * "The Foreign Ministry said …. The ministry noted …. The statement also said": a bare "the
 * statement" in a paragraph where one body alone has spoken so far is that body's, not a
 * statement quoted in a paragraph before. Null when no body or several spoke in it, or the
 * statement in view is this paragraph's own; 'several' when other bodies than the author of
 * the statement in view spoke in it, so which statement is meant is unclear.
 */
export function bodySpokenInParagraph(d: Discourse): Entity | 'several' | null {
  const active = d.activeStatement;
  if (active && active.paragraph >= d.paragraph) return null;
  const from = d.text.lastIndexOf('\n', d.unitStart - 1) + 1;
  const spoke = [...d.bodySpeeches.values()].filter(
    (b) => b.last >= from && b.last < d.unitStart && b.entity.id !== active?.author.id,
  );
  if (spoke.length > 1 && active) return 'several';
  return spoke.length === 1 ? spoke[0]!.entity : null;
}

/** Words that make a name a public body's, never a firm's brand. */
const PUBLIC_BODY_WORD =
  /(?<![\p{L}])(?:Ministry|Government|Service|Office|Agency|Committee|Council|Commission|Administration|Authority|Authorities|Department|Embassy|Mission|Army|Forces|Police|Parliament|Assembly|Court|Prosecutor|President|Presidential)(?![\p{L}])/u;

/**
 * "Regiongas said the pipe was damaged. The supply was restored, the company said.": a firm the
 * text names by its brand alone is "the company" after it, when it is the one body that spoke in
 * this paragraph and the gazetteer does not know it as anything else. Null otherwise.
 */
export function brandSpokenInParagraph(d: Discourse): Entity | null {
  const from = d.text.lastIndexOf('\n', d.unitStart - 1) + 1;
  const spoke = [...d.bodySpeeches.values()].filter((b) => b.last >= from && b.last < d.unitStart);
  if (spoke.length !== 1) return null;
  const { entity } = spoke[0]!;
  if (!entity.id.startsWith('text:') || /^(?:person|place|government)$/.test(entity.kind)) return null;
  // One capitalised word ("Regiongas", "Gazprom"): a longer name says what kind of body it is.
  return /^\p{Lu}[\p{L}\d-]*$/u.test(entity.name) && !PUBLIC_BODY_WORD.test(entity.name) ? entity : null;
}

/** "In a statement from the Turkish Foreign Ministry, …": a statement and its author, named together. */
export const STATEMENT_FROM = new RegExp(
  String.raw`\b(?:statement|communiqu[eé]|press\s+release)\s+(?:from|by|of|${PUT_OUT_BY}\s+by)\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,6})`,
  'u',
);

/**
 * The author of the written statement "it" may stand for: a body's statement as long as no
 * other is quoted, a person's only in the paragraph it was quoted in or the next. "It" never
 * reaches back to a person paragraphs later ("Peskov told reporters … | … It said …").
 */
export function documentInView(d: Discourse): Entity | null {
  const active = d.activeStatement;
  if (!active) return null;
  if (active.author.kind === 'person') {
    if (d.paragraph - active.paragraph > 1) return null;
    // "Her spokesman said …. The health ministry said …. Dozens are missing, it added.": a body that
    // spoke since the person's statement is nearer; "it" is never the person then.
    const bodySince = [...d.bodySpeeches.values()].some((b) => b.last > active.at);
    return bodySince ? null : active.author;
  }
  // "… the authorities said in a statement. | Russia's Defense Ministry said …. It said …": another
  // body that spoke since, in a later paragraph, is nearer than the statement.
  const since = d.lastBody && d.lastBody.id !== active.author.id && d.paragraph > active.paragraph;
  return since ? null : active.author;
}

/** Kin a possessive pronoun owns, and nothing more: "his relatives", "her family", "their parents". */
/** A group's one leader or voice, owned by "their": "their commander", "their spokesman". */
export const THEIR_LEADER =
  /^[Tt]heir\s+(commander|coordinator|leader|captain|chief|head|organi[sz]er|spokes(?:man|woman|person))$/u;

export const OWNED_KIN =
  /^(?:[Hh]is|[Hh]er|[Tt]heir)\s+(relatives|family|parents|mother|father|wife|husband|brother|sister|brothers|sisters|son|daughter|sons|daughters)$/u;

/** "his wife Lusine", "Armen's wife Lilit": a possessive pronoun or name, a kin noun, a given name. */
export const KIN_AND_NAME =
  /^(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}-]*['’]s)\s+(?:mother|father|son|daughter|wife|husband|brother|sister|cousin|uncle|aunt|nephew|niece|grandmother|grandfather|grandson|granddaughter|fianc[eé]e?|neighbou?r|friend)\s+(\p{Lu}\p{Ll}+)$/u;

/** "His campaign chairman Paul Manafort" → "Paul Manafort": a full name after a possessive and role words. */
export function nameAfterPossessiveRole(p: string): string | null {
  if (!/^(?:his|her|their|its)\s/i.test(p)) return null;
  // "Her grandson Elvin", "his wife Lusine": a relative named by a first name is that person.
  const relative = KIN_AND_NAME.exec(p)?.[1];
  if (relative) return relative;
  const proper = trailingProperName(p);
  if (!proper?.name.includes(' ')) return null;
  const role = proper.role.replace(/^\S+\s*/, '');
  return role && /^[\p{Ll}\s'’-]+$/u.test(role) ? proper.name : null;
}

export const CAPITAL_START = /^\p{Lu}/u;

/**
 * "The local authorities said they were in talks. Their spokesman told …": "their" owns the last
 * body that spoke only when that body is named in the sentence before or its own. "According to
 * Yerevan, … A group of Polish soldiers arrived. Their commander said …": a sentence of people
 * between them is whom "their" points to, no body.
 */
export function bodyNamedJustBefore(d: Discourse): boolean {
  const body = d.lastBody;
  if (!body) return false;
  const from = sentenceBeforeStart(d);
  if ((d.bodySpeeches.get(body.id)?.last ?? -1) >= from) return true;
  for (const m of findEntityMentions(d.text, from, d.speakerAt)) if (m.entity.id === body.id) return true;
  return false;
}

/**
 * "The reaction from Azerbaijan was not long in coming. Its foreign ministry accused …": "Its"
 * opening a sentence is the one state the sentence before names (by its name, as written), when it
 * names no other body or state, before whichever body spoke last.
 */
const POSSESSIVE_BEFORE_NAME =
  /^['’]s\s+(?:\p{Lu}[\p{L}-]*\s+){1,6}\(\p{Lu}{2,}\)|^['’]s\s+\p{Lu}[\p{L}-]*\s+(?:Agency|Service|Committee|Commission|Centre|Center|Council|Office|Institute|Fund|Bureau|Authority)\b/u;

export function onlyStateInSentenceBefore(d: Discourse): string | null {
  if (!opensOwnSentence(d)) return null;
  const from = sentenceBeforeStart(d);
  let state: Entity | null = null;
  let written: string | null = null;
  for (const m of findEntityMentions(d.text, from, d.unitStart)) {
    if (m.entity.kind === 'person' || m.entity.kind === 'place') continue;
    if (m.entity.kind !== 'government' || (state && state.id !== m.entity.id)) return null;
    // "Azerbaijan's National Agency for Mine Action (ANAMA) said …": the state owns the body named
    // after it, and "Its" points to that body, not the state.
    if (POSSESSIVE_BEFORE_NAME.test(d.text.slice(m.end, m.end + 40))) return null;
    state = m.entity;
    // The state by its own one-word name ("Azerbaijan", "Baku"), as the gazetteer reads "X's ministry".
    const name = d.text.slice(m.start, m.end);
    if (CAPITALISED_WORD.test(name)) written = name;
  }
  return written;
}

/**
 * "Azerbaijan lost 2,908 soldiers, according to its Defense Ministry": "its" is the country or body
 * that opens the sentence, when the gazetteer knows what it owns by those words ("Azerbaijan's
 * Defense Ministry"); null otherwise.
 */
export function ownedBySubject(owned: string, d: Discourse): Entity | null {
  if (d.speakerAt <= d.unitStart) return null;
  const opening = SENTENCE_OPENING_NAME.exec(d.text.slice(ownSentenceStart(d), d.speakerAt))?.[1];
  if (!opening) return null;
  const entity = resolveEntityAt(`${opening}'s ${owned}`, d.at);
  if (entity) return entity.kind !== 'place' && entity.kind !== 'person' ? entity : null;
  // "Azerbaijan does not report its losses, but its prosecutor's office says": a state that opens
  // the sentence owns what "its" names there, also a body the gazetteer lacks.
  return resolveEntityAt(opening, d.at)?.kind === 'government' ? textEntity(`${opening}'s ${owned}`) : null;
}

/** A full name in apposition: ", Nathalie Loiseau,". */
const APPOSED_FULL_NAME = /,\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}),/gu;
/**
 * A full name that opens the sentence as its subject, any title before it: "Tom Reyes will …",
 * also a title whose head noun is written lower case: "Parliament speaker Tom Reyes was …".
 */
const OPENING_FULL_NAME =
  /^["“]?(?:\p{Lu}[\p{L}.'’-]*\s+)*?(?:(?:speaker|minister|president|chairman|chairwoman|mayor|governor|leader|commander|ombudsman|prosecutor|envoy|ambassador|secretary|spokes(?:man|woman|person))\s+)?(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'’-]+)\s+\p{Ll}/u;

/**
 * "The phrase was used by an MEP, Nathalie Loiseau, in a debate, her office has confirmed": a
 * possessive in an attribution after its content points to the person the content names, in
 * apposition or as the name it opens with, when that fits the pronoun; null when the speaker
 * opens its sentence or the content names no one so.
 */
export function personNamedInOwnSentence(pronoun: string, d: Discourse): Entity | null {
  if (d.speakerAt < 0) return null;
  const before = d.text.slice(ownSentenceStart(d), d.speakerAt);
  if (!/,\s*["”’]?\s*$/.test(before)) return null;
  let last: string | null = null;
  for (const m of allMatches(APPOSED_FULL_NAME, before)) last = m[1]!;
  last ??= OPENING_FULL_NAME.exec(before)?.[1] ?? null;
  if (!last) return null;
  const entity = resolveEntityAt(last, null) ?? textEntity(last);
  return entity.kind === 'person' && fitsPronoun(pronoun, genderOfEntity(entity, d)) ? entity : null;
}

/**
 * "Azerbaijan rejects that account. Its Foreign Ministry said": "its" opening a sentence is the
 * subject of the sentence before, not whoever spoke last, when the gazetteer knows what that
 * subject owns by those words ("Azerbaijan's Foreign Ministry"); null otherwise.
 */
export function ownedBySubjectBefore(owned: string, d: Discourse): Entity | null {
  if (d.speakerAt < 0 || /\S/.test(d.text.slice(ownSentenceStart(d), d.speakerAt).replace(/["“]/g, '')))
    return null;
  const opening = openingNameBefore(d);
  if (!opening) return null;
  const entity = resolveEntityAt(`${opening}'s ${owned}`, d.at);
  return entity && entity.kind !== 'place' && entity.kind !== 'person' ? entity : null;
}

export const PRONOUN_OPENING = /^["“]?(?:I|He|She|It|We|They|You)\s/;

export function opensOwnSentence(d: Discourse): boolean {
  return d.speakerAt >= 0 && !/\S/.test(d.text.slice(ownSentenceStart(d), d.speakerAt).replace(/["“]/g, ''));
}

/** The name opening the sentence before, when the speaker opens its own sentence and that name is no person's. */
export function bodyOpeningBefore(d: Discourse): string | null {
  if (!opensOwnSentence(d)) return null;
  const before = sentenceBefore(d);
  // A sentence before that reports a saying set the last speaker itself; a possessor ("Azerbaijan's
  // defence ministry") is not the subject.
  if (SAYING_IN_SENTENCE.test(before)) return null;
  const name = OPENING_BODY_NAME.exec(before)?.[1];
  if (!name || /['’]s$/.test(name) || NOT_A_FIRST_NAME.has(name.split(' ')[0]!)) return null;
  const entity = resolveEntityAt(name, d.at) ?? textEntity(name);
  return entity.kind === 'person' ? null : name;
}

/**
 * A first clause then "but", "and" or "yet" before the speaker: `Azerbaijan has not disclosed its
 * losses, but [it]`; or a subordinator: `The ministry posted a video, where [it] said`. The
 * capitalised name that clause opens with, or null.
 */
const OPENING_NAME_THEN_CLAUSE =
  /^["“]?(?:The\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,6})\s+\p{Ll}[^.;:!?"“”«»]*,\s+(?:but|and|yet|where|while|whereas|although|though)\s+$/u;

export function bodyOpeningOwnSentence(d: Discourse): string | null {
  if (d.speakerAt <= d.unitStart) return null;
  const name = OPENING_NAME_THEN_CLAUSE.exec(d.text.slice(ownSentenceStart(d), d.speakerAt))?.[1];
  if (!name || /['’]s?$/.test(name) || NOT_A_FIRST_NAME.has(name.split(' ')[0]!)) return null;
  return name;
}

/** "Azerbaijan does not publish military losses; it says": the name opening the clause before the semicolon. */
export function bodyBeforeSemicolon(d: Discourse): string | null {
  if (d.speakerAt <= d.unitStart) return null;
  const name = subjectBeforeSemicolon(d.text.slice(ownSentenceStart(d), d.speakerAt));
  return name && !NOT_A_FIRST_NAME.has(name.split(' ')[0]!) ? name : null;
}

/**
 * "The Azerbaijani Defence Ministry reported seven servicemen killed. In a separate statement it
 * said …": the body the sentence before opens with as the subject of its verb, a reporting verb
 * too, when at most a verbless lead-in stands before "it"; never a person or a place.
 */
export function bodySubjectAfterLeadIn(d: Discourse): Entity | null {
  if (d.speakerAt < 0) return null;
  const own = ownSentenceStart(d);
  if (/\S/.test(d.text.slice(d.unitStart, own).replace(/["“]/g, ''))) return null;
  if (!onlyLeadInBefore(d.text.slice(own, d.speakerAt))) return null;
  const name = subjectOpening(sentenceBefore(d));
  if (!name || NOT_A_FIRST_NAME.has(name.split(' ')[0]!)) return null;
  const entity = resolveEntityAt(name, d.at) ?? textEntity(name);
  return isBody(entity) ? entity : null;
}

/** The body (never a person or place) that opens the sentence before a speaker opening its own sentence. */
export function bodySubjectBefore(d: Discourse): Entity | null {
  const name = bodyOpeningBefore(d);
  const entity = name ? (resolveEntityAt(name, d.at) ?? textEntity(name)) : null;
  return entity && isBody(entity) ? entity : null;
}

const SENTENCE_OPENING_NAME = /^["“]?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+\p{Ll}/u;

/** The capitalised name that opens the sentence before the unit ("The UAE welcomed …" → "UAE"), or null. */
export function openingNameBefore(d: Discourse): string | null {
  const name = SENTENCE_OPENING_NAME.exec(sentenceBefore(d))?.[1]?.replace(/^The\s+/, '');
  return name && !NOT_A_FIRST_NAME.has(name.split(' ')[0]!) ? name : null;
}

/** "the country's X", "the region's X": an owner that stands for the one the text named last. */
export const STAND_IN_OWNER = /^the\s+(country|region|enclave)['’]s\s+(.+)$/iu;
/** A body of a country named by a stand-in after it: "the Ministry of Defense of the republic". */
export const STAND_IN_AFTER = /^(?:the\s+)?(\p{Lu}.*?)\s+of\s+the\s+(?:country|republic)$/u;

/** A ministry with its country and no kind: "the ministry of Azerbaijan", "Armenia's ministry". */
export const ELLIPTIC_MINISTRY =
  /^(?:the\s+ministry\s+of\s+(\p{Lu}\p{Ll}+)|(\p{Lu}\p{Ll}+)['’]s?\s+ministry)$/iu;

/** A ministry named by its kind: "Foreign Ministry", "the Ministry of Defence". */
const MINISTRY_KIND =
  /\b(?:(Foreign|Defen[cs]e|Interior|Health|Justice|Emergency)\s+Ministry|Ministry\s+of\s+(Foreign\s+Affairs|Defen[cs]e|Internal\s+Affairs|Health|Justice|Emergency\s+Situations))\b/gu;

/** The kind of the ministry named last in the sentence or two before the speaker, as "Foreign", "Defence". */
export function ministryKindBefore(d: Discourse): string | null {
  const at = d.speakerAt >= 0 ? d.speakerAt : d.unitStart;
  let kind: string | null = null;
  for (const m of d.text.slice(Math.max(0, at - 400), at).matchAll(MINISTRY_KIND)) {
    const named = m[1] ?? m[2]!;
    kind = /^Foreign/.test(named) ? 'Foreign' : /^Internal/.test(named) ? 'Interior' : named.split(/\s+/)[0]!;
  }
  return kind;
}
/**
 * "Officials of the region's former administration": officials speak for the government they
 * belong to, which is the region's government (CONVENTIONS 3, 4), "former" or not.
 */
export const OFFICIALS_OF_STAND_IN =
  /^(?:officials|representatives)\s+of\s+(the\s+(?:country|region|enclave)['’]s)\s+(?:former\s+)?(administration|government|authorities|leadership)$/iu;

const CAPITALISED_WORD = /^\p{Lu}[\p{L}-]+$/u;

/** The country the text named last before the speaker ("in southern Armenia"), by its own name. */
export function countryNamedBefore(d: Discourse): string | null {
  d.readMentionsBefore(d.unit);
  const here = d.speakerAt > d.unitStart ? findEntityMentions(d.text, d.unitStart, d.speakerAt) : [];
  for (const m of [...d.mentions, ...here].reverse()) {
    if (m.entity.kind !== 'government') continue;
    const written = d.text.slice(m.start, m.end);
    // "a Russia-brokered truce", "the Russia-Ukraine war": a name inside a compound modifier is not
    // the country the story speaks of.
    if (d.text[m.end] === '-' || d.text[m.start - 1] === '-') continue;
    // "Baku" stands for the government; only the country's own name says which country.
    if (CAPITALISED_WORD.test(written) && m.entity.name.endsWith(` ${written}`)) return written;
  }
  return null;
}

/** Regions a story may name; the last one named before the speaker is "the region". */
const REGION_NAME = /\b(?:(?:Nagorno[-\s])?Karabakh|Karabagh|Artsakh|Syunik|Nakhchivan)\b/g;
/** A word each of those names holds, at most one run of white space after it starts (see allMatchesNearCue). */
const REGION_NAME_WORD = /Karabakh|Karabagh|Artsakh|Syunik|Nakhchivan/g;

export function regionNamedBefore(d: Discourse): string | null {
  let last: string | null = null;
  const before = d.text.slice(0, d.speakerAt > 0 ? d.speakerAt : d.unitStart);
  for (const m of allMatchesNearCue(REGION_NAME, before, REGION_NAME_WORD, 1)) last = m[0];
  return last && /Karabakh|Karabagh|Artsakh/.test(last) ? 'Karabakh' : last;
}

/** The sentence before the unit, within 300 characters. */
export function sentenceBefore(d: Discourse): string {
  const before = d.text.slice(Math.max(0, d.unitStart - 300), d.unitStart).trimEnd();
  const stop = Math.max(
    before.lastIndexOf('. ', before.length - 2),
    before.lastIndexOf('\n', before.length - 2),
  );
  return before.slice(stop + 1).trimStart();
}

/**
 * "Armenia and Azerbaijan signed a joint statement." opening the sentence before: the words naming
 * who issued it, when they join several with "and" (a lone issuer is read as any statement's is).
 */
export const JOINT_ISSUED =
  /^(?:(?:On|In|Late|Earlier|Later)\b[^,]{0,40},\s+|[^.]{0,200}?,?\s+(?:when|after|as)\s+)?(\S[^,.;]{0,150}?\sand\s[^,.;]{1,100}?)\s+(?:(?:have|has|had|also|jointly)\s+)?(?:issued|signed|released|adopted|published|put\s+out)\s+(?:a|the|their)\s+(?:[\p{Ll}-]+\s+){0,2}?joint\s+(?:statement|declaration|communiqu[eé])\b/u;

/** "… in a joint statement released this afternoon by A and B.": the issuers after "by". */
export const JOINT_ISSUED_BY =
  /\bjoint\s+(?:statement|declaration|communiqu[eé])\s+(?:(?:issued|signed|released|adopted|published|put\s+out)\s+(?:[\p{L}\d]+\s+){0,3}?)?(?:by|of)\s+(\S[^,;]{0,150}?\sand\s[^,;]{1,100}?)\s*[.;]?$/u;

/**
 * "In a joint statement issued late on Thursday, 7 December, by A and B, |the two sides said": the
 * issuers a fronted phrase of the speaker's own sentence names, the nearest pair before the speaker.
 * Two issuers make the text joint though it is not called so ("In that statement, published on
 * December 7 by A and B, the two sides said").
 */
export const JOINT_FRONTED =
  /^(?:In|Under)\s+(?:a|the|their|its|that|this)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:joint\s+)?(?:statement|declaration|communiqu[eé])\s*,?\s+(?:(?:issued|signed|released|adopted|published|put\s+out)\s+(?:[\p{L}\d]+,?\s+){0,8}?)?by\s+(\S[^,;]{0,150}?\sand\s[^,;]{1,100}?),\s*$/u;

/** Where the sentence before the unit starts (within 300 characters). */
export function sentenceBeforeStart(d: Discourse): number {
  const from = Math.max(0, d.unitStart - 300);
  const before = d.text.slice(from, d.unitStart).trimEnd();
  const stop = Math.max(
    before.lastIndexOf('. ', before.length - 2),
    before.lastIndexOf('\n', before.length - 2),
  );
  return stop < 0 ? from : from + stop + 1;
}

export const SAYING_IN_SENTENCE =
  /\b(?:said|says|say|told|tells|stated|states|added|adds|announced|reported|reports|noted|stressed|according to)\b/i;

/**
 * A body's name of up to seven capitalised words opening a sentence: "The Azerbaijani Defense
 * Ministry gives"; a relative clause set off by commas may stand between it and its verb ("The
 * UAE, which hosted the talks, welcomed"); never a name cut short before its "of".
 */
const OPENING_BODY_NAME =
  /^["“]?(?:The\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,6})(?:,\s+(?:which|who)\s[^,.;:!?"“”]{1,100},)?\s+(?!of\s)\p{Ll}/u;

const OWNED_ROLE_THEN_APPOSED_NAME =
  /^(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:[Tt]he\s+)?\p{L}[\p{L}-]*['’]s)\s+[^,.;]{1,60},\s+(?:(?:[\p{L}-]+\s+){0,3}\p{Ll}[\p{L}-]*\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2})(?:,|\.(?:\s|$))/u;

/**
 * "His Armenian counterpart, Zohrab Mnatsakanyan, said", "Its head, German police officer Markus
 * Ritter, told", "…, says its director, Levon Sargsyan.": the person is the name in apposition
 * after the words being read, rather than "Bayramov's Armenian counterpart"; null without one.
 */
export function namedInApposition(owned: string, d: Discourse): Entity | null {
  if (d.speakerAt < 0) return null;
  // "an address in which its President, Mr Ilham Aliyev, had stated": the words may stand further in.
  const at = d.speakerAt + Math.max(0, d.text.slice(d.speakerAt, d.speakerAt + 300).indexOf(owned));
  const name = OWNED_ROLE_THEN_APPOSED_NAME.exec(d.text.slice(at, at + 140))?.[1];
  if (!name) return null;
  const known = resolveEntityAt(name, null);
  if (known) return known.kind === 'person' ? known : null;
  const entity = textEntity(name);
  return entity.kind === 'person' ? entity : null;
}

/** Capitalised words that open a sentence or a phrase and are no first name: "After Mentarian spoke". */
export const NOT_A_FIRST_NAME = new Set([
  'I',
  'He',
  'She',
  'It',
  'We',
  'They',
  'You',
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'After',
  'Before',
  'With',
  'Without',
  'For',
  'From',
  'By',
  'And',
  'But',
  'Also',
  'When',
  'While',
  'As',
  'If',
  'Then',
  'According',
  'Meanwhile',
  'To',
  'Of',
  'That',
  'This',
  'Asked',
  'Speaking',
  'Like',
  'Unlike',
  'Since',
  'During',
]);
