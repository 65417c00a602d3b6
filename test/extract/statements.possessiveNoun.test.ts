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

describe('a verb form right after a possessive is a noun', () => {
  it.each([
    'The night’s highlight was suddenly under attack because of apparent plagiarism.',
    'The foundation’s tally showed 40 families had left.',
    'The governor’s pledges to rebuild the bridge have put the issue at the centre of the race.',
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });

  it('the saying after such a noun phrase is read', () => {
    expect(said('Contrary to Moreno’s claims, the authorities say the convoy never left the depot.')).toEqual(
      ['the authorities: the convoy never left the depot'],
    );
  });

  it.each([
    ['Moreno’s office said the talks had stalled.', 'Moreno’s office: the talks had stalled'],
    ['The UN’s envoy warned that the talks had stalled.', 'The UN’s envoy: the talks had stalled'],
  ])('a possessive inside the subject is kept: %s', (text, want) => {
    expect(said(text)).toEqual([want]);
  });
});
