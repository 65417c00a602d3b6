import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/extract/statements/allMatches.ts';

/** What matchAll yields, as plain data: where each match starts, its text and its groups. */
function shape(matches: Iterable<RegExpMatchArray>): [number | undefined, string[]][] {
  return [...matches].map((m) => [m.index, [...m].map((g) => g ?? '')]);
}

describe('allMatches reads a pattern as matchAll does', () => {
  it.each([
    ['names in a sentence', /\p{Lu}\p{Ll}+/gu, 'Ruben Vardanyan met Lena Varossian in Stepanakert.'],
    ['groups', /(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)/gu, 'Foreign Minister Ararat Mirzoyan said'],
    ['empty matches step over one character', /x*/g, 'axxb'],
    ['empty matches step over a surrogate pair under /u', /(?:)/gu, 'a😀b'],
    ['a lookahead that matches nothing', /(?=\s)/g, 'two words here'],
    ['no match', /\d+/g, 'no digits'],
  ])('%s', (_name, pattern, text) => {
    expect(shape(allMatches(pattern, text))).toEqual(shape(text.matchAll(pattern)));
  });

  it('starts from the beginning whatever lastIndex the pattern was left with', () => {
    const pattern = /a/g;
    pattern.lastIndex = 3;
    expect(allMatches(pattern, 'banana').map((m) => m.index)).toEqual([1, 3, 5]);
  });

  it('gives the same matches as matchAll on any text', () => {
    const patterns = [/\p{Lu}[\p{L}'’-]*/gu, /\s*/gu, /[,.;]\s*/g, /(?<![\p{L}])a(?![\p{L}])/giu, /\b/g];
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(patterns.length - 1), (text, i) => {
        const pattern = patterns[i]!;
        expect(shape(allMatches(pattern, text))).toEqual(shape(text.matchAll(pattern)));
      }),
    );
  });
});
