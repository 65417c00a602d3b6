import { WEEKDAYS } from '../calendarNames.ts';
import type { DateParts } from './dateText.ts';

/**
 * A Gregorian stamp a Turkish or Azerbaijani site prints in its own language, kept as printed in an
 * English copy: "14 Mayıs 2021 Cuma 16:48", "Cuma, 14 Mayıs 2021", "08 İyun 2022, 12:34". Read only as a
 * whole line with the day, the month's name and a four-digit year; a weekday, when printed, must be that
 * day's, or nothing is read.
 */

/** Dotted and dotless i read alike, so "ARALIK", "Aralık" and "İyun" find their month. */
const fold = (word: string) =>
  word
    .replace(/İ/g, 'i')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/\u0307/g, '');

const MONTHS = new Map<string, number>(
  [
    // Turkish
    ['ocak', 1],
    ['şubat', 2],
    ['mart', 3],
    ['nisan', 4],
    ['mayıs', 5],
    ['haziran', 6],
    ['temmuz', 7],
    ['ağustos', 8],
    ['eylül', 9],
    ['ekim', 10],
    ['kasım', 11],
    ['aralık', 12],
    // Azerbaijani
    ['yanvar', 1],
    ['fevral', 2],
    ['aprel', 4],
    ['may', 5],
    ['iyun', 6],
    ['iyul', 7],
    ['avqust', 8],
    ['sentyabr', 9],
    ['oktyabr', 10],
    ['noyabr', 11],
    ['dekabr', 12],
  ].map(([name, month]) => [fold(name as string), month as number]),
);

/** Weekday names by their day (0 = Sunday, as Date.getUTCDay counts). */
const WEEKDAY_NAMES = new Map<string, number>(
  [
    // Turkish
    ['pazar', 0],
    ['pazartesi', 1],
    ['salı', 2],
    ['çarşamba', 3],
    ['perşembe', 4],
    ['cuma', 5],
    ['cumartesi', 6],
    // Azerbaijani
    ['bazar', 0],
    ['bazar ertəsi', 1],
    ['çərşənbə axşamı', 2],
    ['çərşənbə', 3],
    ['cümə axşamı', 4],
    ['cümə', 5],
    ['şənbə', 6],
  ].map(([name, day]) => [fold(name as string), day as number]),
);

const WEEKDAY = '(\\p{L}+(?:\\s+\\p{L}+)?)';
const STAMP = new RegExp(
  `^(?:${WEEKDAY},?\\s+)?(\\d{1,2})\\.?\\s+(\\p{L}+),?\\s+(\\d{4})(?:,?\\s+${WEEKDAY})?` +
    '(?:\\s*[,|–—-]?\\s*(?:saat\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?)?$',
  'u',
);

export function dateOfLocalMonthStamp(line: string): DateParts | null {
  const m = STAMP.exec(line.trim());
  if (!m) return null;
  const [, before, day, monthName, year, after] = m;
  const month = MONTHS.get(fold(monthName!));
  if (month === undefined) return null;
  const at = new Date(Date.UTC(Number(year), month - 1, Number(day)));
  if (at.getUTCMonth() !== month - 1 || at.getUTCDate() !== Number(day)) return null;
  for (const weekday of [before, after]) {
    if (weekday === undefined) continue;
    // An English weekday ("Friday, 14 Mayıs 2021") is read as well; any other word is no stamp's.
    const named = WEEKDAY_NAMES.get(fold(weekday)) ?? WEEKDAYS.findIndex((w) => fold(w) === fold(weekday));
    if (named !== at.getUTCDay()) return null;
  }
  return { precision: 'day', year: Number(year), month, day: Number(day) };
}
