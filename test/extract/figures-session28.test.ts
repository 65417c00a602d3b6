import { describe, expect, it } from 'vitest';
import { extracted, figuresOf } from './figures.helpers.ts';

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

  it('nor is a vague count of the fleeing, the wounded or the missing', () => {
    expect(
      figuresOf(
        'Thousands of families fled the valley, several dozen people were wounded and dozens are still missing.',
      ),
    ).toEqual([]);
  });
});

/** The difference a later count makes, told after the count with what it is measured against. */
describe('"N more than" the figure, day or month before is a change of the count just given', () => {
  const kinds = (sentence: string) =>
    extracted(sentence).map((f) => [f.category, f.number.text, f.kind ?? 'total']);

  it.each([
    ['The ministry said 64 soldiers had been killed, 18 more than the figure it gave on Monday.', '64', '18'],
    ['Officials said 230 people were still missing, 15 fewer than in March.', '230', '15'],
    ['The governor said 52 civilians had been wounded, 9 more than yesterday.', '52', '9'],
  ])('%s', (sentence, total, change) => {
    const [category] = kinds(sentence)[0]!;
    expect(kinds(sentence)).toEqual([
      [category, total, 'total'],
      [category, change, 'change'],
    ]);
  });
});
