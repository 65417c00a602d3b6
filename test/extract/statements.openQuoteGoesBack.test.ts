import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** Given paragraphs: each statement's speaker and what it quotes, its pieces joined by " … ". */
function said(text: string): string[] {
  return extractFrom(text).map(
    (s) =>
      `${s.speaker.name}: ${[s.quote, ...(s.continuation ?? [])].map((q) => text.slice(q.start, q.end)).join(' … ')}`,
  );
}

describe('a quote left open at its paragraph’s end, after a quote-led saying', () => {
  it('goes on with the saying before it: the next paragraph’s attribution takes its own quote', () => {
    const text =
      '“It felt like a quiet kind of anger,” Nora Vance said. “The rallies let people air what they had kept inside — and they enjoyed it.\n\n' +
      '“There is a bleaker side too,” Vance said. “I do not know if it helped.”';
    expect(said(text)).toEqual([
      'Nora Vance: It felt like a quiet kind of anger, … The rallies let people air what they had kept inside — and they enjoyed it.',
      'Nora Vance: There is a bleaker side too, … I do not know if it helped.',
    ]);
  });

  it('an open quote after a saying of its own in the paragraph stays with it', () => {
    const text =
      '“We need more time,” Omar Reyes said. Later he told the board: “The count is slow and the staff are tired.\n\n' +
      '“We will finish by Friday,” Reyes said.';
    const out = said(text);
    expect(out[0]).toBe('Omar Reyes: We need more time,');
    expect(out).not.toContain('Omar Reyes: We need more time, … The count is slow and the staff are tired.');
  });
});
