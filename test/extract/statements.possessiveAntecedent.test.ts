import { describe, expect, it } from 'vitest';
import { speakersAndMentions } from './statements.helpers.ts';

describe('a possessive name is a person a pronoun may point back to', () => {
  it('"Sarafian\'s family fled …. She said" is Sarafian, not a senator named in between', () => {
    const found = speakersAndMentions(
      'Anahit Sarafian keeps her phone on the table. "It never stops," said Sarafian, 71. ' +
        'Sens. Ann Casey and Pat Toomey wrote last week that the truce must hold. ' +
        "Sarafian's family fled Marash in 1915. She said she had hoped the war was over.",
    );
    expect(found.at(-1)).toEqual(['text:anahit-sarafian', 'She']);
  });

  it('"Rafael\'s wife, Sevda," is her, not him, for a later "she"', () => {
    const found = speakersAndMentions(
      "Rafael Mammadli came back in May. Rafael's wife, Sevda, was nine when they left. " +
        'She said the orchard was gone.',
    );
    expect(found.at(-1)?.[0]).not.toBe('text:rafael-mammadli');
  });
});
