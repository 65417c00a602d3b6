import { describe, expect, it } from 'vitest';
import { headingStatements } from './statements.helpers.ts';

/** The statements read from the lines above a document's body: speaker and words. */
const readHeading = (text: string, at = '2024-04-21') => headingStatements(text, at);

function headed(headline: string, deck: string, body: string): string {
  return `World\n\n${headline}\n\n${deck}\n\nBy Staff Writer\nPublished 20 April 2024\n\n${body}\n`;
}

describe('the ombudsman of a heading is the body\'s "Human Rights Defender"', () => {
  const body =
    'Yerevan, April 19.\n\n' +
    'Human Rights Defender of Armenia Arman Tatoyan said on Friday that at least 40 Armenian captives were still held in Baku.\n\n' +
    '"Every day of waiting is a violation," Tatoyan said.';

  it('"Ombudsman: …" above a body that quotes the Human Rights Defender', () => {
    expect(
      readHeading(headed('Ombudsman: Baku still holds at least 40 Armenian captives', 'Rights', body)),
    ).toContainEqual(['tatoyan', 'Baku still holds at least 40 Armenian captives']);
  });
});

describe('a heading that describes its speaker speaks for the one person the body names so', () => {
  it('"Armenian archbishop leading protests says …": the body quotes one archbishop, on the same subject', () => {
    const body =
      'Thousands marched in Yerevan on Saturday.\n\n' +
      'Archbishop Tigran Harutyunyan told the crowd that Pashinyan had "one day" to leave office.\n\n' +
      'Police said 20 people were detained.';
    expect(
      readHeading(
        headed(
          'Protest grows in Yerevan',
          'Armenian archbishop leading protests says Pashinyan must resign',
          body,
        ),
      ),
    ).toContainEqual(['text:tigran-harutyunyan', 'Pashinyan must resign']);
  });

  it('"Leeds baker with family in the region says … "a closed door"": the one body quote of those words', () => {
    const body =
      'The mission left on Friday.\n\n' +
      'Levon Hakobyan, who runs a bakery in Leeds, said the news was "a closed door" for his family.\n\n' +
      '"We hoped to go back," he said.';
    expect(
      readHeading(
        headed(
          'Mission ends',
          'Leeds baker with family in the region says the news is "a closed door"',
          body,
        ),
      ),
    ).toContainEqual(['text:levon-hakobyan', 'the news is "a closed door"']);
  });

  it('"The President of the European Council says …": the body gives his role in those words', () => {
    const body =
      'Leaders met in Brussels on Sunday.\n\n' +
      'European Council President Charles Michel said the two leaders were ready to meet again in July.';
    expect(
      readHeading(
        headed(
          'Talks in Brussels',
          'The President of the European Council says he sees progress on both sides',
          body,
        ),
        '2023-05-15',
      ),
    ).toContainEqual(['michel', 'he sees progress on both sides']);
  });

  it('two archbishops in the body leave the heading unattributed', () => {
    const body =
      'Archbishop Tigran Harutyunyan said Pashinyan had "one day" to leave office.\n\n' +
      'Archbishop Aram Sargsyan said Pashinyan must go.';
    expect(
      readHeading(headed('Protest grows', 'Armenian archbishop says Pashinyan must resign', body)),
    ).toEqual([]);
  });

  it("an archbishop the body quotes on something else is not the heading's", () => {
    const body =
      'Archbishop Tigran Harutyunyan said the church would open its doors to refugees.\n\n' +
      'Police said 20 people were detained.';
    expect(
      readHeading(headed('Protest grows', 'Armenian archbishop says Pashinyan must resign', body)),
    ).toEqual([]);
  });

  it("a former minister is not the body's minister", () => {
    const body = 'Foreign Minister Ararat Mirzoyan said the talks would resume in May.';
    expect(
      readHeading(headed('Talks', 'Former foreign minister says the talks will resume in May', body)),
    ).toEqual([]);
  });
});

describe('a surname label reaches the body speaker of that surname', () => {
  it('"… - Grigoryan" over a body that quotes Mher Grigoryan, not the gazetteer\'s Armen Grigoryan', () => {
    const body =
      'Yerevan, April 20.\n\n' +
      'Armenian Deputy Prime Minister Mher Grigoryan said the commissions had agreed the first stretch of the border.\n\n' +
      '"This is a first step," Grigoryan said.';
    expect(
      readHeading(
        headed('Commissions agree first stretch of border in Tavush - Grigoryan', 'Politics', body),
      ),
    ).toContainEqual(['text:mher-grigoryan', 'Commissions agree first stretch of border in Tavush']);
  });

  it("\"…; Cohen: '…'; Tehran says …\": the label's item ends at the semicolon", () => {
    const body =
      'The embassy opened on Wednesday.\n\n' +
      'Israeli Foreign Minister Eli Cohen said the two countries share "a common concern" about Iran.';
    expect(
      readHeading(
        headed(
          'Embassy opens',
          "Ministers open the embassy; Cohen: 'Iran is our common concern'; Tehran says move is a provocation",
          body,
        ),
        '2023-03-30',
      ),
    ).toContainEqual(['text:eli-cohen', 'Iran is our common concern']);
  });

  it('"Topic: words, says Commissioner Name": the title before the surname, the words after the topic', () => {
    const body =
      'Strasbourg, 19 March.\n\n' +
      '"Families cannot wait any longer," said Council of Europe Commissioner Dunja Mijatović.';
    expect(
      readHeading(
        headed(
          'Armenia and Azerbaijan: the fate of missing persons must be a priority, says Commissioner Mijatović',
          'Rights',
          body,
        ),
        '2021-03-20',
      ),
    ).toContainEqual(['text:dunja-mijatovic', 'the fate of missing persons must be a priority']);
  });
});

describe('prose decks read as the body reads such sentences', () => {
  it('"…, UNICEF warns": an acronym the body spells too is the body it stands for', () => {
    const body = 'Geneva, 29 September.\n\nUNICEF Executive Director Jane Doe visited Goris on Friday.';
    expect(
      readHeading(headed('Children make up a third of those fleeing, UNICEF warns', 'Press release', body)),
    ).toContainEqual(['text:unicef', 'Children make up a third of those fleeing']);
  });

  it('"…, FO says as fighting enters fifth day": the clause after "as" is no one\'s words', () => {
    const body =
      'Islamabad, 1 October.\n\nThe Foreign Office (FO) spokesperson Ali Khan said Pakistan was concerned.';
    expect(
      readHeading(
        headed('Pakistan stands with Azerbaijan, FO says as fighting enters fifth day', 'World', body),
        '2020-10-01',
      ),
    ).toEqual([['text:fo', 'Pakistan stands with Azerbaijan']]);
  });

  it('"X announced that …. Ankara: "…"": a that-clause, cut before the next label', () => {
    const body =
      'Barda, 28 October.\n\n' +
      "Azerbaijan's Prosecutor General's Office said that 70 people were wounded in the strike on the city centre.";
    expect(
      readHeading(
        headed(
          'Missiles hit Barda',
          'Azerbaijan\'s Prosecutor General\'s Office announced that 70 people were wounded in the city centre. Ankara: "Those responsible will answer"',
          body,
        ),
        '2020-10-28',
      ),
    ).toContainEqual(['prosecutor-general-azerbaijan', '70 people were wounded in the city centre']);
  });
});
