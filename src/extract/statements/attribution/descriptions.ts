import { resolveEntityAt } from '../../entities/resolve.ts';
import { trailingProperName } from '../../entities/textEntity.ts';

export const ONE_CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
export const CAPITAL_START = /^\p{Lu}/u;

/**
 * An indefinite or partitive description in lower case ("One of them", "One of the mothers", "A
 * neighbour"), the place it is of or from after it ("a resident of Stepanakert"), or someone's
 * relative or friend ("Lusine's 16-year-old daughter", "his cousin", "her mother-in-law").
 */
export const ONE_DESCRIBED =
  /^(?:(?:[Oo]ne|[Aa]nother|[Aa]n?)(?:\s+[\p{Ll}-]+){1,4}(?:\s+(?:of|from|in)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?|(?:\p{Lu}[\p{L}-]*['’]s|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:daughter|son|wife|husband|mother|father|brother|sister|cousin|uncle|aunt|niece|nephew|grandmother|grandfather|grandson|granddaughter|neighbou?r|friend|fianc[eé]e?|widow)(?:-in-law)?)$/u;

/** "One of them", "an elderly woman", "another": a description that does not say who it is. */
export const INDEFINITE_OPENER = /^(?:[Oo]ne|[Aa]nother|[Aa]n?)\s/;

/** A single capitalised word, no weekday, month or name the gazetteer knows: "Lilit", "Ruzanna". */
const GIVEN_NAME_ALONE = /^\p{Lu}\p{Ll}+$/u;
const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

export function isGivenNameAlone(text: string): boolean {
  return GIVEN_NAME_ALONE.test(text) && !CALENDAR_WORD.test(text) && !resolveEntityAt(text, null);
}

/**
 * A named owner's possessive that opens a description: "Georgia's", "Mr Pashinyan's", "Prime
 * Minister Nikol Pashinyan's". One to five capitalised words, the last with "'s".
 */
const NAMED_OWNER = String.raw`(?:\p{Lu}[\p{L}.-]*\s+){0,4}\p{Lu}[\p{L}.-]*['’]s`;

/**
 * A person's description in lower case, no body's: "the owner", "her elder sister", "Mr
 * Pashinyan's spokeswoman", "the town's mayor"; a name set off after it is who it is.
 */
export const DEFINITE_PERSON = new RegExp(
  String.raw`^(?:the|his|her|their|${NAMED_OWNER})\s+(?:[\p{Ll}-]+(?:['’]s?)?\s+){0,2}(?!(?:ministry|office|service|agency|committee|commission|government|department|statement|report|council|court|army|police|authorities|administration|company|group|party|embassy|mission)$)[\p{Ll}-]+$`,
  'u',
);

/**
 * A capitalised office held by one person, "the" before it: "the Council of Europe Commissioner for
 * Human Rights", "the Foreign Minister". A name set off after it is the holder who spoke.
 */
export const DEFINITE_TITLE =
  /^the\s+(?:[\p{L}-]+\s+){0,6}(?:Commissioner|Minister|Secretary|President|Ombudsman|Defender|Director|Chairman|Chairwoman|Chair|Envoy|Ambassador|Spokesman|Spokeswoman|Spokesperson|Mayor|Governor|Rapporteur)(?:\s+(?:for|of|on)(?:\s+[\p{L}-]+){1,4})?$/u;

/** A subject that only counts off members of a group named before: "One of them", "Another". */
export const PARTITIVE =
  /^(?:(?:one|two|three|some|several|another|each)\s+of\s+(?:them|those|these|us)|another)$/i;

/**
 * Words that open a description a name may stand in apposition to: "the spokeswoman, Nazeli
 * Baghdasaryan", "Georgia's public defender, Levan Ioseliani".
 */
// "One of them, 58-year-old Anna Lee", "Another resident, Ara Sahakyan": "one" and "another" describe too.
// "Prime Minister Nikol Pashinyan's spokeswoman, Nazeli Baghdasaryan": the owner may be a titled, full name.
export const DESCRIPTION_OPENER = new RegExp(
  String.raw`^(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ne|[Aa]nother)\s|${NAMED_OWNER}\s)`,
  'u',
);

const NAME_WORD_OR_OF_THE = /^(?:\p{Lu}|of$|the$)/u;

const CLERIC_STYLE_ARTICLE = /^the\s+(?=(?:Rev\.|Revd\.?|Reverend|Very\s+Rev\.|Right\s+Rev\.)\s+\p{Lu})/u;

/** A segment that is a name, with any title before it: "Lieutenant General Rustam Muradov", "Nazeli Baghdasaryan". */
/** A description of several: counted ("the two", "Both", "Two of") or headed by a plural noun before any "of". */
export const PLURAL_DESCRIPTION =
  /^(?:(?:[Tt]he\s+)?(?:two|[Bb]oth)\s|(?:Two|Both)\s+of\s|(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+s(?:\s+of\s|$))/u;

const TWO_NAMES = /^(\S.*?)\s+and\s+(\S.*)$/u;

/** "Anna Melikian and Paul Sarkis", "Karine and Levon Abrahamyan": two people named in full, or sharing the surname. */
export function isApposedPair(written: string): boolean {
  const m = TWO_NAMES.exec(written);
  if (!m || !isApposedName(m[2]!)) return false;
  return isApposedName(m[1]!) || ONE_CAPITALISED_WORD.test(m[1]!);
}

const DESCRIPTION_THEN_PAIR = /^([^,]{1,60}),\s([^,]{1,160}?),?\s*$/u;

/** The two names a plural description stands before in apposition ("the two co-chairs, A and B"), else null. */
export function apposedPair(phrase: string): string | null {
  const m = DESCRIPTION_THEN_PAIR.exec(phrase);
  return m && PLURAL_DESCRIPTION.test(m[1]!) && isApposedPair(m[2]!) ? m[2]! : null;
}

/**
 * A full name set off after an indefinite description ("said one of the organisers, Armen
 * Mkhitaryan."): a person's name, never a place or body the gazetteer knows ("Nagorno Karabakh").
 */
export function isApposedPersonName(written: string): boolean {
  if (!isApposedName(written)) return false;
  const known = resolveEntityAt(written, null);
  return !known || known.kind === 'person';
}

export function isApposedName(written: string): boolean {
  // "58-year-old Hasmik Sargsyan": an age before the name is no title, and no obstacle.
  // "the Rev. Garegin Boyajian": a cleric's style takes the article; the name follows it.
  const text = /^\d/.test(written)
    ? written.replace(/^\d{1,3}-year-old\s+/, '')
    : written.replace(CLERIC_STYLE_ARTICLE, '');
  const proper = CAPITAL_START.test(text) ? trailingProperName(text) : null;
  return (
    !!proper &&
    proper.name.includes(' ') &&
    proper.role.split(/\s+/).every((w) => !w || NAME_WORD_OR_OF_THE.test(w))
  );
}
