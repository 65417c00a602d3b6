import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayStartNamePair, NAME_PAIR_AT } from '../../src/extract/statements/namesakes.ts';

function matchesAt(text: string, i: number): boolean {
  NAME_PAIR_AT.lastIndex = i;
  return NAME_PAIR_AT.exec(text) !== null;
}

const PIECES = [
  'Tigran',
  'Grigoryan',
  'Şahin',
  'Éric',
  'the',
  'ministry',
  "O'Brien",
  'Ter-Petrosyan',
  'Aliyev’s',
  'A',
  'x',
];
const GAPS = [' ', '  ', '\n', '\n\n', ' \n ', '\t', '\u00a0', '', ',', '.', '-', '’'];

describe('the cheap test before a name pair', () => {
  it('says no only where the name-pair pattern cannot match', () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GAPS)), { maxLength: 12 })
      .map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (let i = 0; i < t.length; i++) if (matchesAt(t, i)) expect(mayStartNamePair(t, i)).toBe(true);
      }),
    );
  });

  it('skips a capital that opens a sentence and keeps one that opens a name', () => {
    expect(mayStartNamePair('The ministry said', 0)).toBe(false);
    expect(mayStartNamePair('Tigran Grigoryan said', 0)).toBe(true);
    expect(mayStartNamePair('Tigran\nGrigoryan', 0)).toBe(true);
  });
});
