import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

/** Each statement of a one-piece corpus as [speaker id, mention, first words of the content]. */
function said(text: string): [string, string, string][] {
  const doc = buildDocument('piece.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  return extractCorpus([doc], NOW)
    .byDoc.get(doc.id)!
    .statements.map((s) => [s.speaker.id, s.mention, doc.text.slice(s.quote.start, s.quote.start + 20)]);
}

const HEAD = 'WORLD\n\nBorder talks stall\n\nMay 14, 2021\n\n';

describe('an acting office is read as the office, held by the one the text names', () => {
  it('"Armenia\'s acting prime minister asked …" then "Nikol Pashinyan told …": Pashinyan', () => {
    const text = `${HEAD}GORIS, Armenia — Armenia's acting prime minister asked France on Friday for support, saying foreign troops had crossed the border.\n\nNikol Pashinyan told a cabinet meeting that the troops had dug in.`;
    expect(said(text)).toContainEqual([
      'pashinyan',
      "Armenia's acting prime minister",
      'foreign troops had c',
    ]);
  });

  it('no one is read into the acting office when the text never names the holder', () => {
    const text = `${HEAD}GORIS, Armenia — Armenia's acting prime minister asked France on Friday for support, saying foreign troops had crossed the border.\n\nThe talks went on.`;
    expect(said(text).map(([id]) => id)).not.toContain('pashinyan');
  });
});

describe('"the woman" after an unnamed person the sentence before opens with', () => {
  it('"A shopkeeper in Goris whom the paper reached … “…,” the woman said": the shopkeeper', () => {
    const text = `${HEAD}The Foreign Ministry said the talks would resume.\n\nA shopkeeper in Goris whom the paper reached by phone described the mood in the town. "There is no fuel and no flour," the woman said.`;
    expect(said(text)).toContainEqual(['text:shopkeeper', 'the woman', 'There is no fuel and']);
  });

  it('a named person in that sentence keeps the epithet from the unnamed one', () => {
    const text = `${HEAD}The Foreign Ministry said the talks would resume.\n\nA shopkeeper in Goris introduced the paper to Anahit Sargsyan. "There is no fuel and no flour," the woman said.`;
    expect(said(text).map(([id]) => id)).not.toContain('text:shopkeeper');
  });
});

describe('a name set off after an inverted description is who spoke', () => {
  const CAFE = `${HEAD}The bakery on Mount Auburn Street was quiet on Friday. `;

  it('"…," said the owner, Ani Kazarian, 54, whose parents …: Kazarian, and "she" after is her', () => {
    const text = `${CAFE}"Nobody sleeps here anymore," said the owner, Ani Kazarian, 54, whose parents came from Aleppo. Her son, 20, is serving in Syunik, she said.`;
    expect(said(text).map(([id, mention]) => [id, mention])).toEqual([
      ['text:ani-kazarian', 'Ani Kazarian'],
      ['text:ani-kazarian', 'she'],
    ]);
  });

  it('"…," said the owner, Ani Kazarian.: Kazarian', () => {
    const text = `${CAFE}"Nobody sleeps here anymore," said the owner, Ani Kazarian.`;
    expect(said(text).map(([id]) => id)).toEqual(['text:ani-kazarian']);
  });

  it('a body\'s noun takes no name after it: "said the ministry, Ani Kazarian reported" is no Kazarian', () => {
    const text = `${CAFE}"The road is open," said the ministry, Ani Kazarian reported.`;
    expect(said(text).map(([id]) => id)).not.toContain('text:ani-kazarian');
  });
});
