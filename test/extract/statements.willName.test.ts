import { describe, expect, it } from 'vitest';
import { speakersMentionsAndQuotes } from './statements.helpers.ts';

describe('"Will" before a surname is a first name', () => {
  it('an inverted "said Will Doyle" names him', () => {
    expect(
      speakersMentionsAndQuotes('“The talks are stuck,” said Will Doyle, a researcher in Tbilisi.').map(
        (s) => s[1],
      ),
    ).toEqual(['Will Doyle']);
  });

  it('a role before "Will Rogers" stays his role', () => {
    expect(
      speakersMentionsAndQuotes(
        'Regional party chairman Will Rogers said the visit would draw attention.',
      ).map((s) => s[0]),
    ).toEqual(['text:will-rogers']);
  });
});
