import { describe, expect, it } from 'vitest';
import {
  dateOfOtherCalendarStamp,
  gregorianBesideOtherCalendar,
} from '../../src/corpus/metadata/otherCalendar.ts';
import { gregorianOfSolarHijri } from '../../src/corpus/metadata/solarHijri.ts';
import { inferMetadata } from '../../src/corpus/metadata.ts';

/** Stamps written for these tests, in the layouts of Iranian and Arab news sites. */
describe('a stamp giving the day in two calendars', () => {
  it.each([
    ['Sunday, 5 Azar 1402 / 26 November 2023 - 18:20', { year: 2023, month: 11, day: 26 }],
    ['26 November 2023 | 12 Jumada al-Awwal 1445 AH', { year: 2023, month: 11, day: 26 }],
    ['Monday, 6 Azar 1402 - 27 November 2023', { year: 2023, month: 11, day: 27 }],
    ['6 Azar 1402 – 27 November 2023 – 09:15', { year: 2023, month: 11, day: 27 }],
    ['14 Dey 1401 (4 January 2023) - 08:45', { year: 2023, month: 1, day: 4 }],
    ['Saturday 7 Dey 1401 - 16:05 (28 December 2022)', { year: 2022, month: 12, day: 28 }],
  ])('%s', (line, date) => {
    expect(gregorianBesideOtherCalendar(line)).toMatchObject(date);
  });

  it('a line of one calendar, or of two Gregorian dates, is not this layout', () => {
    expect(gregorianBesideOtherCalendar('26 November 2023 - 18:20')).toBeNull();
    expect(gregorianBesideOtherCalendar('5 Azar 1402 / 5 Azar 1402')).toBeNull();
    expect(gregorianBesideOtherCalendar('5 Azar 1402 - 26 November 2023 - 27 November 2023')).toBeNull();
    expect(gregorianBesideOtherCalendar('26 November 2023 (updated 27 November 2023)')).toBeNull();
  });

  it('dates the piece by its Gregorian day', () => {
    const text =
      'World\n\nEnvoy: the corridor talks will resume\n\nSunday, 5 Azar 1402 / 26 November 2023 - 18:20\n\n' +
      'The deputy foreign minister said on Sunday that the talks would resume in Tehran next week.\n';
    expect(inferMetadata(text).meta.published?.value).toMatchObject({ year: 2023, month: 11, day: 26 });
  });

  it('dates the piece by the Gregorian day given in brackets', () => {
    const text =
      'Politics\n\nSpeaker: the border will stay open\n\n14 Dey 1401 (4 January 2023) - 08:45\n\n' +
      'The speaker of parliament said on Tuesday that the crossing would stay open.\n';
    expect(inferMetadata(text).meta.published?.value).toMatchObject({ year: 2023, month: 1, day: 4 });
  });
});

describe('a stamp giving the day in the Solar Hijri calendar only', () => {
  it.each([
    ['Sunday 12 Azar 1402 - 10:40', { year: 2023, month: 12, day: 3 }],
    ['Wednesday, 1 Farvardin 1403', { year: 2024, month: 3, day: 20 }],
    ['22 Shahrivar 1401 | 17:05', { year: 2022, month: 9, day: 13 }],
  ])('%s is converted to its Gregorian day', (line, date) => {
    expect(dateOfOtherCalendarStamp(line)).toMatchObject({ precision: 'day', ...date });
  });

  it('a weekday that does not agree with the day, or a day the month lacks, gives no date', () => {
    expect(dateOfOtherCalendarStamp('Friday 12 Azar 1402 - 10:40')).toBeNull();
    expect(dateOfOtherCalendarStamp('31 Azar 1402')).toBeNull();
    expect(gregorianOfSolarHijri(1402, 13, 1)).toBeNull();
  });

  it('a lunar Hijri day alone is not converted: its reckonings differ by a day or two', () => {
    expect(dateOfOtherCalendarStamp('12 Jumada al-Awwal 1445 AH')).toBeNull();
  });

  it('dates the piece by the converted day', () => {
    const text =
      'Politics\n\nEnvoy: the transit road will open next year\n\nSunday 12 Azar 1402 - 10:40\n\n' +
      'The deputy foreign minister said on Sunday that the road would open next year.\n';
    expect(inferMetadata(text).meta.published?.value).toMatchObject({ year: 2023, month: 12, day: 3 });
  });
});

describe('a Solar Hijri day written in numbers', () => {
  it.each([
    ['1402/09/12 - 10:40', { year: 2023, month: 12, day: 3 }],
    ['1401.06.22', { year: 2022, month: 9, day: 13 }],
  ])(
    '%s is converted: a year of that calendar’s present is no Gregorian year of a news piece',
    (line, date) => {
      const text = `Politics\n\nCommander: the drills will go on\n\nThe drills began near the river.\n\nCode: 1234567\n${line}\n\nThe commander said on Sunday that the drills would go on.\n`;
      expect(inferMetadata(text).meta.published?.value).toMatchObject(date);
    },
  );

  it('dates the piece from a "Publication date:" line', () => {
    const text =
      'Politics\n\nCommander: the drills will go on\n\nThe drills began near the river.\n\n' +
      'Code: 1234567\nPublication date: 1402/09/12 - 10:40\n\nThe commander said on Sunday that the drills would go on.\n';
    expect(inferMetadata(text).meta.published?.value).toMatchObject({ year: 2023, month: 12, day: 3 });
  });

  it('a Gregorian day in numbers is left as it is', () => {
    expect(dateOfOtherCalendarStamp('2023/09/12 - 10:40')).toBeNull();
  });
});

describe('a Hungarian stamp, year first', () => {
  it('"2023. október 5. 14:20" and "2022. szept. 13." give their day', () => {
    expect(dateOfOtherCalendarStamp('2023. október 5. 14:20')).toMatchObject({
      year: 2023,
      month: 10,
      day: 5,
    });
    expect(dateOfOtherCalendarStamp('2022. szept. 13.')).toMatchObject({ year: 2022, month: 9, day: 13 });
  });

  it('dates the piece', () => {
    const text =
      'World\n\nShelling on the border overnight\n\nnews.example\n2023. október 5. 14:20\n\n' +
      'The ministry said the shelling began on Thursday.\n';
    expect(inferMetadata(text).meta.published?.value).toMatchObject({ year: 2023, month: 10, day: 5 });
  });
});
