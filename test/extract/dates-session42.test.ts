import { describe, expect, it } from 'vitest';
import { inferMetadata } from '../../src/corpus/metadata.ts';
import { events, published } from '../corpus/dateLayouts.helpers.ts';

/** Text written for these tests (session 42, dates on outlets-fresh-58). */
describe('a numeric stamp in the Solar Hijri calendar', () => {
  const page = (stamp: string) =>
    'Politics > Region\n\nDeputy minister: the new border post opens next week\n\n' +
    'Officials say the crossing will ease trade along the river.\n\n' +
    `Code: 208114\n${stamp}\n\n` +
    'The deputy minister told reporters on Monday that the post would open next week.\n';

  it.each([
    ['Publication date: 1401/07/28 - 10:35', '2022-10-20'],
    ['Publication date: 1402/12/29', '2024-03-19'],
    ['1403.01.01 - 08:10', '2024-03-20'],
  ])('"%s" is converted to its Gregorian day', (stamp, want) => {
    expect(published(page(stamp))).toBe(want);
  });

  it('dates the piece’s weekdays by the converted day', () => {
    // 28 Mehr 1401 is Thursday 20 October 2022: "on Monday" is 17 October.
    expect(events(page('Publication date: 1401/07/28 - 10:35'))).toMatchObject({ 'on Monday': '2022-10-17' });
  });

  it('a day the calendar lacks gives no date, never a Gregorian reading', () => {
    // 1402 is no leap year: Esfand has 29 days.
    expect(published(page('Publication date: 1402/12/30'))).toBeNull();
  });

  it('a Gregorian year outside the Persian range is read as before', () => {
    expect(published(page('Publication date: 2022/10/20 - 10:35'))).toBe('2022-10-20');
  });

  it('written with hyphens, as in a body, it is the same day', () => {
    expect(published(page('Publish date: 1401-07-28 10:35'))).toBe('2022-10-20');
    const text = `${page('Publication date: 1401/07/28 - 10:35')}Border guards reported shelling near the river on 1401-07-25.\n`;
    expect(events(text)).toMatchObject({ 'on 1401-07-25': '2022-10-17' });
  });

  it('kept in Persian or Arabic digits, it is read alike', () => {
    expect(published(page('Publication date: ۱۴۰۱/۰۷/۲۸ - ۱۰:۳۵'))).toBe('2022-10-20');
    expect(published(page('١٤٠١/٠٧/٢٨'))).toBe('2022-10-20');
    // Arabic digits in a Gregorian stamp stay Gregorian.
    expect(published(page('٢٠٢٢/١٠/٢٠ - ١٠:٣٥'))).toBe('2022-10-20');
  });

  it('the stamp is quoted with the digits it was printed in (rule 1)', () => {
    const stamp = 'Publication date: ۱۴۰۱/۰۷/۲۸ - ۱۰:۳۵';
    const why = inferMetadata(page(stamp)).meta.published?.why ?? '';
    expect(why).toContain(stamp);
  });

  it('an Afghan stamp naming the month by the zodiac is converted', () => {
    // Mizan is the seventh month: 28 Mizan 1401 is Thursday 20 October 2022.
    expect(published(page('Thursday 28 Mizan 1401 - 09:30'))).toBe('2022-10-20');
  });
});

describe('a Hungarian stamp, year first', () => {
  const page = (stamp: string) =>
    'World\n\nShelling on the border: dozens dead\n\n' +
    `hvg.hu\n${stamp}\n\n` +
    'Fighting broke out on the border on Tuesday, the ministry in Yerevan said in the morning.\n';

  it.each([
    ['2022. szeptember 13. 11:20'],
    ['2022. szeptember. 13. 11:20'],
    ['2022. szept. 13., kedd 11:20'],
  ])('"%s" dates the piece', (stamp) => {
    expect(published(page(stamp))).toBe('2022-09-13');
  });

  it('its year is the stamp’s, not an event of the body', () => {
    const dates = events(page('2022. szeptember 13. 11:20'));
    expect(dates).not.toHaveProperty('2022');
    expect(dates).toMatchObject({ 'on Tuesday': '2022-09-13' });
  });

  it('a weekday the day does not fall on gives no date', () => {
    expect(published(page('2022. szeptember 13., péntek 11:20'))).toBeNull();
  });
});

describe('a month told with "last year" or "next year" after a part of it', () => {
  const page = (sentence: string) =>
    'Energy\n\nBrussels signs a gas deal with Baku\n\n18.07.2022 - 17:34\n\n' +
    `The Commission signed the memorandum on Monday. ${sentence}\n`;

  it('counts the year from the piece', () => {
    expect(
      events(page('At the end of July last year, three soldiers were killed on the border.')),
    ).toMatchObject({
      'July last year': '2021-07',
    });
    expect(events(page('Deliveries will rise from the beginning of March next year.'))).toMatchObject({
      'March next year': '2023-03',
    });
  });
});
