import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/** The statement as its spans read: the first words, then each later piece after the source. */
function saidPieces(text: string): [string, string[]][] {
  return statementsOf(text).map((s) => [s.speaker, [s.quote, ...(s.continuation ?? [])]]);
}

/**
 * CONVENTIONS row AJ: a setting that opens the sentence before "according to X," is part of
 * what X vouches for, as it is before a final "…, the ministry said".
 */
describe('"according to X" after an opening setting: the content starts at the setting', () => {
  it.each([
    [
      'On Tuesday, according to the border service, two shepherds were detained near Tegh.',
      'text:border-service',
      ['On Tuesday', 'two shepherds were detained near Tegh'],
    ],
    [
      'In the village of Sotk, according to residents, the school was hit twice.',
      'text:residents',
      ['In the village of Sotk', 'the school was hit twice'],
    ],
    [
      'Since then, according to the health ministry, 40 people have died of their wounds.',
      'text:health-ministry',
      ['Since then', '40 people have died of their wounds'],
    ],
  ])('%s', (text, speaker, pieces) => {
    expect(saidPieces(text)).toEqual([[speaker, pieces]]);
  });

  it('a writer\'s reminder before the setting stays out: "Recall that in 2020, according to X, …"', () => {
    const said = saidPieces(
      'Recall that in the war of autumn 2020, according to the defence ministry, more than 3,000 soldiers died.',
    );
    expect(said.map(([, pieces]) => pieces[0])).toEqual(['in the war of autumn 2020']);
  });
});

describe('"according to X" after what is no setting: the content starts after the source', () => {
  it('a connective is the writer\'s: "However, according to X, …"', () => {
    const said = saidPieces('However, according to the defence ministry, the truce was broken within hours.');
    expect(said).toEqual([[expect.any(String), ['the truce was broken within hours']]]);
  });

  it('a clause the source interrupts after "when" is the writer\'s', () => {
    const said = saidPieces(
      'The last clash came on 13 February, when, according to the defence ministry, four soldiers were killed.',
    );
    expect(said.map(([, pieces]) => pieces)).toEqual([['four soldiers were killed']]);
  });
});

describe('"announced the deal <when>, calling it "…"": the object and its setting say no clause', () => {
  it('given a time after the object, the named words are what was said', () => {
    const said = saidPieces(
      'Prime Minister Ana Lomidze announced the agreement shortly after midnight, calling it "painful for all of us."',
    );
    expect(said).toEqual([[expect.stringContaining('lomidze'), ['painful for all of us.']]]);
  });

  it('a clause before the participle stays the saying, the name given a second one', () => {
    const said = saidPieces('Ana Lomidze announced the talks had failed, calling it "a sad day."');
    expect(said.map(([, pieces]) => pieces[0])).toEqual([
      expect.stringMatching(/^the talks had failed/),
      'a sad day.',
    ]);
  });
});

describe('"said that …, calling it "…"": the clause and the name given are two statements', () => {
  it('given a clause then a naming participle, the speaker says both', () => {
    const said = saidPieces(
      'Mayor Ana Lomidze said that the last families had left the valley, calling it "a quiet disaster."',
    );
    expect(said.map(([, pieces]) => pieces[0])).toEqual([
      expect.stringMatching(/^the last families had left the valley/),
      'a quiet disaster.',
    ]);
  });

  it('a quote inside the clause leaves the participle to the clause alone', () => {
    const said = saidPieces('Ana Lomidze said the talks were "over," calling them "a waste."');
    expect(said.map(([, pieces]) => pieces[0])).not.toContain('a waste.');
  });
});
