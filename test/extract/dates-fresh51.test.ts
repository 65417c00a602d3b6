import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** Pieces written for these tests. 14 May 2021 was a Friday; 12 May a Wednesday, 10 May a Monday. */
const piece = (body: string) => `Border positions hold\n\n14 May 2021 | 16:48\n\n${body}\n`;
const LEAD = 'The border units stayed in their positions, the ministry said in a statement to reporters.';

describe('a modal of obligation tells a day still to come', () => {
  it('"must hand over the district on Sunday" is the Sunday after the piece', () => {
    const text = piece(
      `${LEAD}\n\nUnder the deal signed on May 11, the side must hand over the district on Sunday.`,
    );
    expect(events(text)).toMatchObject({ 'on Sunday': '2021-05-16' });
  });

  it('"is to arrive on Sunday": still to come', () => {
    expect(events(piece(`${LEAD}\n\nThe envoy is to arrive on Sunday.`))).toMatchObject({
      'on Sunday': '2021-05-16',
    });
  });

  it('a past verb after the modal dates its own event: "must return what it seized on Sunday"', () => {
    expect(events(piece(`${LEAD}\n\nThe side must return what it seized on Sunday.`))).toMatchObject({
      'on Sunday': '2021-05-09',
    });
  });

  it('"must have left", "had to leave": past', () => {
    expect(events(piece(`${LEAD}\n\nThe troops must have left on Sunday, villagers said.`))).toMatchObject({
      'on Sunday': '2021-05-09',
    });
    expect(events(piece(`${LEAD}\n\nThe troops had to leave on Sunday.`))).toMatchObject({
      'on Sunday': '2021-05-09',
    });
  });
});
