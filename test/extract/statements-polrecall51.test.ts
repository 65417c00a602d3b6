import { describe, expect, it } from 'vitest';
import { speakersMentionsAndQuotes } from './statements.helpers.ts';

describe('a subject set off before "said" is no clause said with the speaker inverted after the verb', () => {
  it.each([
    [
      'Davit Melkonyan of Goris, a farmer who has lost two sons in the war, said the village needed a road.',
      'text:davit-melkonyan',
      'the village needed a road',
    ],
    [
      'Anna Petrosyan, the teacher whose school was shelled last week, said the pupils deserved better.',
      'text:anna-petrosyan',
      'the pupils deserved better',
    ],
  ])('given a name, its appositive and the appositive’s relative clause: %s', (text, speaker, quote) => {
    const found = speakersMentionsAndQuotes(text);
    expect(found.map(([id, , q]) => [id, q])).toEqual([[speaker, quote]]);
  });

  it('given a name and a connective set off by commas ("for example"), the name speaks', () => {
    const text =
      'Local council chairman Aram Grigoryan, for example, said the convoy of trucks would likely arrive in Goris by Friday.';
    const found = speakersMentionsAndQuotes(text);
    expect(found.map(([id, , q]) => [id, q])).toEqual([
      ['text:aram-grigoryan', 'the convoy of trucks would likely arrive in Goris by Friday'],
    ]);
  });

  it('a clause said before the comma still takes its speaker inverted after the verb', () => {
    const text = 'The talks will resume next week, said Hayk Vardanyan, a member of the delegation.';
    const found = speakersMentionsAndQuotes(text);
    expect(found.map(([id, , q]) => [id, q])).toEqual([
      ['text:hayk-vardanyan', 'The talks will resume next week'],
    ]);
  });
});
