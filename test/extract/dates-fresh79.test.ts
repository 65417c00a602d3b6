import { describe, expect, it } from 'vitest';
import { events, published } from '../corpus/dateLayouts.helpers.ts';

/** Sentences written for these tests: the grammar behind outlets-fresh-79's and -80's date misses. */
const piece = (stamp: string, body: string) => `Border talks resume\n\n${stamp}\n\n${body}\n`;

describe("a print page's closing line dates the piece, and is no event of it", () => {
  const text =
    'Checkpoint set up on the mountain road\n\nAFP, YEREVAN\n\n' +
    'Border guards set up the post on Sunday and began checking papers on Monday.\n\n' +
    'Tue, Apr 25, 2023 page6\n';
  it('published is the day it ran', () => {
    expect(published(text)).toBe('2023-04-25');
  });

  it("the events are the body's days only", () => {
    expect(events(text)).toEqual({ 'on Sunday': '2023-04-23', 'on Monday': '2023-04-24' });
  });
});

describe('a date moved "from" one day "to" another: two days, no stretch', () => {
  it.each([
    ['postponed', 'The handover was postponed from November 15 to November 25 at the request of Yerevan.'],
    ['moved', 'An aide said the deadline had been moved from November 15 to November 25.'],
    ['pushed back', 'The vote was pushed back from November 15 to November 25.'],
  ])('%s', (_, sentence) => {
    expect(events(piece('November 12, 2020', sentence))).toMatchObject({
      'from November 15': '2020-11-15',
      'November 25': '2020-11-25',
    });
  });

  it('a stretch with no such verb stays one range', () => {
    expect(
      events(piece('November 12, 2020', 'Talks will run from November 15 to November 25 in Moscow.')),
    ).toMatchObject({ 'from November 15 to November 25': '2020-11-15/25' });
  });
});

describe('"after overnight clashes" under a day\'s event: the night into that day', () => {
  it('the night before the day told', () => {
    const body = 'Oil prices edged higher on Tuesday after overnight clashes on the border, traders said.';
    expect(events(piece('September 13, 2022', body))).toMatchObject({ overnight: '2022-09-12/13' });
  });

  it('an event day with the night after it stays the night after', () => {
    const body = 'The blast on Monday evening killed 20, with the injured flown to Yerevan overnight.';
    expect(events(piece('September 27, 2023', body))).toMatchObject({ overnight: '2023-09-25/26' });
  });
});
