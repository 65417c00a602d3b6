import { describe, expect, it } from 'vitest';
import { speakersShown, statementsOf } from './statements.helpers.ts';

/** Session 53 (census80): near variants of forms the readers already knew, found on outlets-fresh-80. */
describe('a trailing saying whose setting opens with a bare weekday', () => {
  it('given "…, X said Sunday after hosting the two leaders for hours.", the sentence is X\'s alone', () => {
    const text =
      "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev have confirmed their commitment to the peace talks and to each other's borders, European Council President Charles Michel said Sunday after hosting the two leaders for more than four hours.";
    expect(speakersShown(text)).toEqual(['michel']);
    expect(statementsOf(text)[0]!.quote).toMatch(/^Armenian Prime Minister Nikol Pashinyan and/);
  });
});
