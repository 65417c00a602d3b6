import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** Pieces written for these tests, each dated by its line under the headline. */
const piece = (stamp: string, body: string) => `Envoys meet on the border\n\n${stamp}\n\n${body}\n`;

describe('an arrangement told in the simple past ("was due to", "were to be held")', () => {
  it('"was due to take over the district on Sunday", told on a Monday: the Sunday just gone', () => {
    const text = piece(
      'Monday, 16 November 2020',
      'The army was due to take over the district on Sunday, but the handover was postponed.',
    );
    expect(events(text)).toMatchObject({ 'on Sunday': '2020-11-15' });
  });

  it('"were to be held in October", told in November: this October, not next year\'s', () => {
    const text = piece(
      '23 November 2022',
      'Earlier this year, the country refused to host the drills, which were to be held in October.',
    );
    expect(events(text)).toMatchObject({ 'in October': '2022-10' });
  });

  it('"was supposed to open in December", told in November: the December to come', () => {
    const text = piece('23 November 2022', 'The new crossing was supposed to open in December.');
    expect(events(text)).toMatchObject({ 'in December': '2022-12' });
  });

  it('"is due to take over the district on Sunday" keeps its day to come', () => {
    const text = piece('Monday, 16 November 2020', 'The army is due to take over the district on Sunday.');
    expect(events(text)).toMatchObject({ 'on Sunday': '2020-11-22' });
  });
});

describe('a clause opened after the date by "how", "whether" or "why" has its own tense', () => {
  it('"had spoken … late on Saturday and had discussed how the truce would be monitored": the Saturday gone', () => {
    const text = piece(
      'Sunday, 11 October 2020',
      'The spokesman said the two leaders had spoken by telephone late on Saturday and had discussed how the truce would be monitored.',
    );
    expect(events(text)).toMatchObject({ 'on Saturday': '2020-10-10' });
  });
});
