import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** Given a text: who speaks (as an id) and what they said. */
function said(text: string): { speaker: string; quote: string }[] {
  return extractFrom(text).map((s) => ({
    speaker: s.speaker.id,
    quote: text.slice(s.quote.start, s.quote.end),
  }));
}

describe('"This was confirmed on Wednesday by X": when and whom may stand before "by"', () => {
  it('a time before "by" and a role with its holder named after it', () => {
    expect(
      said(
        "The withdrawal of the troops from the valley has begun. This was confirmed on Wednesday by the governor's press secretary, Tom Beale.",
      ),
    ).toEqual([
      { speaker: 'text:tom-beale', quote: 'The withdrawal of the troops from the valley has begun' },
    ]);
  });

  it('a site told, its name with a dot, before "by"', () => {
    expect(
      said(
        'A mine exploded in the Bangor district, and one farmer was killed. This was reported to Maine.com by the Mine Agency.',
      ),
    ).toEqual([
      {
        speaker: 'text:mine-agency',
        quote: 'A mine exploded in the Bangor district, and one farmer was killed',
      },
    ]);
  });

  it('"reported to the press" with no "by" names no source', () => {
    expect(
      said(
        'A mine exploded in the Bangor district. This was reported to the press. By Friday the road was open.',
      ),
    ).toEqual([]);
  });
});
