import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** Pieces written for these tests, each dated by its line under the headline. */
const piece = (stamp: string, body: string) => `Envoys meet on the border\n\n${stamp}\n\n${body}\n`;

describe('a part of a month after a past verb and its preposition ("announced at the end of")', () => {
  it('told in January, after a future clause: last December', () => {
    const text = piece(
      '14 January 2022',
      'The minister said the ferries would sail on Feb. 9, a step the two ports agreed at the end of December.',
    );
    expect(events(text)).toMatchObject({ 'on Feb. 9': '2022-02-09', 'end of December': '2021-12' });
  });

  it('a future verb before the part of the month keeps it to come', () => {
    const text = piece('14 January 2022', 'The ferries will sail again at the end of March.');
    expect(events(text)).toMatchObject({ 'end of March': '2022-03' });
  });
});

describe('the present progressive of an arranged event (the futurate) before a weekday', () => {
  it('"is organising a march … on Wednesday", told on a Monday: the coming Wednesday', () => {
    const text = piece(
      'Monday, 12 October 2020',
      'The Armenian community is organising a march from the cathedral to the parliament on Wednesday.',
    );
    expect(events(text)).toMatchObject({ 'on Wednesday': '2020-10-14' });
  });

  it('"are holding a vigil Saturday": the coming Saturday', () => {
    const text = piece('Monday, 12 October 2020', 'Students are holding a vigil in the square Saturday.');
    expect(events(text)).toMatchObject({ Saturday: '2020-10-17' });
  });

  it('a past verb between the progressive and the day dates the day back ("is investigating the shelling reported on Sunday")', () => {
    const text = piece(
      'Monday, 12 October 2020',
      'The prosecutor is investigating the shelling reported on Sunday.',
    );
    expect(events(text)).toMatchObject({ 'on Sunday': '2020-10-11' });
  });

  it('another preposition of time before the day is no arrangement ("is still missing after Friday")', () => {
    const text = piece('Monday, 12 October 2020', 'One soldier is still missing after Friday.');
    expect(events(text)).not.toMatchObject({ Friday: '2020-10-16' });
  });
});

describe('"the weekend" as a verb\'s object', () => {
  const stamp = 'Monday, 12 October 2020';

  it('"did not survive the weekend" dates nothing', () => {
    const text = piece(stamp, 'The truce agreed on Saturday did not survive the weekend.');
    expect(events(text)).toEqual({ 'on Saturday': '2020-10-10' });
  });

  it('"over the weekend" and "The weekend" as a subject still date it', () => {
    expect(events(piece(stamp, 'Shelling resumed over the weekend.'))).toEqual({
      'over the weekend': '2020-10-10/11',
    });
    expect(events(piece(stamp, 'The weekend brought new strikes.'))).toEqual({
      'The weekend': '2020-10-10/11',
    });
  });
});
