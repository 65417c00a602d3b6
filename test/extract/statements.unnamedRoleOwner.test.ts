import { describe, expect, it } from 'vitest';
import { speakersAndMentions } from './statements.helpers.ts';

describe('"a spokesperson for the ministry" is the spokesperson of the ministry just named', () => {
  it('is not the other country’s spokeswoman the story names later', () => {
    const found = speakersAndMentions(
      'Azerbaijan\'s Foreign Ministry said the visit was "unhelpful." A spokesperson for the ministry ' +
        'said the minister had ignored the offer of talks.\n\n' +
        'In Moscow, Foreign Ministry spokeswoman Maria Zakharova said on Wednesday that the monitors were not neutral.',
    );
    expect(found[1]).toEqual(['text:spokesperson', 'A spokesperson for the ministry']);
  });
});
