import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';

/** Each statement the lines above the body give: speaker id and the words. */
function headed(text: string): [string, string][] {
  const doc = buildDocument('doc.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  return extractCorpus([doc], new Date('2024-01-01'))
    .byDoc.get(doc.id)!
    .statements.filter((s) => s.quote.start < doc.bodyStart)
    .map((s) => [s.speaker.id, doc.text.slice(s.quote.start, s.quote.end)]);
}

const BORDER_BODY =
  'By Staff Writer\n\nYEREVAN, Sept 13. Armenia said dozens of its soldiers were killed overnight in shelling along the border. ' +
  'Azerbaijan said its forces had answered a provocation by Armenian units.\n';

describe('a heading act whose object holds a quoted fragment is the actor’s statement (CONVENTIONS 10, row E)', () => {
  it('given "…; Baku blames Armenian "provocation"", Baku’s government said "provocation"', () => {
    const text = `World\n\nFighting on the border\n\nYerevan counts its dead; Baku blames Armenian "provocation"\n\n${BORDER_BODY}`;
    expect(headed(text)).toContainEqual(['gov-azerbaijan', 'provocation']);
  });

  it('given "Pashinyan calls deal "unspeakably painful"", a noun object without its article', () => {
    const text =
      'World\n\nCrowds gather in Yerevan as Pashinyan calls deal "unspeakably painful"\n\n' +
      'By Staff Writer\n\nPrime Minister Nikol Pashinyan said the agreement was painful for him and for the people.\n';
    expect(headed(text)).toContainEqual(['pashinyan', 'unspeakably painful']);
  });

  it('given "Pelosi in Armenia condemns \'illegal\' attacks", the setting is where, the person who', () => {
    const text =
      "World\n\nPelosi in Armenia condemns 'illegal' attacks on its territory\n\n" +
      'By Staff Writer\n\nHouse Speaker Nancy Pelosi said in Yerevan on Sunday that the attacks had to stop.\n';
    expect(headed(text)).toEqual([['text:nancy-pelosi', 'illegal']]);
  });

  it('given an act with no quotation ("Baku blames Armenia for shelling"), no statement', () => {
    const text = `World\n\nBaku blames Armenia for overnight shelling\n\n${BORDER_BODY}`;
    expect(headed(text)).toEqual([]);
  });

  it('given "Relatives in Leeds say …", the group keeps its place out of its name and speaks as before', () => {
    const text =
      'News\n\nRelatives in Leeds say they are still waiting for news of the missing soldier\n\n' +
      'By Staff Writer\n\nThe family has heard nothing for two months, relatives said.\n';
    expect(headed(text)).toEqual([
      ['text:relatives', 'they are still waiting for news of the missing soldier'],
    ]);
  });
});

describe('a country’s spelled-out role before "says" is the body’s holder of it', () => {
  it('given "Georgia’s Prime Minister says …" over "Georgian Prime Minister Name said", the named holder', () => {
    const text =
      "World\n\nCaptives freed\n\nGeorgia's Prime Minister says the deal was a success of diplomacy\n\n" +
      'By Staff Writer\n\nGeorgian Prime Minister Irakli Garibashvili said on Saturday that the deal was a success.\n';
    expect(headed(text)).toEqual([['text:irakli-garibashvili', 'the deal was a success of diplomacy']]);
  });

  it('given "Georgia’s Prime Minister says …" over a deputy prime minister’s words, no statement', () => {
    const text =
      "World\n\nCaptives freed\n\nGeorgia's Prime Minister says the deal was a success of diplomacy\n\n" +
      'By Staff Writer\n\nGeorgian Deputy Prime Minister Levan Davitashvili said on Saturday that the deal was a success.\n';
    expect(headed(text)).toEqual([]);
  });
});

describe('a Title Case first line with a capitalised "Says" is a headline, header or none', () => {
  /** Every statement of a text, as speaker id and words. */
  function allSaid(text: string): [string, string][] {
    const doc = buildDocument('doc.txt', Buffer.from(text, 'utf8'));
    if (!isDocument(doc)) throw new Error('not a document');
    return extractCorpus([doc], new Date('2024-01-01'))
      .byDoc.get(doc.id)!
      .statements.map((s) => [s.speaker.id, doc.text.slice(s.quote.start, s.quote.end)]);
  }

  it('given "Pashinyan Says The Border Talks Will Resume In May." above the story, Pashinyan said its words', () => {
    const text =
      'Pashinyan Says The Border Talks Will Resume In May.\n\n' +
      'Prime Minister Nikol Pashinyan said on Monday that the talks would resume after the holidays.\n';
    expect(allSaid(text)[0]).toEqual(['pashinyan', 'The Border Talks Will Resume In May']);
  });

  it('given a first line in sentence case, it stays a body sentence read as before', () => {
    const text =
      'Pashinyan says the border talks will resume in May.\n\n' +
      'Prime Minister Nikol Pashinyan said on Monday that the talks would resume after the holidays.\n';
    expect(allSaid(text).filter(([, words]) => /Border Talks/.test(words))).toEqual([]);
  });
});
