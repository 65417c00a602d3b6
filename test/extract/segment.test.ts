import { describe, expect, it } from 'vitest';
import { inferMetadata } from '../../src/corpus/metadata.ts';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import { segmentDocument } from '../../src/extract/index.ts';

function doc(text: string): CorpusDocument {
  const { meta, bodyStart } = inferMetadata(text);
  return { id: 'd', file: 'd.txt', text, sha256: '', label: 'd', meta, bodyStart };
}

const sentences = (text: string) => {
  const d = doc(text);
  return segmentDocument(d).sentences.map((s) => text.slice(s.start, s.end));
};

describe('a dateline is metadata, not part of the first sentence', () => {
  it('wire copy: the first sentence starts after `(Reuters) -`', () => {
    const text =
      'Headline of the wire story here\n\nYEREVAN, Sept 25, 2023 (Reuters) - Thousands left on Monday, officials said. More followed.';
    expect(sentences(text)).toEqual(['Thousands left on Monday, officials said.', 'More followed.']);
  });

  it('TASS: a dateline that is a sentence of its own leaves no empty sentence', () => {
    const text = 'WASHINGTON, September 20. /TASS/. US Secretary of State Antony Blinken held a call.';
    expect(sentences(text)).toEqual(['US Secretary of State Antony Blinken held a call.']);
  });

  it('text without a dateline is split as it is', () => {
    expect(sentences('On September 19, tensions flared up. Baku announced measures.')).toEqual([
      'On September 19, tensions flared up.',
      'Baku announced measures.',
    ]);
  });
});
