import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import { saidSpans } from '../../src/extract/statements/clause.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

/** Each statement of a one-piece corpus as "mention: content", its pieces joined by " … ". */
function said(text: string): string[] {
  const doc = buildDocument('piece.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  return extractCorpus([doc], NOW)
    .byDoc.get(doc.id)!
    .statements.map(
      (s) =>
        `${s.mention}: ${saidSpans(s)
          .map((q) => doc.text.slice(q.start, q.end))
          .join(' … ')}`,
    );
}

describe('"underscored" or "underlined" a thing reports no words; "underscored that …" does', () => {
  it.each([
    'The shelling of the depot underscored the importance of a monitoring mission.',
    'The findings underline a growing divide between the two capitals.',
    'The envoy underscored the need for calm at the crossing.',
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });

  it.each([
    [
      'The foreign minister underscored that the talks would continue.',
      'The foreign minister: the talks would continue',
    ],
    [
      'Lindqvist underlined the need for calm and said the mission would stay.',
      'Lindqvist: the mission would stay',
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual([want]);
  });
});
