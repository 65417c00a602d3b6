import { describe, expect, it } from 'vitest';
import { headingStatements } from './statements.helpers.ts';

/** The statements read from the lines above a document's body: speaker and words. */
const readHeading = (text: string, at = '2023-10-06') => headingStatements(text, at);

function headed(headline: string, deck: string, body: string): string {
  return `World\n\n${headline}\n\n${deck}\n\nBy Staff Writer\nPublished 5 October 2023\n\n${body}\n`;
}

describe('a heading body named by its common noun is the one body of that noun the text names', () => {
  const oneMinistry =
    'Talks on the treaty went on in Brussels on Thursday.\n\n' +
    "Armenia's Foreign Ministry said the sides had agreed on most articles of the draft.";

  it('"Foreign Ministry says …" above a body that quotes Armenia\'s Foreign Ministry', () => {
    expect(
      readHeading(headed('Treaty nearly agreed, Foreign Ministry says', 'Talks', oneMinistry)),
    ).toContainEqual(['mfa-armenia', 'Treaty nearly agreed']);
  });

  it('"Presidential Administration: …" above the Administration of the President of Azerbaijan', () => {
    const body =
      'The measures were stopped after the talks, the Administration of the President of the Republic of ' +
      'Azerbaijan announced today.';
    expect(
      readHeading(headed('Presidential Administration: local measures have been stopped', 'News', body)),
    ).toContainEqual(['azerbaijani-presidential-administration', 'local measures have been stopped']);
  });

  it('"Foreign Office says …" above a body that writes the Foreign Office by that name alone', () => {
    const body =
      'The two sides agreed to free prisoners.\n\n' +
      'At the weekly briefing in Islamabad, Foreign Office spokesperson Sana Rahim was asked about the deal.';
    expect(
      readHeading(headed('Deal reached; Foreign Office says step will build confidence', 'News', body)),
    ).toContainEqual(['text:foreign-office', 'step will build confidence']);
  });

  it('no speaker when the text names two foreign offices', () => {
    const body =
      'The two sides agreed to free prisoners, the British Foreign Office said. ' +
      'The Azerbaijani Foreign Office said the men would be home within days.';
    expect(
      readHeading(headed('Deal reached; Foreign Office says step will build confidence', 'News', body)),
    ).not.toContainEqual(expect.arrayContaining(['step will build confidence']));
  });

  it('no speaker when the body names no foreign office at all', () => {
    const body = 'The two sides agreed to free prisoners, officials in Islamabad told reporters later.';
    expect(
      readHeading(headed('Deal reached; Foreign Office says step will build confidence', 'News', body)),
    ).not.toContainEqual(expect.arrayContaining(['step will build confidence']));
  });
});

describe('"both foreign ministries say …" is a statement of each of the two bodies the text names so', () => {
  const body =
    "Armenia's Foreign Ministry said the parties had agreed on some articles.\n\n" +
    "Azerbaijan's Foreign Ministry said the talks had been useful.";

  it('the two foreign ministries the body quotes', () => {
    const read = readHeading(
      headed('Talks end', "Both foreign ministries say progress made on 'some articles'", body),
    );
    expect(read).toContainEqual(['mfa-armenia', "progress made on 'some articles'"]);
    expect(read).toContainEqual(['mfa-azerbaijan', "progress made on 'some articles'"]);
  });

  it('no speaker when the text names only one', () => {
    const one = "Armenia's Foreign Ministry said the parties had agreed on some articles.";
    expect(
      readHeading(headed('Talks end', "Both foreign ministries say progress made on 'some articles'", one)),
    ).not.toContainEqual(expect.arrayContaining(["progress made on 'some articles'"]));
  });
});

describe('"…: government" after the words is the one government the text names by that noun', () => {
  it('the Government of Armenia, named so in the lead', () => {
    const body =
      'More than 19,000 people have crossed into Armenia, the press service of the Government of Armenia said.';
    expect(readHeading(headed('Arrivals exceeded 19,000: government', 'News', body))).toContainEqual([
      'gov-armenia',
      'Arrivals exceeded 19,000',
    ]);
  });

  it('no speaker when the text names two governments so', () => {
    const body =
      'More than 19,000 people have crossed into Armenia, the Government of Armenia said. ' +
      'The Government of Azerbaijan said the roads were open.';
    expect(readHeading(headed('Arrivals exceeded 19,000: government', 'News', body))).not.toContainEqual(
      expect.arrayContaining(['Arrivals exceeded 19,000']),
    );
  });
});
