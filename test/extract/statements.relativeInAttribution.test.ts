import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** Given paragraphs: each statement's speaker and what it says, its pieces joined by " … ". */
function said(text: string): string[] {
  return extractFrom(text).map(
    (s) =>
      `${s.speaker.name}: ${[s.quote, ...(s.continuation ?? [])].map((q) => text.slice(q.start, q.end)).join(' … ')}`,
  );
}

describe('a quote-only sentence after a quote whose attribution holds a relative clause’s saying', () => {
  it('goes on with the quote, not with the relative’s saying', () => {
    const text =
      '“The leaders do not get it,” said Capt. Mark Dunn, who said he would vote for neither man. “Their plans are far out.”';
    expect(said(text)).toEqual([
      'Mark Dunn: The leaders do not get it, … Their plans are far out.',
      'Mark Dunn: he would vote for neither man',
    ]);
  });

  it('after a reported saying alone, the quote is still left unattributed', () => {
    const text = 'Mayor Tomas Bell said the bridge would reopen in May. “We are nearly there.”';
    expect(said(text)).toEqual(['Tomas Bell: the bridge would reopen in May']);
  });
});
