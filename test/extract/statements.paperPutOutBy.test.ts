import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const who = (text: string) => extractFrom(text).map((s) => [s.speaker.id, s.mention]);

describe('a paper "made", "posted" or "issued" by a body is that body speaking', () => {
  it('"according to the statement made by" a ministry is the ministry', () => {
    expect(
      who(
        'Exercises were held near the border in May. ' +
          'According to the statement made by the Armenian Ministry of Defense, the exercises ended on 19 May.',
      ),
    ).toEqual([['mod-armenia', 'the statement made by the Armenian Ministry of Defense']]);
  });

  it('"according to a communique posted by" a ministry is the ministry', () => {
    expect(
      who(
        'Exercises were held near the border in May. ' +
          'According to a communique posted by the Armenian Ministry of Defense, the exercises ended on 19 May.',
      ),
    ).toEqual([['mod-armenia', 'a communique posted by the Armenian Ministry of Defense']]);
  });

  it('"the statement" after one "circulated by" a ministry is the ministry\'s', () => {
    expect(
      who(
        'In a statement circulated by the Armenian Ministry of Defense, the exercises were declared over. ' +
          '"All units are back in their barracks," the statement said.',
      ),
    ).toEqual([['mod-armenia', 'the statement']]);
  });
});
