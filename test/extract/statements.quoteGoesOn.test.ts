import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const who = (text: string) =>
  extractFrom(text).map((s) => [s.speaker.id, s.mention, text.slice(s.quote.start, s.quote.end)]);

describe('a quote whose sentence goes on before its attribution', () => {
  it('"“…” about the decision, said X": X said the quote', () => {
    expect(
      who('“We are relieved” about the reopening of the road, said Ani Hovsepyan, a nurse in Goris.'),
    ).toEqual([['text:ani-hovsepyan', 'Ani Hovsepyan', 'We are relieved']]);
  });

  it('"“…” for the mission, X said": the speaker before the verb', () => {
    expect(
      who('“This will be a hard winter” for the mission, Petrosyan said.').map((s) => s.slice(1)),
    ).toEqual([['Petrosyan', 'This will be a hard winter']]);
  });

  it('a clause after the quote goes on with it too', () => {
    expect(
      who('“It seems very unlikely” that the border will open soon, said Lena Marr, a policy analyst.').map(
        (s) => s[1],
      ),
    ).toEqual(['Lena Marr']);
  });

  it('a quote that is the subject of its sentence was said by no one', () => {
    expect(
      who('“Peace now” was painted on every banner at the rally, organisers said.').map((s) => s[2]),
    ).toEqual(['“Peace now” was painted on every banner at the rally']);
  });
});
