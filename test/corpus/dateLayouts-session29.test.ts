import { describe, expect, it } from 'vitest';
import { published } from './dateLayouts.helpers.ts';

/** Numeric stamps whose order the lead's "since" date cannot settle. */

describe('a lead that names the start of a long span', () => {
  it('"Since 12 March 2022, …" over a month back under both readings: the body\'s weekday settles the stamp', () => {
    const text =
      'Society\n\nMine blasts: 40 victims since the spring\n\n5-04-2023, 09:15\n\n' +
      'Since March 12, 2022, 40 people have been hurt by mines in the districts, the agency informed the site.\n\n' +
      'Most of the victims were farmers, and 12 of them were hurt in the last month alone.\n\n' +
      'The agency said that on Tuesday a tractor driver was injured near the village.\n';
    // 5 April 2023 was a Wednesday; read month first, 4 May 2023 was a Thursday.
    expect(published(text)).toBe('2023-04-05');
  });

  it('with no weekday in the piece, the stamp stays unread', () => {
    const text =
      'Society\n\nMine blasts: 40 victims since the spring\n\n5-04-2023, 09:15\n\n' +
      'Since March 12, 2022, 40 people have been hurt by mines in the districts, the agency informed the site.\n\n' +
      'The agency said that clearance work would go on through the summer.\n';
    expect(published(text)).toBeNull();
  });
});

describe('stamps with the year first in dots, or the month named between hyphens', () => {
  it.each([
    ['2021.11.08 12:40', '2021-11-08'],
    ['2021.11.08', '2021-11-08'],
    ['08-Nov-2021 12:40', '2021-11-08'],
    ['8-Nov-21', '2021-11-08'],
  ])('%s → published %s', (stamp, day) => {
    const text = `World\n\nConvoy reaches the border crossing\n\n${stamp}\n\nThe convoy reached the crossing after a day on the road, officials said.\n`;
    expect(published(text)).toBe(day);
  });

  it('a month that is none gives no date', () => {
    const text =
      'World\n\nConvoy reaches the border\n\n2021.13.08\n\nThe convoy reached the crossing, officials said.\n';
    expect(published(text)).toBeNull();
  });
});
