import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/**
 * "became martyrs", "fell as martyrs": the way Azerbaijani and Turkish copy, and its translations, say
 * that soldiers died. The count is of the dead. Sentences written for these tests.
 */
describe('soldiers who became martyrs are counted as killed', () => {
  it('"N servicemen became martyrs"', () => {
    expect(figuresOf('During the 1999 campaign, 1,204 servicemen of the army became martyrs.')).toEqual([
      ['killed', '1,204', null],
    ]);
  });

  it('"N soldiers fell as martyrs", with the wounded beside them', () => {
    expect(
      figuresOf('Three soldiers fell as martyrs and five were wounded, the defence ministry said.'),
    ).toEqual([
      ['killed', 'Three', 'the defence ministry'],
      ['wounded', 'five', 'the defence ministry'],
    ]);
  });
});
