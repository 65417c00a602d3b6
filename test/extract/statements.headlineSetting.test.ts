import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';

/** The headline's statement as speaker, mention and words, or null. */
function said(text: string): [string, string, string] | null {
  const doc = buildDocument('doc.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  const all = extractCorpus([doc], new Date('2024-01-01')).byDoc.get(doc.id)!.statements;
  const s = all.find((x) => x.context.end <= doc.bodyStart);
  return s ? [s.speaker.id, s.mention, doc.text.slice(s.quote.start, s.quote.end)] : null;
}

const BODY =
  'YEREVAN, MAY 3, ARMENPRESS. The border commissions will meet again in June, Prime Minister Nikol Pashinyan told reporters in Gyumri on Friday.\n';

describe('a headline "Name in Place: words" is the named speaker’s statement, the place left out', () => {
  it('"Name in City: words"', () => {
    expect(said(`Pashinyan in Gyumri: the commissions will meet again in June\n\n${BODY}`)).toEqual([
      'pashinyan',
      'Pashinyan',
      'the commissions will meet again in June',
    ]);
  });

  it('a topic and a place is no name: "Talks in Gyumri: …" gives nothing', () => {
    expect(said(`Border talks in Gyumri: the commissions will meet again in June\n\n${BODY}`)).toBeNull();
  });
});
