import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches, allMatchesNearCue } from '../../src/extract/statements/allMatches.ts';

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

describe('allMatchesNearCue gives the matches of a pattern that holds its cue', () => {
  const role = '[sS]pokes(?:person|man|woman)';
  const name = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}";
  // A name up to three words, a comma, an article and up to four words: eight runs of white space.
  const nameFirst = new RegExp(
    `(?<name>${name}),\\s+(?:the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?<role>${role})(?![\\p{L}-])`,
    'gdu',
  );
  const roleFirst = new RegExp(`(?<![\\p{L}-])(?<role>${role})\\s+(?<name>${name})(?![\\p{L}])`, 'gdu');
  const surname = /(\p{Lu}[\p{L}\p{M}’'-]+)\s+Varossian(?![\p{L}\p{M}])/gu;
  const region = /\b(?:(?:Nagorno[-\s])?Karabakh|Artsakh|(?:South(?:ern)?\s+)?Caucasus)\b/g;
  // The full name a surname is written with (discourse.ts): one word, white space with at most one line break.
  const fullName = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+)[^\S\n]*\n?[^\S\n]*(?<=\s)Varossian(?![\p{L}])/gu;
  const cases: [RegExp, RegExp, number][] = [
    [region, /Karabakh|Artsakh|Caucasus/g, 1],
    [nameFirst, new RegExp(role, 'gu'), 8],
    [roleFirst, new RegExp(role, 'gu'), 0],
    [surname, /Varossian/gu, 1],
    [fullName, /Varossian/gu, 1],
  ];

  it.each([
    ['Officials in Nagorno Karabakh and the South  Caucasus, not Karabakhi ones', 0],
    ['Lena Varossian, the ministry’s spokeswoman, said', 1],
    ['Foreign Ministry spokeswoman Lena Varossian said, and spokesman Ara Hakobyan agreed.', 2],
    ['Reporters asked Lena Varossian and later Anna Varossian about it.', 3],
    ['No one with that role spoke.', 1],
    ['Lena Varossian met Anna O’Varossian and Ara\n\nVarossian, then Mari\n  Varossian Varossian.', 4],
  ])('in "%s"', (text, i) => {
    const [pattern, cue, spaces] = cases[i]!;
    pattern.lastIndex = 0;
    const all = shape(text.matchAll(pattern));
    expect(shape(allMatchesNearCue(pattern, text, cue, spaces))).toEqual(all);
  });

  it('gives the same matches as matchAll on any text of these words', () => {
    const words = [
      'Lena',
      'Varossian,',
      'Varossian',
      'the',
      'a',
      'ministry’s',
      'spokeswoman',
      'Spokesman',
      'said',
      'of',
      'Nagorno',
      'Karabakh',
      'Southern',
      'Caucasus',
      'O’Brien',
      'anna',
    ];
    const gaps = [' ', '  ', '\n', ', ', '-', '\n\n', ' \n\t', '’'];
    const text = fc
      .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps)), { maxLength: 30 })
      .map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(text, fc.nat(cases.length - 1), (t, i) => {
        const [pattern, cue, spaces] = cases[i]!;
        pattern.lastIndex = 0;
        const all = shape(t.matchAll(pattern));
        expect(shape(allMatchesNearCue(pattern, t, cue, spaces))).toEqual(all);
      }),
      { numRuns: 500 },
    );
  });
});
