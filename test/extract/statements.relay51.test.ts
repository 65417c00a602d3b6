import { describe, expect, it } from 'vitest';
import { speakersViaAndQuotes } from './statements.helpers.ts';

/** Session 51, relayed principals (relay51). */
describe('a second that-clause of a relay names a principal of its own (CONVENTIONS 12, 14)', () => {
  it('given "<spokeswoman> said A had spoken with B and that B had promised that …", B promised it', () => {
    const text =
      'Prime Minister Nikol Pashinyan thanked the mediators on Monday. His spokeswoman, Mane Gevorgyan, said Pashinyan had spoken by telephone with Russian President Vladimir Putin on Sunday and that Putin had promised that Moscow would help find the missing.';
    expect(speakersViaAndQuotes(text)).toEqual([
      [
        'mane-gevorgyan',
        undefined,
        'Pashinyan had spoken by telephone with Russian President Vladimir Putin on Sunday and that Putin had promised that Moscow would help find the missing',
      ],
      ['putin', 'mane-gevorgyan', 'Moscow would help find the missing'],
    ]);
  });

  it('given a second that-clause whose subject only acted, no second principal', () => {
    const text =
      'A spokeswoman, Mane Gevorgyan, said the talks had ended and that Putin had flown home on Sunday.';
    expect(speakersViaAndQuotes(text).map(([who]) => who)).toEqual(['mane-gevorgyan']);
  });
});
