import { describe, expect, it } from 'vitest';
import { speakersShown, speakersViaAndQuotes } from './statements.helpers.ts';

/** Session 51, census of fresh-76: near variants of machinery that already existed. */
describe('a counted group is the one list of that many names (CONVENTIONS 13)', () => {
  it('given "the three said" after one who met a list of three, the three listed', () => {
    const text =
      'Prime Minister Nikol Pashinyan held talks with French President Emmanuel Macron, German Chancellor Olaf Scholz and European Council President Charles Michel. Afterwards, the three said they backed the border talks.';
    expect(speakersShown(text)).toEqual(['macron', 'scholz', 'michel']);
  });

  it('given "the two men said" after two names with "of <country>", the two as written', () => {
    const text =
      'The protocol was signed by the deputy prime ministers, Mher Grigoryan of Armenia and Shahin Mustafayev of Azerbaijan. On Friday, the two men said that the markers would be set by June.';
    expect(speakersShown(text)).toEqual(['text:mher-grigoryan', 'text:shahin-mustafayev']);
  });

  it('given two lists of that many names, no one', () => {
    const text =
      'Aliyev met Charles Michel and Emmanuel Macron, while Pashinyan met Olaf Scholz and Antony Blinken. The two said the talks would go on.';
    expect(speakersShown(text)).toEqual([]);
  });
});

describe('a relayed principal named by a title with "of", or by a post (CONVENTIONS 14)', () => {
  it('"X said Secretary of State Y had called Z and told him that …": Y told Z', () => {
    const text =
      'Spokesman Ned Price said Secretary of State Antony Blinken had called President Ilham Aliyev and told him that Washington wanted the shelling to stop.';
    expect(speakersViaAndQuotes(text)).toEqual([
      [
        'price',
        undefined,
        'Secretary of State Antony Blinken had called President Ilham Aliyev and told him that Washington wanted the shelling to stop',
      ],
      ['blinken', 'price', 'Washington wanted the shelling to stop'],
    ]);
  });

  it('"<Leader>’s spokesman said the chancellor had told X that …": the chancellor is that leader', () => {
    const text =
      "Chancellor Olaf Scholz flew home on Friday. Scholz's spokesman, Steffen Hebestreit, said the chancellor had told Aliyev that Berlin would send more aid.";
    expect(speakersViaAndQuotes(text)).toEqual([
      [
        'text:steffen-hebestreit',
        undefined,
        'the chancellor had told Aliyev that Berlin would send more aid',
      ],
      ['scholz', 'text:steffen-hebestreit', 'Berlin would send more aid'],
    ]);
  });
});

describe('a name in apposition before "said" is its subject, never what was said', () => {
  it('given "<Role>, <Name>, said <plural>, <aside>, were …", the named one said the clause', () => {
    const text =
      "Georgia's public defender, Levan Ioseliani, said several Georgians, two of them drivers, were still held at the border.";
    expect(speakersViaAndQuotes(text)).toEqual([
      [
        'text:levan-ioseliani',
        undefined,
        'several Georgians, two of them drivers, were still held at the border',
      ],
    ]);
  });

  it('given "<Lead>, said <speaker>, <rest>" with a clause as the lead, the speaker after the verb still speaks', () => {
    const text = 'The road to the border, said the governor, will reopen on Friday.';
    expect(speakersViaAndQuotes(text).map(([speaker]) => speaker)).toEqual(['text:governor']);
  });
});

describe('"caution that" reports words; "caution against" does not', () => {
  it('given "Analysts caution that <clause>", the analysts said the clause', () => {
    expect(speakersViaAndQuotes('Analysts caution that the truce may not survive the winter.')).toEqual([
      ['text:analysts', undefined, 'the truce may not survive the winter'],
    ]);
  });

  it('given "cautioned against <deed>", no statement', () => {
    expect(speakersViaAndQuotes('The ministry cautioned against travel to the border districts.')).toEqual(
      [],
    );
  });
});

describe('"…, adding that …" opens the same speaker’s second saying, never a subject', () => {
  it('given "X said A, adding that he had written to Y to ask for B", two statements of X', () => {
    const text =
      'Senator Maria Delgado said the closure was a disgrace, adding that she had written to the secretary to ask for more pressure on Baku.';
    expect(speakersViaAndQuotes(text)).toEqual([
      ['text:maria-delgado', undefined, 'the closure was a disgrace'],
      ['text:maria-delgado', undefined, 'she had written to the secretary to ask for more pressure on Baku'],
    ]);
  });
});
