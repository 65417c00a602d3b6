import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/** Casualty figures, fresh-63's classes. Sentences written for these tests. */
describe('leaving an area a word or two classify is displacement', () => {
  it('"had left the border villages"', () => {
    expect(
      figuresOf('Local officials said that about 3,100 people had left the frontline villages.'),
    ).toEqual([['displaced', 'about 3,100', 'Local officials']]);
  });

  it('"left the mountain towns", two words classifying', () => {
    expect(figuresOf('The mayor said 900 residents have left the small mountain towns.')).toEqual([
      ['displaced', '900', 'The mayor'],
    ]);
  });

  it('leaving what is no place is no displacement', () => {
    expect(figuresOf('The mayor said 12 deputies have left the border talks.')).toEqual([]);
  });
});

describe('a partitive of those counted who came back leaves the count of the uprooted', () => {
  it('", of whom most had since returned"', () => {
    expect(
      figuresOf(
        'The ombudswoman said that some 4,200 people had been forced to leave their homes, of whom most had since returned.',
      ),
    ).toEqual([['displaced', 'some 4,200', 'The ombudswoman']]);
  });

  it('those counted who have returned are still returnees', () => {
    expect(
      figuresOf('The ombudswoman said that 21 people who had left the region had since returned.'),
    ).toEqual([]);
  });
});
