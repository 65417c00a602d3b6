import { describe, expect, it } from 'vitest';
import { saidInPiece as said } from './statements.helpers.ts';

describe('"claimed" a thing won or owned up to reports no words', () => {
  it.each([
    'Meanwhile, Moreno claimed the prize for exceeding expectations.',
    'Moreno won the Syunik primary, claiming his third victory of the month.',
    'The group claimed responsibility for the attack on the depot.',
    'The governor officially claimed the nomination on Tuesday.',
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });

  it.each([
    ['Moreno claimed the win was stolen by the governor.', 'Moreno: the win was stolen by the governor'],
    ['Moreno claimed victory on Sunday night, saying the vote was fair.', 'Moreno: the vote was fair'],
    ['Moreno won the Syunik primary, claiming that the vote was fair.', 'Moreno: the vote was fair'],
  ])('a claim that is a clause is content: %s', (text, want) => {
    expect(said(text)).toEqual([want]);
  });
});

describe('a person’s name alone is who spoke, never what was said', () => {
  it('a name before the comma of a trailing attribution', () => {
    expect(said('Sam Lau, the communications director for the regional party said in a statement.')).toEqual(
      [],
    );
  });

  it('a clause before the comma is still what was said', () => {
    expect(said('The convoy will leave at dawn, Anna Lindqvist said.')).toEqual([
      'Anna Lindqvist: The convoy will leave at dawn',
    ]);
  });
});
