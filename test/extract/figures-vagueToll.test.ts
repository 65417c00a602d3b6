import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/**
 * A vague death toll ("thousands", "hundreds", "dozens") sums up a war or a day of fighting and has no
 * count to show (CONVENTIONS.md 22); the counts beside it stay.
 */
describe('a vague toll of the dead is no figure', () => {
  it.each([
    'The decades-old dispute over the mountain region has claimed thousands of lives.',
    'Two weeks of shelling have left hundreds dead in the province.',
    'Thousands of people have died in fighting over the enclave since the early 1990s.',
    'The latest flare-up has killed dozens of soldiers on both sides.',
  ])('%s', (sentence) => {
    expect(figuresOf(sentence)).toEqual([]);
  });

  it('keeps an exact toll in the same sentence', () => {
    expect(
      figuresOf(
        'The war has taken thousands of lives, and 42 soldiers died this week alone, the ministry said.',
      ),
    ).toEqual([['killed', '42', 'the ministry']]);
  });

  it('keeps a vague count of the fleeing and the wounded', () => {
    expect(
      figuresOf('Thousands of families fled the valley, and several dozen people were wounded.'),
    ).toEqual([
      ['displaced', 'Thousands', null],
      ['wounded', 'several dozen', null],
    ]);
  });
});
