import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { mentionsOfPiece } from './dates.helpers.ts';

/** [as written, date] for each mention of a piece published on 15 June 2023. */
const read = (text: string) =>
  mentionsOfPiece(text, { year: 2023, month: 6, day: 15 }).map((m) => [m.text, formatSourceDate(m.date)]);

/**
 * A day written before its month, then "of last/this/next year", as outlets translating from
 * Armenian or Russian write it: the day is kept, not only the month. Sentences written for these tests.
 */
describe('a day-first date with "of last/this/next year"', () => {
  it.each([
    ['The road has been closed since 12 December of last year, residents said.', '2022-12-12'],
    ['The second round of talks is planned for 4 March of next year.', '2024-03-04'],
    ['The agreement was signed on 2 February of this year in Moscow.', '2023-02-02'],
    ['The commission met on the 9th of May of last year.', '2022-05-09'],
  ])('%s', (text, date) => {
    expect(read(text).map(([, d]) => d)).toEqual([date]);
  });
});
