import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import type { Statement } from '../../src/extract/types.ts';

/** A document's statements, with what each says and whether it is marked as the headline's. */
function statements(text: string): { said: [string, string, string | undefined][]; all: Statement[] } {
  const doc = buildDocument('doc.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  const all = extractCorpus([doc], new Date('2024-01-01')).byDoc.get(doc.id)!.statements;
  return {
    said: all.map((s) => [s.speaker.id, doc.text.slice(s.quote.start, s.quote.end), s.line]),
    all,
  };
}

const headlineOnes = (text: string) => statements(text).said.filter(([, , line]) => line === 'headline');

const PASHINYAN_BODY =
  'YEREVAN, APRIL 12, ARMENPRESS. Armenia is ready to sign the document within a month, Prime Minister Nikol Pashinyan told reporters in Gyumri on Friday.\n\n' +
  '"The text is almost agreed," the Prime Minister said.\n';

describe('a statement read from a heading line is marked as the outlet’s headline', () => {
  it('Armenpress "Name: words": the headline’s statement is marked, the body’s are not', () => {
    const { said } = statements(`Pashinyan: we are ready to sign the peace treaty\n\n${PASHINYAN_BODY}`);
    expect(said).toEqual([
      ['pashinyan', 'we are ready to sign the peace treaty', 'headline'],
      ['pashinyan', 'Armenia is ready to sign the document within a month', undefined],
      ['pashinyan', 'The text is almost agreed,', undefined],
    ]);
  });

  it('News.az "words - Name": marked', () => {
    const text =
      'Baku will not allow provocations on the border - Hajizada\n\n' +
      'Baku will not allow any provocations on the border, presidential aide Hikmet Hajizada told journalists on Monday.\n';
    expect(headlineOnes(text)).toEqual([
      ['text:hikmet-hajizada', 'Baku will not allow provocations on the border', 'headline'],
    ]);
  });

  it('an AP story’s subheading "Name says …": marked, as the "Name: words" form is', () => {
    const text =
      'Fighting flares on the Armenia-Azerbaijan border\n\n' +
      'Thousands of people crossed into Armenia overnight, local officials said.\n\n' +
      'Pashinyan says Armenia will not be drawn into the fighting\n\n' +
      'The prime minister spoke to reporters in Yerevan on Tuesday.\n';
    expect(headlineOnes(text)).toEqual([
      ['pashinyan', 'Armenia will not be drawn into the fighting', 'headline'],
    ]);
  });

  it('a live page’s post title that says who says it: marked too', () => {
    const text =
      'Karabakh live: refugees reach Goris\n\n' +
      'Thousands of people crossed into Armenia overnight, local officials said.\n\n' +
      'Blinken says Washington is watching closely\n\n' +
      'The US secretary of state spoke to both leaders on Tuesday.\n';
    expect(headlineOnes(text)).toEqual([['blinken', 'Washington is watching closely', 'headline']]);
  });
});

describe('headings that are no statement, as the headline or as a subheading in the body', () => {
  const BODY =
    'Azerbaijan is massing troops near the border, Reuters reported on Friday, and TASS said the same.\n\n' +
    '"We are watching every move," Prime Minister Nikol Pashinyan said on Friday.\n';
  const asHeadline = (line: string) => `${line}\n\n${BODY}`;
  const asSubheading = (line: string) =>
    `Border tensions rise\n\nTroops moved overnight, local officials said.\n\n${line}\n\n${BODY}`;

  it.each([
    ['no attribution (AP)', 'Azerbaijan and Armenia agree to resume border talks'],
    ['no attribution, a colon label (Reuters)', 'Exclusive: Azerbaijan moves troops toward the border'],
    ['a question after the name (Sputnik)', 'Pashinyan: why should Armenia stay in the CSTO?'],
    ['a question before the name (TASS)', 'Will Armenia leave the CSTO? — Pashinyan'],
    ['a question, then who says (Euronews)', 'Will Armenia leave the CSTO? Pashinyan says it might'],
    ['a question inside the words (Armenpress)', 'Pashinyan: who will guarantee our security? No one but us'],
    ['a question that says (Meduza)', 'Pashinyan says who will guarantee our security?'],
    ['a news agency before the colon', 'Reuters: Azerbaijan is massing troops near the border'],
    ['a news agency after a dash', 'Azerbaijan is massing troops near the border — TASS'],
    ['a news agency that says', 'Azerbaijan is massing troops near the border, Reuters says'],
  ])('%s: "%s"', (_why, line) => {
    expect(headlineOnes(asHeadline(line))).toEqual([]);
    expect(headlineOnes(asSubheading(line))).toEqual([]);
  });
});
