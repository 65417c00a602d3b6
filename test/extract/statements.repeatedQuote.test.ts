import { describe, expect, it } from 'vitest';
import { saidInPiece as said } from './statements.helpers.ts';

describe('a quote repeated right after it was said is not more of what was said', () => {
  it('a pull quote set after the quote it repeats', () => {
    const text =
      '“The road through the corridor has to stay open for food and medicine,” Anna Berling said on Monday.\n\n' +
      '“The road through the corridor has to stay open for food and medicine.”\n\n' +
      'The council meets again next week.';
    expect(said(text)).toEqual([
      'Anna Berling: The road through the corridor has to stay open for food and medicine,',
    ]);
  });

  it('an embedded post giving both pieces again in one quote', () => {
    const text =
      '“We asked for the lists twice,” the envoy said. “Nobody has answered us yet, and the families are waiting.”\n\n' +
      '“We asked for the lists twice. Nobody has answered us yet, and the families are waiting.”';
    expect(said(text)).toEqual([
      'the envoy: We asked for the lists twice, … Nobody has answered us yet, and the families are waiting.',
    ]);
  });

  it('a new quote after the first one still goes on with it', () => {
    const text =
      '“The road has to stay open,” Anna Berling said on Monday.\n\n“Families cannot wait for another week of talks.”';
    expect(said(text)).toEqual([
      'Anna Berling: The road has to stay open, … Families cannot wait for another week of talks.',
    ]);
  });
});
