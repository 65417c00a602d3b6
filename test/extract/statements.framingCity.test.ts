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
    ).toEqual(['text:local-officials: the strike had hit a school']);
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

describe('a source named after the words it gave is who a later class noun points back to', () => {
  it('"That was what the region\'s health ministry stated. According to the ministry, …" is one body', () => {
    expect(
      speakerQuoteLines(
        "Blast\n\n26 September 2023\n\nAt least 68 people have been killed by an explosion at a fuel depot near Stepanakert. That was what the region's health ministry stated on Tuesday morning.\n\nAccording to the ministry, 105 people are still missing.",
      ),
    ).toEqual([
      'karabakh-authorities: At least 68 people have been killed by an explosion at a fuel depot near Stepanakert',
      'karabakh-authorities: 105 people are still missing',
    ]);
  });

  it('"the commission" after its press service spoke is the commission, not the press service', () => {
    expect(
      speakerQuoteLines(
        'Markers\n\n16 May 2024\n\nThe installation of border markers has begun near the village. This was reported by the press service of the State Commission on border delimitation.\n\nThe commission noted that the coordinates had been agreed.',
      ),
    ).toEqual([
      'text:state-commission-press-service: The installation of border markers has begun near the village',
      'text:state-commission: the coordinates had been agreed',
    ]);
  });
});
