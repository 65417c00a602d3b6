import { describe, expect, it } from 'vitest';
import { eventDatesShown, timelineOfText } from './dates.helpers.ts';

/**
 * "on the 21st" names a day of the month the text last gave a day in, or of the piece's own month
 * when that day has come by then. Without either it stays undated: never a guessed month.
 */

const datesOf = (text: string) => eventDatesShown(timelineOfText(text));

describe('an ordinal day alone', () => {
  it('takes the month of the day the narrative gave before', () => {
    expect(
      datesOf(
        'Published: 28 September 2023\n\nOn September 19, the offensive began; by the 20th, it was over.',
      ),
    ).toEqual([
      ['On September 19', '2023-09-19'],
      ['by the 20th', '2023-09-20'],
    ]);
  });

  it("takes the piece's own month when the day has come by then", () => {
    expect(datesOf('Published: 28 September 2023\n\nShelling resumed on the 21st, residents said.')).toEqual([
      ['on the 21st', '2023-09-21'],
    ]);
  });

  it('stays undated when the day has not come, or nothing gives a month', () => {
    expect(datesOf('Published: 28 September 2023\n\nTalks resumed on the 30th.')).toEqual([]);
    expect(datesOf('Shelling resumed on the 21st, residents said.')).toEqual([]);
  });

  it('"on the 19th and 20th" is one stretch of the month the narrative gave', () => {
    expect(
      datesOf(
        'Published: 28 September 2023\n\nThe offensive began on September 19. At least 200 died in the fighting on the 19th and 20th.',
      ),
    ).toEqual([
      ['on September 19', '2023-09-19'],
      ['on the 19th and 20th', '2023-09-19/20'],
    ]);
    expect(
      datesOf('Published: 28 September 2023\n\nShelling hit the villages on the 21st and the 22nd.'),
    ).toEqual([['on the 21st and the 22nd', '2023-09-21/22']]);
  });

  it('the pair stays undated when nothing gives its month, or its second day has not come', () => {
    // A podcast of 4 October that said "last week" (25 September to 1 October): no one month is given.
    expect(
      datesOf(
        'Published: 4 October 2023\n\nYou were in Goris last week. At least 200 died in the fighting on the 19th and 20th.',
      ),
    ).toEqual([['last week', '2023-09-25/10-01']]);
    expect(
      datesOf('Published: 21 September 2023\n\nShelling hit the villages on the 21st and 22nd.'),
    ).toEqual([]);
  });

  it('days further apart are not the days between: "on the 5th and 9th" reads the 5th alone', () => {
    expect(datesOf('Published: 28 September 2023\n\nShelling hit the villages on the 5th and 9th.')).toEqual([
      ['on the 5th', '2023-09-05'],
    ]);
  });

  it('is no date in "the 21st century" or "the 20th anniversary"', () => {
    expect(
      datesOf(
        'Published: 28 September 2023\n\nIn the 21st century, wars end slowly. On the 20th anniversary, few came.',
      ),
    ).toEqual([]);
  });
});
