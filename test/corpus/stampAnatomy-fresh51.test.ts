import { describe, expect, it } from 'vitest';
import { readHeaderStamp } from '../../src/corpus/metadata/stampAnatomy.ts';
import { events, published } from './dateLayouts.helpers.ts';

/** Stamp lines written for these tests, in shapes regional and CMS sites set below a headline. */
const LEAD =
  'Hundreds of families reached the border town on Monday, officials said, and more were expected overnight.\n';
const piece = (stamp: string) => `Families reach the border town\n\n${stamp}\n\n${LEAD}`;

describe('a revision stamp and the first publication on one line, a comma between them', () => {
  it('"Updated <day> - <time>, first published <day> - <time>": the first publication is Published', () => {
    const line = 'Updated March 12 2024 - 7:05am, first published March 11 2024 - 10:50pm';
    expect(readHeaderStamp(line)).toMatchObject({
      date: { year: 2024, month: 3, day: 11 },
      role: 'published',
    });
    expect(published(piece(line))).toBe('2024-03-11');
  });

  it('the weekday of the lead is counted from that day', () => {
    // 11 March 2024 was a Monday.
    const text = piece('Updated March 12 2024 - 7:05am, first published March 11 2024 - 10:50pm');
    expect(events(text)).toMatchObject({ 'on Monday': '2024-03-11' });
  });

  it('"first published" is one field word, in lower case as in capitals', () => {
    expect(readHeaderStamp('Updated 12 March 2024, first published 11 March 2024')?.date).toMatchObject({
      day: 11,
    });
    expect(readHeaderStamp('Updated 12 March 2024 | First Published 11 March 2024')?.date).toMatchObject({
      day: 11,
    });
  });

  it('a comma inside running text does not make it a stamp', () => {
    expect(readHeaderStamp('Officials said, first published figures were wrong on March 11 2024')).toBeNull();
  });
});

describe('"Created:" beside "Updated:": the day a site created the piece is Published', () => {
  it.each([
    ['Created: 18.03.2024 - 09:40 | Updated: 19.03.2024 - 11:15', '2024-03-18'],
    ['Created: 18.03.2024 - 09:40', '2024-03-18'],
    ['Last updated: 19.03.2024 - 11:15\nCreated: 18.03.2024 - 09:40', '2024-03-18'],
  ])('%s → published %s', (stamp, day) => {
    expect(published(piece(stamp))).toBe(day);
  });

  it('"created" in a sentence is no field word', () => {
    expect(readHeaderStamp('The fund created 18.03.2024 pays for repairs')).toBeNull();
  });
});
