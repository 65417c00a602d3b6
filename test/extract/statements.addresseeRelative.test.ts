import { describe, expect, it } from 'vitest';
import { speakersAndQuotes } from './statements.helpers.ts';

describe('a relative clause on the one addressed is not what was said', () => {
  it('"asked X, who …, to comment": a request, no statement of the asker', () => {
    const text =
      'The Daily Courier asked historian Marta Voss, who studies the Baltic states, to comment on the vote.';
    expect(speakersAndQuotes(text)).toEqual([]);
  });

  it('"told X, who …, that …": the content starts at "that", past the relative clause', () => {
    const text = 'The minister told Ann Lee, who heads the relief fund, that the money would arrive in May.';
    expect(speakersAndQuotes(text)).toEqual([['text:minister', 'the money would arrive in May']]);
  });
});
