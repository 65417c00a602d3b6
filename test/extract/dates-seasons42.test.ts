import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** Sentences written for these tests; the stamp gives the day each piece speaks from. */
const piece = (stamp: string, body: string) => `Aid convoy waits at the border\n\n${stamp}\n\n${body}\n`;

describe('a season with no year is told from the piece’s day (CONVENTIONS 19)', () => {
  it('"since spring", said in July, is this year’s spring', () => {
    const text = piece(
      '12 July 2023, 10:05',
      '"Prices have doubled since spring," the trader said on Tuesday.',
    );
    expect(events(text)).toMatchObject({ 'since spring': 'spring 2023' });
  });

  it.each([
    ['16 November 2021, 09:10', 'last autumn', 'fall 2020'],
    ['20 February 2023, 14:00', 'last summer', 'summer 2022'],
    ['24 April 2024, 12:00', 'last autumn', 'fall 2023'],
  ])('said on %s, "%s" is the year before’s: %s', (stamp, written, season) => {
    const text = piece(stamp, `The village was shelled ${written}, residents said on Tuesday.`);
    expect(events(text)).toMatchObject({ [written]: season });
  });

  it('"the spring of last year" keeps the year before', () => {
    const text = piece(
      '16 November 2021, 09:10',
      'The road was closed in the spring of last year, the mayor said.',
    );
    expect(Object.values(events(text))).toContain('spring 2020');
  });

  it('a season that recurs "every year" dates nothing', () => {
    const text = piece(
      '13 September 2022, 11:20',
      'Thousands of families spend the summer every year on the coast.',
    );
    expect(events(text)).toEqual({});
  });
});

describe('a month counted from the piece’s year', () => {
  it('"At the end of July last year" is July of the year before, not of the parser’s own clock', () => {
    const text = piece(
      '18 July 2022, 17:34',
      'At the end of July last year, the two sides signed a memorandum.',
    );
    expect(events(text)).toEqual({ 'July last year': '2021-07' });
  });
});
