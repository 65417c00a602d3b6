import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { publishedOn, timelineOfText } from './dates.helpers.ts';

// A Wednesday.
const META = publishedOn(2020, 10, 28);

function datesOf(text: string): [string, string][] {
  return timelineOfText(text, META, new Date(Date.UTC(2026, 0, 1)))
    .mentions.filter((m) => !m.role)
    .map((m) => [m.text, formatSourceDate(m.date)]);
}

describe('"a day earlier" counts from the day the narrative stands on, not a "since" clause', () => {
  it('given "since fighting resumed on <date>" after the sentence\'s day, the day before that day', () => {
    const dates = datesOf(
      'Rockets hit the town on Wednesday, the deadliest attack since fighting over the region resumed on September 27.\n\n' +
        'A day earlier, five people were killed in the same district, the prosecutor said.',
    );
    expect(dates).toContainEqual(['A day earlier', '2020-10-27']);
  });
});

describe('"today" that tells no event of the day', () => {
  it('given "I have no announcement today", no date', () => {
    expect(datesOf('I have no announcement today on the size of the mission.')).toEqual([]);
  });

  it('given "Today there is no road" against yesterday, the day', () => {
    expect(datesOf('"Yesterday we were told he was on the list. Today there is no road," she said.')).toEqual(
      [
        ['Yesterday', '2020-10-27'],
        ['Today', '2020-10-28'],
      ],
    );
  });

  it('given a progressive ("today is meeting"), the day', () => {
    expect(datesOf('The minister today is meeting his counterpart in Moscow.')).toEqual([
      ['today', '2020-10-28'],
    ]);
  });
});

describe('"By nightfall" is a part of the day just told', () => {
  it('given "By nightfall" after a told day, that day', () => {
    expect(
      datesOf('Fighting broke out on Tuesday near the border. By nightfall, both capitals reported losses.'),
    ).toEqual([
      ['on Tuesday', '2020-10-27'],
      ['By nightfall', '2020-10-27'],
    ]);
  });
});

describe('a print-edition line naming its paper is no event', () => {
  it('given "This article appeared in the New Straits Times print edition, 18 November 2021.", no date', () => {
    const dates = datesOf(
      'The ceasefire held on Tuesday.\n\nThis article appeared in the New Straits Times print edition, 18 November 2021.',
    );
    expect(dates).toEqual([['on Tuesday', '2020-10-27']]);
  });
});
