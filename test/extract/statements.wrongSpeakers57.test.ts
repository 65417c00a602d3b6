import { describe, expect, it } from 'vitest';
import { speakerQuoteLines } from './statements.helpers.ts';

describe('"recalled" and "explained" with a thing as object report no words', () => {
  it.each([
    'Envoy called home\n\nGeorgia recalled its ambassador to Peru for consultations on Monday.',
    'Memorial\n\nAt the unveiling, the mayor recalled the victims of the flood.',
    'Summit\n\nThe presidential office explained the decision on Tuesday evening.',
  ])('%s', (text) => {
    expect(speakerQuoteLines(text)).toEqual([]);
  });

  it.each([
    [
      'Memorial\n\nLena Moretti recalled that the river rose within an hour.',
      'text:lena-moretti: the river rose within an hour',
    ],
    [
      'Memorial\n\nLena Moretti recalled the bridge had been closed for a week.',
      'text:lena-moretti: the bridge had been closed for a week',
    ],
    [
      'Summit\n\nLena Moretti explained the delay was caused by the storm.',
      'text:lena-moretti: the delay was caused by the storm',
    ],
  ])('a clause after them is still what was said: %s', (text, want) => {
    expect(speakerQuoteLines(text)).toEqual([want]);
  });
});

describe('"…, X said Friday, in what Y called "…"" is a trailing attribution', () => {
  it("the clause before it is what X said, and the quoted naming is Y's", () => {
    const text =
      'Water\n\nArmenia and Azerbaijan have agreed on rules for a joint water commission, the two governments ' +
      'said Friday, in what Baku described as "a practical step" toward peace.';
    expect(speakerQuoteLines(text)).toEqual([
      'gov-armenia: Armenia and Azerbaijan have agreed on rules for a joint water commission',
      'gov-azerbaijan: Armenia and Azerbaijan have agreed on rules for a joint water commission',
      'gov-azerbaijan: a practical step',
    ]);
  });

  it('with one speaker', () => {
    const text =
      'Strike\n\nMore than 80,000 workers have walked out, union officials said Thursday, in what the ' +
      'press called "the largest strike in decades".';
    expect(speakerQuoteLines(text)[0]).toBe('text:union-officials: More than 80,000 workers have walked out');
  });
});

describe('"according to a joint statement by the two governments" is each government\'s', () => {
  it('one statement per member, as "the two governments said" is', () => {
    const text =
      'Water\n\nArmenia and Azerbaijan met on Monday. The talks were held in Tbilisi by two deputy ministers, ' +
      'according to a joint statement by the two governments.';
    expect(speakerQuoteLines(text)).toEqual([
      'gov-armenia: The talks were held in Tbilisi by two deputy ministers',
      'gov-azerbaijan: The talks were held in Tbilisi by two deputy ministers',
    ]);
  });
});
