import { describe, expect, it } from 'vitest';
import { speakersMentionsAndQuotes } from './statements.helpers.ts';

describe('a quote whose sentence goes on before its attribution', () => {
  it('"“…” about the decision, said X": X said the quote', () => {
    expect(
      speakersMentionsAndQuotes(
        '“We are relieved” about the reopening of the road, said Ani Hovsepyan, a nurse in Goris.',
      ),
    ).toEqual([['text:ani-hovsepyan', 'Ani Hovsepyan', 'We are relieved']]);
  });

  it('"“…” for the mission, X said": the speaker before the verb', () => {
    expect(
      speakersMentionsAndQuotes('“This will be a hard winter” for the mission, Petrosyan said.').map((s) =>
        s.slice(1),
      ),
    ).toEqual([['Petrosyan', 'This will be a hard winter']]);
  });

  it('a clause after the quote goes on with it too', () => {
    expect(
      speakersMentionsAndQuotes(
        '“It seems very unlikely” that the border will open soon, said Lena Marr, a policy analyst.',
      ).map((s) => s[1]),
    ).toEqual(['Lena Marr']);
  });

  it('a quote that is the subject of its sentence was said by no one', () => {
    expect(
      speakersMentionsAndQuotes('“Peace now” was painted on every banner at the rally, organisers said.').map(
        (s) => s[2],
      ),
    ).toEqual(['“Peace now” was painted on every banner at the rally']);
  });
});
