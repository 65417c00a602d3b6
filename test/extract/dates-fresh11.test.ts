import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { mentionsOfPiece } from './dates.helpers.ts';

/** Sentences written for these tests, read as a piece published on Thursday 15 June 2023. */
function datesOf(text: string): [string, string][] {
  return mentionsOfPiece(text, { year: 2023, month: 6, day: 15 }).map((m) => [
    m.text,
    formatSourceDate(m.date),
  ]);
}

describe('a day range told with "last year" or "this year" after it', () => {
  it('takes its year from the piece’s year, as one expression', () => {
    expect(datesOf('On May 2 and 3 last year, floods cut the road to the pass.')).toEqual([
      ['On May 2 and 3 last year', '2022-05-02/03'],
    ]);
    expect(datesOf('The talks ran from 7 to 9 February this year in Vienna.')).toEqual([
      ['from 7 to 9 February this year', '2023-02-07/09'],
    ]);
  });
});

describe('a day told with "last year" after it', () => {
  it('takes its year from the piece’s year, as one expression', () => {
    expect(datesOf('On October 8 last year, a drone hit the depot.')).toEqual([
      ['On October 8 last year', '2022-10-08'],
    ]);
    expect(datesOf('The depot was hit on the 2nd of March this year.')).toEqual([
      ['on the 2nd of March this year', '2023-03-02'],
    ]);
  });
});

describe('a month with no year in a clause told in the past', () => {
  it('is last year’s when that month has not yet begun by the piece’s date', () => {
    expect(datesOf('The mayor told reporters in August that the bridge was unsafe.')).toEqual([
      ['in August', '2022-08'],
    ]);
  });

  it('opening the sentence, is last year’s too', () => {
    expect(datesOf('In August, the mayor closed the bridge.')).toEqual([['In August', '2022-08']]);
  });

  it('at the end of a clause it may date something still to come, and is read as before', () => {
    expect(datesOf('Officials told traders of a price rise in July.')).toEqual([['in July', '2023-07']]);
  });

  it('is this year’s once it has begun', () => {
    expect(datesOf('The mayor told reporters in February that the bridge was unsafe.')).toEqual([
      ['in February', '2023-02'],
    ]);
    expect(datesOf('The mayor told reporters in June that the bridge was unsafe.')).toEqual([
      ['in June', '2023-06'],
    ]);
  });
});

describe('dotted day-first dates with a four-digit year', () => {
  it('are read, also in the cells of a table', () => {
    // 04.11.2021 alone could be either order: the row above, 13.09.2022, shows the table's (see dates-session12).
    expect(
      datesOf(
        'Aram Petrosyan | 20 | Private | 13.09.2022 | Jermuk\nRuben Sargsyan | 22 | Sergeant | 04.11.2021 | Kapan',
      ),
    ).toEqual([
      ['13.09.2022', '2022-09-13'],
      ['04.11.2021', '2021-11-04'],
    ]);
    expect(datesOf('The decree was signed on 30.01.2020 by the governor.')).toEqual([
      ['on 30.01.2020', '2020-01-30'],
    ]);
  });

  it('are not read where no such day exists, nor inside a longer number', () => {
    expect(datesOf('Entry 31.02.2021 is a typo; build 1.2.2019.4 shipped.')).toEqual([]);
  });
});

describe('the year a debt falls due', () => {
  it('dates no event', () => {
    expect(datesOf('The ministry’s bonds due 2031 fell two cents.')).toEqual([]);
    expect(datesOf('Investors bought the notes maturing in 2029, traders said.')).toEqual([]);
  });

  it('while an event said to be due in a year keeps it', () => {
    expect(datesOf('Local elections are due in 2026.')).toEqual([['in 2026', '2026']]);
  });
});

describe('"the previous evening", "the next morning"', () => {
  it('count from the day the sentence gave', () => {
    expect(
      datesOf('The coast guard said on Tuesday that the ferry had sunk off the cape the previous evening.'),
    ).toEqual([
      ['on Tuesday', '2023-06-13'],
      ['the previous evening', '2023-06-12'],
    ]);
    expect(datesOf('The crew reached port on June 3 and left the next morning.')).toEqual([
      ['on June 3', '2023-06-03'],
      ['the next morning', '2023-06-04'],
    ]);
  });

  it('are left undated when the text gave no day to count from', () => {
    expect(datesOf('He was released and appeared in court the next morning.')).toEqual([]);
  });
});
