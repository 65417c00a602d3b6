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

describe('who was asked or told, and a topic, report no words', () => {
  it.each([
    'The committee asked Moreno about the delays.',
    'Reporters asked the minister about the shelling on Tuesday.',
    'The envoy warned reporters about the risk of a new offensive.',
    'The envoy told the BBC about his meeting with the president.',
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });

  it('a saying later in the sentence is still read', () => {
    expect(
      said(
        'When reporters asked Moreno about the delays, the spokesman said he needed to check with the ministry first.',
      ),
    ).toEqual(['the spokesman: he needed to check with the ministry first']);
  });

  it.each([
    [
      'The mayor told reporters about 300 families had left the village.',
      'The mayor: about 300 families had left the village',
    ],
    [
      'Officials told reporters the talks about the border would resume in May.',
      'Officials: the talks about the border would resume in May',
    ],
    [
      'Lindqvist said the talks about the border would resume in May.',
      'Lindqvist: the talks about the border would resume in May',
    ],
  ])('a clause is still content: %s', (text, want) => {
    expect(said(text)).toEqual([want]);
  });
});
