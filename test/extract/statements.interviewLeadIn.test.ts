import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const said = (text: string) =>
  extractFrom(text).map((s) => [s.speaker.id, text.slice(s.quote.start, s.quote.end).slice(0, 30)]);

const piece = (leadIn: string) =>
  [
    'Foreign Minister Ararat Mirzoyan said the talks had stalled. President Ilham Aliyev blamed Yerevan.',
    leadIn,
    '- Are the talks over?',
    '- Not at all. Both sides still send their drafts.',
    '- And the border?',
    '- The border is quiet for now. That may not last.',
    'Meanwhile, the commission met again in Tbilisi. Its next session is set for June.',
  ].join('\n\n');

describe('a dash interview set into a longer piece is answered by the one its lead-in asks', () => {
  it('"We asked the analyst …" names who gives the dash answers', () => {
    const found = said(piece('We asked the analyst Oleg Marin what comes next.'));
    expect(found).toContainEqual(['text:oleg-marin', 'Not at all. Both sides still s']);
    expect(found).toContainEqual(['text:oleg-marin', 'The border is quiet for now. T']);
  });

  it("the piece's prose after the last answer is not the answer going on", () => {
    const found = said(piece('We asked the analyst Oleg Marin what comes next.'));
    expect(found.map((f) => f[1])).not.toContain('Meanwhile, the commission met ');
  });

  it('a lead-in that puts no question to anyone names no one to answer', () => {
    const found = said(piece('The analyst Oleg Marin has followed the talks for years.'));
    expect(found.map((f) => f[0])).not.toContain('text:oleg-marin');
  });
});
