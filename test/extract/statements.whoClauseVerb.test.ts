import { describe, expect, it } from 'vitest';
import { speakersShown } from './statements.helpers.ts';

describe('"A resident who lives near the road said": the word after "who" is a verb', () => {
  for (const clause of [
    'lives near the road',
    'studies in Yerevan',
    'trains young recruits',
    'visits the cemetery every week',
    'returns to the village each summer',
    'fishes on the lake',
    'farms near the border',
  ])
    it(`"a resident who ${clause}" → the resident speaks`, () => {
      const text = `Shelling resumed on Tuesday. A resident who ${clause} said the trucks had not moved.`;
      expect(speakersShown(text)).toEqual(['text:resident']);
    });
});

describe('"who" followed by people keeps them as the subject of the clause', () => {
  it('"Hackers who officials in Washington say …": the officials speak, not the hackers', () => {
    const text = 'Hackers who officials in Washington say worked for Moscow were behind the attack.';
    expect(speakersShown(text)).not.toContain('text:hackers');
  });
});
