import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const quoteOf = (text: string) => statementsOf(text)[0]?.quote;

describe('a chronology’s date label before a dash is no part of what was said', () => {
  it('a factbox entry with its source last (wire style)', () => {
    const text =
      'Sept. 25, 2023 - A fuel depot explodes near Stepanakert, killing at least 68 people, according to local officials.';
    expect(quoteOf(text)).toBe('A fuel depot explodes near Stepanakert, killing at least 68 people');
  });

  it('a bulleted span of years with a trailing attribution (timeline style)', () => {
    expect(quoteOf('* 1991-1994 - About 30,000 people are killed, officials say.')).toBe(
      'About 30,000 people are killed',
    );
  });

  it('a span of days in one month (agency chronology)', () => {
    expect(quoteOf('Nov. 9-10, 2020 - Russia brokers a ceasefire, officials say.')).toBe(
      'Russia brokers a ceasefire',
    );
  });

  it('a capitals dateline still opens the sentence as before', () => {
    expect(quoteOf('WASHINGTON — The United States will help, Power announced.')).toBe(
      'The United States will help',
    );
  });
});
