import { type DateParts, parseWholeDate } from './dateText.ts';

/**
 * A day in the Solar or lunar Hijri calendar, as Iranian and Arab sites print it beside the Gregorian
 * one: "Thursday, 1 Aban 1399", "6 Rabi al-Awwal 1442 AH". Years 1300–1499 are those calendars' present.
 */
const OTHER_CALENDAR_DAY =
  /^(?:\p{L}+,?\s+)?\d{1,2}\s+\p{L}[\p{L}'’ -]{1,24}?\s+1[34]\d{2}(?:\s*(?:AH|SH|A\.H\.|S\.H\.))?$/u;

/** A time of day standing alone as one part of a stamp: "10:32", "18.20". */
const CLOCK_PART = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$/i;

/**
 * "Thursday, 1 Aban 1399 / 22 October 2020 - 10:32", "Tuesday, 2 Aban 1402 - 24 October 2023": a
 * stamp giving the day in two calendars, set apart by a slash, a bar, a dash or brackets. The Gregorian part
 * alone is a whole date; the other part, and a time standing alone, are set aside.
 */
export function gregorianBesideOtherCalendar(line: string): DateParts | null {
  const bracketed = BRACKETED_PART.exec(line);
  if (bracketed) {
    // "22 Aban 1399 (12 November 2020) - 10:20", "Friday 29 Mehr 1401 - 12:40 (21 October 2022)": the
    // day in the other calendar given in brackets beside the rest of the stamp.
    const [, before, inside, after] = bracketed;
    const outside = [before!, after!.replace(LEADING_SEPARATOR, '')].filter((p) => p.trim() !== '');
    return inParts([...outside.flatMap((p) => p.split(/\s+[/|–—-]\s+/)), inside!]);
  }
  return inParts(line.split(/\s+[/|]\s+/)) ?? inParts(line.split(/\s+[/|–—-]\s+/));
}

/** One bracketed part of a stamp, with what stands before and after it. */
const BRACKETED_PART = /^([^()]*?)\s*\(([^()]+)\)\s*([^()]*)$/;
const LEADING_SEPARATOR = /^[/|–—-]\s*/;

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
