/**
 * Where "it" finds the body it stands for in the words around it, read as plain text: the subject of
 * the clause before a semicolon in its own sentence, or the body that opened the sentence before as
 * the subject of its verb, a reporting verb too. Only the shape of the sentence is read here; which
 * entity a name is, and whether it is a body, the caller decides.
 */

const NAME = String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,6})`;

/**
 * A body named by a capitalised adjective and a lower-case head: "The Armenian foreign ministry",
 * "The Azerbaijani border service". Tried before NAME, which would stop at "Armenian".
 */
const BODY_LOWER_HEAD = String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:\s+(?:foreign|defen[cs]e|health|interior|justice|emergenc(?:y|ies)|state|border|security|prosecutor['’]s|presidential|press))?\s+(?:ministry|office|service|agency|committee|commission|government|embassy|administration))`;
const SUBJECT_NAME = `(?:${BODY_LOWER_HEAD}|${NAME})`;

/** "In a separate statement", "Later,", "On Tuesday": a lead-in with no verb of its own before "it". */
const LEAD_IN =
  /^(?:(?:In|On|At|Later|Earlier|Separately|Meanwhile|Elsewhere|Also)\b[^,.;:!?"“”«»]{0,50}?,?\s+)?$/u;

/**
 * A name opening a sentence as the subject of the verb after it, an apposition set off by commas
 * between them ("The International Committee of the Red Cross, the only organization …, has");
 * never a name cut short before "of", nor the first of names joined by "and" or "or".
 */
const OPENING_SUBJECT = new RegExp(
  String.raw`^["“]?(?:The\s+)?${SUBJECT_NAME}(?:,\s+(?:which|who|the|an?|its)\s[^,.;:!?"“”]{1,100},)?\s+(?!(?:of|and|or)\s)\p{Ll}`,
  'u',
);

/** A sentence that reports someone's words, whoever its subject is. */
const SAYING =
  /\b(?:said|says|say|told|tells|stated|states|added|adds|announced|reported|reports|noted|stressed|according\s+to)\b/i;

/**
 * A name opening a sentence as the subject of its reporting verb ("The Azerbaijani Defence Ministry
 * reported …"); in a sentence that reports words, a name before anything else ("The UN refugee agency
 * UNHCR said", "Parliament speaker Ararat Mirzoyan was beaten …, his office said") is no sure subject.
 */
const OPENING_REPORTER = new RegExp(
  String.raw`^["“]?(?:The\s+)?${SUBJECT_NAME}(?:,\s+(?:which|who|the|an?|its)\s[^,.;:!?"“”]{1,100},)?\s+(?:also\s+)?(?:said|says|told|stated|announced|reported|reports|added|confirmed)\b`,
  'u',
);

/** "Azerbaijan does not publish military losses; it says": the name opening the clause before the semicolon. */
const OPENING_SUBJECT_THEN_SEMICOLON = new RegExp(
  String.raw`^["“]?(?:The\s+)?${NAME}\s+(?!(?:of|and|or)\s)\p{Ll}[^.;:!?"“”«»]*;\s+$`,
  'u',
);

/** True when only a verbless lead-in ("In a separate statement") stands before "it" in its sentence. */
export function onlyLeadInBefore(ownSentenceBeforePronoun: string): boolean {
  return LEAD_IN.test(ownSentenceBeforePronoun.replace(/^["“]/u, ''));
}

/** The name opening the sentence before as its subject (of its reporting verb, if it reports words), or null (a possessor "Azerbaijan's" is none). */
export function subjectOpening(sentence: string): string | null {
  const m = (SAYING.test(sentence) ? OPENING_REPORTER : OPENING_SUBJECT).exec(sentence);
  const name = m?.[1] ?? m?.[2];
  return name && !/['’]s?$/u.test(name) ? name : null;
}

/** The name opening the clause before a semicolon that ends just before "it", or null. */
export function subjectBeforeSemicolon(ownSentenceBeforePronoun: string): string | null {
  const name = OPENING_SUBJECT_THEN_SEMICOLON.exec(ownSentenceBeforePronoun)?.[1];
  return name && !/['’]s?$/u.test(name) ? name : null;
}
