import { describe, expect, it } from 'vitest';
import { speakersAndMentions } from './statements.helpers.ts';

describe('"the minister" after a nearer person written with the role', () => {
  it('is the last person, whose role the text wrote before the name, not a holder further back', () => {
    const text =
      'State Minister Tigran Halabyan said in a video address that the schools would stay closed.\n\n' +
      'Health Minister of Georgia Levan Kipiani, speaking in Tbilisi on Monday, noted that the hospitals were full. ' +
      '"We have no beds left for anyone," the minister said.';
    expect(speakersAndMentions(text).at(-1)).toEqual(['text:levan-kipiani', 'the minister']);
  });

  it('with no one named since, the one holder is still who spoke', () => {
    const text =
      'State Minister Tigran Halabyan said in a video address that the schools would stay closed. ' +
      '"We will not leave," the minister said.';
    expect(speakersAndMentions(text).at(-1)).toEqual(['text:tigran-halabyan', 'the minister']);
  });
});
