import { describe, expect, it } from 'vitest';
import { speakersMentionsAndQuotes } from './statements.helpers.ts';

describe('a saying inside a relative clause on a name', () => {
  it('"X, who said A, …": X said A, with "who" as the mention', () => {
    expect(
      speakersMentionsAndQuotes(
        'The talks were hosted by Anna Petrosyan, who said the border would open in May, and lasted an hour.',
      ),
    ).toEqual([['text:anna-petrosyan', 'who', 'the border would open in May']]);
  });

  it('"A and B Surname of Town, who said …": each of the two named says it', () => {
    expect(
      speakersMentionsAndQuotes(
        'Outside the church stood siblings Gor and Anahit Melkonian of Glendale, who said their uncle had not called since Friday.',
      ),
    ).toEqual([
      ['text:gor-melkonian', 'who', 'their uncle had not called since Friday'],
      ['text:anahit-melkonian', 'who', 'their uncle had not called since Friday'],
    ]);
  });

  it('"A and B Surname of Town said …": the home town is no part of the names', () => {
    expect(
      speakersMentionsAndQuotes(
        'Gor and Anahit Melkonian of Glendale said their uncle had not called since Friday.',
      ).map((s) => s[0]),
    ).toEqual(['text:gor-melkonian', 'text:anahit-melkonian']);
  });

  it('the main saying and the relative one are two statements', () => {
    const text = 'Ruben Arakelyan, who said he had voted for the bill, said the vote was a mistake.';
    expect(
      speakersMentionsAndQuotes(text)
        .map((s) => s[2])
        .sort(),
    ).toEqual(['he had voted for the bill', 'the vote was a mistake']);
  });

  it('an act is no saying: "who declared victory", "who announced a plan"', () => {
    expect(
      speakersMentionsAndQuotes('The vote was won by Anna Petrosyan, who declared victory on Tuesday night.'),
    ).toEqual([]);
    expect(
      speakersMentionsAndQuotes(
        'Tom Reyes, who announced a new spending plan on Monday, plans to travel to Goris.',
      ),
    ).toEqual([]);
  });

  it('"voters who said" is a share of a poll, not a name', () => {
    expect(
      speakersMentionsAndQuotes('Turnout was high among voters who said the economy mattered most.'),
    ).toEqual([]);
  });
});
