import { describe, expect, it } from 'vitest';
import { gregorianOfSolarHijri, solarHijriMonthDays } from '../../src/corpus/metadata/solarHijri.ts';

describe('a Solar Hijri day converted to the Gregorian calendar', () => {
  it.each([
    // New Year's Day (Nowruz) falls on 20 or 21 March.
    [1396, 1, 1, '2017-03-21'],
    [1399, 1, 1, '2020-03-20'],
    [1401, 1, 1, '2022-03-21'],
    [1403, 1, 1, '2024-03-20'],
    [1404, 1, 1, '2025-03-21'],
    // The last day of the 31-day months and the first of the 30-day ones.
    [1401, 6, 31, '2022-09-22'],
    [1401, 7, 1, '2022-09-23'],
    [1401, 7, 28, '2022-10-20'],
    [1402, 7, 12, '2023-10-04'],
    // 22 Bahman 1357, the day the revolution is marked.
    [1357, 11, 22, '1979-02-11'],
  ])('%i/%i/%i is %s', (year, month, day, want) => {
    const g = gregorianOfSolarHijri(year, month, day);
    const iso = g && `${g.year}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`;
    expect(iso).toBe(want);
  });

  it('Esfand has 30 days in a leap year and 29 otherwise', () => {
    expect(solarHijriMonthDays(1399, 12)).toBe(30);
    expect(solarHijriMonthDays(1403, 12)).toBe(30);
    expect(solarHijriMonthDays(1402, 12)).toBe(29);
    expect(solarHijriMonthDays(1404, 12)).toBe(29);
    expect(gregorianOfSolarHijri(1403, 12, 30)).toMatchObject({ year: 2025, month: 3, day: 20 });
    expect(gregorianOfSolarHijri(1402, 12, 30)).toBeNull();
  });

  it('a day or month the calendar lacks gives no date', () => {
    expect(gregorianOfSolarHijri(1401, 7, 31)).toBeNull();
    expect(gregorianOfSolarHijri(1401, 13, 1)).toBeNull();
    expect(gregorianOfSolarHijri(1401, 0, 1)).toBeNull();
    expect(gregorianOfSolarHijri(1401, 1, 0)).toBeNull();
  });

  it('runs day after day across the years, with no gap or overlap', () => {
    let last = Date.UTC(2011, 2, 20);
    for (let year = 1390; year <= 1410; year++)
      for (let month = 1; month <= 12; month++)
        for (let day = 1; day <= solarHijriMonthDays(year, month); day++) {
          const g = gregorianOfSolarHijri(year, month, day)!;
          const at = Date.UTC(g.year!, g.month! - 1, g.day!);
          expect(at - last).toBe(864e5);
          last = at;
        }
  });
});
