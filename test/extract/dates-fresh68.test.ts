import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** Sentences written for these tests: the grammar behind outlets-fresh-68's date misses. */
const piece = (body: string) => `Border talks resume\n\nSunday, May 14, 2023\n\n${body}\n`;

describe("a reporting clause set off by commas after an opening date is not that clause's verb", () => {
  it('"On Monday, he said, he would brief the cabinet" is the Monday to come', () => {
    expect(events(piece('On Monday, he said, he would brief the cabinet.'))).toMatchObject({
      'On Monday': '2023-05-15',
    });
  });

  it('"On Monday, according to the ministry, the envoy will fly to Baku" likewise', () => {
    expect(
      events(piece('On Monday, according to the foreign ministry, the envoy will fly to Baku.')),
    ).toMatchObject({ 'On Monday': '2023-05-15' });
  });

  it('"On Friday, officials said, the convoy turned back" stays the Friday before', () => {
    expect(events(piece('On Friday, officials said, the convoy turned back.'))).toMatchObject({
      'On Friday': '2023-05-12',
    });
  });

  it("a saying that is the clause's own verb still tells its tense", () => {
    expect(events(piece('On Monday, the minister said talks would resume.'))).toMatchObject({
      'On Monday': '2023-05-08',
    });
  });
});

describe("a copyright notice's year is no date", () => {
  it.each([
    'Copyright (c) 2021. Example Radio, Inc.',
    '© 2021 Example Radio',
    'Copyright © 2021 Example Radio',
  ])('"%s"', (notice) => {
    const found = events(piece(`Troops exchanged fire on Friday, the ministry said.\n\n${notice}`));
    expect(found).toMatchObject({ 'on Friday': '2023-05-12' });
    expect(Object.keys(found)).not.toContain('2021');
  });

  it('a year after "in" on the same page is still read', () => {
    expect(events(piece('The village was shelled in 2021, residents said.'))).toMatchObject({
      'in 2021': '2021',
    });
  });
});

describe('a part of the day after a weekday stays with it after a clock time', () => {
  it('"by 5 o\'clock on Tuesday morning" reads through "morning"', () => {
    expect(events(piece("Some 2,000 people had crossed by 5 o'clock on Tuesday morning."))).toMatchObject({
      "by 5 o'clock on Tuesday morning": '2023-05-09',
    });
  });
});
