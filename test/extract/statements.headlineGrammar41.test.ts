import { describe, expect, it } from 'vitest';
import { headingStatements } from './statements.helpers.ts';

/** The statements read from the lines above a document's body: speaker and words. */
const readHeading = (text: string, at = '2024-01-01') => headingStatements(text, at);

const BYLINE = 'By Staff Writer\nPublished 14 March 2023\n\n';
const BODY = 'Shelling resumed on Tuesday near the border village, local residents told reporters.\n';
const PM_BODY =
  'Prime Minister Nikol Pashinyan spoke to members of parliament in Yerevan on Tuesday.\n\n' +
  '"Our position has not changed," he told them.\n';

function headed(headline: string, body = BODY): string {
  return `World\n\n${headline}\n\n${BYLINE}${body}`;
}

describe('headline grammar: a bare verb after a subject noun phrase makes the words a clause', () => {
  it('a compound subject and a verb in -s the tagger reads as a plural noun ("blast wounds")', () => {
    expect(readHeading(headed('Azerbaijan says road blast wounds three deminers near Aghdam'))).toEqual([
      ['gov-azerbaijan', 'road blast wounds three deminers near Aghdam'],
    ]);
  });

  it('a subject opened by a number ("4,000 families face …")', () => {
    expect(readHeading(headed('Armenia says 4,000 families face a winter without gas'))).toEqual([
      ['gov-armenia', '4,000 families face a winter without gas'],
    ]);
  });

  it('a subject with its modifier and a verb of change to a figure, told to an audience', () => {
    expect(
      readHeading(headed('Toll in the border shelling climbs to 49, Pashinyan tells parliament', PM_BODY)),
    ).toEqual([['pashinyan', 'Toll in the border shelling climbs to 49']]);
  });

  it('"Name says" with no clause after it is no statement ("says goodbye to …")', () => {
    expect(readHeading(headed('Armenia says goodbye to its last border guards'))).toEqual([]);
  });
});

describe('a "Name says" clause after a topic label and its colon', () => {
  it('"Topic: Capital says "words"": the capital is its government; the words are in the marks', () => {
    expect(
      readHeading(headed('Shelling on the northern border: Ankara says "we stand with our allies"')),
    ).toEqual([['gov-turkey', 'we stand with our allies']]);
  });

  it('two countries that report a quoted word: each speaks, the words start inside the marks', () => {
    expect(
      readHeading(headed('Talks in Geneva: Armenia and Azerbaijan report "real progress" on the treaty')),
    ).toEqual([
      ['gov-armenia', 'real progress" on the treaty'],
      ['gov-azerbaijan', 'real progress" on the treaty'],
    ]);
  });

  it('a noun "report" before a preposition is no verb of saying', () => {
    expect(
      readHeading(
        headed('"We left with nothing": UNHCR report on the health of people displaced from the region'),
      ),
    ).toEqual([]);
  });
});

describe('where a heading statement’s words start', () => {
  it('after the "that" of a verb of saying ("The Kremlin confirmed that …")', () => {
    expect(readHeading(headed('The Kremlin confirmed that the convoy has left the region', PM_BODY))).toEqual(
      [['kremlin', 'the convoy has left the region']],
    );
  });
});
