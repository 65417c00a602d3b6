import { describe, expect, it } from 'vitest';
import { readSlashDate } from '../../src/corpus/metadata/dateLayouts.ts';
import { readHeaderStamp } from '../../src/corpus/metadata/stampAnatomy.ts';
import { events, published } from './dateLayouts.helpers.ts';

const HEADLINE = 'Convoy of trucks reaches the border crossing\n\n';
const LEAD =
  'Officials said yesterday that the crossing had been closed since Sunday, and aid arrived last night.\n';

describe('a weekday written beside a dotted date settles its order', () => {
  // 3 May 2024 was a Friday and 5 March 2024 a Tuesday.
  it.each([
    ['03.05.2024, Friday 09:10', '2024-05-03'],
    ['05.03.2024, Tuesday 18:20', '2024-03-05'],
    ['03/05/2024 Tuesday', '2024-03-05'],
    ['Friday, 03.05.2024 11:00', '2024-05-03'],
    ['Tue. 05-03-2024', '2024-03-05'],
  ])('under a section label: %s → published %s, and the body is dated from it', (line, day) => {
    const text = `World\n${line}\n\n${HEADLINE}${LEAD}`;
    expect(published(text)).toBe(day);
    const before = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(events(text)).toMatchObject({ yesterday: before });
  });

  it('the weekday outweighs the lead: the lead says Tuesday, the stamp says Friday', () => {
    const lead = 'The bridge was reopened on Tuesday, the ministry said in a short statement.\n';
    expect(readSlashDate('03.05.2024, Friday', lead)?.date).toMatchObject({ year: 2024, month: 5, day: 3 });
  });

  it.each(['03.05.2024, Monday 09:10', 'Sunday, 05.03.2024'])(
    'a weekday that fits neither order gives no date: %s',
    (line) => {
      expect(published(`World\n${line}\n\n${HEADLINE}${LEAD}`)).toBeNull();
    },
  );

  it('says why: the day and the weekday it fell on', () => {
    expect(readHeaderStamp('Region 05.03.2024, Tuesday 18:20')?.why).toBe(
      'read day first: 5 March 2024 was a Tuesday, as the line says',
    );
  });
});

describe('a clock time set in brackets after the date', () => {
  it.each([
    ['14 March 2024 [09:45] - Caspian.Az', '2024-03-14'],
    ['14 March 2024 (09:45)', '2024-03-14'],
    ['Politics | March 14, 2024 [09:45 GMT+4]', '2024-03-14'],
  ])('%s → published %s', (line, day) => {
    expect(published(`Politics\n${line}\n\n${HEADLINE}${LEAD}`)).toBe(day);
  });

  it('a bracket holding more than a time is no stamp: 14 March 2024 (the day of the vote)', () => {
    expect(published(`Politics\n14 March 2024 (the day of the vote)\n\n${HEADLINE}${LEAD}`)).toBeNull();
  });
});

describe('a short sentence about the page itself names the day it was published', () => {
  it.each([
    ['This content was published on March 14, 2024 - 09:45', '2024-03-14'],
    ['This article was first published on 14 March 2024', '2024-03-14'],
    ['This story was published on Dec. 1, 2023', '2023-12-01'],
  ])('under the headline: %s → published %s', (line, day) => {
    const text = `${HEADLINE}${line}\nAgency staff\n\n${LEAD}`;
    expect(published(text)).toBe(day);
    expect(Object.values(events(text))).not.toContain(day);
  });

  it('an event in the same shape is no stamp: "This report was published on 14 March 2024, the ministry said."', () => {
    const text = `${HEADLINE}Another paragraph of copy, written for the test.\n\nThis report was published on 14 March 2024, the ministry said.\n`;
    expect(published(text)).toBeNull();
  });
});
