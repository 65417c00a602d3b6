import type { Season } from '../../corpus/types.ts';

export { MONTH_NAMES, WEEKDAYS } from '../../corpus/calendarNames.ts';

/** Plain calendar arithmetic in UTC day numbers (days since 1970-01-01); no time zones involved. */

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

/** A year of four digits and a month of 1-12, which the counted readings below hold for. */
function isPlainYearMonth(year: number, month: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 100 &&
    year <= 9999 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12
  );
}

export function dayNumber(year: number, month: number, day: number): number {
  // Counted for a plain year and month (every year tried against every month-day calls this); a day out
  // of the month's range counts on as Date.UTC counts it. Anything else keeps Date.UTC's reading.
  if (isPlainYearMonth(year, month) && Number.isInteger(day)) return daysFromCivil(year, month) + day - 1;
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Days from 1970-01-01 to the first of a month (proleptic Gregorian; H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5);
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(n: number): Ymd {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday (as chrono-node numbers weekdays). */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Counted, not read off a Date (called for every year tried against every month-day). Date.UTC reads
  // years 0-99 as 1900-1999 and carries months past 12: anything but a plain year and month keeps that reading.
  if (isPlainYearMonth(year, month))
    return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : MONTH_DAYS[month - 1]!;
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Meteorological seasons (northern hemisphere): first and last month; winter runs into the next year. */
export const SEASON_MONTHS: Record<Season, { first: number; last: number }> = {
  spring: { first: 3, last: 5 },
  summer: { first: 6, last: 8 },
  fall: { first: 9, last: 11 },
  winter: { first: 12, last: 2 },
};

export function dayNumberOfDate(d: Date): number {
  return Math.floor(d.getTime() / MS_PER_DAY);
}

/** Western Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The fourth Thursday of November (Thanksgiving in the United States). */
export function fourthThursdayOfNovember(year: number): { month: number; day: number } {
  const first = weekdayOf(year, 11, 1);
  return { month: 11, day: 1 + ((4 - first + 7) % 7) + 21 };
}
