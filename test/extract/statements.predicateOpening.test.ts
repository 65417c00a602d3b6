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

describe('a verb whose "content" opens with an auxiliary is no saying of its subject', () => {
  it.each([
    'The tentative deal, announced on Monday, would last four years and must be approved by the union.',
    'The new pipeline, announced in March, will carry gas to the border by 2027.',
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });

  it.each([
    [
      'The journalists withheld some information that government officials said would compromise national security.',
      'government officials: would compromise national security',
    ],
    ['But the lawyers said that is highly unlikely.', 'the lawyers: is highly unlikely'],
    [
      'The risk of a new offensive, Lindqvist said, was growing by the day.',
      'Lindqvist: The risk of a new offensive … was growing by the day',
    ],
  ])('a subject stands before the verb or its "that": %s', (text, want) => {
    expect(said(text)).toEqual([want]);
  });
});
