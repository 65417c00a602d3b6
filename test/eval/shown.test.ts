import { describe, expect, it } from 'vitest';
import { shownText, showsQuoteStart } from '../../scripts/eval/shown.ts';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

/** What /who-said shows for each statement of a one-piece corpus, as the eval's shown line reads it. */
function shown(text: string): string[] {
  const doc = buildDocument('piece.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  return extractCorpus([doc], NOW)
    .byDoc.get(doc.id)!
    .statements.map((s) => shownText(doc.text, s));
}

describe('the fixture eval’s shown line', () => {
  it('a quote inside a reported clause is shown with its clause, which holds a gold starting there', () => {
    const [text] = shown('The envoy said the talks had been “frank and constructive” in Geneva.');
    expect(text).toBe('the talks had been frank and constructive in geneva');
    expect(showsQuoteStart(text!, 'the talks had been “frank')).toBe(true);
    expect(showsQuoteStart(text!, 'frank and constructive')).toBe(true);
  });

  it('a gold whose words the product does not show is no match', () => {
    const [text] = shown('“We will rebuild the bridge,” the governor said.');
    expect(text).toBe('we will rebuild the bridge,');
    expect(showsQuoteStart(text!, 'the governor said')).toBe(false);
    expect(showsQuoteStart(text!, '')).toBe(false);
  });
});
