import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** Given paragraphs: each statement's speaker and what it says, its pieces joined by " … ". */
function said(text: string): string[] {
  return extractFrom(text).map(
    (s) =>
      `${s.speaker.name}: ${[s.quote, ...(s.continuation ?? [])].map((q) => text.slice(q.start, q.end)).join(' … ')}`,
  );
}

describe('a sentence that is only a quote, right after a reported saying in its paragraph', () => {
  it('goes on with the saying when the attribution comes after the clause', () => {
    const text =
      'Dara Quinn runs a bakery in the town. The new tax is a burden, she said. “It is killing us!”';
    expect(said(text)).toContain('Dara Quinn: The new tax is a burden … It is killing us!');
  });

  it('goes on with the saying when the clause follows the verb', () => {
    const text = 'Mayor Tomas Bell said the bridge would reopen in May. “We are nearly there.”';
    expect(said(text)).toEqual(['Tomas Bell: the bridge would reopen in May … We are nearly there.']);
  });

  it('goes on with the saying when the attribution with a role closes the sentence', () => {
    const text =
      'Farmers backed the plan in the north, said Lena Ortiz, a professor at the state university. “That was always their ground.”';
    expect(said(text)).toEqual([
      'Lena Ortiz: Farmers backed the plan in the north … That was always their ground.',
    ]);
  });

  it('does not go on when the writer adds a clause of his own after the saying', () => {
    const text =
      'Tomas Bell said the bridge would reopen in May, but he refused to give a date. “We are nearly there.”';
    expect(said(text).join('\n')).not.toContain('We are nearly there');
  });

  it('does not go on across a paragraph break', () => {
    const text = 'Tomas Bell said the bridge would reopen in May.\n\n“We are nearly there.”';
    expect(said(text).join('\n')).not.toContain('We are nearly there');
  });

  it('goes on with the quote, not with a relative clause’s saying in its attribution', () => {
    const text =
      '“The leaders do not get it,” said Capt. Mark Dunn, who said he would vote for neither man. “Their plans are far out.”';
    expect(said(text)).toEqual([
      'Mark Dunn: The leaders do not get it, … Their plans are far out.',
      'Mark Dunn: he would vote for neither man',
    ]);
  });

  it('does not take a question, whose attribution may follow', () => {
    const text = 'Tomas Bell said the crews were slow. “How long must we wait?” Ana Diaz asked of the delay.';
    expect(said(text)).toContain('Tomas Bell: the crews were slow');
  });
});
