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
