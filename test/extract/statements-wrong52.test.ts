import { describe, expect, it } from 'vitest';
import { saidInPiece as said } from './statements.helpers.ts';

describe('an outlet named in marks after "told" is where the words went, not the words', () => {
  it.each([
    [
      'Bern is ready to help if both sides want it, a foreign ministry spokesman told "Der Bund". The talks went on.',
      ['a foreign ministry spokesman: Bern is ready to help if both sides want it'],
    ],
    [
      'The border will stay open, the mayor told “La Stampa” on Monday.',
      ['the mayor: The border will stay open'],
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual(want);
  });

  it('a quoted phrase after "told" that is no name stays the words', () => {
    expect(said('The mayor told reporters the town was "a ghost town now".')).toEqual([
      'The mayor: the town was "a ghost town now"',
    ]);
  });
});
