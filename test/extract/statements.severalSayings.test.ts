import { describe, expect, it } from 'vitest';
import { speakersAndQuotes } from './statements.helpers.ts';

describe('two speakers in one sentence: each their own statement, content never running into the other', () => {
  it.each([
    // Wire copy: the first saying inverted after its content.
    [
      'The road would reopen on Monday, Ruben Vardanyan said, but Hikmet Hajiyev insisted that no convoy had been blocked.',
      [
        ['vardanyan', 'The road would reopen on Monday'],
        ['hajiyev', 'no convoy had been blocked'],
      ],
    ],
    [
      'The peacekeepers would stay, Peskov said, and Zakharova added that Moscow had done everything possible.',
      [
        ['peskov', 'The peacekeepers would stay'],
        ['zakharova', 'Moscow had done everything possible'],
      ],
    ],
    [
      'Aid must reach the region, the ICRC said, whereas the Azerbaijani government said the road was open.',
      [
        ['icrc', 'Aid must reach the region'],
        ['gov-azerbaijan', 'the road was open'],
      ],
    ],
    // Agency copy: a semicolon between two unnamed sources (filed, like "another diplomat", under
    // their description: CONVENTIONS rule 5; the mention keeps "a second").
    [
      'Talks will resume in May, a diplomat said; a second diplomat said no date had been set.',
      [
        ['text:diplomat', 'Talks will resume in May'],
        ['text:diplomat', 'no date had been set'],
      ],
    ],
    // Broadsheet: a quote first, then the other side's reported answer.
    [
      '“We are ready to talk,” Pashinyan said, while Aliyev said there was nothing to discuss.',
      [
        ['pashinyan', 'We are ready to talk,'],
        ['aliyev', 'there was nothing to discuss'],
      ],
    ],
    [
      '“We are ready to talk,” Pashinyan said, but Aliyev insisted: “There is nothing to discuss.”',
      [
        ['pashinyan', 'We are ready to talk,'],
        ['aliyev', 'There is nothing to discuss.'],
      ],
    ],
    [
      '“The corridor is open,” the Azerbaijani Foreign Ministry said in a statement, while the Armenian government said the road had been blocked since December.',
      [
        ['mfa-azerbaijan', 'The corridor is open,'],
        ['gov-armenia', 'the road had been blocked since December'],
      ],
    ],
    // Subjects before their verbs, long titles and bare plurals.
    [
      'Armenian Foreign Minister Ararat Mirzoyan said the talks were useful, and Azerbaijani Foreign Minister Jeyhun Bayramov added that a deal was close.',
      [
        ['mirzoyan', 'the talks were useful'],
        ['bayramov', 'a deal was close'],
      ],
    ],
    [
      'Officials said the convoy was stopped, but residents said it never arrived.',
      [
        ['text:officials', 'the convoy was stopped'],
        ['text:residents', 'it never arrived'],
      ],
    ],
    [
      'The vote was rigged, opposition leader Anna Hakobyan said, while the electoral commission said it had found no violations.',
      [
        ['text:anna-hakobyan', 'The vote was rigged'],
        ['text:electoral-commission', 'it had found no violations'],
      ],
    ],
    // Translated copy: "while" with no comma.
    [
      'Pashinyan told parliament that the talks had failed while Hajiyev told reporters that Baku was ready.',
      [
        ['pashinyan', 'the talks had failed'],
        ['hajiyev', 'Baku was ready'],
      ],
    ],
    // The second speaker after their words too.
    [
      'Prices have tripled, one resident said, while the shops are empty, a shopkeeper added.',
      [
        ['text:resident', 'Prices have tripled'],
        ['text:shopkeeper', 'the shops are empty'],
      ],
    ],
    [
      '“The road is open,” Hajiyev said, but the shelling continued overnight, residents said.',
      [
        ['hajiyev', 'The road is open,'],
        ['text:residents', 'the shelling continued overnight'],
      ],
    ],
    // No comma: a named subject answering the first saying.
    [
      'Zakharova said Moscow had done everything possible and Peskov added that the peacekeepers would stay.',
      [
        ['zakharova', 'Moscow had done everything possible'],
        ['peskov', 'the peacekeepers would stay'],
      ],
    ],
    [
      'Baku says the road is open, while the ICRC, which has delivered aid since 2020, says trucks are blocked.',
      [
        ['gov-azerbaijan', 'the road is open'],
        ['icrc', 'trucks are blocked'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(speakersAndQuotes(text)).toEqual(expected);
  });

  it('ends the first content where a poll share says something else, even when the share names no one', () => {
    const text =
      'Most residents say they are following the talks; 31 percent of refugees say they have not been following them closely.';
    expect(speakersAndQuotes(text)[0]?.[1]).toBe('they are following the talks');
  });
});

describe('one speaker with two verbs of saying: two statements, each with its own content', () => {
  it.each([
    [
      'Ruben Vardanyan said the blockade was a crime and warned that food would run out within weeks.',
      ['the blockade was a crime', 'food would run out within weeks'],
    ],
    [
      'Mirzoyan said the meeting was useful but stressed that many issues remained unresolved.',
      ['the meeting was useful', 'many issues remained unresolved'],
    ],
    [
      'The talks failed, Pashinyan said, but he added that Armenia would not give up.',
      ['The talks failed', 'Armenia would not give up'],
    ],
  ])('%s', (text, contents) => {
    expect(speakersAndQuotes(text)).toEqual(contents.map((c) => [expect.any(String), c]));
    expect(new Set(speakersAndQuotes(text).map(([speaker]) => speaker)).size).toBe(1);
  });

  it('keeps two "that" clauses under one verb as one statement', () => {
    expect(
      speakersAndQuotes(
        'Pashinyan said that Aliyev had promised peace and that Azerbaijan would respect the border.',
      ),
    ).toEqual([['pashinyan', 'Aliyev had promised peace and that Azerbaijan would respect the border']]);
  });
});

describe('a clause after the saying that reports no one stays out of it, and splits nothing', () => {
  it.each([
    ['Pashinyan said the talks had failed, and the army withdrew from the border the next day.', 1],
    ['The checkpoint is legal, Baku says, while Yerevan calls it a violation of the ceasefire.', 1],
    ['Residents said the shelling stopped at dawn, but the roads stayed closed.', 1],
    ['Pashinyan said the leaders of Armenia and Azerbaijan said they would sign.', 1],
  ])('%s', (text, n) => {
    expect(speakersAndQuotes(text)).toHaveLength(n);
  });
});

describe('a bare noun with its own past verb after "said" is what was said, not an inverted speaker', () => {
  it.each([
    ['The ministry, however, said troops remained.', [['text:ministry', 'troops remained']]],
    [
      'Pashinyan said the army had withdrawn; the ministry, however, said troops remained.',
      [
        ['pashinyan', 'the army had withdrawn'],
        ['text:ministry', 'troops remained'],
      ],
    ],
    ['Prices are rising, said traders surveyed.', [['text:traders', 'Prices are rising']]],
  ])('%s', (text, expected) => {
    expect(speakersAndQuotes(text)).toEqual(expected);
  });
});
