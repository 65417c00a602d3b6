import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** Given a sentence: who speaks (as an id) and what they said. */
function said(text: string): { speaker: string; quote: string }[] {
  return extractFrom(text).map((s) => ({
    speaker: s.speaker.id,
    quote: text.slice(s.quote.start, s.quote.end),
  }));
}

describe('"For X, a historian in Oslo, …": a described person\'s view that quotes them', () => {
  it("the view is the named person's statement when it quotes their words", () => {
    expect(
      said(
        'The council meets on 3 May. For Anna Berg, a historian of Danish origin in Oslo, the vote is "a symbol, but symbols matter".',
      ),
    ).toEqual([{ speaker: 'text:anna-berg', quote: 'the vote is "a symbol, but symbols matter"' }]);
    expect(
      said(
        'For Claire Dunmore, a researcher at the Maine Institute of Policy, "the two towns are testing each other".',
      ),
    ).toEqual([{ speaker: 'text:claire-dunmore', quote: 'the two towns are testing each other' }]);
  });

  it('no quote, no description of a person, or no full name: no statement', () => {
    expect(said('For Anna Berg, a historian in Oslo, the vote was a symbol.')).toEqual([]);
    expect(said('For Bangor City, a town of 20,000, the influx was "overwhelming".')).toEqual([]);
    expect(said('For Tom Beale, the vote is "a symbol".')).toEqual([]);
  });
});
