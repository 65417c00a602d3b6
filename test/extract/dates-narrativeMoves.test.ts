import { describe, expect, it } from 'vitest';
import { predictTimexes } from '../../scripts/eval/tbaq.ts';

/** Sentences written for these tests, read as a piece created on Wednesday 20 September 2023. */
const timexesOf = (text: string) =>
  predictTimexes({ id: 't', dct: '2023-09-20', text, timexes: [] }).map((t) => [t.text, t.value]);

describe('a year carried from an earlier date', () => {
  it('still dates a later month of that year while the narrative stays in it', () => {
    expect(timexesOf('On March 3, 2015, the envoy arrived in Baku. In June she met the minister.')).toEqual([
      ['On March 3, 2015', '2015-03-03'],
      ['In June', '2015-06'],
    ]);
  });

  it('stops once the narrative names a later year: a month then is placed from the piece’s date', () => {
    expect(
      timexesOf(
        'On March 3, 2015, the envoy arrived in Baku, and the following year she moved to the embassy in Paris. ' +
          'In June she was recalled after a row with the minister.',
      ),
    ).toEqual([
      ['On March 3, 2015', '2015-03-03'],
      ['the following year', '2016'],
      ['In June', '2023-06'],
    ]);
  });
});

describe('"that same day"', () => {
  it('points back to the last day the text told', () => {
    expect(timexesOf('Two aides were arrested on September 4. They were charged that same day.')).toEqual([
      ['on September 4', '2023-09-04'],
      ['that same day', '2023-09-04'],
    ]);
  });

  it('still does after a month or year that holds that day', () => {
    expect(
      timexesOf(
        'Two aides were arrested on September 4, the third arrest this year. They were charged that same day.',
      ),
    ).toEqual([
      ['on September 4', '2023-09-04'],
      ['this year', '2023'],
      ['that same day', '2023-09-04'],
    ]);
  });

  it('is left undated after a month that does not hold it: that day is not told', () => {
    expect(
      timexesOf(
        'The list went online on September 4. Its author was arrested last March. ' +
          'His name was removed from the list that same day.',
      ),
    ).toEqual([
      ['on September 4', '2023-09-04'],
      ['last March', '2023-03'],
    ]);
  });
});

describe('a period told as ended', () => {
  const piece = (text: string) =>
    predictTimexes({ id: 't', dct: '2023-10-27', text, timexes: [] }).map((t) => [t.text, t.value]);

  it('ended by the piece’s day: a day just after it is last year’s', () => {
    expect(piece('A year before, in the quarter ended Oct. 31, the chain lost $3 million.')).toContainEqual([
      'Oct. 31',
      '2022-10-31',
    ]);
  });

  it('ended before the piece’s day keeps the piece’s year', () => {
    expect(piece('Sales rose 5% in the quarter ended Sept. 30, the chain said.')).toContainEqual([
      'Sept. 30',
      '2023-09-30',
    ]);
  });

  it('a day just ahead that no ended period names is still this year’s', () => {
    expect(piece('The new wage deal takes effect Oct. 31.')).toEqual([['Oct. 31', '2023-10-31']]);
  });
});
