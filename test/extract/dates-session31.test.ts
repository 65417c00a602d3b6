import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { mentionsOfPiece } from './dates.helpers.ts';

/** The dates of sentences in a piece dated Thursday 14 March 2024 (Monday 11 March opens its week). */
function datesOf(text: string): Record<string, string> {
  return Object.fromEntries(
    mentionsOfPiece(text, { year: 2024, month: 3, day: 14 }).map((m) => [m.text, formatSourceDate(m.date)]),
  );
}

/**
 * "Thursday last week" is the Thursday of the calendar week before the piece's, even when the piece
 * itself falls on a Thursday; "Monday of next week" the Monday of the week after. Sentences written
 * for these tests.
 */
describe('a weekday of last or next week', () => {
  it('the same weekday as the piece, a week back', () => {
    expect(
      datesOf('The convoy was turned back at the checkpoint on Thursday last week, the driver said.'),
    ).toEqual({
      'on Thursday last week': '2024-03-07',
    });
  });

  it('a later weekday of last week', () => {
    expect(datesOf('Talks broke down on Saturday last week after a single session, diplomats said.')).toEqual(
      {
        'on Saturday last week': '2024-03-09',
      },
    );
  });

  it('a weekday of next week', () => {
    expect(
      datesOf('The envoys will meet again on Monday next week in the capital, the ministry said.'),
    ).toEqual({
      'on Monday next week': '2024-03-18',
    });
  });
});

/** A site named with a dot and a date word ("Yerevan.Today") names no day; a sentence after a stop does. */
describe('a date word in a site name', () => {
  it('"told Kars.Today" is no day', () => {
    expect(datesOf('"The road is quiet now," a shopkeeper told Kars.Today on the phone.')).toEqual({});
  });

  it('"Today" opening a sentence after a full stop is the day', () => {
    expect(datesOf('The road was quiet. Today the first buses crossed the bridge.')).toEqual({
      Today: '2024-03-14',
    });
  });
});
