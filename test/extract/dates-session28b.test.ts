import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { events, timelineOf } from '../corpus/dateLayouts.helpers.ts';
import { mentionsOfPiece } from './dates.helpers.ts';

describe('a dotted stamp whose order only the prose shows', () => {
  // 02.06.2023 is Friday 2 June read day first, Monday 6 February read month first.
  const piece = (lead: string, drafts = 'May 24') =>
    `Border talks close in Geneva\n\n02.06.2023, 18:40\n\n${lead}\n\nOn ${drafts} the envoys had exchanged drafts.\n`;

  it('is read as the lead’s weekday tells, a story days long closing on the piece’s day', () => {
    const text = piece(
      'Three days of talks between the two delegations, which opened on Wednesday, ended on Friday in Geneva.',
    );
    expect(timelineOf(text).reference).toMatchObject({ year: 2023, month: 6, day: 2 });
    expect(events(text)).toMatchObject({ 'on Wednesday': '2023-05-31', 'on Friday': '2023-06-02' });
  });

  it('with no weekday in the lead, a recent day the piece names settles it', () => {
    const text = piece('The two delegations ended their talks in Geneva after three days of meetings.');
    expect(timelineOf(text).reference).toMatchObject({ year: 2023, month: 6, day: 2 });
  });

  // Session 41: a stamp parted by dots is day first, whatever order the prose (often a translation's) spells
  // its dates in, as the header reader reads it (outlets-fresh-50's and -51's Russian stamps).
  it('is read day first when no weekday or recent day tells it, though the prose writes "April 24"', () => {
    const text = piece(
      'The two delegations ended their talks in Geneva after three days of meetings.',
      'April 24',
    );
    expect(timelineOf(text).reference).toMatchObject({ year: 2023, month: 6, day: 2 });
  });
});

describe('an outlet’s reminder framing a past event', () => {
  it('"We will remind that … took place in March" is the March before the piece', () => {
    const dates = mentionsOfPiece(
      'Shelling resumed near the border on Tuesday. We will remind that a similar clash took place in March, when two soldiers were wounded.',
      { year: 2023, month: 6, day: 15 },
    ).map((m) => [m.text, formatSourceDate(m.date)]);
    expect(dates).toContainEqual(['in March', '2023-03']);
  });
});

describe('a day told just before a dated day in its own sentence', () => {
  it('takes that day’s year, not the piece’s', () => {
    const dates = mentionsOfPiece(
      'The family crossed the border on October 2, 2022, ten days after the shelling that began on September 22.',
      { year: 2023, month: 9, day: 25 },
    ).map((m) => [m.text, formatSourceDate(m.date)]);
    expect(dates).toContainEqual(['on September 22', '2022-09-22']);
  });

  it('in a later sentence an earlier day is still the piece’s year', () => {
    const dates = mentionsOfPiece(
      'The family crossed the border on October 2, 2022. The village was shelled again on September 22.',
      { year: 2023, month: 9, day: 25 },
    ).map((m) => [m.text, formatSourceDate(m.date)]);
    expect(dates).toContainEqual(['on September 22', '2023-09-22']);
  });
});

describe('a night from one weekday into the next', () => {
  const datesOf = (text: string) =>
    mentionsOfPiece(text, { year: 2023, month: 6, day: 15 }).map((m) => [m.text, formatSourceDate(m.date)]);

  it('"the night of Monday to Tuesday" is both days', () => {
    expect(
      datesOf('The ministry said the positions came under fire on the night of Monday to Tuesday.'),
    ).toEqual([['Monday to Tuesday', '2023-06-12/13']]);
  });

  it('"during the last two hours" is a time within the day, no date', () => {
    expect(datesOf('Some 400 people crossed the bridge during the last two hours, officials said.')).toEqual(
      [],
    );
  });
});

describe('parts of a day and plans', () => {
  const datesOf = (text: string) =>
    mentionsOfPiece(text, { year: 2023, month: 6, day: 15 }).map((m) => [m.text, formatSourceDate(m.date)]);

  it('"in the evening after Ankara stepped in" is the evening of the day just told', () => {
    expect(
      datesOf('Fighting broke out on Tuesday. It ended only in the evening after Ankara stepped in.'),
    ).toEqual([
      ['on Tuesday', '2023-06-13'],
      ['in the evening', '2023-06-13'],
    ]);
  });

  it('"plans a march Saturday" is the Saturday to come', () => {
    expect(datesOf('The diaspora union plans a march Saturday at noon near the embassy.')).toEqual([
      ['Saturday at noon', '2023-06-17'],
    ]);
  });
});
