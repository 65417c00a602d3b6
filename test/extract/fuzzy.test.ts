import { describe, expect, it } from 'vitest';
import { editDistance, typoAllowance } from '../../src/extract/entities/fuzzy.ts';

describe('edit distance between a written name and a gazetteer name', () => {
  it('counts one typo in a surname', () => {
    expect(editDistance('pashinian', 'pashinyan', 2)).toBe(1);
  });

  it('counts a dropped and a swapped letter as two', () => {
    expect(editDistance('blinkn', 'blinken', 2)).toBe(1);
    expect(editDistance('aliyve', 'aliyev', 2)).toBe(2);
  });

  it('gives limit + 1 once the names are further apart than the limit', () => {
    expect(editDistance('mirzoyan', 'bayramov', 2)).toBe(3);
    expect(editDistance('lavrov', 'lavrentiev', 1)).toBe(2);
  });

  it('reads the same after a much longer name was compared', () => {
    const long = 'the ministry of foreign affairs of the republic of azerbaijan';
    expect(editDistance(long, `${long}s`, 2)).toBe(1);
    expect(editDistance('guterres', 'guteres', 1)).toBe(1);
    expect(editDistance('', 'abc', 3)).toBe(3);
  });
});

describe('typo allowance by name length', () => {
  it('allows none under five letters, one to seven, two from eight', () => {
    expect(typoAllowance(4)).toBe(0);
    expect(typoAllowance(6)).toBe(1);
    expect(typoAllowance(9)).toBe(2);
  });
});
