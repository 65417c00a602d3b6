import { describe, expect, it } from 'vitest';
import { speakersAndQuotes } from './statements.helpers.ts';

describe('"X called it “…,” while Y said B": two sayings, each its own speaker', () => {
  it('a ministry’s name for it, then an office with a long subject (regional outlet style)', () => {
    const text =
      'The Azerbaijani Foreign Ministry called it "a historic event," while the office of Deputy Prime ' +
      'Minister Shahin Mustafayev said experts would start work "within days."';
    expect(speakersAndQuotes(text)).toEqual([
      ['mfa-azerbaijan', 'a historic event,'],
      ['text:deputy-prime-minister-shahin-mustafayev-office', 'experts would start work "within days."'],
    ]);
  });

  it('"but" after a call, a minister with his full title second (wire style)', () => {
    const text =
      'The Kremlin calls the deal "a fragile truce," but Armenian Foreign Minister Ararat Mirzoyan said the ' +
      'border would stay open.';
    expect(speakersAndQuotes(text)).toContainEqual(['mirzoyan', 'the border would stay open']);
  });
});
