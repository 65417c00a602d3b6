import { describe, expect, it } from 'vitest';
import { speakersMentionsAndQuotes } from './statements.helpers.ts';

describe('"According to <country>\'s <role>, <Name>, …"', () => {
  it('the name apposed to the role is who spoke; the content starts after the name', () => {
    const text =
      "According to Estonia's human rights defender, Liina Kask, at least 300 people have been moved from the border villages.";
    expect(speakersMentionsAndQuotes(text)).toEqual([
      [
        'text:liina-kask',
        "Estonia's human rights defender, Liina Kask",
        'at least 300 people have been moved from the border villages',
      ],
    ]);
  });

  it('"she" in the next sentence is that person, not the office', () => {
    const text =
      "According to Estonia's human rights defender, Liina Kask, at least 300 people have been moved from the border villages. " +
      'Two civilians were hurt, she said.';
    expect(speakersMentionsAndQuotes(text).at(-1)).toEqual([
      'text:liina-kask',
      'she',
      'Two civilians were hurt',
    ]);
  });

  it('a possessive role with a minister works alike', () => {
    const text = "According to Norway's foreign minister, Erik Dahl, the talks will resume in June.";
    expect(speakersMentionsAndQuotes(text)).toEqual([
      ['text:erik-dahl', "Norway's foreign minister, Erik Dahl", 'the talks will resume in June'],
    ]);
  });
});
