import { describe, expect, it } from 'vitest';
import { kindSaidInPiece as said } from './statements.helpers.ts';

describe('a participle set off after the verb of saying tells how, not what', () => {
  it('"X said, clutching the lectern with both hands." reports no words', () => {
    expect(
      said(
        'Governor opens session\n\nThe session opened an hour late in Stepanakert. The chamber fell silent. ' +
          'Governor Lena Avetyan said, clutching the lectern with both hands. Then the vote began.\n',
      ),
    ).toEqual([]);
  });

  it('"X remarked, alluding to …" (agency style) reports no words', () => {
    expect(
      said(
        'BAKU, March 3. The delegation arrived on Monday.\n\n' +
          'The envoy was asked about the film. Ambassador Karim Rahimov remarked, alluding to the ' +
          'director’s latest picture about the war.\n',
      ),
    ).toEqual([]);
  });

  it('a participle of saying after the comma still introduces what was said', () => {
    expect(
      said(
        'Border talks stall\n\nThe talks stalled again on Friday. Deputy Minister Aram Sarkissian said, ' +
          'adding that the crossing would stay shut until spring.\n',
      ),
    ).toEqual(['reported: Deputy Minister Aram Sarkissian | the crossing would stay shut until spring']);
  });

  it('a gerund that opens a clause after "said" with no comma is still what was said', () => {
    expect(
      said(
        'Reconstruction\n\nThe mayor of Lachin, Nune Hakobyan, said rebuilding the school would take two years.\n',
      ),
    ).toEqual(['reported: Nune Hakobyan | rebuilding the school would take two years']);
  });
});
