import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** Given a sentence: who speaks (as an id) and what they said. */
function said(text: string): { speaker: string; quote: string }[] {
  return extractFrom(text).map((s) => ({
    speaker: s.speaker.id,
    quote: text.slice(s.quote.start, s.quote.end),
  }));
}

describe('a reckoning with its time before "that": "estimated last week that …"', () => {
  it('the time between the verb and "that" belongs to the saying', () => {
    expect(
      said('The county ombudsman, Tom Beale, estimated last week that about half the town had fled.'),
    ).toEqual([{ speaker: 'text:tom-beale', quote: 'about half the town had fled' }]);
    expect(
      said('The state relief agency estimated earlier this month that some 9,000 people had left.'),
    ).toEqual([{ speaker: 'text:state-relief-agency', quote: 'some 9,000 people had left' }]);
    expect(said('Analysts feared last year that the ferry would close.')).toEqual([
      { speaker: 'text:analysts', quote: 'the ferry would close' },
    ]);
  });

  it('the noun "fear" with a time and "that" is still no saying', () => {
    expect(said('The fear last week that the ferry would close was unfounded.')).toEqual([]);
  });
});
