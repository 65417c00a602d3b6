import { describe, expect, it } from 'vitest';
import { readHeaderStamp } from '../../src/corpus/metadata/stampAnatomy.ts';
import { events, published } from './dateLayouts.helpers.ts';

const HEADLINE = 'Lawmakers walk out as the border bill stalls\n\n';

describe('a byline that gives its date after "on", its clock time after "at"', () => {
  const lead =
    'Opposition deputies left the chamber on Tuesday after the speaker refused a vote, and the session was closed on September 27 without a quorum.\n';

  it('a slash date settled by the page, which writes its dates month first', () => {
    const text = `WORLD\n\n${HEADLINE}By Jane Doe On 11/10/20 at 8:14 AM EST\n\nStaff Writer\n\n${lead}`;
    expect(published(text)).toBe('2020-11-10');
    expect(events(text)).toMatchObject({ 'on September 27': '2020-09-27' });
  });

  it('written in capitals, in the only order that is a date', () => {
    const text = `POLITICS\n\n${HEADLINE}BY JANE DOE ON 03/14/24 AT 9:02 AM EDT\n\n${lead}`;
    expect(published(text)).toBe('2024-03-14');
  });

  it('an order nothing on the page settles gives no date', () => {
    const plain =
      'Opposition deputies left the chamber after the speaker refused a vote, and the session was closed without a quorum.\n';
    expect(published(`WORLD\n\n${HEADLINE}By Jane Doe On 05/03/24 at 8:14 AM EST\n\n${plain}`)).toBeNull();
  });
});

describe('a stamp with its revision in square brackets', () => {
  it.each([
    ['Saturday, 22 October 2022 9:14 AM  [ Last Update: Saturday, 22 October 2022 9:14 AM ]', '2022-10-22'],
    ['Thursday, 14 March 2024 08:05 AM [ Last Update: Friday, 15 March 2024 10:12 AM ]', '2024-03-14'],
    ['14 March 2024 08:05 [Update: 15 March 2024 10:12]', '2024-03-14'],
  ])('%s → published %s, the first date, never the update', (line, day) => {
    const text = `Asia-Pacific\n\n${HEADLINE}${line}\n\nThe deputies said on Friday that the vote would be held next week.\n`;
    expect(published(text)).toBe(day);
  });

  it('a bracket with only the revision dates the piece as Updated', () => {
    expect(readHeaderStamp('[ Last Update: Friday, 15 March 2024 10:12 AM ]')).toMatchObject({
      role: 'updated',
      date: { year: 2024, month: 3, day: 15 },
    });
  });
});
