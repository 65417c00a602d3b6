import { describe, expect, it } from 'vitest';
import { saidInPiece } from './statements.helpers.ts';

const said = (text: string) => saidInPiece(`Talks resumed on Monday. ${text}`);

describe('"said … and accused X of “…”": the quoted charge is the sayer\'s words (CONVENTIONS 10, 12)', () => {
  it("given said words whose subject only suffered, the charge joined without a comma is the sayer's", () => {
    const text =
      'The Moldovan Defence Ministry said three of its guards had been killed and accused Ukraine of "a planned provocation" at the post.';
    expect(said(text)).toEqual([
      'The Moldovan Defence Ministry: three of its guards had been killed',
      'The Moldovan Defence Ministry: a planned provocation',
    ]);
  });

  it('given said words whose subject acts, "and accused" may be that subject\'s: no second saying', () => {
    const text =
      'The mayor said the farmers protested and accused the police of "brutal methods" at the gate.';
    expect(said(text).filter((s) => s.endsWith(': brutal methods'))).toEqual([]);
  });
});
