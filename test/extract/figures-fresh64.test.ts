import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/** Casualty figures, fresh-64's classes. Sentences written for these tests. */
describe('people driven out of a whole land are displaced', () => {
  it('"drove … from the region"', () => {
    expect(
      figuresOf('The assault drove more than 80,000 villagers from the region, the agency said.'),
    ).toEqual([['displaced', 'more than 80,000', 'the agency']]);
  });

  it('"forced … out of" a named land', () => {
    expect(figuresOf('The war forced some 40,000 Georgians out of Abkhazia, officials said.')).toEqual([
      ['displaced', 'some 40,000', 'officials'],
    ]);
  });

  it('a trip from one place to another is no displacement', () => {
    expect(
      figuresOf('A minibus drove 14 reporters from Goris to the border on Monday, the ministry said.'),
    ).toEqual([]);
  });
});
