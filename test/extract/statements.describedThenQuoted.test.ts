import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** Who each statement whose speaker is written as a pronoun is given to. */
const pronounSpeakers = (text: string) =>
  extractFrom(text)
    .filter((s) => /^(?:he|she|they)$/i.test(s.mention))
    .map((s) => s.speaker.id);

describe('a person the narration describes, then quoted with a pronoun', () => {
  it('given "a retired teacher named Nvard sat outside. “…,” she said", Nvard', () => {
    const text =
      'The ministry said 21 civilians had been killed since the fighting began.\n\n' +
      'In Martuni, a retired teacher named Nvard sat outside the shelter with her grandson. ' +
      '“We hear the drones before the bombs,” she said.';
    expect(pronounSpeakers(text)).toEqual(['text:nvard']);
  });

  it('given "His neighbour said she …. “…,” she said" after a man named, the neighbour: the owner\'s given name is not hers', () => {
    const text =
      '“The line runs through our orchard,” said Garnik Mkrtchyan.\n\n' +
      'His neighbour said she was ready to leave the village. ' +
      '“I will not walk my children past soldiers,” she said.';
    expect(pronounSpeakers(text)).toEqual(['text:garnik-mkrtchyan-neighbour']);
  });
});
