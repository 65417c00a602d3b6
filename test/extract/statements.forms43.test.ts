import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';

/** The statements read from the lines above a document's body: speaker, words, headline mark. */
function headingStatements(text: string): [string, string, string | undefined][] {
  const doc = buildDocument('doc.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  return extractCorpus([doc], new Date('2024-01-01'))
    .byDoc.get(doc.id)!
    .statements.filter((s) => s.context.end <= doc.bodyStart)
    .map((s) => [s.speaker.id, doc.text.slice(s.quote.start, s.quote.end), s.line]);
}

const BYLINE = 'By Staff Writer\nPublished 14 March 2023\n\n';
const PM_BODY =
  'Prime Minister Nikol Pashinyan visited Goris on Friday and met families from the border villages.\n';
const GOV_BODY = 'Shelling resumed on Tuesday near the border village, residents said.\n';

describe('a headline’s second predicate shares the first one’s subject (CONVENTIONS 9)', () => {
  it('"Name visits Goris, says …": the saying is the subject’s', () => {
    expect(
      headingStatements(
        `Pashinyan visits Goris, says new homes will be ready by winter\n\n${BYLINE}${PM_BODY}`,
      ),
    ).toEqual([['pashinyan', 'new homes will be ready by winter', 'headline']]);
  });

  it('a country that protests, then says: its government', () => {
    expect(
      headingStatements(
        `Armenia protests shelling, says two border posts came under fire\n\n${BYLINE}${GOV_BODY}`,
      ),
    ).toEqual([['gov-armenia', 'two border posts came under fire', 'headline']]);
  });

  it('"…, says Armenia": the source named after the words, no clause of the first subject', () => {
    expect(headingStatements(`Azerbaijan shells villages, says Armenia\n\n${BYLINE}${GOV_BODY}`)).toEqual([]);
  });

  it('a second verb with no reported content is headline copy (CONVENTIONS 10)', () => {
    expect(
      headingStatements(
        `Iran opens consulate in Kapan, warns against border changes\n\n${BYLINE}${GOV_BODY}`,
      ),
    ).toEqual([]);
  });
});
