import { describe, expect, it } from 'vitest';
import { speakerViaQuoteLines } from './statements.helpers.ts';

/** Text written for these tests (session 42). */
describe('a news agency citing a source passes the source’s words on (CONVENTIONS 15)', () => {
  it('a possessive in what is cited: "citing Mustafayev’s office"', () => {
    expect(
      speakerViaQuoteLines(
        "Border\n\nThe Azerbaijani news agency APA, citing Mustafayev's office, reported that the next round would be held in Baku.",
      ),
    ).toEqual(['text:mustafayev-office via text:apa: the next round would be held in Baku']);
  });

  it('a relative clause between the outlet and its verb: "Azertac, which …, reports, citing …"', () => {
    expect(
      speakerViaQuoteLines(
        "Mines\n\nThe state news agency Azertac, which employed the cameraman, reports, citing Azerbaijan's Ministry of Health, that three of the wounded are in intensive care.",
      ),
    ).toEqual(['moh-azerbaijan via text:azertac: three of the wounded are in intensive care']);
  });
});

describe('a wire dateline set off by ">>" is no part of what was said', () => {
  it('"BAKU, Azerbaijan >> …, officials said"', () => {
    expect(
      speakerViaQuoteLines(
        'Strike\n\nBAKU, Azerbaijan >> A rocket hit a market in the city early Monday, wounding six people, Azerbaijani officials said.',
      ),
    ).toEqual(['gov-azerbaijan: A rocket hit a market in the city early Monday, wounding six people']);
  });
});

describe('"the country’s" body is the country the text named, not one inside a compound modifier', () => {
  it('"a Russia-brokered truce" does not make Russia "the country"', () => {
    expect(
      speakerViaQuoteLines(
        "Strike\n\nA rocket hit a market in Azerbaijan's third-largest city, hours after a Russia-brokered truce began.\n\n" +
          "The country's Prosecutor General's Office said two children were among the wounded.",
      ),
    ).toEqual(['prosecutor-general-azerbaijan: two children were among the wounded']);
  });
});

describe('a private namesake introduced with an age in brackets', () => {
  it('"says driver Armen Sargsyan (47)" is the driver, though the text titles another person "President"', () => {
    expect(
      speakerViaQuoteLines(
        'Convoy\n\n"We will wait here as long as it takes," says driver Armen Sargsyan (47). ' +
          'An adviser to President Ilham Aliyev said the road was open.',
      )[0],
    ).toBe('text:armen-sargsyan: We will wait here as long as it takes,');
  });

  it('the public figure keeps his name where the text gives his role', () => {
    expect(
      speakerViaQuoteLines(
        'Visit\n\n"We welcome every guest," says Armen Sargsyan (70), the former president, in Yerevan.',
      )[0],
    ).toBe('sarkissian: We welcome every guest,');
  });
});

describe('"Its" opening a sentence after one that names a single state is that state’s', () => {
  it('"The reaction from Azerbaijan … Its foreign ministry accused …", not the body that spoke before', () => {
    expect(
      speakerViaQuoteLines(
        'Arms\n\nMore than 90,000 people have fled, according to the Armenian authorities.\n\n' +
          'The reaction from Azerbaijan came quickly. Its foreign ministry accused Paris of "fuelling a new war" in the region.',
      ),
    ).toEqual(['gov-armenia: More than 90,000 people have fled', 'mfa-azerbaijan: fuelling a new war']);
  });

  it('a sentence naming two states leaves "Its" to the rules before', () => {
    expect(
      speakerViaQuoteLines(
        'Arms\n\nThe Azerbaijani Defence Ministry said two soldiers were wounded.\n\n' +
          'Talks between Azerbaijan and Armenia stalled. Its spokesman said the army had returned fire.',
      )[1],
    ).not.toMatch(/^gov-armenia|^mfa-armenia|^mod-armenia/);
  });
});
