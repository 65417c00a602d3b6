import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

/**
 * Forms of a casualty count met in outlets-fresh-13, in sentences written for these tests: a side's
 * estimate of its own losses ("put its own losses at 80").
 */
function figuresOf(text: string): [string, string, string | null][] {
  return extractFigures(text, 'doc', splitSentences(text, splitParagraphs(text)), {
    docId: 'doc',
    reference: null,
    referenceBasis: null,
    mentions: [],
  }).map((f) => [f.category, f.number.text, f.reporter?.text ?? null]);
}

describe('a side puts its own losses at a number', () => {
  it.each([
    ['Baku says 40 of its troops died, while Yerevan put its own losses at 65.', '65', 'Yerevan'],
    ['The rebels have put their own military losses at about 1,200.', 'about 1,200', 'The rebels'],
    [
      'The separatist leadership puts its losses at more than 300.',
      'more than 300',
      'The separatist leadership',
    ],
  ])('%s', (text, number, reporter) => {
    expect(figuresOf(text).at(-1)).toEqual(['killed', number, reporter]);
  });

  it('the putter reports only its own count, over an "according to" earlier in the sentence', () => {
    expect(
      figuresOf(
        'Georgia lost 170 soldiers, with four still missing, according to its army, while the separatists have put their own losses at about 400.',
      ),
    ).toEqual([
      ['missing', 'four', 'its army'],
      ['killed', 'about 400', 'the separatists'],
    ]);
    expect(
      figuresOf(
        'Ukraine says 90 of its soldiers were killed and 12 are missing, while Russia put its own losses at 30.',
      ),
    ).toEqual([
      ['killed', '90', 'Ukraine'],
      ['missing', '12', 'Ukraine'],
      ['killed', '30', 'Russia'],
    ]);
  });

  it('losses that are no people, or no possessive side, give no figure', () => {
    expect(figuresOf('The ministry put the economic losses at 300 million.')).toEqual([]);
    expect(figuresOf('Farmers put their losses at $2 million.')).toEqual([]);
    expect(figuresOf('Insurers put losses at 40.')).toEqual([]);
    expect(figuresOf('The company put its own losses at 12 per cent.')).toEqual([]);
  });
});
