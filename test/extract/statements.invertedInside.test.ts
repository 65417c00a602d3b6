import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const who = (text: string) =>
  extractFrom(text).map((s) => ({
    speaker: s.speaker.id,
    said: [s.quote, ...(s.continuation ?? [])].map((c) => text.slice(c.start, c.end)),
  }));

describe('an inverted attribution inside the sentence', () => {
  it('"A, said X, goes on": X speaks, and the sentence subject is no speaker', () => {
    const text = 'The road to Lachin, said Ruben Arakelyan, will stay closed until the spring.';
    expect(who(text)).toEqual([
      { speaker: 'text:ruben-arakelyan', said: ['The road to Lachin', 'will stay closed until the spring'] },
    ]);
  });

  it('an appositive after the inverted speaker is skipped', () => {
    const text =
      'Part of the trouble with the new checkpoint, says Lena Marr, a researcher at the institute, is its hours.';
    expect(who(text).map((s) => s.speaker)).toEqual(['text:lena-marr']);
  });

  it('a plural "say" with a group and a name after it', () => {
    const text = 'The price of the new pipeline, say analysts like Tom Reyes, was never the main question.';
    expect(who(text).map((s) => s.speaker)).not.toContain('text:price-of-the-new-pipeline');
  });

  it('without the sentence going on, it is not this form', () => {
    const text = 'The talks were short, said Ruben Arakelyan, who spoke to reporters afterwards.';
    expect(who(text).map((s) => s.speaker)).toEqual(['text:ruben-arakelyan']);
  });
});
