import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';

/** Each statement of a one-paragraph body: speaker, kind and quoted words. */
function said(body: string): [string, string, string][] {
  const text = `Border report\n\nBy Staff Writer\n\n${body}\n`;
  const doc = buildDocument('doc.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  return extractCorpus([doc], new Date('2024-01-01'))
    .byDoc.get(doc.id)!
    .statements.map((s) => [s.speaker.id, s.kind, doc.text.slice(s.quote.start, s.quote.end)]);
}

describe('a claim the writer notes as denied leaves the saying that made it', () => {
  it.each([
    [
      'wire copy: "…, a claim Baku denied"',
      "Armenia's defence ministry said two soldiers were wounded by sniper fire near Jermuk on Friday, a claim Baku denied.",
      ['mod-armenia', 'reported', 'two soldiers were wounded by sniper fire near Jermuk on Friday'],
    ],
    [
      'a newspaper: "…, an accusation Ankara has denied"',
      'Pashinyan said on Tuesday that Turkish instructors were training Azerbaijani units, an accusation Ankara has denied.',
      ['pashinyan', 'reported', 'Turkish instructors were training Azerbaijani units'],
    ],
    [
      'a factbox: "…, a charge Yerevan denies"',
      'Azerbaijan says the mountain road is used to bring in mines, a charge Yerevan denies.',
      ['gov-azerbaijan', 'reported', 'the mountain road is used to bring in mines'],
    ],
    [
      'the tail after a parenthetical "X said"',
      'Snipers fired on the village overnight, Pashinyan said, a claim Baku rejects.',
      ['pashinyan', 'reported', 'Snipers fired on the village overnight'],
    ],
  ])('%s', (_why, body, statement) => {
    expect(said(body)).toEqual([statement]);
  });

  it('the denier is never made the speaker of the claim', () => {
    const ids = said('Pashinyan said drones had crossed the border twice, a claim Baku denied.').map(
      ([id]) => id,
    );
    expect(ids).not.toContain('gov-azerbaijan');
  });
});

describe('"told" an event: a conference or briefing is the audience, not what was said', () => {
  it.each([
    [
      'AFP: "Name told a joint news conference."',
      'The two governments will open a second crossing in spring, Aliyev told a joint news conference.',
      ['aliyev', 'reported', 'The two governments will open a second crossing in spring'],
    ],
    [
      'with a place after it',
      'The ceasefire is holding, Bayramov told a joint press conference in Tbilisi.',
      ['bayramov', 'reported', 'The ceasefire is holding'],
    ],
    [
      'a ministry spokesperson at the weekly briefing',
      'No Iranian citizens were hurt, Zakharova told the weekly briefing.',
      ['zakharova', 'reported', 'No Iranian citizens were hurt'],
    ],
    [
      "an agency's correspondent (Mehr, Trend style)",
      "Two shells landed near the water station, Pashinyan told Interfax's correspondent.",
      ['pashinyan', 'reported', 'Two shells landed near the water station'],
    ],
    [
      'a newspaper the speaker told (Monitor, Guardian style)',
      'Four more families left the village this week, Zakharova told the Guardian.',
      ['zakharova', 'reported', 'Four more families left the village this week'],
    ],
    [
      'a that-clause after the event',
      'Aliyev told a joint press conference on Friday that the talks would resume in May.',
      ['aliyev', 'reported', 'the talks would resume in May'],
    ],
  ])('%s', (_why, body, statement) => {
    expect(said(body)).toEqual([statement]);
  });
});

describe('a name or figure in quotes after "the" is a term inside the clause, not the words said', () => {
  it('a treaty’s name opening a clause with its own verb', () => {
    expect(
      said('The "Tbilisi Accord" obliges both sides to withdraw heavy weapons, Bayramov told reporters.'),
    ).toEqual([
      ['bayramov', 'reported', 'The "Tbilisi Accord" obliges both sides to withdraw heavy weapons'],
    ]);
  });

  it('a quoted figure a fact-checker traces', () => {
    expect(said('Pashinyan said the "10,000" figure first circulated on a Telegram channel.')).toEqual([
      ['pashinyan', 'reported', 'the "10,000" figure first circulated on a Telegram channel'],
    ]);
  });

  it('words said in quotes stay direct', () => {
    expect(said('Aliyev said the offensive was "a complete success".')).toEqual([
      ['aliyev', 'reported', 'the offensive was "a complete success"'],
    ]);
    expect(said('Aliyev called the agreement "a historic chance for peace".')).toEqual([
      ['aliyev', 'direct', 'a historic chance for peace'],
    ]);
  });
});

describe('"…, Name, a description, said": the name spoke, and what was said ends before it', () => {
  it.each([
    [
      'a spokesperson for a body (wire copy)',
      'Since January the convoys have carried 40 patients to Yerevan, Anna Melikyan, a spokesperson for the ICRC in Goris, told reporters.',
      ['text:anna-melikyan', 'reported', 'Since January the convoys have carried 40 patients to Yerevan'],
    ],
    [
      'a title before the name and a bare role after it (agency copy)',
      'Extra units were moved to the river crossings, Brigadier General Davud Karimi, commander of the border guard, said.',
      ['text:davud-karimi', 'reported', 'Extra units were moved to the river crossings'],
    ],
  ])('%s', (_why, body, statement) => {
    expect(said(body)).toEqual([statement]);
  });

  it('a place set off by commas is no speaker', () => {
    expect(said('Shells hit the town of Martuni, Nagorno Karabakh, the ministry said.')).toEqual([
      ['text:ministry', 'reported', 'Shells hit the town of Martuni, Nagorno Karabakh'],
    ]);
  });

  it('a name after a role noun is told of, not the speaker', () => {
    const ids = said(
      'Bayramov spoke by phone on Tuesday with his Armenian counterpart, Ararat Mirzoyan, diplomatic sources said.',
    ).map(([id]) => id);
    expect(ids).not.toContain('mirzoyan');
  });

  it('a name inside a saying the sentence already has is no speaker', () => {
    const ids = said(
      'Speaking on the radio, Pashinyan said his party and its ally Levon Aronian, better known as a chess champion, would run together.',
    ).map(([id]) => id);
    expect(ids).not.toContain('text:levon-aronian');
  });
});
