import { describe, expect, it } from 'vitest';
import { events, published, timelineOf } from '../corpus/dateLayouts.helpers.ts';

/** Sentences written for these tests: the grammar behind outlets-fresh-81's and -82's date misses. */
const piece = (stamp: string, body: string) => `Border talks resume\n\n${stamp}\n\n${body}\n`;

describe('a byline stamp with no space after the comma ("Jun 05,2021") dates the piece', () => {
  const text = piece(
    'By AFP - Jun 05,2021 - Last updated at Jun 05,2021',
    'Two deminers were killed on Friday near the village, officials said.',
  );

  it('published is the day it gives', () => {
    expect(published(text)).toBe('2021-06-05');
  });

  it('a weekday in the body counts back from it', () => {
    expect(events(text)).toEqual({ 'on Friday': '2021-06-04' });
  });
});

describe('"Update:" with its colon is a revision stamp: it dates the timeline, no publication date', () => {
  const text = piece(
    'Update: April, 28/2023 - 08:45',
    'The president spoke on April 24 at a school opening, and rationing began in January.',
  );

  it('no publication date is stated', () => {
    const timeline = timelineOf(text);
    expect(timeline.reference).toMatchObject({ year: 2023, month: 4, day: 28 });
    expect(timeline.referenceBasis).toContain('no earlier date given');
  });

  it("the body's year-less dates take the stamp's year", () => {
    expect(events(text)).toEqual({ 'on April 24': '2023-04-24', 'in January': '2023-01' });
  });

  it('a wire slug "UPDATE 2-…" is no stamp', () => {
    const slug = piece('UPDATE 2-Talks resume in Moscow on May 3', 'Talks went on for hours.');
    expect(timelineOf(slug).reference).toBeNull();
  });
});

describe('"Published in the <outlet> print edition, <date>" closing a piece is no event of it', () => {
  const text = piece(
    'November 17, 2021',
    'Troops exchanged fire on Tuesday, officials said.\n\n' +
      'Published in the Daily Courier print edition, Thursday, November 18, 2021',
  );

  it('the piece keeps its own date, and the print day is no event', () => {
    expect(published(text)).toBe('2021-11-17');
    expect(events(text)).toEqual({ 'on Tuesday': '2021-11-16' });
  });
});

describe('a past verb of a later clause dates a bare month, whatever infinitive came before it', () => {
  it('"built to protect regimes, as we saw in Kazakhstan in January" is the January before', () => {
    const body = 'The bloc was built to protect regimes, as we saw in Kazakhstan in January.';
    expect(events(piece('14.09.2022 11:20', body))).toEqual({ 'in January': '2022-01' });
  });

  it('"agreed to open the line in January" may still be to come: the nearer January', () => {
    const body = 'The two sides agreed to open the line in January.';
    expect(events(piece('14.09.2022 11:20', body))).toEqual({ 'in January': '2023-01' });
  });
});

describe('a paragraph opening with "Later that month" goes on from the date that closed the paragraph before', () => {
  const body =
    'The talks came weeks after a deadly incident. A shootout on April 11 killed four soldiers.\n\n' +
    'Later that month, the checkpoint was set up.';

  it('the month of that date', () => {
    expect(events(piece('May 4, 2023', body))).toMatchObject({ 'Later that month': '2023-04' });
  });

  it('a date two sentences back in the paragraph before is too far', () => {
    const far =
      'A shootout on April 11 killed four soldiers. Both sides blamed each other.\n\n' +
      'Later that month, the checkpoint was set up.';
    expect(events(piece('May 4, 2023', far))).not.toHaveProperty('Later that month');
  });
});
