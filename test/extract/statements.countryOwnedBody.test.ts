import { describe, expect, it } from 'vitest';
import { speakersShown } from './statements.helpers.ts';

describe("a country word owning a body's name makes it that country's body, later mentions too", () => {
  it('"Armenia\'s Security Council met … The council said" is not the UN Security Council', () => {
    const text =
      "Armenia's Security Council met in Yerevan on Monday. The council said the border situation remained tense.";
    expect(speakersShown(text)).not.toContain('un-security-council');
  });

  it('"The Security Council of Armenia … The council said" is not the UN body either', () => {
    const text =
      'The Security Council of Armenia met on Monday. The council said the border situation remained tense.';
    expect(speakersShown(text)).not.toContain('un-security-council');
  });

  it('the UN body named as such stays the UN body', () => {
    const text =
      'The UN Security Council met on Monday. The council said the border situation remained tense.';
    expect(speakersShown(text)).toEqual(['un-security-council']);
  });
});
