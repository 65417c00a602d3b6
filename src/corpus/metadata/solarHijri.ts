import type { DateParts } from './dateText.ts';

/**
 * Solar Hijri (Jalali) to Gregorian, by arithmetic alone: Borkowski's rule, whose table of the years where
 * the 33-year leap cycle shifts matches the astronomical calendar Iran and Afghanistan keep over centuries
 * (a platform's Persian calendar may hold a plain 33-year cycle, or none).
 */

/** Years at which the leap cycle shifts; the calendar is defined for BREAKS[0] <= year < the last. */
const BREAKS = [
  -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
];

const div = (a: number, b: number) => Math.trunc(a / b);
const mod = (a: number, b: number) => a - Math.trunc(a / b) * b;

/** The Gregorian year of 1 Farvardin, its day in March, and whether the Solar Hijri year is leap. */
function yearStart(year: number): { gregorianYear: number; march: number; leap: boolean } | null {
  if (year < BREAKS[0]! || year >= BREAKS[BREAKS.length - 1]!) return null;
  const gregorianYear = year + 621;
  let leapJ = -14;
  let from = BREAKS[0]!;
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const to = BREAKS[i]!;
    jump = to - from;
    if (year < to) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    from = to;
  }
  let n = year - from;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gregorianYear, 4) - div((div(gregorianYear, 100) + 1) * 3, 4) - 150;
  const march = 20 + leapJ - leapG;
  if (jump - n < 6) n = n - jump + div(jump + 4, 33) * 33;
  let leap = mod(mod(n + 1, 33) - 1, 4);
  if (leap === -1) leap = 4;
  return { gregorianYear, march, leap: leap === 0 };
}

/** Days in a Solar Hijri month: six of 31, five of 30, and Esfand of 29, or 30 in a leap year. */
export function solarHijriMonthDays(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return yearStart(year)?.leap ? 30 : 29;
}

/** The Gregorian day of a Solar Hijri one; null if the calendar has no such day. */
export function gregorianOfSolarHijri(year: number, month: number, day: number): DateParts | null {
  const start = yearStart(year);
  if (!start || month < 1 || month > 12 || day < 1 || day > solarHijriMonthDays(year, month)) return null;
  const offset = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
  const at = new Date(Date.UTC(start.gregorianYear, 2, start.march + offset));
  return { precision: 'day', year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

/**
 * Iranian and Afghan sites print dates year first in the Solar Hijri calendar ("1401/07/28 - 10:35"). A
 * year of that calendar's present is no Gregorian year a news date gives: such a date is converted, or,
 * when that calendar has no such day, read as nothing (null). Any other year is Gregorian (undefined).
 */
export function solarHijriYearFirst(year: number, month: number, day: number): DateParts | null | undefined {
  if (year < 1390 || year > 1410) return undefined;
  return gregorianOfSolarHijri(year, month, day);
}
