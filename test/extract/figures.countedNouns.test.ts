import { describe, expect, it } from 'vitest';
import { extracted } from './figures.helpers.ts';

/** What a count counts, read past the words that stand between it and its verb. Sentences written for these tests. */
function figuresOf(text: string): [string, string, string | null][] {
  return extracted(text).map((f) => [f.category, f.number.text, f.counted]);
}

describe('the noun phrase of a count', () => {
  it('"found" after the noun is a participle, not what is counted', () => {
    expect(figuresOf('Nine more bodies found in Fuzuli district')).toEqual([['killed', 'Nine', 'bodies']]);
  });

  it('two peoples joined before one noun', () => {
    expect(figuresOf('At least 25 Georgian and Armenian border guards were wounded in the clash.')).toEqual([
      ['wounded', 'At least 25', 'Georgian and Armenian border guards'],
    ]);
  });

  it('a post-modifier of three words before the verb', () => {
    expect(figuresOf('Three workers of a power line contractor were killed near Tartar.')).toEqual([
      ['killed', 'Three', 'workers'],
    ]);
  });
});

describe('the verb of a count past an age and after "of them"', () => {
  it('an age in apposition stands between a count and its verb', () => {
    expect(figuresOf('One shepherd, 64-year-old Rauf Mammadov, was killed by a mine near Zangilan.')).toEqual(
      [['killed', 'One', 'shepherd']],
    );
  });

  it('"of them" with no count before it takes its own verb', () => {
    expect(
      figuresOf(
        'Border guards came under fire near the village, and two of them were wounded, officials said.',
      ),
    ).toEqual([['wounded', 'two', null]]);
  });
});

describe('mine victims are the killed and the wounded together', () => {
  it('a count or change of mine victims is no toll of the dead', () => {
    expect(figuresOf('The number of mine victims has risen by 12 since May.')).toEqual([]);
    expect(figuresOf('The number of landmine victims reached 410 this year.')).toEqual([]);
  });

  it('victims alone still count the dead', () => {
    expect(figuresOf('The number of victims of the blast has risen to 31.')).toEqual([
      ['killed', '31', null],
    ]);
  });
});

describe('the same count at another time or from another source', () => {
  it('"down from a peak of N" counts what the count before it counts', () => {
    expect(
      figuresOf('About 900 refugees crossed on Sunday, down from a peak of 12,000 on Thursday.'),
    ).toEqual([
      ['displaced', 'About 900', 'refugees'],
      ['displaced', '12,000', null],
    ]);
  });

  it('"had given a figure of N" after a toll', () => {
    expect(
      figuresOf('Officials now say 52 people were killed. Earlier the governor had given a figure of 47.'),
    ).toEqual([
      ['killed', '52', 'people'],
      ['killed', '47', null],
    ]);
  });
});
