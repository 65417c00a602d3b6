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

/**
 * A lead-in may name the one who answers by role: "the prime minister answered journalists'
 * questions" is the one person the opening titled "Prime Minister". Sentences written for these
 * tests (session 39).
 */
describe('a lead-in that names the answerer by the role the opening gave them', () => {
  const story = (leadIn: string) =>
    [
      'Moldova is ready to host the talks, Prime Minister Dorin Ursu said on Monday. Foreign Minister Ana Lupu ' +
        'called the offer sincere. The Russian Defence Minister Sergei Shoigu had spoken with both sides.',
      leadIn,
      '- Are you in contact with both capitals?',
      '- Yes. I spoke with both leaders this morning.',
      '- What can Chisinau offer?',
      '- A venue, nothing more. If the sides want to meet, we will provide everything.',
    ].join('\n\n');

  it('"the prime minister answered journalists\' questions": the titled prime minister answers', () => {
    const found = said(
      story("At a briefing in the government building, the prime minister answered journalists' questions."),
    );
    expect(found).toContainEqual(['text:dorin-ursu', 'Yes. I spoke with both leaders']);
    expect(found).toContainEqual(['text:dorin-ursu', 'A venue, nothing more. If the ']);
  });

  it('a role the opening gave no one names no one to answer', () => {
    const found = said(story("At a briefing, the president answered journalists' questions."));
    expect(found.map((f) => f[1])).not.toContain('Yes. I spoke with both leaders');
  });

  it('a role two people hold in the opening names no one to answer', () => {
    const text = story("At a briefing, the prime minister answered journalists' questions.").replace(
      'Foreign Minister Ana Lupu',
      'Former Prime Minister Ion Sandu',
    );
    expect(said(text).map((f) => f[1])).not.toContain('Yes. I spoke with both leaders');
  });
});
