import { describe, expect, it } from 'vitest';
import { parseWholeDate } from '../../src/corpus/metadata/dateText.ts';
import { readFieldLine } from '../../src/corpus/metadata/fields.ts';
import { dateOfOtherCalendarStamp } from '../../src/corpus/metadata/otherCalendar.ts';
import { events, published } from './dateLayouts.helpers.ts';

/** Stamps written for these tests, as translated copy keeps a Central European outlet's own stamp. */
describe('a stamp with its month named in a Slavic language or Romanian', () => {
  it.each([
    ['3. března 2021 08:15', { year: 2021, month: 3, day: 3 }],
    ['21. října 2020 19:24', { year: 2020, month: 10, day: 21 }],
    ['5. septembra 2022, 10:40', { year: 2022, month: 9, day: 5 }],
    ['14 września 2022', { year: 2022, month: 9, day: 14 }],
    ['2 lutego 2024 o 09:30', { year: 2024, month: 2, day: 2 }],
    ['16. kolovoza 2023. u 21:40', { year: 2023, month: 8, day: 16 }],
    ['9 octombrie 2023, 12:05', { year: 2023, month: 10, day: 9 }],
    ['11 noi. 2022', { year: 2022, month: 11, day: 11 }],
  ])('%s', (line, date) => {
    expect(dateOfOtherCalendarStamp(line)).toMatchObject({ precision: 'day', ...date });
  });

  it('the French hour "18h52" after "à" is part of the stamp', () => {
    expect(dateOfOtherCalendarStamp('4 mars 2023 à 18h52')).toMatchObject({ year: 2023, month: 3, day: 4 });
  });

  it('"listopad" is November in Czech and Polish but October in Croatian: no month is read', () => {
    expect(dateOfOtherCalendarStamp('3. listopadu 2020')).toBeNull();
    expect(dateOfOtherCalendarStamp('3. listopada 2020')).toBeNull();
  });

  it('a line with words beyond the stamp is no stamp', () => {
    expect(dateOfOtherCalendarStamp('14 września 2022 the army said')).toBeNull();
  });
});

describe('numeric stamps in Central European layouts', () => {
  it('"4. 5. 2021": a dot and a space after day and month are day first', () => {
    expect(parseWholeDate('4. 5. 2021 18:05')).toMatchObject({ year: 2021, month: 5, day: 4 });
  });

  it('"03.04.2024. u 10:12": the year closed by a dot, the hour after Croatian "u"', () => {
    expect(parseWholeDate('13.04.2024. u 10:12')).toMatchObject({ year: 2024, month: 4, day: 13 });
    expect(parseWholeDate('13.04.2024.')).toMatchObject({ year: 2024, month: 4, day: 13 });
  });

  it('a dot that opens a number after the year is no closing dot', () => {
    expect(parseWholeDate('13.04.2024.19')).toBeNull();
  });
});

describe('a stamp kept with its key or byline in the outlet language', () => {
  it('"Publicat:" is a Romanian publication key', () => {
    expect(readFieldLine('Publicat: 3 mai 2023, 21:40')).toMatchObject({ kind: 'published' });
  });

  it('dates the piece by a Romanian stamp under a lower-case byline', () => {
    const text =
      'Externe\n\nForeign ministers meet in Geneva on the corridor\n\n' +
      'The talks were called after a week of shooting on the border.\n\n' +
      'de Ioana Popescu\nPublicat: 7 iun. 2023, 21:40\n\n' +
      'The foreign ministers met in Geneva on Wednesday, the ministry said. The talks had been set on 2 June.\n';
    expect(published(text)).toBe('2023-06-07');
    expect(events(text)).toMatchObject({ 'on Wednesday': '2023-06-07', 'on 2 June': '2023-06-02' });
  });

  it('dates the piece by a Czech stamp, and lends its year to the body', () => {
    const text =
      'World\n\nShelling resumes near the border\n\nThe ministry reports damage to two villages.\n\n' +
      'Jan Novák\n6. října 2020 10:05\n\n' +
      'Two villages were shelled on Tuesday, the ministry said. The fighting began on September 27.\n';
    expect(published(text)).toBe('2020-10-06');
    expect(events(text)).toMatchObject({ 'on Tuesday': '2020-10-06', 'on September 27': '2020-09-27' });
  });

  it('a Slovak numeric stamp with its byline after a bar', () => {
    const text =
      'Svet\n\nPrisoners handed over at the border\n\nThe exchange was brokered by a neighbour.\n\n' +
      '5. 6. 2021 18:05 | Peter Horák, TASR\n\n' +
      'Azerbaijan on Saturday handed over ten detainees, the government said.\n';
    expect(published(text)).toBe('2021-06-05');
  });
});
