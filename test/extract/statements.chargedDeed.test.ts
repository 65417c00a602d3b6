import { describe, expect, it } from 'vitest';
import { speakersViaAndQuotes } from './statements.helpers.ts';

describe('a charge with a quoted fragment: only the fragment is said (CONVENTIONS 10)', () => {
  it('given "accused Azerbaijan of shelling Stepanakert “day and night”", the statement is the fragment', () => {
    const text = 'The Armenian Defence Ministry accused Azerbaijan of shelling Stepanakert "day and night".';
    expect(speakersViaAndQuotes(text)).toEqual([['mod-armenia', undefined, 'day and night']]);
  });

  it('given "accused Baku of “ethnic cleansing”", the statement is the fragment', () => {
    const text = 'The Armenian Defence Ministry accused Baku of "ethnic cleansing".';
    expect(speakersViaAndQuotes(text)).toEqual([['mod-armenia', undefined, 'ethnic cleansing']]);
  });
});
