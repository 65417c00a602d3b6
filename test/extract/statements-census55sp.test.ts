import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const who = (text: string) =>
  extractFrom(text).map((s) => [s.speaker.id, text.slice(s.quote.start, s.quote.end)]);

describe('", a move X called “…”": the relative word dropped after an appositive noun', () => {
  it('gives the named body’s words', () => {
    const text =
      'Baku closed the road for a week, a step Armenia’s Foreign Ministry called "collective punishment".';
    expect(who(text)).toEqual([['mfa-armenia', 'collective punishment']]);
  });

  it('gives a capital’s words', () => {
    const text =
      'Paris signed new arms contracts with Yerevan, a decision Baku called "a reckless provocation".';
    expect(who(text)).toEqual([['gov-azerbaijan', 'a reckless provocation']]);
  });

  it('an adverb is no subject: "a plan widely called “…”"', () => {
    expect(who('It was a plan widely called "a disaster" by critics.')).toEqual([]);
  });
});

describe('a diplomatic rank before a name is no part of it (CONVENTIONS rule 2)', () => {
  it('"Consul A. B." and "Undersecretary C. D." are the people named', () => {
    expect(who('Consul Oyun Batbayar told reporters that every citizen was safe.')).toEqual([
      ['text:oyun-batbayar', 'every citizen was safe'],
    ]);
    expect(
      who('Foreign Affairs Undersecretary Maria Santos told reporters that the embassy was open.'),
    ).toEqual([['text:maria-santos', 'the embassy was open']]);
  });
});
