import { describe, expect, it } from 'vitest';
import { speakersAndQuotes, statementsOf } from './statements.helpers.ts';

describe('a country named alone is the country, never the "surname" of a longer place name', () => {
  it('a factbox: "Soviet Azerbaijan" earlier, then "Azerbaijan says"', () => {
    const text =
      '* 1988 - The regional council, then part of Soviet Azerbaijan, votes to join Soviet Armenia.\n\n' +
      '* April 2016 - Four days of fighting. Azerbaijan says it lost 31 servicemen; Armenia says 90 of its soldiers died.';
    expect(speakersAndQuotes(text)).toEqual([
      ['gov-azerbaijan', 'it lost 31 servicemen'],
      ['gov-armenia', '90 of its soldiers died'],
    ]);
  });

  it('a broadsheet: "the former Soviet Armenia" then "Armenia said"', () => {
    const text =
      'Families who left the former Soviet Armenia in the 1990s are returning. ' +
      'Armenia said on Monday that 4,000 had come back this year.';
    expect(statementsOf(text)[0]?.speaker).toBe('gov-armenia');
  });

  it('a person is still found by surname after the full name', () => {
    const text = 'Analyst Tigran Grigoryan spoke in Yerevan. Grigoryan said the talks would stall.';
    expect(statementsOf(text)[0]?.speaker).toBe('text:tigran-grigoryan');
  });
});

describe('a state named bare is its government, not a short form of a body named with it', () => {
  it('"Canada said" after "Global Affairs Canada" is Canada', () => {
    const found = statementsOf(
      'Global Affairs Canada said in a statement that Ottawa would send $1 million in aid. ' +
        'Canada said in May it would open an embassy in Yerevan.',
    ).map((s) => s.speaker);
    expect(found).toEqual(['text:global-affairs-canada', 'text:canada']);
  });
});
