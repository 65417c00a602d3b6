import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** Sentences written for these tests; the stamp gives the day each piece speaks from. */
const piece = (stamp: string, body: string) => `Villages wait for the winter aid\n\n${stamp}\n\n${body}\n`;

describe('a bare season after a preposition is the nearest such season (CONVENTIONS 19)', () => {
  it('"until spring", said in January, is the spring to come', () => {
    const text = piece(
      '18 January 2024, 11:00',
      'The minister said on Tuesday that the allowance would be paid at least until spring.',
    );
    expect(events(text)).toMatchObject({ 'until spring': 'spring 2024' });
  });

  it('"in spring", told as past in July, is this year’s spring', () => {
    const text = piece(
      '26 July 2023, 12:40',
      'The deputy, who toured the border villages in spring, said the situation was grim.',
    );
    expect(events(text)).toMatchObject({ 'in spring': 'spring 2023' });
  });

  it('"in spring and summer" is a habit of any year, no one season', () => {
    const text = piece(
      '26 July 2023, 12:40',
      'Shepherds take their flocks to the high pastures in spring and summer, the mayor said.',
    );
    expect(Object.values(events(text))).not.toContain('spring 2023');
  });

  it('bare "in fall" stays unread: "fall" is too often a drop', () => {
    const text = piece('26 October 2023, 12:40', 'Prices went up after a fall in output, the trader said.');
    expect(events(text)).toEqual({});
  });
});

describe('"this Friday" is the weekday of the piece’s own week', () => {
  it('told on a Thursday in the past tense, it is the next day', () => {
    // 15 June 2023 was a Thursday.
    const text = piece(
      'Thursday, 15.06.2023, 16:05',
      'The woman was supposed to take her son to a clinic in the capital this Friday, she said.',
    );
    expect(events(text)).toMatchObject({ 'this Friday': '2023-06-16' });
  });

  it('told on a Thursday, "this Monday" is three days back', () => {
    const text = piece(
      '15 June 2023, 16:05',
      'The crossing has been shut since this Monday, officials said.',
    );
    expect(Object.values(events(text))).toContain('2023-06-12');
  });
});

describe('a name with a season and a year dates nothing (CONVENTIONS 18)', () => {
  it('"the war of autumn 2020" names the war; "that year" still points back to its year', () => {
    const text = piece(
      '13 December 2022, 09:00',
      'The war of autumn 2020 left thousands dead. A truce signed in November of that year ended it.',
    );
    expect(events(text)).toEqual({ 'in November of that year': '2020-11' });
  });

  it('"in autumn 2020" is a temporal adjunct: dated', () => {
    const text = piece('13 December 2022, 09:00', 'The village was taken in autumn 2020, residents said.');
    expect(events(text)).toMatchObject({ 'in autumn 2020': 'fall 2020' });
  });
});
