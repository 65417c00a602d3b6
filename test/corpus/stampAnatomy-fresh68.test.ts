import { describe, expect, it } from 'vitest';
import { events, published } from './dateLayouts.helpers.ts';

/** Stamp lines written for these tests, in the layouts sites keep when their copy is translated. */
const page = (stamp: string, lead: string) =>
  'Abroad\n\nFarmers near the border count their losses after the shelling\n\n' +
  `Marit Jensen\n${stamp}\n\n${lead}\n`;
const lead = 'The shelling began on Monday night and stopped before dawn, villagers said on Tuesday.';

describe('a stamp in a Germanic language: any month or weekday of its calendar, its word before the hour', () => {
  it.each([
    ['Dutch, "om" before the hour', '26 juli 2023 om 17:05', '2023-07-26'],
    ['Dutch, a weekday and May', 'woensdag 24 mei 2023', '2023-05-24'],
    ['Dutch, "mrt." for March', '14 mrt. 2023', '2023-03-14'],
    ['Swedish, "klockan" before the hour', 'tisdag 26 september 2023 klockan 09.12', '2023-09-26'],
    ['Swedish, August', '8 augusti 2023', '2023-08-08'],
    ['Danish, a dotted day', '14. maj 2023 kl. 10.30', '2023-05-14'],
    ['Norwegian, December', '5. desember 2023', '2023-12-05'],
  ])('%s: "%s" dates the piece', (_, stamp, day) => {
    expect(published(page(stamp, lead))).toBe(day);
  });

  it('the weekdays of the body are counted from it', () => {
    expect(events(page('26 juli 2023 om 17:05', lead))).toMatchObject({
      'on Tuesday': '2023-07-25',
    });
  });

  it('a weekday the day does not fall on gives no date', () => {
    expect(published(page('dinsdag 26 juli 2023 om 17:05', lead))).toBeNull();
  });
});

describe('a count of comments or views closing the stamp line after a space', () => {
  it.each([['July 29, 2021 0 Comments'], ['July 29, 2021 12 comments'], ['29 July 2021 1 482 views']])(
    '"%s" dates the piece',
    (stamp) => {
      expect(published(page(stamp, lead))).toBe('2021-07-29');
    },
  );

  it("the year is not read as the count's first digits", () => {
    expect(events(page('July 29, 2021 0 Comments', lead))).toMatchObject({ 'on Tuesday': '2021-07-27' });
  });
});
