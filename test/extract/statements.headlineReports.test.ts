import { describe, expect, it } from 'vitest';
import { headlineSaid as said } from './statements.helpers.ts';

describe('"reports" in a headline is a verb of saying, as "says" is', () => {
  it('a deck "…, the Ministry of Defence reports": the ministry the body quotes', () => {
    const text =
      'Convoy halted at the bridge\n\n' +
      'Russian peacekeepers are talking to both sides, the Ministry of Defence reports\n\n' +
      'Peacekeepers were in contact with both sides to reopen the road, the Russian Ministry of Defence said on Friday.\n';
    expect(said(text)?.[0]).toBe('mod-russia');
  });

  it.each([
    [
      'a news agency reports',
      'Convoy halted at the bridge, TASS reports\n\n' +
        'The convoy stopped at the bridge on Friday, the agency said, citing its correspondent.\n',
    ],
    [
      'a newspaper reports',
      'Talks to resume in May, Reuters reports\n\n' +
        'Talks between the two sides will resume in May, according to people familiar with the plans.\n',
    ],
  ])('none when %s', (_why, text) => {
    expect(said(text)).toBeNull();
  });
});
