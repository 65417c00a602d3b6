/**
 * The character that stands in for every code unit of a quote in a masked copy of a text
 * (see maskQuotes): words inside a quote are never read as its attribution, and offsets stay
 * those of the original text.
 */
export const MASK = '\u2591';
