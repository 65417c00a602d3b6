import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

describe('a briefing transcript labels its turns in capitals', () => {
  const transcript =
    'Press Briefing\n\n' +
    'MS. PRICE: Good morning. We have two announcements on the Caucasus.\n\n' +
    'The first concerns aid for the families who left their homes.\n\n' +
    'QUESTION: Is the corridor open?\n\n' +
    'MS. PRICE: It is open for now. Our envoy visited the checkpoint, and he said the queues were long.\n\n' +
    'QUESTION: Thank you.\n\n' +
    'NOTE: The briefing ended at 2:14 p.m.\n';

  it('each turn, opening remarks included, is the labelled speaker’s, and runs on to the next label', () => {
    expect(statementsOf(transcript).map((s) => [s.speaker, s.quote.slice(0, 30)])).toEqual([
      ['text:price', 'Good morning. We have two anno'],
      ['text:price', 'The first concerns aid for the'],
      ['text:price', 'It is open for now. Our envoy '],
    ]);
  });

  it('questions and notes are nobody’s statements', () => {
    const quotes = statementsOf(transcript).map((s) => s.quote);
    expect(quotes.some((q) => q.includes('corridor') || q.includes('2:14'))).toBe(false);
  });

  it('a label the gazetteer knows is that official', () => {
    const text = 'QUESTION: Any comment?\n\nMR MILLER: We are watching closely.\n';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['miller']);
  });
});

describe('an answer goes on in the answerer’s own voice', () => {
  it('a next paragraph in the first person with a verb of saying is still the answer', () => {
    const text =
      'Question: What is your view of the report?\n\n' +
      'Answer (Anna Varosyan): The report ignores the facts on the ground.\n\n' +
      'We call on our partners to read it with care.\n\n' +
      'The minister said last week that the border was calm.\n';
    const found = statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, 24)]);
    expect(found.slice(0, 2)).toEqual([
      ['text:anna-varosyan', 'The report ignores the f'],
      ['text:anna-varosyan', 'We call on our partners '],
    ]);
    // Someone else's saying, reported: not the answerer's words.
    expect(found.slice(2).map(([speaker]) => speaker)).not.toContain('text:anna-varosyan');
  });
});
