import { describe, expect, it } from 'vitest';
import { readEditionDate } from '../../src/corpus/metadata/dateLayouts.ts';
import { events, published } from './dateLayouts.helpers.ts';

/** Header lines written for these tests, in layouts agencies and weeklies print. */
const page = (head: string, lead: string) =>
  `World\n\nMonks vow to stay at the mountain monastery\n\nBy Ruth Okafor\n\n${head}\n\n${lead}\n`;
/** The same under a standfirst that ends as a sentence does. */
const underDeck = (head: string, lead: string) =>
  'World\n\nMonks vow to stay at the mountain monastery\n\n' +
  'The district is to change hands within days.\n\n' +
  `Ruth Okafor\n\n${head}\n\n${lead}\n`;

describe('a place, its date and a clock time set apart by a spaced slash, then the agency', () => {
  const head = 'Rome, Mar 9, 2021 / 09:40 am (ACN).';
  const lead = 'Priests at the monastery said on Monday that they would not leave.';

  it('dates the piece as a dateline does', () => {
    expect(published(page(head, lead))).toBe('2021-03-09');
  });

  it('its date is the line\'s, not an event; the lead\'s "on Monday" is counted from it', () => {
    expect(events(page(head, lead))).toEqual({ 'on Monday': '2021-03-08' });
  });

  it('a slash before a word is an agency\'s marker, as before ("Mar. 3 / Trend:")', () => {
    expect(published(page('BAKU, Azerbaijan, Mar. 3, 2021 / Trend:', lead))).toBe('2021-03-03');
  });
});

describe("a weekly's issue line: the masthead, the issue's number in its year, and the day", () => {
  const lead = 'The hall has been full of boxes since Monday, and more came on 2 March.';

  it.each([
    ['WOCHENBLATT 10/2021 of 10.03.2021', '2021-03-10'],
    ['Issue 10/2021, 10 March 2021', '2021-03-10'],
    ['Nr. 9-10/2021 of 10.03.2021', '2021-03-10'],
  ])('"%s" dates the piece %s', (line, day) => {
    expect(published(page(line, lead))).toBe(day);
    expect(published(underDeck(line, lead))).toBe(day);
  });

  it("the weekdays of the body are counted from the issue's day", () => {
    expect(events(page('WOCHENBLATT 10/2021 of 10.03.2021', lead))).toMatchObject({
      'since Monday': '2021-03-08',
      'on 2 March': '2021-03-02',
    });
  });

  it("an issue year that is not the date's year gives no day", () => {
    expect(readEditionDate('WOCHENBLATT 10/2020 of 10.03.2021')).toBeNull();
  });

  it('a number with no year after it is no issue line', () => {
    expect(readEditionDate('Chapter 10 of 10.03.2021')).toBeNull();
  });
});
