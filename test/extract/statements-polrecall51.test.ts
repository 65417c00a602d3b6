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

describe('a participle of saying with "that": the clause after "that" is what was said', () => {
  it.each([
    [
      'The governor revised the plan in May, saying that about 5,000 residents would return by autumn.',
      'about 5,000 residents would return by autumn',
    ],
    [
      'The minister defended the budget, noting that for the first time schools in Goris would be rebuilt.',
      'for the first time schools in Goris would be rebuilt',
    ],
  ])('given a clause opening with a count or a preposition: %s', (text, quote) => {
    expect(speakersMentionsAndQuotes(text).map(([, , q]) => q)).toEqual([quote]);
  });

  it('without "that", "about" still opens a topic, not words', () => {
    const text = 'The minister spoke for an hour, saying about the border only what was already known.';
    expect(speakersMentionsAndQuotes(text)).toEqual([]);
  });
});

describe('a topic set off by a comma between the verb and the quote', () => {
  it.each([
    ['Anna Hakobyan said of the ceasefire, “It will not hold for long.”', 'It will not hold for long.'],
    [
      'Anna Hakobyan said about the talks, “Nothing has moved since spring.”',
      'Nothing has moved since spring.',
    ],
  ])('given "said of/about X, “…”", the quote is what was said: %s', (text, quote) => {
    expect(speakersMentionsAndQuotes(text)).toEqual([['text:anna-hakobyan', 'Anna Hakobyan', quote]]);
  });

  it('a topic with no quote after it still reports no words', () => {
    expect(speakersMentionsAndQuotes('Anna Hakobyan spoke of the ceasefire, and of the talks.')).toEqual([]);
  });
});
