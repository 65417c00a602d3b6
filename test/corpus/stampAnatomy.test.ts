import { describe, expect, it } from 'vitest';
import { readHeaderStamp } from '../../src/corpus/metadata/stampAnatomy.ts';
import { events, published } from './dateLayouts.helpers.ts';

const LEAD_ON_FRIDAY =
  'Shelling damaged the school in the town on Friday, local officials said, and the roads were closed.\n';

describe('a stamp line read by its parts: byline, outlet, section, field words, date, hour and zone', () => {
  it.each([
    [
      'Anna Petrosyan · Northern Broadcaster · Posted: Mar 08, 2024 9:40 AM ET | Last Updated: March 9, 2024',
      '2024-03-08',
    ],
    ['March 8, 2024, 9:40 AM EST / Updated March 8, 2024, 6:02 PM EST', '2024-03-08'],
    ['Updated March 9, 2024, 6:02 PM EST / Published March 8, 2024, 9:40 AM EST', '2024-03-08'],
    ['Economy 18.03.2024 09:40', '2024-03-18'],
    ['Region | 18.03.2024 | 09:40 GMT+4', '2024-03-18'],
    ['Local News 14:55 GMT+4, 22 March 2024', '2024-03-22'],
    ['By Lilit Hakobyan and Tom Reyes · 5 min read · 22 March 2024', '2024-03-22'],
    ['Published 22.03.2024 14:55 (updated 23.03.2024 08:10)', '2024-03-22'],
  ])('%s → published %s', (line, day) => {
    expect(published(`Flooding cuts off mountain villages\n\n${line}\n\n${LEAD_ON_FRIDAY}`)).toBe(day);
  });

  it('a slash date whose order the lead settles: the lead says Tuesday, and 5 March 2024 was one', () => {
    // 5 March 2024 was a Tuesday; 3 May 2024 a Friday.
    const lead = '\nThe bridge was reopened on Tuesday, the ministry said in a short statement.\n';
    const stamp = readHeaderStamp('Society 05/03/2024 18:22', lead);
    expect(stamp?.date).toMatchObject({ year: 2024, month: 3, day: 5 });
    expect(stamp?.why).toMatch(/Tuesday/);
  });

  it('a dotted date whose order the paragraph after the lead settles, when the lead names no day', () => {
    // 12 June 2021 was a Saturday; 6 December 2021 a Monday. The prose writes "on June 4", month first,
    // which says nothing of the order the site's stamp uses.
    const body =
      '\nSeven detainees were handed over at the border, the prime minister announced today.\n\n' +
      'They crossed on Saturday morning and were flown to the capital. Talks resume on June 20.\n';
    const stamp = readHeaderStamp('21:05, 12.06.2021', body);
    expect(stamp?.date).toMatchObject({ year: 2021, month: 6, day: 12 });
    expect(stamp?.why).toMatch(/second paragraph's "on Saturday"/);
  });

  it.each([
    ['29. February 2024, 18:05', '2024-02-29'],
    ['3. March 2021', '2021-03-03'],
  ])('a day with the ordinal dot of German or Polish copy in translation: %s → %s', (line, day) => {
    expect(
      published(`Flooding cuts off mountain villages\n\nBy Anna Petrosyan\n\n${line}\n\n${LEAD_ON_FRIDAY}`),
    ).toBe(day);
  });

  it.each([
    ['Published on 05/03/2024 at 18:45, updated on 05/03/2024 at 20:12', { year: 2024, month: 3, day: 5 }],
    [
      'Published on 5 March 2024 at 18:45, updated on 6 March 2024 at 09:12',
      { year: 2024, month: 3, day: 5 },
    ],
  ])('a published part whose clock time ends in a comma before the revision: %s', (line, day) => {
    // 5 March 2024 was a Tuesday, as the lead says.
    const lead = '\nThe bridge was reopened on Tuesday, the ministry said in a short statement.\n';
    const stamp = readHeaderStamp(line, lead);
    expect(stamp?.date).toMatchObject(day);
    expect(stamp?.role).toBe('published');
  });

  it('a slash date nothing settles gives no date', () => {
    expect(
      readHeaderStamp('Society 04/03/2024 18:22', '\nThe roads were closed, officials said.\n'),
    ).toBeNull();
  });

  it('a line whose only date is a revision dates an update, not the piece', () => {
    expect(readHeaderStamp('Last modified: 19.03.2024 10:15 GMT+4')?.role).toBe('updated');
    expect(
      published(
        `Flooding cuts off mountain villages\n\nLast modified: 19.03.2024 10:15\n\n${LEAD_ON_FRIDAY}`,
      ),
    ).toBeNull();
  });

  it.each([
    'Armenia reports 3 soldiers wounded on 8 March 2024',
    'Rescuers - 12 villages reached by 8 March 2024',
    'Azerbaijan - Armenia 2:1',
    'Posted by readers: 8 March 2024 was a hard day',
  ])('running text or a score is no stamp: %s', (line) => {
    expect(readHeaderStamp(line)).toBeNull();
  });

  it("the stamp's dates are never events, and the body's weekdays count from the stamp", () => {
    const text = `WORLD\n\nFlooding cuts off mountain villages\n\nRescuers reached two villages by boat.\n\nMarch 8, 2024, 9:40 AM EST / Updated March 8, 2024, 6:02 PM EST\nBy Anna Petrosyan\n\n${LEAD_ON_FRIDAY}`;
    expect(published(text)).toBe('2024-03-08');
    const dated = events(text);
    expect(Object.keys(dated).some((t) => /9:40|6:02/.test(t))).toBe(false);
    expect(dated['on Friday']).toBe('2024-03-08');
  });
});

describe('stamp layouts of many kinds of site, under a headline or under a standfirst', () => {
  const head = 'Azerbaijan launches offensive in the mountain region';
  const deck = 'The fighting is the worst since the war ended.';
  const lead =
    'Artillery fire was heard across the region on Tuesday, officials said, and shelling went on into the night.\n';
  it.each([
    'September 19, 2023 10:12 AM GMT+4 Updated 2 hours ago',
    'AFP Published September 19, 2023 Updated about 3 hours ago',
    'Issued on: 19/09/2023 - 10:12 Modified: 19/09/2023 - 16:55',
    '19.09.2023 [15:42]',
    'ISTANBUL EVENING POST WITH AA Sep 19, 2023 10:12 am',
    'Published: 19 September ,2023: 10:12 AM GST Last Updated: 19 September ,2023: 04:55 PM GST',
    'World Desk / DAILYREVIEW.COM / Updated: Sep 19, 2023, 16:55 IST / Published: Sep 19, 2023, 10:12 IST',
    'By Jane Doe | BRUSSELSWIRE.eu with Reuters | 19-09-2023',
    'BY CHRONICLE STAFF SEPTEMBER 19, 2023',
    'Tue, 09/19/2023 - 10:12',
  ])('%s → published 2023-09-19, and no date of the line is an event', (line) => {
    for (const text of [`${head}\n\n${line}\n\n${lead}`, `${head}\n\n${deck}\n\n${line}\n\n${lead}`]) {
      expect(published(text)).toBe('2023-09-19');
      expect(events(text)).toEqual({ 'on Tuesday': '2023-09-19' });
    }
  });

  it.each([
    'Updated: 19 Sep 2023 12:00 PM (GMT)',
    'Updated - September 19, 2023 04:55 pm IST - YEREVAN',
    'Jane Doe with AP • Updated: 19/09/2023 - 16:55',
  ])('only a revision: %s → no publication date, and the line is no event', (line) => {
    const text = `${head}\n\n${line}\n\n${lead}`;
    expect(published(text)).toBeNull();
    expect(Object.keys(events(text))).toEqual(['on Tuesday']);
  });
});

describe("a page's counters beside its date are part of the stamp", () => {
  it.each([
    ['22.03.2024 at 14:55, views: 3170', '2024-03-22'],
    ['22 March 2024, 14:55 | Views: 3170', '2024-03-22'],
    ['22.03.2024 14:55 · 3 170 views', '2024-03-22'],
    ['Views: 3170 | 22.03.2024 14:55', '2024-03-22'],
    ['22.03.2024 14:55 Comments: 4', '2024-03-22'],
    ['14:55, 22 March 2024 | Reading time: 4 min', '2024-03-22'],
    ['22 March 2024 | 14:55 | 👁 3170', '2024-03-22'],
    ['22.03.2024 14:55 Views 3170', '2024-03-22'],
  ])('%s → published %s', (line, day) => {
    expect(published(`Flooding cuts off mountain villages\n\n${line}\n\n${LEAD_ON_FRIDAY}`)).toBe(day);
  });

  it('a number alone beside the date is no counter: the line is not read as a stamp', () => {
    expect(
      published(`Flooding cuts off mountain villages\n\n22.03.2024 14:55 | 3170\n\n${LEAD_ON_FRIDAY}`),
    ).toBeNull();
  });
});

describe('stamps in other house styles', () => {
  it.each([
    ['Posted at 14:55h, 22 March 2024', '2024-03-22'],
    ['22 March 2024 | 14h55', '2024-03-22'],
    ['22 March 2024 ● 14:55', '2024-03-22'],
  ])('%s → published %s', (line, day) => {
    expect(published(`Flooding cuts off mountain villages\n\n${line}\n\n${LEAD_ON_FRIDAY}`)).toBe(day);
  });
});

describe('an archive number, a keyed date field and a credit label are parts of a stamp', () => {
  it.each([
    ['Story ID: 40917722 | 22 March 2024 - 14:55', '2024-03-22'],
    ['Article code: 5521934 | Publication date: 22 March 2024 - 14:55', '2024-03-22'],
    ['Release date: 22 March 2024 | Updated: 23 March 2024', '2024-03-22'],
    ['Entry Date: 22.03.2024 14:55 / Last Update: 23.03.2024 09:10', '2024-03-22'],
    ['22. March 2024, 14:55 Uhr Source: Example Online, AFP', '2024-03-22'],
  ])('%s → published %s', (line, day) => {
    expect(published(`Flooding cuts off mountain villages\n\n${line}\n\n${LEAD_ON_FRIDAY}`)).toBe(day);
  });

  it('the stamp under a standfirst, its credit after the hour with no bar between', () => {
    const page =
      'Flooding cuts off mountain villages\n\nRescue teams are still trying to reach the worst-hit valley.\n\n' +
      `18. March 2024, 09:40 Uhr Source: Example Online, dpa\n\n${LEAD_ON_FRIDAY}`;
    expect(published(page)).toBe('2024-03-18');
  });

  it('a number that names no page is not read as one: the line is no stamp', () => {
    expect(
      published(`Flooding cuts off mountain villages\n\nVillages: 14 | 22 March 2024\n\n${LEAD_ON_FRIDAY}`),
    ).toBeNull();
  });
});
