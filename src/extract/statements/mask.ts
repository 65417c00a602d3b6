/**
 * The character that stands in for every code unit of a quote in a masked copy of a text
 * (see maskQuotes): words inside a quote are never read as its attribution, and offsets stay
 * those of the original text.
 */
export const MASK = '\u2591';

/** A comma between digits that groups a figure's thousands: "120,000", "2,783", "1,200,000". */
const DIGIT_GROUP_COMMA = /(?<=\d),(?=\d{3}(?!\d))/g;

/**
 * The masked text with each figure's digit-group comma read as a digit ("120,000" as "1200000"),
 * offsets kept: such a comma never ends a clause, a subject or an attribution, so no search for
 * a comma as a boundary ("[^,]", lastIndexOf(','), /,\s/) can stop inside a figure. Spans still
 * index the original text, which keeps the comma for what is shown.
 */
export function maskDigitGroupCommas(masked: string): string {
  return masked.replace(DIGIT_GROUP_COMMA, '0');
}

/**
 * A body's name that lists its remit after "on": "the State Commission on Prisoners of War,
 * Hostages and Missing Persons". Its commas join the list inside the name; no day or month opens it.
 */
const REMIT_LIST_NAME =
  /\b(?:Commission|Committee|Council|Agency|Office|Centre|Center|Department|Service|Directorate|Board|Bureau|Institute)\s+on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{Ll}+(?:\s+(?:of\s+|and\s+)?\p{Lu}\p{Ll}+){0,3}(?:,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})+,?\s+and\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}/gu;

/**
 * The masked text with the commas inside such a name read as spaces, offsets kept: the list is
 * the name's, so no comma in it ends a subject or sets off an attribution ("…, the State
 * Commission on Prisoners of War, Hostages and Missing Persons said" is one body).
 */
export function maskNameListCommas(masked: string): string {
  return masked.replace(REMIT_LIST_NAME, (name) => name.replace(/,/g, ' '));
}
