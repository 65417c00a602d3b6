import { type DateParts, parseWholeDate } from './dateText.ts';

/**
 * A day in the Solar or lunar Hijri calendar, as Iranian and Arab sites print it beside the Gregorian
 * one: "Thursday, 1 Aban 1399", "6 Rabi al-Awwal 1442 AH". Years 1300–1499 are those calendars' present.
 */
const OTHER_CALENDAR_DAY =
  /^(?:\p{L}+,?\s+)?\d{1,2}\s+\p{L}[\p{L}'’ -]{1,24}?\s+1[34]\d{2}(?:\s*(?:AH|SH|A\.H\.|S\.H\.))?$/u;

/** A time of day standing alone as one part of a stamp: "10:32", "18.20". */
const CLOCK_PART = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$/i;

/** "… 12:40 (21 October 2022)": a part in brackets at the line's end, after a part or a time. */
const BRACKETED_AT_END = /\s*\(([^()]+)\)\s*$/;

/**
 * "Thursday, 1 Aban 1399 / 22 October 2020 - 10:32", "Tuesday, 2 Aban 1402 - 24 October 2023": a
 * stamp giving the day in two calendars, set apart by a slash, a bar or a dash, or the Gregorian day
 * in brackets after the other ("Friday 29 Mehr 1401 - 12:40 (21 October 2022)"). The Gregorian part
 * alone is a whole date; the other part, and a time standing alone, are set aside.
 */
export function gregorianBesideOtherCalendar(line: string): DateParts | null {
  const bracketed = BRACKETED_AT_END.exec(line);
  const parted = bracketed ? `${line.slice(0, bracketed.index)} / ${bracketed[1]!.trim()}` : line;
  return inParts(parted.split(/\s+[/|]\s+/)) ?? inParts(parted.split(/\s+[/|–—-]\s+/));
}

function inParts(parts: string[]): DateParts | null {
  if (parts.length < 2 || !parts.some((p) => OTHER_CALENDAR_DAY.test(p.trim()))) return null;
  let found: DateParts | null = null;
  for (const part of parts) {
    if (OTHER_CALENDAR_DAY.test(part.trim()) || CLOCK_PART.test(part.trim())) continue;
    const date = parseWholeDate(part.trim());
    if (!date || date.day === undefined || date.year === undefined || found) return null;
    found = date;
  }
  return found;
}
