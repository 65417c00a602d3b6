import type { SourceDate } from '../types.ts';
import { solarHijriYearFirst } from './solarHijri.ts';

/**
 * Reads a calendar date written out in a header or dateline: "2020-10-24 16:27",
 * "September 20, 2023", "20 September 2023", "Oct. 3", "Tuesday, September 19", "2023-09",
 * "24.10.2020", "03.03.21", "20:17, 3 March 2021", "29. February 2024", "2021.11.08", "08-Nov-2021". The result is as precise as the writing: no
 * year written means no year.
 * Slash and dotted dates with the year last (10/03/2023, 10.03.2023) are read only when one order alone
 * is a date (28.09.2023) or both orders give the same day (03.03.21): otherwise the order is a guess.
 */

export interface DateParts {
  precision: 'day' | 'month' | 'year';
  year?: number;
  month?: number;
  day?: number;
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const WEEKDAY =
  '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,?\\s+';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
/** "29. February 2024": copy translated from German, Polish or Czech keeps the ordinal dot after the day. */
const DAY_DOT = '\\.?';
/** What may follow a date in a header value: a time, a zone, a separator and more ("2020.", "Mar 3/"). */
const TAIL = '(?=$|[\\s,.|;·•T(/-])';
/** A two-digit year in an agency's numeric date ("03.03.21"): what the writer stated, in full. */
const fullYear = (yy: string) => (Number(yy) < 70 ? 2000 : 1900) + Number(yy);

const FORMS: { re: RegExp; read: (m: RegExpExecArray) => DateParts }[] = [
  {
    re: new RegExp(`^${YEAR}-(\\d{1,2})-(\\d{1,2})${TAIL}`, 'i'),
    read: (m) => yearFirst(m[1]!, m[2]!, m[3]!),
  },
  {
    re: new RegExp(`^${YEAR}/(\\d{1,2})/(\\d{1,2})${TAIL}`, 'i'),
    read: (m) => yearFirst(m[1]!, m[2]!, m[3]!),
  },
  // "2021.11.08 12:40": the year first fixes the order, as in "2021-11-08".
  {
    re: new RegExp(`^${YEAR}\\.(\\d{1,2})\\.(\\d{1,2})${TAIL}`, 'i'),
    read: (m) => yearFirst(m[1]!, m[2]!, m[3]!),
  },
  // "08-Nov-2021", "8-Nov-21": the month's name between hyphens.
  {
    re: new RegExp(`^${DAY}-${MONTH}-(\\d{4}|\\d{2})${TAIL}`, 'i'),
    read: (m) => named(m[2], m[1], m[3]!.length === 2 ? String(fullYear(m[3]!)) : m[3]),
  },
  {
    re: new RegExp(`^(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}${TAIL}`, 'i'),
    read: (m) => dotted(m[3]!, m[1]!, m[2]!),
  },
  // "12. 6. 2021": a dot and a space after the day and after the month, as Czech, Slovak, Slovene and German
  // copy writes the date; only day-first languages set the ordinal dot, so the order is not in doubt.
  {
    re: new RegExp(`^(\\d{1,2})\\.\\s+(\\d{1,2})\\.\\s*${YEAR}${TAIL}`, 'i'),
    read: (m) => ymd(m[3]!, m[2]!, m[1]!),
  },
  {
    re: /^(\d{1,2})\.(\d{1,2})\.(\d{2})(?=$|[\s,/|;)])/,
    read: (m) => dotted(String(fullYear(m[3]!)), m[1]!, m[2]!),
  },
  {
    re: new RegExp(`^${YEAR}-(\\d{2})(?=$|\\s)`, 'i'),
    read: (m) => ({ precision: 'month', year: Number(m[1]), month: Number(m[2]) }),
  },
  // "Sep 14. 2022": a dot where the comma stands, as some Asian sites print the day; "Jun 05,2021": no space
  // after the comma, as some Middle Eastern sites print it.
  {
    re: new RegExp(`^(?:${WEEKDAY})?${MONTH}\\s+${DAY}(?:[,.]\\s*|\\s+)${YEAR}${TAIL}`, 'i'),
    read: (m) => named(m[1], m[2], m[3]),
  },
  {
    re: new RegExp(`^(?:${WEEKDAY})?${DAY}${DAY_DOT}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}${TAIL}`, 'i'),
    read: (m) => named(m[2], m[1], m[3]),
  },
  { re: new RegExp(`^(?:${WEEKDAY})?${MONTH}\\s+${DAY}${TAIL}`, 'i'), read: (m) => named(m[1], m[2]) },
  {
    re: new RegExp(`^(?:${WEEKDAY})?${DAY}${DAY_DOT}\\s+(?:of\\s+)?${MONTH}${TAIL}`, 'i'),
    read: (m) => named(m[2], m[1]),
  },
  {
    re: new RegExp(`^${MONTH},?\\s+${YEAR}${TAIL}`, 'i'),
    read: (m) => ({ precision: 'month', year: Number(m[2]), month: MONTHS[m[1]!.toLowerCase()] }),
  },
  { re: new RegExp(`^${YEAR}(?=$|\\s)`, 'i'), read: (m) => ({ precision: 'year', year: Number(m[1]) }) },
];

/** "1401/07/28": a year-first date in the Solar Hijri calendar's present is converted (solarHijri.ts). */
function yearFirst(year: string, month: string, day: string): DateParts {
  const converted = solarHijriYearFirst(Number(year), Number(month), Number(day));
  return converted === undefined ? ymd(year, month, day) : (converted ?? { precision: 'day' });
}

function ymd(year?: string, month?: string, day?: string): DateParts {
  return { precision: 'day', year: Number(year), month: Number(month), day: Number(day) };
}

/**
 * "28.09.2023" is day first, "09.28.2023" can only be month first; "03.10.2023" could be either, and
 * is not read here (readSlashDate settles it from the text, or no date is read).
 */
function dotted(year: string, first: string, second: string): DateParts {
  const [a, b] = [Number(first), Number(second)];
  if (a > 12 || a === b) return ymd(year, second, first);
  if (b > 12) return ymd(year, first, second);
  return { precision: 'day' };
}

function named(month?: string, day?: string, year?: string): DateParts {
  const parts: DateParts = { precision: 'day', month: MONTHS[month!.toLowerCase()], day: Number(day) };
  if (year) parts.year = Number(year);
  return parts;
}

function daysIn(month: number, year: number | undefined): number {
  // Without a year, 29 February stays possible.
  return new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
}

const LATEST_YEAR = 2200;
export function isRealDate(p: DateParts): boolean {
  // A year past 2200 is another era's ("19.09.2566", the Buddhist), read only beside its own month names.
  if (p.year !== undefined && (p.year < 1000 || p.year > LATEST_YEAR)) return false;
  if (p.month === undefined) return p.precision === 'year';
  if (p.month < 1 || p.month > 12) return false;
  if (p.day === undefined) return p.precision === 'month';
  return p.day >= 1 && p.day <= daysIn(p.month, p.year);
}

export interface ParsedDate {
  parts: DateParts;
  /** Characters of the input the date took up (the rest is time, zone, or other text). */
  length: number;
}

/** A date at the start of `text`, or null. */
export function parseDateAtStart(text: string): ParsedDate | null {
  const s = text.trimStart();
  const lead = text.length - s.length;
  for (const form of FORMS) {
    const m = form.re.exec(s);
    if (!m) continue;
    const parts = form.read(m);
    if (isRealDate(parts) && !weekdayContradicts(m[0], parts)) return { parts, length: lead + m[0].length };
    return null;
  }
  return null;
}

const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const LEADING_WEEKDAY_NAME = new RegExp(`^(${WEEKDAY.replace(/\\s\+$/, '')})\\s`, 'i');

/**
 * "Friday, 30 March 2024" (a Saturday): a weekday the day does not fall on. One of the two is wrong, and
 * nothing tells which, so the writing is no date at all.
 */
export function weekdayContradicts(written: string, parts: DateParts): boolean {
  const m = LEADING_WEEKDAY_NAME.exec(written);
  if (!m || parts.year === undefined || parts.month === undefined || parts.day === undefined) return false;
  const day = new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay();
  return WEEKDAY_NAMES[day] !== m[1]!.slice(0, 3).toLowerCase();
}

/** `text` is a date and nothing else (a time of day after it is allowed). */
export function parseWholeDate(line: string): DateParts | null {
  const text = withAsciiDigits(line);
  const found =
    parseDateAtStart(text) ?? parseDateAtStart(text.replace(LEADING_TIME, (t) => ' '.repeat(t.length)));
  if (!found) return null;
  // "3 October 2023 at 18:45," before a revision's part: the comma ends the part. "28.02.2024. u 19:12":
  // Croatian, Serbian and Hungarian close the year with a dot.
  const rest = text.slice(found.length).replace(YEAR_DOT, '').trim().replace(/,$/, '');
  return rest === '' || TIME_ONLY.test(rest) || TIME_ONLY.test(BRACKETED.exec(rest)?.[1] ?? '')
    ? found.parts
    : null;
}

/** The dot closing a year ("2024."), not a dot that opens a time ("2024.19"). */
const YEAR_DOT = /^\.(?=\s|$)/;
/** "05 October 2020 [13:22]", "(14:05)": the time set in brackets after the date. */
const BRACKETED = /^[[(]([^[\]()]+)[\])]$/;

/** A time before the date: "20:17, 3 March 2021". */
const LEADING_TIME = /^\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s*[,|·•–—-]?\s*(?=\S)/i;
/**
 * A time after the date: "10:14 GMT", "— 10:15 am EST", "18.04 BST", "16:30 GMT+4", ", at 11:52 am (Paris)"
 * (a city in brackets names the time zone), the French hour "at 00h00" ("à 00h00" in translation), the
 * Spanish "19:42 h" and "3:21 p. m." (a space inside, as Spanish style writes it), and the "at" a stamp kept in its language: German "um", French "à", Croatian "u".
 */
const TIME_ONLY =
  /^(?:[,|·•–—/-]\s*(?:(?:at|u|um|à)\s+)?|T|(?:at|u|um|à)\s+)?\d{1,2}(?:[:.]\d{2}(?:\s?h\b\.?)?|h\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?\s?m\.?)?\s*(?:Z|[A-Z]{2,5}|[+-]\d{2}:?\d{2})?(?:\s*\(?(?:[A-Z]{2,5}|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?)\)?|\s*\((?:\p{Lu}[\p{L}\p{M}'’ -]{1,30}?|local)(?:\s+time)?\))?$/iu;

/** A value read off the page: the year counts as stated when written, unknown otherwise. */
export function toSourceDate(parts: DateParts, yearReason: { stated: string; missing: string }): SourceDate {
  const date: SourceDate = {
    precision: parts.precision,
    yearStatus: parts.year === undefined ? 'unknown' : 'stated',
  };
  if (parts.year !== undefined) date.year = parts.year;
  if (parts.month !== undefined) date.month = parts.month;
  if (parts.day !== undefined) date.day = parts.day;
  date.yearReason = parts.year === undefined ? yearReason.missing : yearReason.stated;
  return date;
}

/** Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits. */
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** "۱۴۰۱/۰۷/۲۸ - ۱۰:۳۵": a copy may keep a stamp's Persian or Arabic digits; they are read as 0–9. */
export function withAsciiDigits(line: string): string {
  return line.replace(EASTERN_DIGIT, (d) => String((d.codePointAt(0)! - 0x0660) % 0x90));
}
