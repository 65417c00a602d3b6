import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

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
