import { describe, expect, it } from 'vitest';
import { isAttributionTailRest } from '../../src/extract/statements/lexicon.ts';

describe('what may follow the verb of an attribution that stands alone', () => {
  it.each([
    ['', true],
    ['on Friday', true],
    ['in a statement posted online', true],
    ['Wednesday, as the talks resumed', true],
    [', adding that the road was open', true],
    ['separately', true],
    ['earlier this week, citing the governor', true],
    ['Yesterday', true],
    ['the road was open', false],
    ['reporters the road was open, in Goris', false],
    ['Goris residents, in a letter', false],
  ])('%j: %s', (rest, allowed) => {
    expect(isAttributionTailRest(rest)).toBe(allowed);
  });

  it('an adverb in -ly opens a rest, whatever runs after it', () => {
    expect(isAttributionTailRest('quietly to a small group of aides in the capital')).toBe(true);
  });
});
