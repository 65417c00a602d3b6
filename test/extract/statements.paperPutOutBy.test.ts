import { describe, expect, it } from 'vitest';
import { speakersAndMentions } from './statements.helpers.ts';

describe('a paper "made", "posted" or "issued" by a body is that body speaking', () => {
  it('"according to the statement made by" a ministry is the ministry', () => {
    expect(
      speakersAndMentions(
        'Exercises were held near the border in May. ' +
          'According to the statement made by the Armenian Ministry of Defense, the exercises ended on 19 May.',
      ),
    ).toEqual([['mod-armenia', 'the statement made by the Armenian Ministry of Defense']]);
  });

  it('"according to a communique posted by" a ministry is the ministry', () => {
    expect(
      speakersAndMentions(
        'Exercises were held near the border in May. ' +
          'According to a communique posted by the Armenian Ministry of Defense, the exercises ended on 19 May.',
      ),
    ).toEqual([['mod-armenia', 'a communique posted by the Armenian Ministry of Defense']]);
  });

  it('"the statement" after one "circulated by" a ministry is the ministry\'s', () => {
    expect(
      speakersAndMentions(
        'In a statement circulated by the Armenian Ministry of Defense, the exercises were declared over. ' +
          '"All units are back in their barracks," the statement said.',
      ),
    ).toEqual([['mod-armenia', 'the statement']]);
  });
});
