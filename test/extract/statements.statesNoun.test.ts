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

describe('"states" after a kind of state is the noun, no saying', () => {
  it.each([
    'Most Southern states that will vote next month have large rural populations.',
    'Coastal states swing toward the incumbent in most years.',
    'Other Gulf states that buy its gas have kept quiet.',
    'In the bloc, Baltic states that border Russia pressed for more troops.',
    'Two other battleground states where turnout fell are now in doubt.',
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });

  it.each([
    ['The report states that the border was closed in March.', 'The report: the border was closed in March'],
    ['The treaty clearly states the border must stay open.', 'The treaty: the border must stay open'],
    ['The Kremlin states that the peacekeepers will stay.', 'The Kremlin: the peacekeepers will stay'],
  ])('a document or a body that states: %s', (text, want) => {
    expect(said(text)).toEqual([want]);
  });
});
