import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayStartNamePair, NAME_PAIR_AT, namePairAt } from '../../src/extract/statements/namesakes.ts';

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

/** The pattern's own answer at `i`, in the shape namePairAt gives. */
function patternAt(text: string, i: number): [string, string, number] | null {
  NAME_PAIR_AT.lastIndex = i;
  const m = NAME_PAIR_AT.exec(text);
  return m ? [m[1]!, m[2]!, NAME_PAIR_AT.lastIndex] : null;
}

function readAt(text: string, i: number): [string, string, number] | null {
  const pair = namePairAt(text, i);
  return pair ? [pair.first, pair.second, pair.end] : null;
}

describe('a name pair read by hand', () => {
  it('gives the pattern’s pair at every position, in ASCII or not', () => {
    const text = fc
      .array(
        fc.tuple(
          fc.constantFrom(...PIECES, 'McLean', 'Ab-Cd', 'Mkrtchyan’sX'),
          fc.constantFrom(...GAPS, '\r\n'),
        ),
        {
          maxLength: 12,
        },
      )
      .map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (let i = 0; i < t.length; i++) expect(readAt(t, i)).toEqual(patternAt(t, i));
      }),
    );
  });

  it('reads a first name and a surname, across one line break but not two', () => {
    expect(readAt('Envoy Tigran Grigoryan arrived', 6)).toEqual(['Tigran', 'Grigoryan', 12]);
    expect(readAt('by Tigran\nGrigoryan', 3)).toEqual(['Tigran', 'Grigoryan', 9]);
    expect(readAt('World News\n\nArmenia says', 6)).toBeNull();
  });

  it('ends a surname before a capital inside it at its last hyphen, as the pattern does', () => {
    expect(readAt('Anna Ter-McLean said', 0)).toEqual(['Anna', 'Ter', 4]);
    expect(readAt('Anna McLean said', 0)).toBeNull();
  });
});
