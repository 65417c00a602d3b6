import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/** Casualty figures, session 40: a share taken of an owned count. Sentences written for these tests. */
describe('a share of an owned count: the count is the whole, not those it befell', () => {
  it('"about half of its 80,000 residents have left": no displaced figure', () => {
    expect(
      figuresOf('Local officials say about half of its 80,000 residents have fled their homes.'),
    ).toEqual([]);
  });

  it('"nearly all of their 4,000 inhabitants": no figure', () => {
    expect(
      figuresOf('The mayor said that nearly all of their 4,000 inhabitants had left the valley.'),
    ).toEqual([]);
  });

  it('"a third of the district\'s 9,000 people": no figure', () => {
    expect(figuresOf("A third of the district's 9,000 people have fled, the governor said.")).toEqual([]);
  });

  it('the whole keeps its figure when its own words say what befell it', () => {
    expect(figuresOf('The ministry said that half of its 300 wounded were soldiers.')).toEqual([
      ['wounded', '300', 'The ministry'],
    ]);
  });

  it('a count with no share before it is still read', () => {
    expect(figuresOf('Local officials say about 40,000 residents have fled their homes.')).toEqual([
      ['displaced', 'about 40,000', 'Local officials'],
    ]);
  });
});
