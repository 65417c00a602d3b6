import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { mentionsOfPiece } from './dates.helpers.ts';

const JUNE_15 = { year: 2023, month: 6, day: 15 };
const datesIn = (sentence: string) =>
  mentionsOfPiece(sentence, JUNE_15).map((m) => [m.text, formatSourceDate(m.date)]);

/**
 * A clause reported after a participle of saying and "that" has its own tense, whichever participle of
 * the lexicon opens it (the statements stage's list, src/extract/wordLists.ts): the framing clause's
 * "will" or "is to" does not make a past day or month the next one.
 */
describe('a date in a clause reported after a participle of saying', () => {
  it.each([
    [
      'The ministry will pay for repairs, acknowledging that the school was hit in March.',
      'in March',
      '2023-03',
    ],
    [
      'The agency is to fund new roofs, admitting that shells struck the clinic in April.',
      'in April',
      '2023-04',
    ],
    [
      'The envoy will visit the valley on Monday, conceding that troops crossed the river on Friday.',
      'on Friday',
      '2023-06-09',
    ],
    ['The ministry will pay for repairs, adding that the school was hit in March.', 'in March', '2023-03'],
  ])('"%s" → %s is %s', (sentence, text, date) => {
    expect(datesIn(sentence)).toContainEqual([text, date]);
  });

  it('the framing clause keeps its own tense: "will visit … on Monday" is the Monday to come', () => {
    expect(
      datesIn(
        'The envoy will visit the valley on Monday, conceding that troops crossed the river on Friday.',
      ),
    ).toContainEqual(['on Monday', '2023-06-19']);
  });
});
