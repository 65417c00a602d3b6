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

describe('a clause of reason or concession after "A, X said," finishes what X said', () => {
  it('"A, the envoy said, because B": A and B are both said (wire style)', () => {
    expect(
      said(
        'Talks delayed\n\nThe round was put off on Thursday. The offer is late, the envoy said, because the mediators ' +
          'changed the text overnight.\n',
      ),
    ).toEqual(['reported: the envoy | The offer is late … because the mediators changed the text overnight']);
  });

  it('"A, Mr. X said, although B" (newspaper style): both pieces, the aside left out', () => {
    expect(
      said(
        'Lachin road\n\nThe road reopened at dawn. The crossing stays shut to cars, Mr. Aliyev said, although trucks ' +
          'with food may pass.\n',
      ),
    ).toEqual([
      'reported: Mr. Aliyev | The crossing stays shut to cars … although trucks with food may pass',
    ]);
  });

  it('a participle after the aside is still the writer’s: only A is said', () => {
    expect(
      said(
        'Talks delayed\n\nThe round was put off. The offer is late, the envoy said, pointing to the calendar.\n',
      ),
    ).toEqual(['reported: the envoy | The offer is late']);
  });
});
