import type { ReporterMatch } from './reporters.ts';

/**
 * "Azerbaijan has not released its military losses but says about 90 of its civilians were killed": a
 * reporting verb joined by "but" or "and" to the sentence's first verb shares its subject, the name that
 * opens the sentence (or the clause after its last semicolon). Read only when the first clause runs with no
 * comma but the one before the joining word ("Baku does not publish its losses, but says …"), so the subject is plain.
 */
const JOINED_BEFORE_VERB = /^[^,;:"“”]*?,?\s(?:but|and|yet)\s+(?:also\s+|still\s+)?$/;
const OPENING_SUBJECT =
  /^((?:The\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|and))*?(?:\s+(?!\p{Ll}+ed\b)\p{Ll}+){0,2}?)\s+(?:has|have|had|is|was|were|are|did|does|do|will|would|could|can|\p{Ll}+ed)\b/u;

export function coordinatedSubject(sentence: string, verbStart: number): ReporterMatch | null {
  // "…killed since 27 September; Baku does not disclose its losses and speaks of 41 …": a semicolon opens a
  // clause with a subject of its own, read as a sentence is.
  const semicolon = sentence.lastIndexOf(';', verbStart - 1) + 1;
  const opens = semicolon + (/^\s*/.exec(sentence.slice(semicolon))?.[0].length ?? 0);
  const before = sentence.slice(opens, verbStart);
  if (!JOINED_BEFORE_VERB.test(before)) return null;
  // "It should be noted that the regime claimed two were killed, and announced …": past a comma, a clause
  // holding a "that" clause has another subject inside it; the joined verb's is not surely the first word's.
  if (/,\s*\S+\s+(?:also\s+|still\s+)?$/.test(before) && /\bthat\b/i.test(before)) return null;
  const m = OPENING_SUBJECT.exec(before);
  if (!m) return null;
  return { text: m[1]!, start: opens, end: opens + m[1]!.length };
}

/**
 * "Azerbaijan does not publish its military losses; it says 41 civilians were killed": a pronoun opening a
 * clause joined by a semicolon or by "but", "and", "yet" to the sentence's first clause takes that clause's
 * subject, as the subject of a joined clause goes on with the one before it. Read only when the first clause
 * runs with no comma, so its subject is plain; "he" or "she" never stands for a body.
 */
const PRONOUN_AFTER_JOIN =
  /^([^,;:"“”]*?),?(?:;|\s(?:but|and|yet))\s+(it|they|he|she)\s+(?:also\s+|still\s+)?\p{Ll}/u;
const BODY_HEAD =
  /\b(?:ministry|office|government|agency|authorities|committee|council|service|department|army|military|forces|police|administration|kremlin)$/i;

export function subjectBeforeJoinedPronoun(sentence: string, pronoun: string): ReporterMatch | null {
  const joined = PRONOUN_AFTER_JOIN.exec(sentence);
  if (!joined || joined[2] !== pronoun) return null;
  const m = OPENING_SUBJECT.exec(joined[1]!);
  if (!m) return null;
  if ((pronoun === 'he' || pronoun === 'she') && BODY_HEAD.test(m[1]!)) return null;
  return { text: m[1]!, start: 0, end: m[1]!.length };
}

/**
 * "Since March, the IOM has evacuated more than 900 patients, it said": "it" or "they" reporting after the
 * sentence's only clause stands for that clause's subject, a body (an acronym, "the agency", a country), not
 * for a source named in the sentence before. The clause may open with one short phrase and its comma.
 */
const PRONOUN_AFTER_CLAUSE =
  /^(?:[^,;:"“”]{1,40},\s+)?((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|and|on|the))*|\p{Ll}+))\s+(?:has|have|had|is|was|were|are|\p{Ll}+ed)\b[^;:"“”]*,\s+(it|they)\s+(?:said|says|added|reported|reports|stated|announced|noted)\b(?:\s+in\s+a\s+statement|\s+on\s+\p{Lu}\p{Ll}+)?\s*[.!]?\s*$/u;
const ACRONYM_SUBJECT = /^(?:[Tt]he\s+)?\p{Lu}{2,}$/u;
/** "The International Committee of the Red Cross": a name after "the" is a body's. */
const NAMED_BODY = /^[Tt]he\s+\p{Lu}/u;

export function subjectBeforeTrailingPronoun(
  sentence: string,
  pronoun: string,
  isPlace: (name: string) => boolean,
): ReporterMatch | null {
  const m = PRONOUN_AFTER_CLAUSE.exec(sentence);
  if (!m || m[2] !== pronoun) return null;
  const subject = m[1]!;
  const body =
    ACRONYM_SUBJECT.test(subject) || BODY_HEAD.test(subject) || NAMED_BODY.test(subject) || isPlace(subject);
  if (!body) return null;
  const start = sentence.indexOf(subject);
  return { text: subject, start, end: start + subject.length };
}
