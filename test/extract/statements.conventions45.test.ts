import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import { statementsOf } from './statements.helpers.ts';

/** Session 45: the gold conventions decided for CONVENTIONS rows S, T, U and V. */

/** A document's statements as [speaker, quote, line]. */
function documentSaid(text: string): [string, string, string | undefined][] {
  const doc = buildDocument('doc.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  const all = extractCorpus([doc], new Date('2024-01-01')).byDoc.get(doc.id)!.statements;
  return all.map((s) => [s.speaker.id, doc.text.slice(s.quote.start, s.quote.end), s.line]);
}

describe("row S: a relative's words inside a speaker's quote are the relative's too", () => {
  it('"My mother told me this morning that …": the mother says what follows "that"', () => {
    const text =
      'Lena Arzumanian, whose parents live in Martakert, spoke to us on Sunday. "My mother told me this morning that the bakery has closed. They are frightened," she said.';
    const seen = statementsOf(text);
    expect(seen.find((s) => s.speaker === 'text:mother')?.quote).toBe('the bakery has closed.');
    expect(seen.some((s) => s.speaker === 'text:lena-arzumanian')).toBe(true);
  });

  it('"My brother told me …" opening a later piece of the quote: the brother', () => {
    const text =
      '"We drove for two days," Vahe Sargsian said. "My brother told me the road was full of cars. Nobody could call anyone."';
    const seen = statementsOf(text);
    expect(seen.find((s) => s.speaker === 'text:brother')?.quote).toBe('the road was full of cars.');
  });

  it('the relative\'s words may turn on an irregular past ("the children slept …")', () => {
    const text =
      '"We waited at the bridge all night," Vahe Sargsian said. "My sister told me the children slept in the car. Nobody had water."';
    expect(statementsOf(text).find((s) => s.speaker === 'text:sister')?.quote).toBe(
      'the children slept in the car.',
    );
  });

  it('a pronoun opening a later piece is no relative: "She said …" may be anyone of the first piece', () => {
    const text =
      'Vahe Sargsian, whose aunt stayed in Martuni, waited at the border. "Our neighbour came with us," he said. "She said the village was empty."';
    expect(statementsOf(text).some((s) => s.speaker === 'text:aunt')).toBe(false);
  });
});

describe('row U: a headline of a quote and a topic, with no one named as its speaker, is no statement', () => {
  it("\"'We will not leave': a village on the line …\": only the body's quote is a statement", () => {
    const text = [
      "'We will not leave': a border village counts its shells",
      'By Ruth Keller',
      '"We will not leave. This is our land," said Gor Avetisyan, a farmer in the village.',
    ].join('\n\n');
    const said = documentSaid(text);
    expect(said.filter(([, , line]) => line === 'headline')).toEqual([]);
    expect(said.map(([speaker]) => speaker)).toEqual(['text:gor-avetisyan']);
  });

  it('a topic before the quote ("Winter in Goris: \'…\'") gives no statement either', () => {
    const text = [
      "Winter in Goris: 'The shelters are full'",
      'By Ruth Keller',
      '"The shelters are full and the nights are cold," said Anna Melikyan, a volunteer.',
    ].join('\n\n');
    expect(documentSaid(text).filter(([, , line]) => line === 'headline')).toEqual([]);
  });
});
