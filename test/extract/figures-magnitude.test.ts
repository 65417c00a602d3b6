import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/**
 * "tens of thousands", "hundreds of thousands", "millions" of the fleeing or the wounded give an order of
 * magnitude, not a count (CONVENTIONS.md 22); the counts beside them stay.
 */
describe('an order of magnitude is no figure', () => {
  it.each([
    'Tens of thousands of people have fled their homes since the fighting began, aid groups said.',
    'The war displaced hundreds of thousands of people on both sides in the early 1990s.',
    'Millions were driven from their homes across the region during the decade of fighting.',
  ])('%s', (sentence) => {
    expect(figuresOf(sentence)).toEqual([]);
  });

  it('keeps an exact count in the same sentence', () => {
    expect(
      figuresOf(
        'Tens of thousands have fled the region, and 6,500 people crossed the border on Tuesday alone, officials said.',
      ),
    ).toEqual([['displaced', '6,500', 'officials']]);
  });

  it('nor is a plain vague plural or a "several dozen" (CONVENTIONS.md 22)', () => {
    expect(
      figuresOf('Thousands of families fled the valley, and several dozen people were wounded.'),
    ).toEqual([]);
  });
});
