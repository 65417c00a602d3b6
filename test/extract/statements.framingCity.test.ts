import { describe, expect, it } from 'vitest';
import { speakerQuoteLines } from './statements.helpers.ts';

describe("officials the sentence opens by setting in a city are that city's authorities (CONVENTIONS 4)", () => {
  it.each([
    ['In Stepanakert, Armenian officials said the strike had hit a school.', 'karabakh-authorities'],
    ['In Stepanakert, the separatists said the strike had hit a school.', 'karabakh-authorities'],
    ['In Yerevan, Armenian officials said the strike had hit a school.', 'gov-armenia'],
  ])('%s', (sentence, speaker) => {
    expect(speakerQuoteLines(`Shelling\n\n12 October 2020\n\n${sentence}`)).toEqual([
      `${speaker}: the strike had hit a school`,
    ]);
  });

  it('a city that seats no authority leaves the officials as written', () => {
    expect(
      speakerQuoteLines(
        'Shelling\n\n12 October 2020\n\nIn Goris, local officials said the strike had hit a school.',
      ),
    ).not.toContain('karabakh-authorities: the strike had hit a school');
  });
});

describe("a bare ministry set in a capital is that government's, its domain also in lower case", () => {
  it('"In Baku, the ministry of foreign affairs said" is Azerbaijan\'s Foreign Ministry', () => {
    expect(
      speakerQuoteLines(
        'Clashes\n\n14 September 2022\n\nIn Baku, the ministry of foreign affairs said the talks had stalled.',
      ),
    ).toEqual(['mfa-azerbaijan: the talks had stalled']);
  });
});
