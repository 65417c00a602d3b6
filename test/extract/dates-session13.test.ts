import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { mentionsOfPiece } from './dates.helpers.ts';

/** Sentences written for these tests, read as a piece published on Friday 8 March 2024: its events. */
function datesOf(text: string): [string, string][] {
  return mentionsOfPiece(text, { year: 2024, month: 3, day: 8 })
    .filter((m) => !m.role)
    .map((m) => [m.text, formatSourceDate(m.date)]);
}

describe('a count compared with "a day earlier" is compared with the day before its own day', () => {
  it('after "since Monday" (a span that runs to now) the count is the piece’s: a day earlier is the 7th', () => {
    expect(
      datesOf('Some 4,000 people have crossed the border since Monday, up 700 from a day earlier.'),
    ).toEqual([
      ['since Monday', '2024-03-04'],
      ['from a day earlier', '2024-03-07'],
    ]);
  });

  it('"higher than the day before", "compared with the previous day" alike', () => {
    expect(datesOf('Prices have climbed since Monday and were 4% higher than the day before.')).toEqual([
      ['since Monday', '2024-03-04'],
      ['the day before', '2024-03-07'],
    ]);
    expect(
      datesOf('Since Monday, 1,200 cases were logged, 90 fewer compared with the previous day.'),
    ).toEqual([
      ['Since Monday', '2024-03-04'],
      ['the previous day', '2024-03-07'],
    ]);
  });

  it('a count of a day its sentence tells is compared with that day’s eve', () => {
    expect(datesOf('On Tuesday 2,300 people crossed, up 400 from a day earlier.')).toEqual([
      ['On Tuesday', '2024-03-05'],
      ['from a day earlier', '2024-03-04'],
    ]);
  });

  it('narration after a span is unchanged: "closed since Tuesday. The previous day, …" is Monday', () => {
    expect(
      datesOf('The pass has been closed since Tuesday. The previous day, snow had cut the power lines.'),
    ).toEqual([
      ['since Tuesday', '2024-03-05'],
      ['The previous day', '2024-03-04'],
    ]);
  });
});

describe('two days that follow each other, joined by "and", are one stretch', () => {
  it('"on Wednesday and Thursday" → 6–7 March', () => {
    expect(
      datesOf('At the peak, on Wednesday and Thursday, some 9,000 people a day crossed the bridge.'),
    ).toEqual([['on Wednesday and Thursday', '2024-03-06/07']]);
  });

  it('"on Saturday and Sunday" in last week’s news → 2–3 March', () => {
    expect(datesOf('Protesters marched on Saturday and Sunday, organisers said.')).toEqual([
      ['on Saturday and Sunday', '2024-03-02/03'],
    ]);
  });

  it('days further apart stay two days: "on Monday and Thursday"', () => {
    expect(datesOf('The envoys met on Monday and Thursday, diplomats said.')).toEqual([
      ['on Monday', '2024-03-04'],
      ['Thursday', '2024-03-07'],
    ]);
  });

  it('a second day with its own preposition tells a second act: "filed on Monday and on Tuesday"', () => {
    expect(datesOf('The appeal was filed on Monday and on Tuesday, lawyers said.')).toEqual([
      ['on Monday', '2024-03-04'],
      ['on Tuesday', '2024-03-05'],
    ]);
  });

  it('"or" is no stretch: "on Monday or Tuesday"', () => {
    expect(datesOf('The convoy left on Monday or Tuesday, drivers said.')).toEqual([
      ['on Monday', '2024-03-04'],
      ['Tuesday', '2024-03-05'],
    ]);
  });
});

describe('an instrument named with its topic and its date is no event', () => {
  it('"the memorandum on gas of July 2022", "the agreement on transit routes of 5 May 2023"', () => {
    expect(datesOf('Critics say the memorandum on gas of July 2022 ties the bloc’s hands.')).toEqual([]);
    expect(datesOf('Both sides cited the agreement on transit routes of 5 May 2023 in the talks.')).toEqual(
      [],
    );
  });

  it('a topic that is an event takes the date: "the statement on the fighting of 19 September"', () => {
    expect(
      datesOf('The ministry issued the statement on the fighting of 19 February, officials said.'),
    ).toEqual([['19 February', '2024-02-19']]);
  });

  it('an instrument signed on a day is still an event: "the memorandum on gas signed on 18 July 2022"', () => {
    expect(datesOf('The memorandum on gas signed on 18 July 2022 doubled the supplies.')).toEqual([
      ['on 18 July 2022', '2022-07-18'],
    ]);
  });
});
