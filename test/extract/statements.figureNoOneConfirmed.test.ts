import { describe, expect, it } from 'vitest';
import { saidInPiece } from './statements.helpers.ts';

const said = (text: string) => saidInPiece(`Talks resumed on Monday. ${text}`);

describe('"…, a figure neither side has confirmed" is the writer\'s word on the figure, no attribution', () => {
  it("the one who gave the figure said it; the writer's note is no part of it", () => {
    expect(
      said(
        'The governor said on Friday that some 3,000 homes had been lost, a figure neither ministry has confirmed.',
      ),
    ).toEqual(['The governor: some 3,000 homes had been lost']);
  });

  it('"a number far higher than either side has acknowledged": the same', () => {
    expect(
      said(
        'Mayor Ruben Sahakyan said 400 people had fled the town, a number far higher than either government has acknowledged.',
      ),
    ).toEqual(['Mayor Ruben Sahakyan: 400 people had fled the town']);
  });

  it('a figure with no saying before it still gives no statement', () => {
    expect(said('About 3,000 homes were lost, a figure neither side has confirmed.')).toEqual([]);
  });
});
