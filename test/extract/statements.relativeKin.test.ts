import { describe, expect, it } from 'vitest';
import { speakersAndQuotes } from './statements.helpers.ts';

describe('"a relative" names an unnamed speaker, though the tagger reads the word as an adjective', () => {
  it.each([
    [
      'A relative of one of the missing men said the family had heard nothing since March.',
      'the family had heard nothing since March',
    ],
    [
      'A relative of the driver, who asked not to be named, told the agency that the car had been hit twice.',
      'the car had been hit twice',
    ],
    ['Another relative said the bodies had not yet been returned.', 'the bodies had not yet been returned'],
    ['"We waited at the gate all night," a relative said.', 'We waited at the gate all night,'],
  ])('%s', (text, quote) => {
    expect(speakersAndQuotes(text)).toEqual([['text:relative', quote]]);
  });

  it('the adjective stays an adjective before its noun or after a verb', () => {
    expect(speakersAndQuotes('The relative calm in the villages said little about the talks.')).toEqual([]);
    expect(speakersAndQuotes('Officials said the calm was relative.')).toEqual([
      ['text:officials', 'the calm was relative'],
    ]);
  });
});
