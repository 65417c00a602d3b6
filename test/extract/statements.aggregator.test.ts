import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { inferMetadata } from '../../src/corpus/metadata.ts';
import { extractCorpus } from '../../src/extract/index.ts';

/** The document's outlet as read off its text, and who says what in it. */
function read(text: string): { outlet: string | null; said: [string, string][] } {
  const doc = buildDocument('doc.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  const x = extractCorpus([doc], new Date('2024-01-01')).byDoc.get(doc.id)!;
  return {
    outlet: doc.meta.outlet?.value ?? null,
    said: x.statements.map((s) => [s.speaker.id, doc.text.slice(s.quote.start, s.quote.end)]),
  };
}

describe("an aggregator's lead citing a wire: the wire's statement, never the document's outlet", () => {
  it.each([
    ['Reuters', 'text:reuters'],
    ['AFP', 'text:afp'],
    ['The Associated Press', 'text:associated-press'],
    ['Bloomberg', 'text:bloomberg'],
  ])('"…, %s reports."', (wire, id) => {
    const text = `Azerbaijan has begun what it called anti-terrorist measures in Karabakh, ${wire} reports.\n\nThe Armenian government said it had no troops there.\n`;
    const { outlet, said } = read(text);
    expect(outlet).toBeNull();
    expect(said).toEqual([
      [id, 'Azerbaijan has begun what it called anti-terrorist measures in Karabakh'],
      ['gov-armenia', 'it had no troops there'],
    ]);
  });

  it('"As Reuters reports, …" names no outlet either', () => {
    expect(inferMetadata('As Reuters reports, the road reopened on Tuesday.\n').meta.outlet).toBeNull();
  });

  it('keeps the wire as a speaker when the aggregator names itself', () => {
    const text =
      'Source: Caucasus Digest\n\nTwo convoys crossed the checkpoint on Monday, Reuters reports.\n\nNo one was hurt.\n';
    expect(read(text).said).toEqual([['text:reuters', 'Two convoys crossed the checkpoint on Monday']]);
  });
});

describe("an agency's own voice stays the writer's", () => {
  it.each(['Azernews', 'Azertac', 'Armenpress', 'Trend'])(
    '"…, %s reports." names the outlet and says nothing',
    (agency) => {
      const text = `Farmers in Aghdam have begun the spring sowing on cleared fields, ${agency} reports.\n\nThe fields were cleared of mines last year.\n`;
      const { outlet, said } = read(text);
      expect(outlet).toBe(agency);
      expect(said).toEqual([]);
    },
  );
});
