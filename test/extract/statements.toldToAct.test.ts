import { describe, expect, it } from 'vitest';
import { saidInPiece as said } from './statements.helpers.ts';

describe('who was told, then what they are to do, is an order: no words reported', () => {
  it.each([
    'Governor Lena Moreno told residents to leave.',
    'Governor Lena Moreno told the villagers in the valley not to return.',
    'Governor Lena Moreno told drivers there to turn back.',
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });

  it('an order after a first saying ends its words and says none of its own', () => {
    expect(
      said(
        'The rebel commander, Tomas Vey, said his men would hold the ridge, and he told civilians there to leave.',
      ),
    ).toEqual(['Tomas Vey: his men would hold the ridge']);
    expect(said('Governor Lena Moreno said the pass was shut, telling drivers to turn back.')).toEqual([
      'Governor Lena Moreno: the pass was shut',
    ]);
  });

  it.each([
    ['Lena Moreno told Reuters she planned to stay neutral.', 'Lena Moreno: she planned to stay neutral'],
    [
      'Lena Moreno told reporters the plan to build a road was dead.',
      'Lena Moreno: the plan to build a road was dead',
    ],
    [
      'Lena Moreno said the pass was shut, and told drivers there was no way through.',
      'Lena Moreno: the pass was shut',
    ],
  ])('a clause after who was told is still content: %s', (text, want) => {
    expect(said(text)).toContain(want);
  });
});
