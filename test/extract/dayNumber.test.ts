import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/extract/dates/calendar.ts';

/** What Date.UTC gives: the counted day numbers must agree with it everywhere. */
const utcDayNumber = (year: number, month: number, day: number) =>
  Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);

describe('dayNumber: days since 1970-01-01, counted', () => {
  it.each([
    [1970, 1, 1, 0],
    [2023, 9, 19, 19619],
    [2020, 2, 29, 18321],
    [2000, 3, 1, 11017],
    [1969, 12, 31, -1],
  ])('%i-%i-%i is day %i', (year, month, day, expected) => {
    expect(dayNumber(year, month, day)).toBe(expected);
  });

  it('agrees with Date.UTC on leap years, century years and days past the month', () => {
    for (const year of [99, 100, 1600, 1899, 1900, 1999, 2000, 2023, 2024, 2100, 9999, 10000])
      for (let month = 0; month <= 13; month++)
        for (const day of [-31, 0, 1, 28, 29, 30, 31, 32, 366])
          expect(dayNumber(year, month, day)).toBe(utcDayNumber(year, month, day));
  });

  it('keeps the reading of Date.UTC for two-digit and fractional years', () => {
    expect(dayNumber(23, 9, 19)).toBe(utcDayNumber(1923, 9, 19));
    expect(dayNumber(2023.5, 1, 1)).toBe(utcDayNumber(2023.5, 1, 1));
  });
});
