import { describe, expect, it } from 'vitest';
import { keptPerSentence } from '../../src/extract/figures/keptCandidates.ts';
import { findNumbers, mayHoldNumber } from '../../src/extract/figures/numbers.ts';
import type { Span } from '../../src/extract/types.ts';

interface Count {
  at: number;
  refugees: boolean | null;
}

/** A reader that counts its reads; it asks about refugees only for a sentence that says "arrived". */
function countingReader() {
  const reads: string[] = [];
  const read = (text: string, dates: readonly Span[], refugees: () => boolean): Count[] => {
    reads.push(text);
    const at = text.search(/\d/);
    if (at < 0 || dates.some((d) => at >= d.start && at < d.end)) return [];
    return [{ at, refugees: text.includes('arrived') ? refugees() : null }];
  };
  return { reads, counts: keptPerSentence(read, (c) => ({ ...c })) };
}

describe('keptPerSentence reads a repeated sentence once', () => {
  it('gives the same counts for a sentence read again, without reading it again', () => {
    const { reads, counts } = countingReader();
    const sentence = 'At least 40 people were killed in the shelling.';
    expect(counts(sentence, [], () => false)).toEqual([{ at: 9, refugees: null }]);
    expect(counts(sentence, [], () => true)).toEqual([{ at: 9, refugees: null }]);
    expect(reads).toHaveLength(1);
  });

  it('gives each caller its own copies', () => {
    const { counts } = countingReader();
    const sentence = 'Some 300 families fled the village.';
    const first = counts(sentence, [], () => false);
    first[0]!.at = 99;
    expect(counts(sentence, [], () => false)).toEqual([{ at: 5, refugees: null }]);
  });

  it('reads the sentence again where its dates differ', () => {
    const { reads, counts } = countingReader();
    const sentence = '12 March was quiet, officials said.';
    expect(counts(sentence, [], () => false)).toEqual([{ at: 0, refugees: null }]);
    expect(counts(sentence, [{ start: 0, end: 8 }], () => false)).toEqual([]);
    expect(reads).toHaveLength(2);
  });

  it('reads the sentence again where the document answers the refugee question otherwise', () => {
    const { reads, counts } = countingReader();
    const sentence = 'About 2,000 people arrived in Goris overnight.';
    expect(counts(sentence, [], () => true)).toEqual([{ at: 6, refugees: true }]);
    expect(counts(sentence, [], () => true)).toEqual([{ at: 6, refugees: true }]);
    expect(counts(sentence, [], () => false)).toEqual([{ at: 6, refugees: false }]);
    expect(reads).toHaveLength(2);
  });
});

describe('mayHoldNumber tells the sentences findNumbers reads nothing in', () => {
  it('turns away a sentence with no digit and no number word', () => {
    expect(mayHoldNumber('The ministry said talks would resume in Vienna.')).toBe(false);
    expect(findNumbers('The ministry said talks would resume in Vienna.')).toEqual([]);
  });

  it('lets through digits and number words', () => {
    expect(mayHoldNumber('At least 40 people were killed.')).toBe(true);
    expect(mayHoldNumber('Hundreds of families fled overnight.')).toBe(true);
    expect(mayHoldNumber('Three soldiers were wounded.')).toBe(true);
  });
});
