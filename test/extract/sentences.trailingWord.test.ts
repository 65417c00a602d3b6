import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trailingWord } from '../../src/extract/sentences.ts';

const byRegex = (s: string) => /([\p{L}.]+)$/u.exec(s)?.[1] ?? '';

describe('the word before a full stop', () => {
  it('is the run of letters and stops the text ends with', () => {
    expect(trailingWord('said Antony J')).toBe('J');
    expect(trailingWord('in the U.S')).toBe('U.S');
    expect(trailingWord('at 9 a.m')).toBe('a.m');
    expect(trailingWord('numbered 12')).toBe('');
    expect(trailingWord('Zürich')).toBe('Zürich');
  });

  it('reads as the regular expression does, astral letters and cut surrogate pairs included', () => {
    const char = fc.constantFrom('a', 'Z', '.', ' ', '1', 'é', '𝐀', '𐐷', '\ud835', '\udc00', '-', '日');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
        const s = chars.join('');
        expect(trailingWord(s)).toBe(byRegex(s));
      }),
      { numRuns: 2000 },
    );
  });
});
