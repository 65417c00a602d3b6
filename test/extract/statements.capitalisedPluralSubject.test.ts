import { describe, expect, it } from 'vitest';
import { saidInPiece } from './statements.helpers.ts';

const said = (text: string) => saidInPiece(`Talks resumed on Monday. ${text}`);

describe('a plural that opens its sentence, then a participle, is the people who spoke', () => {
  it('"Economists interviewed by the paper say that …": the economists speak', () => {
    expect(said('Economists interviewed by the paper say that the border deal will hold.')).toEqual([
      'Economists interviewed by the paper: the border deal will hold',
    ]);
  });

  it('"Farmers surveyed by the agency said …": the farmers speak, not the agency', () => {
    expect(said('Farmers surveyed by the agency said the harvest had been lost.')).toEqual([
      'Farmers surveyed by the agency: the harvest had been lost',
    ]);
  });

  it('a clause with an object after the past form is still no speaker', () => {
    expect(said('Villagers reached the ridge at dawn.')).toEqual([]);
  });
});
