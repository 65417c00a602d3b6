import { describe, expect, it } from 'vitest';
import { speakersMentionsAndQuotes } from './statements.helpers.ts';

const ids = (text: string) => speakersMentionsAndQuotes(text).map(([id]) => id);

describe('a document named as the speaker, its author not found', () => {
  it('"the protocol signed by the two envoys says": no statement of "protocol"', () => {
    const text =
      'The two envoys met in Tbilisi on Monday. According to the protocol signed by Lindqvist and Ferreira, the first markers will be placed in May.';
    expect(ids(text)).not.toContain('text:protocol');
  });

  it('"a statement released by the office of the coordinator": no statement of "statement"', () => {
    const text =
      'The team "saw no damage to the bridge," according to a statement released by the office of the relief coordinator in Tbilisi.';
    expect(ids(text)).not.toContain('text:statement');
  });

  it('a decree is named as the text names it', () => {
    const text = 'The decree says the council "shall cease to exist" on 1 January.';
    expect(ids(text)).toContain('text:decree');
  });
});
