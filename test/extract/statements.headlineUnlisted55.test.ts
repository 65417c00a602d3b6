import { describe, expect, it } from 'vitest';
import { headingStatements } from './statements.helpers.ts';

/** The statements read from the lines above a document's body: speaker and words. */
const readHeading = (text: string, at = '2023-10-06') => headingStatements(text, at);

function headed(headline: string, deck: string, body: string): string {
  return `World\n\n${headline}\n\n${deck}\n\nBy Staff Writer\nPublished 5 October 2023\n\n${body}\n`;
}

describe('a headline surname the gazetteer does not know is the one person the body writes in full', () => {
  const body =
    'Leaders met in Granada on Thursday.\n\n' +
    'Giorgia Bentivegna, who arrived a few hours earlier, spoke briefly with the Armenian premier. ' +
    '"The mountains cannot be left alone," the minister told reporters.';

  it('"Bentivegna: "…"" above a body that names Giorgia Bentivegna', () => {
    expect(
      readHeading(headed('Summit opens. Bentivegna: "The mountains cannot be left alone"', 'Talks', body)),
    ).toContainEqual(['text:giorgia-bentivegna', 'The mountains cannot be left alone']);
  });

  it('no speaker when the body writes two people of that surname', () => {
    const two = `${body}\n\nHer brother Marco Bentivegna said the talks would fail.`;
    expect(
      readHeading(headed('Summit opens. Bentivegna: "The mountains cannot be left alone"', 'Talks', two)),
    ).not.toContainEqual(expect.arrayContaining(['The mountains cannot be left alone']));
  });
});

describe("\"'…,' one Leeds woman says\": a described speaker after the quote is the body's speaker of it", () => {
  const body =
    'Dozens gathered on Sunday.\n\n' +
    'Among them was Ani Sarkisova, 38, a nurse from Leeds.\n\n' +
    '"My uncle waits for bread for five hours. Some days there is none," Sarkisova said.';

  it("the one body quote that holds the heading's quoted words names her", () => {
    expect(
      readHeading(
        headed(
          'Rally for relatives',
          "'My uncle waits for bread for five hours,' one Leeds woman says",
          body,
        ),
      ),
    ).toContainEqual(['text:ani-sarkisova', 'My uncle waits for bread for five hours,']);
  });

  it('no speaker when no body quote holds the words', () => {
    expect(
      readHeading(headed('Rally for relatives', "'We are not giving up,' one Leeds woman says", body)),
    ).toEqual([]);
  });
});

describe('a headline label that is no surname stays a label', () => {
  it('"Gironde: …" over a body that writes "Solidarité Gironde" gives no speaker', () => {
    const body = 'The association Solidarité Gironde has collected four tonnes of aid in ten days.';
    expect(
      readHeading(headed('Gironde: the Armenians of Bordeaux collect aid for Karabakh', 'Aid', body)),
    ).toEqual([]);
  });
});

describe('"<State> says" for a state the gazetteer holds no government for', () => {
  const body = 'The two commissions met on Friday.\n\nThe deal was welcomed in several capitals.';

  it('"…; India says it backs …" is the Indian government, `text:india`', () => {
    expect(
      readHeading(
        headed(
          'Villages handed back',
          'Border deal signed; India says it backs "dialogue and diplomacy"',
          body,
        ),
      ),
    ).toContainEqual(['text:india', 'it backs "dialogue and diplomacy"']);
  });
});

describe('"<State> warns / urges …" takes an object, no words: no statement of an unlisted state', () => {
  it('"Iceland warns Baku, Yerevan over stray shells" gives nothing', () => {
    const body = 'Shells landed near the border on Tuesday.\n\nNo one was hurt.';
    expect(readHeading(headed('Politics', 'Iceland warns Baku, Yerevan over stray shells', body))).toEqual(
      [],
    );
  });
});

describe('"<Body> chief <Full Name> says …": the name after the words that describe him', () => {
  it('"DMAC chief Sok Vanna says …" over a body that quotes Sok Vanna', () => {
    const body =
      'Three deminers were hurt on Friday.\n\n' +
      'In Phnom Penh, Sok Vanna, director-general of the centre, said his teams were ready to help.';
    expect(
      readHeading(
        headed('Mine blast', 'DMAC chief Sok Vanna says deminers are ready to share experience', body),
      ),
    ).toContainEqual(['text:sok-vanna', 'deminers are ready to share experience']);
  });
});
