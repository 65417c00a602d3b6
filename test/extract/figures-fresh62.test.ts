import { describe, expect, it } from 'vitest';
import { extracted, figuresOf } from './figures.helpers.ts';

/** Sentences written for these tests: the grammar behind outlets-fresh-62's figure miss. */
describe('"a figure that passed N": an apposition telling an earlier value of the count just given', () => {
  it('takes the count’s category and source, with its lower-bound verb (CONVENTIONS 21)', () => {
    expect(
      figuresOf(
        'The government said that 30,500 people had crossed into Armenia, a figure that passed 20,000 only the day before.',
      ),
    ).toEqual([
      ['displaced', '30,500', 'The government'],
      ['displaced', 'passed 20,000', 'The government'],
    ]);
  });
});

describe('counts after an exact total that add up to it are its parts', () => {
  const nesting = (text: string) => {
    const figures = extracted(text);
    const byId = new Map(figures.map((f) => [f.id, f.number.text]));
    return figures.map((f) => [f.number.text, f.partOf ? byId.get(f.partOf) : null]);
  };

  it('each side’s own dead, told after the lead’s toll, nest in it', () => {
    expect(
      nesting(
        [
          'Five people were killed on Sunday in an exchange of fire near the town.',
          'The interior ministry said three of its officers were killed when soldiers opened fire on their car.',
          'The defence ministry said two of its servicemen were killed.',
        ].join(' '),
      ),
    ).toEqual([
      ['Five', null],
      ['three', 'Five'],
      ['two', 'Five'],
    ]);
  });

  it('counts that do not add up to it stay totals of their own', () => {
    expect(
      nesting(
        [
          'Five people were killed on Sunday in an exchange of fire near the town.',
          'The interior ministry said three of its officers were killed.',
          'The defence ministry said three of its servicemen were killed.',
        ].join(' '),
      ),
    ).toEqual([
      ['Five', null],
      ['three', null],
      ['three', null],
    ]);
  });
});
