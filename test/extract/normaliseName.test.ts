import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../src/extract/entities/normalise.ts';

describe('normaliseName: a plain name takes the short path to the same key', () => {
  it.each([
    ['The Armenian Defence Ministry', 'armenian defense ministry'],
    ['a  government spokesman', 'government spokesperson'],
    ['  Nikol Pashinyan ', 'nikol pashinyan'],
    ['Defences', 'defences'],
    ['An aid worker', 'aid worker'],
    ['the', 'the'],
    ["Azerbaijan's Defence Ministry", 'azerbaijan defense ministry'],
    ['U.S. State Department spokeswoman', 'us state department spokesperson'],
  ])('"%s" is "%s"', (mention, key) => {
    expect(normaliseName(mention)).toBe(key);
  });
});
