import { describe, expect, it } from 'vitest';
import { readPiece } from './statements.helpers.ts';

/** The speakers of a one-piece corpus, once the document's speakers are joined. */
const speakers = (text: string): string[] => readPiece(text).statements.map((s) => s.speaker.id);

describe('a bare ministry name reads back to another country’s ministry only while it is in view', () => {
  const opening = [
    'The Border Guard said that the new post would work around the clock.',
    'The Foreign Ministry said that the step was lawful. Armenia’s Foreign Ministry said the move broke the truce.',
    'Moscow was guarded. According to the Russian Defence Ministry, its officers are talking to both sides.',
  ];

  it('named with its country in the paragraph before: the bare name is that ministry', () => {
    const text = [
      ...opening,
      'According to the Defence Ministry, two of its officers were at the post.',
    ].join('\n\n');
    expect(speakers(text).at(-1)).toBe('mod-russia');
  });

  it('named with its country two paragraphs back: the bare name is left as written, no country given', () => {
    const text = [
      ...opening,
      'A source in the Border Guard told the paper that the post had been agreed in advance.',
      'Two soldiers were killed near the post last week, according to the Defence Ministry.',
    ].join('\n\n');
    const said = speakers(text);
    expect(said).toContain('mod-russia');
    expect(said.at(-1)).toBe('text:defense-ministry');
  });
});
