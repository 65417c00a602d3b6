import { describe, expect, it } from 'vitest';
import { speakersAndQuotes } from './statements.helpers.ts';

/**
 * The progressive of a verb of saying ("is confirming that …", "He’s stressing that …") reads the
 * lexicon's participles of saying, less those whose progressive mostly takes an object ("was
 * admitting patients", "was adding troops").
 */

describe('"is confirming that …", "are alleging that …": the subject is saying it', () => {
  it('"the ministry is confirming that …"', () => {
    expect(
      speakersAndQuotes('The foreign ministry is confirming that the aid trucks reached the town on Sunday.'),
    ).toEqual([['text:foreign-ministry', 'the aid trucks reached the town on Sunday']]);
  });

  it('"officials are alleging that …"', () => {
    expect(
      speakersAndQuotes('Officials are alleging that the ballot boxes were moved before the count.'),
    ).toEqual([['text:officials', 'the ballot boxes were moved before the count']]);
  });

  it('"He’s stressing that …" after the contracted "is"', () => {
    expect(
      speakersAndQuotes(
        'Nikol Pashinyan spoke in Gyumri on Friday. He’s stressing that the border talks must go on.',
      ),
    ).toEqual([['pashinyan', 'the border talks must go on']]);
  });
});

describe('a progressive that takes an object is no saying', () => {
  it('"the hospital was admitting patients" says nothing', () => {
    expect(
      speakersAndQuotes('The regional hospital was admitting patients from the border villages all night.'),
    ).toEqual([]);
  });
});
