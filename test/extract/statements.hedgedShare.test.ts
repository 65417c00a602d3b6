import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** Given a sentence: who speaks (as an id) and what they said. */
function said(text: string): { speaker: string; quote: string }[] {
  return extractFrom(text).map((s) => ({
    speaker: s.speaker.id,
    quote: text.slice(s.quote.start, s.quote.end),
  }));
}

describe('"said about half …": "about" before a share hedges what was said, as before a count', () => {
  it('a share after "said about" opens the content', () => {
    expect(said('Mayor Tom Beale said about half of the town had fled.')).toEqual([
      { speaker: 'text:tom-beale', quote: 'about half of the town had fled' },
    ]);
    expect(said('Governor Lena Hovik said about a third of the harvest was lost.')).toEqual([
      { speaker: 'text:lena-hovik', quote: 'about a third of the harvest was lost' },
    ]);
    expect(said('Mayor Tom Beale said about two-thirds of the wells were dry.')).toEqual([
      { speaker: 'text:tom-beale', quote: 'about two-thirds of the wells were dry' },
    ]);
  });

  it('"said about" before anything else still names a topic, not words said', () => {
    expect(said('Mayor Tom Beale said about the ferry that it was late.')).toEqual([]);
  });
});
