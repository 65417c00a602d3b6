import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const said = (text: string) =>
  extractFrom(text).map((s) => [s.speaker.id, text.slice(s.quote.start, s.quote.end).slice(0, 40)]);

describe('", adding that" with a long clause before its quote is a second saying', () => {
  it('the clause from "that" to the quote is the speaker\'s second saying', () => {
    const found = said(
      'The envoy Lena Harutyunyan met the mediators on Monday. ' +
        '"We remain at the table," Harutyunyan said, adding that the road through the southern valley, ' +
        'which both sides have used for decades, "has to stay open in every season".',
    );
    expect(found).toContainEqual(['text:lena-harutyunyan', 'the road through the southern valley, wh']);
  });

  it('a participle with no "that" still keeps the short window', () => {
    const found = said(
      'The envoy Lena Harutyunyan met the mediators on Monday. ' +
        '"We remain at the table," Harutyunyan said, adding after a long pause at the end of the meeting with the press, "Nothing is settled."',
    );
    expect(found.map((f) => f[1])).not.toContain('after a long pause at the end of the me');
  });
});
