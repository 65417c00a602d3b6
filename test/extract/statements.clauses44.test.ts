import { describe, expect, it } from 'vitest';
import { speakersAndQuotes } from './statements.helpers.ts';

describe('attributions inside other clauses', () => {
  it('"…: according to X, …" → X says the clause after the colon, not the writer\'s clause before it', () => {
    const text =
      'By nightfall the army had raised the toll: according to the ministry, at least 90 soldiers were dead.';
    expect(speakersAndQuotes(text)).toEqual([['text:ministry', 'at least 90 soldiers were dead']]);
  });

  it('"Name, whose …, wrote that …" → the name before the whose-relative speaks', () => {
    const text =
      'Karel Novak, whose country holds the rotating presidency of the bloc, wrote on Twitter that the attacks must stop.';
    expect(speakersAndQuotes(text)).toEqual([['text:karel-novak', 'the attacks must stop']]);
  });
});

describe('a saying verb inside a relative clause', () => {
  it('"…, which Novak\'s critics say he gave away" → the critics say the clause from its pronoun', () => {
    const text = "The deal does not settle the status of the hills, which Novak's critics say he gave away.";
    expect(speakersAndQuotes(text)).toEqual([['text:critics', 'he gave away']]);
  });

  it('"a law that critics say is aimed at …" → a plural subject with the bare verb says the predicate', () => {
    const text = 'Parliament passed a law that critics say is aimed at the press.';
    expect(speakersAndQuotes(text)).toEqual([['text:critics', 'is aimed at the press']]);
  });
});

describe('"the ministry" after a colon points back to the body its sentence named', () => {
  it('"the Armenian Ministry of Defence had raised the toll: according to the ministry, …" → that ministry', () => {
    const text =
      'By the evening the Armenian Ministry of Defence had raised the toll: according to the ministry, at least 105 servicemen were dead.';
    expect(speakersAndQuotes(text)).toEqual([['mod-armenia', 'at least 105 servicemen were dead']]);
  });
});
