import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { subjectRunStart } from '../../src/extract/figures/reporters.ts';

/** The regular expression subjectRunStart reads by hand. */
const SUBJECT_RUN = /(?:[\p{L}\p{N}][\p{L}\p{N}'’.&-]*\s+){0,11}[\p{L}\p{N}][\p{L}\p{N}'’.&-]*$/u;
const byRegex = (text: string) => SUBJECT_RUN.exec(text)?.index ?? -1;

describe('the run of words a subject is read from', () => {
  it('starts where the regular expression says', () => {
    for (const text of [
      '',
      'the ministry',
      'In a statement, the Foreign Ministry of Armenia',
      'x,Foo bar',
      '-Foo',
      'one two three four five six seven eight nine ten eleven twelve thirteen',
      'end,',
      'O’Neill & Sons',
    ])
      expect(subjectRunStart(text)).toBe(byRegex(text));
  });

  it('reads as the regex does, for every space JavaScript knows', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      expect(subjectRunStart(text)).toBe(byRegex(text));
    }
  });

  it('reads as the regex does on any mix of words, marks, spaces and surrogates', () => {
    const char = fc.constantFrom(
      ...['a', 'Z', '7', "'", '’', '.', '&', '-', ',', '"', '(', ' ', '\t', '\n', '\u00a0', '\u3000'],
      ...['é', '𝐀', '𐐷', '\ud835', '\udc00', '日', '٣'],
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(subjectRunStart(text)).toBe(byRegex(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('takes at most twelve words', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    for (let n = 1; n <= 15; n++) expect(subjectRunStart(words(n))).toBe(byRegex(words(n)));
  });
});
