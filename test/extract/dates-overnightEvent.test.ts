import { describe, expect, it } from 'vitest';
import { eventDatesShown, timelineOfPage } from './dates.helpers.ts';

const datesOf = (text: string) => eventDatesShown(timelineOfPage(text));

const dated = (day: string, body: string) => `Border report\n\n${day}\n\n${body}`;

/** "overnight" before a violent event dates that event to the night into the piece's day, as the adverb does. */
describe('"overnight" as the adjective of a violent event told as past', () => {
  it.each([
    [
      'a wire lead: "killed in overnight clashes"',
      'At least 14 soldiers were killed in overnight clashes on the border, the defence ministry said Wednesday.',
      'overnight',
    ],
    [
      'a broadcaster: "Overnight shelling damaged"',
      'Overnight shelling damaged a school and two houses in Martuni, local officials said.',
      'Overnight',
    ],
    [
      'an agency: "during overnight drone strikes"',
      'Two ammunition depots were destroyed during overnight drone strikes, the ministry reported.',
      'overnight',
    ],
  ])('%s → the night into the piece day, without the preposition', (_, body, text) => {
    expect(datesOf(dated('March 9, 2022', body))).toContainEqual([text, '2022-03-08/09']);
  });

  it.each([
    ['a curfew, which lasts many nights', 'An overnight curfew was imposed on the city after the clashes.'],
    ['an event still to come', 'The army said it would carry out overnight strikes if the shelling went on.'],
    ['a service', 'Buses ran an overnight service between Goris and Yerevan last month.'],
  ])('%s: no night', (_, body) => {
    expect(datesOf(dated('March 9, 2022', body)).filter(([t]) => /overnight/i.test(t))).toEqual([]);
  });
});
