import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/**
 * Outlets that translate from Armenian, Azerbaijani or Russian often write the wounded with a
 * noun: "sustained injuries", "suffered shrapnel wounds", "received injuries". Written for these
 * tests in that style.
 */
describe('a count of the wounded given as "sustained/suffered/received injuries"', () => {
  it.each([
    ['Four civilians sustained injuries when a shell hit a house in the village.', 'Four'],
    ['At least 12 people suffered injuries in the explosion, the ministry said.', 'At least 12'],
    ['Two servicemen received gunshot wounds during the exchange of fire.', 'Two'],
    ['Three deminers sustained serious injuries and were taken to hospital.', 'Three'],
  ])('%s', (text, number) => {
    expect(figuresOf(text).map(([category, n]) => [category, n])).toEqual([['wounded', number]]);
  });

  it('keeps the killed apart when the same sentence gives both', () => {
    const text = 'One soldier was killed and 5 others sustained injuries after the shelling, officials said.';
    expect(figuresOf(text).map(([category, n]) => [category, n])).toEqual([
      ['killed', 'One'],
      ['wounded', '5'],
    ]);
  });

  it('counts no damage to buildings', () => {
    expect(figuresOf('Twelve houses sustained damage in the shelling.')).toEqual([]);
  });
});
