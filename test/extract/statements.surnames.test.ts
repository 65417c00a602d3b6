import { describe, expect, it } from 'vitest';
import { speakersShown } from './statements.helpers.ts';

describe('a known surname written alone is a person a pronoun can point to', () => {
  it('"Pashinyan met the villagers. He said …" is Pashinyan, not someone named before', () => {
    const text =
      'Ruben Tavrosyan opened the session in the morning. Pashinyan met the villagers on Monday. ' +
      'He said that the road would be repaired.';
    expect(speakersShown(text)).toEqual(['pashinyan']);
  });

  it('a single word a typo away from a known surname is not read as that person', () => {
    const text =
      'Ruben Tavrosyan opened the session in the morning. Pashinyn met the villagers on Monday. ' +
      'He said that the road would be repaired.';
    expect(speakersShown(text)).not.toContain('pashinyan');
  });
});
