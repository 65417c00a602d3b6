import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { publishedOn, timelineOfText } from './dates.helpers.ts';

const META = publishedOn(2024, 8, 30);

function datesOf(text: string): [string, string][] {
  return timelineOfText(text, META, new Date(Date.UTC(2026, 0, 1)))
    .mentions.filter((m) => !m.role)
    .map((m) => [m.text, formatSourceDate(m.date)]);
}

describe('two neighbouring years, months or weekdays under one preposition are one stretch', () => {
  it.each([
    ['Soldiers fired at the villages in 2021 and 2022, residents said.', 'in 2021 and 2022', '2021/2022'],
    [
      'In April and May of this year, the commissions agreed on the border.',
      'In April and May of this year',
      '2024-04/05',
    ],
    [
      'The ministers held talks from Monday to Thursday near Washington.',
      'from Monday to Thursday',
      '2024-08-26/29',
    ],
  ])('%s', (sentence, text, date) => {
    expect(datesOf(sentence)).toEqual([[text, date]]);
  });

  it('given each month written with its own year, two dates', () => {
    expect(datesOf('Prisoners came home in exchanges in December 2020 and January 2021.')).toEqual([
      ['in December 2020', '2020-12'],
      ['January 2021', '2021-01'],
    ]);
  });

  it('given years that do not follow each other, two dates', () => {
    expect(datesOf('The villages were shelled in 2020 and 2022.')).toEqual([
      ['in 2020', '2020'],
      ['2022', '2022'],
    ]);
  });

  it('given "from Thursday to Monday", no stretch backwards is invented', () => {
    expect(datesOf('The talks ran from Monday to Monday.').every(([, d]) => !d.includes('/'))).toBe(true);
  });
});

describe('"overnight" after an event day told in its clause is the night after that day', () => {
  const datesOn = (text: string, y: number, mo: number, d: number) =>
    timelineOfText(text, publishedOn(y, mo, d), new Date(Date.UTC(2026, 0, 1)))
      .mentions.filter((m) => !m.role)
      .map((m) => [m.text, formatSourceDate(m.date)]);

  it('given a truce that took effect on Tuesday and shelling overnight, the night into Wednesday', () => {
    expect(
      datesOn(
        'A truce took effect at 9 am on Tuesday, but both sides reported shelling overnight.',
        2022,
        9,
        14,
      ),
    ).toEqual([
      ['at 9 am on Tuesday', '2022-09-13'],
      ['overnight', '2022-09-13/14'],
    ]);
  });

  it('given a report made on Tuesday of overnight shelling, the night into Tuesday (row Q)', () => {
    expect(
      datesOn('Armenia said on Tuesday that 49 soldiers had been killed in overnight shelling.', 2022, 9, 14),
    ).toEqual([
      ['on Tuesday', '2022-09-13'],
      ['overnight', '2022-09-12/13'],
    ]);
  });

  it('given a sentence opening on its day, the night into that day', () => {
    expect(datesOn('On Tuesday, the border was calm overnight, officials said.', 2022, 9, 14)).toEqual([
      ['On Tuesday', '2022-09-13'],
      ['overnight', '2022-09-12/13'],
    ]);
  });
});

describe('a past weekday in a piece of one known day is the one in the week before it', () => {
  it('given a day dated earlier in the text, a weekday before that day is still read', () => {
    const text =
      'The shelling began shortly after midnight on 13 September, the ministry said.\n\n' +
      'Ukrainian forces advanced in Kharkiv region last week, President Volodymyr Zelensky said on Sunday.';
    const dates = timelineOfText(text, publishedOn(2022, 9, 14), new Date(Date.UTC(2026, 0, 1)))
      .mentions.filter((m) => !m.role)
      .map((m) => [m.text, formatSourceDate(m.date)]);
    expect(dates).toContainEqual(['on Sunday', '2022-09-11']);
  });
});
