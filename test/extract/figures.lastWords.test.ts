import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastWordsStart } from '../../src/extract/figures/reporters.ts';

/** The same by regular expression: where the count-th last run of non-space characters begins. */
function byRegex(text: string, count: number): number {
  const runs = [...text.matchAll(/\S+/g)];
  return runs.length < count ? 0 : runs[runs.length - count]!.index;
}

describe('the last words of a subject', () => {
  it('begin where the regex says, for every space JavaScript knows', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      expect(lastWordsStart(text, 1)).toBe(byRegex(text, 1));
    }
  });

  it('count runs of non-spaces from the end', () => {
    const char = fc.constantFrom('a', 'B', '.', ',', ' ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '1');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), fc.integer({ min: 1, max: 14 }), (chars, count) => {
        const text = chars.join('');
        expect(lastWordsStart(text, count)).toBe(byRegex(text, count));
      }),
      { numRuns: 2000 },
    );
  });
});
