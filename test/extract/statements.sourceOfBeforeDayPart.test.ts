import { describe, expect, it } from 'vitest';
import { speakersAndMentions } from './statements.helpers.ts';

describe('"This was announced <when> by X" names who said the sentence before, whatever the day\'s form', () => {
  for (const when of ['yesterday evening', 'late on Tuesday', 'on 3 March', 'on Friday morning']) {
    it(`"This was announced ${when} by" the ministry`, () => {
      expect(
        speakersAndMentions(
          'Shelling resumed along the line. Three soldiers were wounded near the pass. ' +
            `This was announced ${when} by the Ministry of Defense of Armenia.`,
        ),
      ).toEqual([['mod-armenia', 'the Ministry of Defense of Armenia']]);
    });
  }

  it('a passive with no "by" source names no one', () => {
    expect(
      speakersAndMentions(
        'Shelling resumed along the line. Three soldiers were wounded. This was announced yesterday evening.',
      ),
    ).toEqual([]);
  });
});
