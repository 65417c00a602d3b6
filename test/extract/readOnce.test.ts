import { describe, expect, it } from 'vitest';
import { resolveEntityAt } from '../../src/extract/entities/resolve.ts';
import { findNumbers } from '../../src/extract/figures/numbers.ts';

/** Lookups kept between calls must give each call what a fresh reading would. */

describe('the article "a" is a number only before another number word', () => {
  const numbers = (s: string) => findNumbers(s).map((n) => [n.text, n.value]);

  it('"a hundred", "a thousand" are counts', () => {
    expect(numbers('A hundred families left the village on foot.')).toEqual([['A hundred', 100]]);
    expect(numbers('Officials said a thousand homes were without power.')).toEqual([['a thousand', 1000]]);
  });

  it('"a" before a noun, or before a word that only starts like a number, is no number', () => {
    expect(numbers('A convoy of a few trucks and a bus crossed with 42 patients.')).toEqual([['42', 42]]);
    expect(numbers('a tenth of the houses')).toEqual([]);
    expect(numbers('a man and two women were hurt')).toEqual([['two', 2]]);
  });

  it('"a dozen", "half a million" keep their own readings', () => {
    expect(numbers('About a dozen shells hit the town.')).toEqual([['a dozen', 12]]);
    expect(numbers('Nearly half a million people were displaced.')).toEqual([['half a million', 500_000]]);
  });
});

describe('a role read at one date is never answered from another date', () => {
  it('the same phrase at two months, then at a year, then by name only', () => {
    const phrase = 'the Azerbaijani foreign minister';
    expect(resolveEntityAt(phrase, { year: 2020, month: 10 })?.id).toBe('bayramov');
    expect(resolveEntityAt(phrase, { year: 2019, month: 10 })?.id).toBe('mammadyarov');
    expect(resolveEntityAt(phrase, { year: 2020 })).toBeNull();
    expect(resolveEntityAt(phrase, null)).toBeNull();
    expect(resolveEntityAt(phrase, { year: 2020, month: 10 })?.id).toBe('bayramov');
  });
});
