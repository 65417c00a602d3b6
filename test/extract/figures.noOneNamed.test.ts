import { describe, expect, it } from 'vitest';
import { reportersOf as reporters } from './figures.helpers.ts';

describe('estimates and data with no one named report nothing (CONVENTIONS 23)', () => {
  it.each([
    'According to various estimates, more than 4,000 people were killed in the fighting.',
    'By several estimates, more than 4,000 people were killed in the fighting.',
    'Conflicting reports put the number of killed at more than 4,000.',
  ])('%s → no reporter', (sentence) => {
    expect(reporters(sentence)).toEqual([['more than 4,000', null]]);
  });

  it('an unowned estimate right after a count is its source: no one, not a speaker later in the sentence', () => {
    expect(
      reporters(
        'Between 50 and 80 soldiers were killed, by various estimates; the ministry says it lost 12 men.',
      )[0],
    ).toEqual(['Between 50 and 80', null]);
  });

  it("the outlet's own information, the outlet signing the piece, is its own voice", () => {
    expect(
      reporters(
        'Shelling hit the outskirts overnight.\n\nAccording to Valley Herald’s information, two civilians were wounded.\n\nValley Herald',
      ),
    ).toEqual([['two', null]]);
  });

  it('another body’s information names that body', () => {
    expect(
      reporters(
        'According to the Health Ministry’s information, two civilians were wounded.\n\nValley Herald',
      )[0]?.[1],
    ).toMatch(/Health Ministry/);
  });
});
