import { describe, expect, it } from 'vitest';
import { speakersAndOpenings } from './statements.helpers.ts';

/** Speaker and the first words of each statement. */
function said(text: string): [string, string][] {
  return speakersAndOpenings(text);
}

describe('a write-up telling how a speaker opened, closed or answered: "X opened by describing … as “…”"', () => {
  it.each([
    [
      'Chairwoman Jeanne Shaheen (D-N.H.) opened by describing the situation as "a slow-motion catastrophe."',
      ['text:jeanne-shaheen', 'a slow-motion catastroph'],
    ],
    [
      'The deputy minister responded by saying that the convoy would leave on Monday.',
      ['text:deputy-minister', 'the convoy would leave o'],
    ],
    [
      'Senator Mark Ellis closed by calling the plan "a blank cheque".',
      ['text:mark-ellis', 'a blank cheque'],
    ],
    [
      'Ms Varga began by warning that the winter would be the hardest in a decade.',
      ['text:varga', 'the winter would be the '],
    ],
  ])('%s', (sentence, expected) => {
    expect(said(`Hearing\n\n${sentence}\n`)).toEqual([expected]);
  });

  it('reads nothing into "opened by" without a saying', () => {
    expect(said('Session\n\nThe session opened by noon with a minute of silence for the victims.\n')).toEqual(
      [],
    );
  });
});
