import { describe, expect, it } from 'vitest';
import { events, published } from './dateLayouts.helpers.ts';

/** Stamp lines written for these tests, in the layouts sites keep when their copy is translated. */
const page = (credit: string, stamp: string, lead: string) =>
  'Region\n\nRelief convoy waits at the checkpoint for a third day\n\n' +
  'Drivers say they have run out of food and water.\n\n' +
  `${credit}\n${stamp}\n\n${lead}\n`;

const LEAD = 'The convoy reached the checkpoint on Monday, the drivers said on Tuesday.';

describe('a dotted day-first stamp with the clock after the language\'s "at"', () => {
  it.each([
    ['10.11.2020. u 09:41', '2020-11-10'], // Croatian, Serbian, Bosnian "u"
    ['10.11.2020 v 9:41', '2020-11-10'], // Czech and Slovak "v"
    ['10.11.2020 o 09:41', '2020-11-10'], // Polish "o"
  ])('"%s" dates the piece %s', (stamp, day) => {
    expect(published(page('Author: Lea Horvat', stamp, LEAD))).toBe(day);
  });

  it('the weekdays of the body are counted from it', () => {
    expect(events(page('Author: Lea Horvat', '10.11.2020. u 09:41', LEAD))).toMatchObject({
      'on Monday': '2020-11-09',
      'on Tuesday': '2020-11-10',
    });
  });

  it('a word that is no clock after "u" leaves the line unread', () => {
    expect(published(page('Author: Lea Horvat', '10.11.2020. u Zagrebu', LEAD))).toBeNull();
  });
});

describe('a numeric stamp with the year first, each number closed by a point', () => {
  it.each([['2023. 12. 07. 21:05'], ['2023.12.07. 21:05'], ['2023. 12. 7.']])(
    '"%s" is 7 December 2023',
    (stamp) => {
      expect(
        published(page('Daily online', stamp, 'The two sides freed prisoners on Thursday, officials said.')),
      ).toBe('2023-12-07');
    },
  );

  it('the year first settles the order: month, then day', () => {
    expect(published(page('Daily online', '2023. 03. 07. 08:15', LEAD))).toBe('2023-03-07');
  });
});

describe('a Portuguese or Spanish month in its short form', () => {
  it.each([
    ['11 Out 2020 — 14:32', '2020-10-11'],
    ['3 Fev 2021 - 09:10', '2021-02-03'],
    ['14 Ago 2023', '2023-08-14'],
    ['5 abr 2024, 18:00', '2024-04-05'],
    ['9 ene 2023', '2023-01-09'],
  ])('"%s" dates the piece %s', (stamp, day) => {
    expect(published(page('DN/Lusa', stamp, LEAD))).toBe(day);
  });
});
