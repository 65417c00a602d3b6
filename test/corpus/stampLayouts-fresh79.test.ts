import { describe, expect, it } from 'vitest';
import { readSlashDate } from '../../src/corpus/metadata/dateLayouts.ts';
import { events, published } from './dateLayouts.helpers.ts';

/** Stamp lines and pages written for these tests, in layouts sites keep (sets fresh-79 and fresh-80). */
const page = (stamp: string, lead: string) =>
  'Abroad\n\nFarmers near the border count their losses after the shelling\n\n' +
  `Marit Jensen\n\n${stamp}\n\n${lead}\n`;
const lead = 'The shelling began on Monday night and stopped before dawn, villagers said on Tuesday.';

describe('a date whose month, day and year are set apart by spaced dashes', () => {
  it.each([
    ['month first', 'Aug - 17 - 2023 , 07:45', '2023-08-17'],
    ['day first', '17 - Aug - 2023', '2023-08-17'],
  ])('%s: "%s" dates the piece', (_, stamp, day) => {
    expect(published(page(stamp, lead))).toBe(day);
  });

  it('the weekdays of the body are counted from it', () => {
    expect(events(page('Aug - 16 - 2023 , 07:45', lead))).toMatchObject({ 'on Tuesday': '2023-08-15' });
  });

  it('words that are no month between the dashes date nothing', () => {
    expect(published(page('Gate - 17 - 2023', lead))).toBeNull();
  });
});

describe('a Slovene, Croatian or Serbian weekday before a dotted stamp', () => {
  it.each([
    ['Slovene, three letters', 'sre, 27. 09. 2023, 18:05', '2023-09-27'],
    ['Slovene, in full', 'sreda, 27. 09. 2023', '2023-09-27'],
    ['Croatian', 'srijeda, 27. 9. 2023. u 18:05', '2023-09-27'],
  ])('%s: "%s" dates the piece', (_, stamp, day) => {
    expect(published(page(stamp, lead))).toBe(day);
  });

  it('a weekday the day does not fall on gives no date', () => {
    expect(published(page('pet, 27. 09. 2023, 18:05', lead))).toBeNull();
  });
});

describe('a section, a date with its weekday, a spaced double slash, the hour and a view count', () => {
  it('dates the piece', () => {
    expect(published(page('World | December 13, 2023, Wednesday // 16:05 | Views: 1,284', lead))).toBe(
      '2023-12-13',
    );
  });
});

describe("a print page's closing line: the day it ran, then its page", () => {
  const body = `Officials said the checkpoint opened on Sunday and the first cars were turned back on Monday.\n\n`;
  it.each([['Tue, Apr 25, 2023 page6'], ['Tue, Apr 25, 2023 page 6'], ['25 April 2023, p. A4']])(
    '"%s" dates the piece',
    (closing) => {
      const text = `Checkpoint set up on the mountain road\n\nAFP, YEREVAN\n\n${body}More reporting by wire services\n\n${closing}\n`;
      expect(published(text)).toBe('2023-04-25');
    },
  );
});

describe('a slash stamp whose lead weekday fits both orders: the days named with their month settle it', () => {
  // 05/10/2023 is 5 October (a Thursday) or 10 May (a Wednesday): "on Wednesday" fits both, "on Tuesday"
  // further down fits 10 May only; "on September 25" falls within a month before 5 October only.
  const body =
    'The leaders met without the president, who stayed away from the summit.\n\n' +
    'A state agency reported on Wednesday that he had decided not to travel.\n\n' +
    'An envoy spoke with him by phone on Tuesday.\n\n' +
    'A depot exploded on September 25, killing scores of people.\n';
  it('read day first', () => {
    expect(readSlashDate('05/10/2023 16:48', body)?.date).toMatchObject({ year: 2023, month: 10, day: 5 });
  });

  it('with no day named with its month, the later weekdays still settle it', () => {
    const noNamedDay = body.replace('on September 25', 'last month');
    expect(readSlashDate('05/10/2023 16:48', noNamedDay)?.date).toMatchObject({
      year: 2023,
      month: 5,
      day: 10,
    });
  });
});
