import { describe, expect, it } from 'vitest';
import { speakersAndQuotes, statementsOf } from './statements.helpers.ts';

const relayed = (text: string) =>
  statementsOf(text)
    .filter((s) => s.via)
    .map((s) => [s.speaker, s.via, s.quote]);

describe('a relayed principal whose whole clause is one quote says what is inside the marks', () => {
  it('"X stressed that “…,” the spokesman said": the quote, without its marks', () => {
    expect(
      relayed(
        'Lavrov stressed in a phone call that "no one gains from a new war," Kremlin spokesman Dmitry Peskov said.',
      ),
    ).toContainEqual(['lavrov', 'peskov', 'no one gains from a new war,']);
  });

  it('"X had insisted that “…”, the ministry said" likewise', () => {
    expect(
      relayed('Lavrov had insisted that "the corridor must reopen at once", the Foreign Ministry said.').map(
        ([speaker, , quote]) => [speaker, quote],
      ),
    ).toContainEqual(['lavrov', 'the corridor must reopen at once']);
  });

  it('"According to <person>, X also stressed that “…”" likewise', () => {
    expect(
      relayed(
        'According to Kanaani, Lavrov also stressed that "foreign troops in the region do not bring calm."',
      ).map(([speaker, , quote]) => [speaker, quote]),
    ).toContainEqual(['lavrov', 'foreign troops in the region do not bring calm.']);
  });

  it('a quoted fragment that opens a longer clause keeps the clause, as after "said that"', () => {
    expect(
      relayed(
        'Lavrov had told Mirzoyan in a call that "a quick truce" was needed, Kremlin spokesman Dmitry Peskov said.',
      ).map(([speaker, , quote]) => [speaker, quote]),
    ).toContainEqual(['lavrov', '"a quick truce" was needed']);
  });
});

describe('"the organization" never passes over an organisation named after the last body that spoke', () => {
  const speakers = (text: string) => speakersAndQuotes(text);

  it('an abbreviation the gazetteer lacks, named since, keeps "the organization" from the ministry', () => {
    const found = speakers(
      'The Armenian defense ministry said the truce had been violated. Yerevan then asked the OKSB, a regional alliance, for help. The organization said it would send observers.',
    );
    expect(found).toContainEqual(['mod-armenia', 'the truce had been violated']);
    expect(found).not.toContainEqual(['mod-armenia', 'it would send observers']);
  });

  it("the body's own abbreviation named since does not stop it", () => {
    expect(
      speakers(
        'The International Committee of the Red Cross said 600 patients had been moved. An ICRC team reached Goris. The organization said it would stay in the town.',
      ),
    ).toContainEqual(['icrc', 'it would stay in the town']);
  });
});

describe('"the spokesman" after two unnamed spokesmen spoke is unsure: never a country named since', () => {
  it('gives no statement to a government the words only mentioned', () => {
    const found = statementsOf(
      'The spokesman of the Ministry of Foreign Affairs said on Monday that Ankara respected all borders.\n\nThe foreign ministry spokesman said that Ankara was ready to send tents to Armenia.\n\nAsked about the railway, the spokesman said that the 3+3 format was "the right forum" for the talks.',
    ).map((s) => [s.speaker, s.quote]);
    expect(found.map(([speaker]) => speaker)).not.toContain('gov-armenia');
  });
});

describe('a site told by its address ("told 168.am that") is whom one told, not what was said', () => {
  const said = (text: string) => speakersAndQuotes(text);

  it('"told 168.am that …": the clause after "that"', () => {
    expect(said('The governor told 168.am that the road to Goris would reopen on Monday.')).toEqual([
      ['text:governor', 'the road to Goris would reopen on Monday'],
    ]);
  });

  it('"told Hetq.am that …" and "told news.az by phone that …" likewise', () => {
    const found = said(
      'The farmers of Berdavan told Hetq.am that no one had warned them. A deputy mayor told news.az by phone that the fields were mined.',
    ).map(([, quote]) => quote);
    expect(found).toEqual(['no one had warned them', 'the fields were mined']);
  });
});

describe('where and how a saying was made ("said in a joint statement published on Monday") is no words', () => {
  it('gives no statement whose words are the setting', () => {
    const quotes = statementsOf(
      'The two delegations will swap detainees, the office of the Georgian president and the chancellery of the Moldovan premier said in a joint statement published on Monday.',
    ).map((s) => s.quote);
    expect(quotes).not.toContain('in a joint statement published on Monday');
  });

  it("a single body's trailing saying keeps the sentence before it", () => {
    expect(
      statementsOf('The sides will swap detainees, the ministry said in a statement issued on Monday.').map(
        (s) => [s.speaker, s.quote],
      ),
    ).toEqual([['text:ministry', 'The sides will swap detainees']]);
  });
});
