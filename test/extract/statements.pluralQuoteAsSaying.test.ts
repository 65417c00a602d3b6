import { describe, expect, it } from 'vitest';
import { speakersMentionsAndQuotes } from './statements.helpers.ts';

describe('a plural medium that quotes someone as saying', () => {
  it('"Armenian media quote X as saying that …": X said the clause', () => {
    const text =
      'The commissions met in Yerevan.\n\nArmenian media quote Ararat Petrosyan as saying that the regulation "sets the rules" for the talks.';
    expect(speakersMentionsAndQuotes(text)).toContainEqual([
      'text:ararat-petrosyan',
      'Ararat Petrosyan',
      'the regulation "sets the rules" for the talks',
    ]);
  });

  it('"Local outlets cite X as saying …": X said it, the outlets only carried it', () => {
    const text = 'Local outlets cite Ararat Petrosyan as saying the road would reopen on Monday.';
    expect(speakersMentionsAndQuotes(text).map(([id]) => id)).toEqual(['text:ararat-petrosyan']);
  });
});
