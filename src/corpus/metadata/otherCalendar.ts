import { type DateParts, parseWholeDate, withAsciiDigits } from './dateText.ts';
import { dateOfLocalMonthStamp } from './localMonths.ts';
import { gregorianOfSolarHijri } from './solarHijri.ts';

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

/**
 * The months of the Solar Hijri calendar, as Iranian sites transliterate them, and as Afghan sites name
 * the same months (by the zodiac: Hamal … Hut).
 */
const SOLAR_HIJRI_MONTHS: Record<string, number> = {
  farvardin: 1,
  ordibehesht: 2,
  khordad: 3,
  tir: 4,
  mordad: 5,
  amordad: 5,
  shahrivar: 6,
  mehr: 7,
  aban: 8,
  azar: 9,
  dey: 10,
  day: 10,
  bahman: 11,
  esfand: 12,
  espand: 12,
  hamal: 1,
  sawr: 2,
  saur: 2,
  jawza: 3,
  jauza: 3,
  saratan: 4,
  asad: 5,
  sunbula: 6,
  sonbola: 6,
  mizan: 7,
  aqrab: 8,
  qaws: 9,
  qaus: 9,
  jadi: 10,
  dalw: 11,
  hut: 12,
  hoot: 12,
};
const SOLAR_HIJRI_DAY = /^(?:(\p{L}+),?\s+)?(\d{1,2})\s+(\p{L}+)\s+(1[34]\d{2})(?:\s*(?:SH|S\.H\.))?$/u;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/**
 * "Saturday 28 Mehr 1403 - 09:15": a stamp that gives the day in the Solar Hijri calendar only, with no
 * Gregorian day beside it. The day is converted exactly; a weekday written beside it must agree.
 */
function solarHijriAlone(line: string): DateParts | null {
  const parts = line.split(/\s+[/|–—-]\s+|\s*,\s+(?=\d{1,2}[:.]\d{2})/).map((p) => p.trim());
  let found: DateParts | null = null;
  for (const part of parts) {
    if (CLOCK_PART.test(part)) continue;
    const m = SOLAR_HIJRI_DAY.exec(part);
    const month = m ? SOLAR_HIJRI_MONTHS[m[3]!.toLowerCase()] : undefined;
    if (!m || !month || found) return null;
    const date = gregorianOfSolarHijri(Number(m[4]), month, Number(m[2]));
    if (!date) return null;
    const weekday = m[1]?.toLowerCase();
    if (weekday) {
      const at = new Date(Date.UTC(date.year!, date.month! - 1, date.day!));
      if (WEEKDAYS[at.getUTCDay()] !== weekday) return null;
    }
    found = date;
  }
  return found;
}

const FOUR_DIGITS = /\d{4}/;

/**
 * A stamp in two calendars read by its Gregorian day, a Solar Hijri stamp alone converted, or a Gregorian
 * stamp with its month named in Turkish or Azerbaijani (localMonths.ts).
 */
export function dateOfOtherCalendarStamp(stamp: string): DateParts | null {
  const line = withAsciiDigits(stamp);
  // Each reading below needs a year of four digits (1[34]\d{2} in the other calendars, \d{4} in local months').
  if (!FOUR_DIGITS.test(line)) return null;
  return gregorianBesideOtherCalendar(line) ?? solarHijriAlone(line) ?? dateOfLocalMonthStamp(line);
}
