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

describe('a paragraph introduced by "X said:" is what X said, sentence after sentence', () => {
  it('every sentence of the unquoted block paragraph is the speaker’s (transcript style)', () => {
    expect(
      said(
        'Governor on the corridor\n\nThe governor spoke for an hour on Tuesday.\n\nGovernor Lusine Hakobyan added:\n\n' +
          'It is typical of the other side. They promise a corridor, then close it. We have heard this for three years.\n\n' +
          'The session ended at noon.\n',
      ),
    ).toEqual([
      'reported: Governor Lusine Hakobyan | It is typical of the other side. They promise a corridor, then close it. ' +
        'We have heard this for three years.',
    ]);
  });

  it('the block stops before a sentence that tells of another saying (agency style)', () => {
    expect(
      said(
        'YEREVAN, May 4. The talks resumed on Monday.\n\nDeputy Foreign Minister Arman Petrosyan told reporters:\n\n' +
          'The draft is ready. The mediators said the text would be final by June. We will see.\n',
      ),
    ).toEqual([
      'reported: Deputy Foreign Minister Arman Petrosyan | The draft is ready.',
      'reported: The mediators | the text would be final by June',
    ]);
  });

  it('the block ends with its paragraph: the next paragraph is the writer’s again', () => {
    expect(
      said(
        'Mine clearance\n\nThe agency published its figures on Friday.\n\nThe agency’s director, Samir Mammadov, said:\n\n' +
          'Clearance will take years.\n\nThe agency did not give a date.\n',
      ),
    ).toEqual(['reported: Samir Mammadov | Clearance will take years.']);
  });
});
