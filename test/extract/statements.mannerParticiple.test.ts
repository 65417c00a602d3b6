import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import { saidSpans } from '../../src/extract/statements/clause.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

/** Each statement as "kind: speaker mention | content", its pieces joined by " … ". */
function said(text: string): string[] {
  const doc = buildDocument('piece.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  return extractCorpus([doc], NOW)
    .byDoc.get(doc.id)!
    .statements.map(
      (s) =>
        `${s.kind}: ${s.mention} | ${saidSpans(s)
          .map((q) => doc.text.slice(q.start, q.end))
          .join(' … ')}`,
    );
}

describe('a participle set off after the verb of saying tells how, not what', () => {
  it('"X said, clutching the lectern with both hands." reports no words', () => {
    expect(
      said(
        'Governor opens session\n\nThe session opened an hour late in Stepanakert. The chamber fell silent. ' +
          'Governor Lena Avetyan said, clutching the lectern with both hands. Then the vote began.\n',
      ),
    ).toEqual([]);
  });

  it('"X remarked, alluding to …" (agency style) reports no words', () => {
    expect(
      said(
        'BAKU, March 3. The delegation arrived on Monday.\n\n' +
          'The envoy was asked about the film. Ambassador Karim Rahimov remarked, alluding to the ' +
          'director’s latest picture about the war.\n',
      ),
    ).toEqual([]);
  });

  it('a participle of saying after the comma still introduces what was said', () => {
    expect(
      said(
        'Border talks stall\n\nThe talks stalled again on Friday. Deputy Minister Aram Sarkissian said, ' +
          'adding that the crossing would stay shut until spring.\n',
      ),
    ).toEqual(['reported: Deputy Minister Aram Sarkissian | the crossing would stay shut until spring']);
  });

  it('a gerund that opens a clause after "said" with no comma is still what was said', () => {
    expect(
      said(
        'Reconstruction\n\nThe mayor of Lachin, Nune Hakobyan, said rebuilding the school would take two years.\n',
      ),
    ).toEqual(['reported: Nune Hakobyan | rebuilding the school would take two years']);
  });
});
