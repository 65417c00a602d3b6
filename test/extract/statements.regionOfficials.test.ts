import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

describe('officials of "the region\'s administration" speak for the region\'s government', () => {
  it('in a story about Karabakh, its authorities, "former" or not', () => {
    const text =
      'Most residents left Nagorno-Karabakh within a week. ' +
      "About 60 people are still unaccounted for, officials of the region's former administration said.";
    expect(statementsOf(text)[0]?.speaker).toBe('karabakh-authorities');
  });

  it('a region the gazetteer knows no government of leaves them officials', () => {
    const text =
      'Shelling hit villages in Syunik on Monday. ' +
      "Two homes were destroyed, officials of the region's administration said.";
    expect(statementsOf(text)[0]?.speaker).toBe('text:officials');
  });
});
