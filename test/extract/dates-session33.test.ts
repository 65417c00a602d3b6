import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** A piece dated Saturday 9 March 2024 by its stamp line. */
const piece = (body: string) => `Convoy waits at the bridge\n\nSat., March 9, 2024\n\n${body}\n`;

describe('a weekday deadline after a modal of what is yet to be done is still to come', () => {
  it.each([
    [
      'Under the accord reached on Wednesday, the rebels must leave the valley by Sunday.',
      'by Sunday',
      '2024-03-10',
    ],
    [
      'Following talks held on Monday, both sides will pull back their guns by Tuesday.',
      'by Tuesday',
      '2024-03-12',
    ],
    [
      'Under the plan approved on Thursday, the mayor has to reopen the schools by Wednesday.',
      'by Wednesday',
      '2024-03-13',
    ],
  ])('%s → "%s" %s', (sentence, written, day) => {
    expect(events(piece(sentence))).toMatchObject({ [written]: day });
  });

  it.each([
    [
      'Under the accord reached on Wednesday, the rebels had to leave the valley by Friday.',
      'by Friday',
      '2024-03-08',
    ],
    ['The accord reached on Wednesday was to be signed by Friday.', 'by Friday', '2024-03-08'],
  ])('a modal told in the past keeps the past day: %s', (sentence, written, day) => {
    expect(events(piece(sentence))).toMatchObject({ [written]: day });
  });
});

describe('a part of the day before "of <date>" tells when, even after an instrument noun', () => {
  it.each([
    [
      'The two armies agreed to a truce on the evening of March 7 after a day of shelling.',
      'March 7',
      '2024-03-07',
    ],
    [
      'Both sides observed a ceasefire on the morning of 6 March, the monitors said.',
      '6 March',
      '2024-03-06',
    ],
  ])('%s → "%s" %s', (sentence, written, day) => {
    expect(events(piece(sentence))).toMatchObject({ [written]: day });
  });

  it('a topic of the instrument is still its name', () => {
    expect(events(piece('Both sides cited the agreement on transit of March 7.'))).toEqual({});
  });
});

describe("a stamp giving the day in two calendars is the piece's date line, not news", () => {
  it.each(['Monday, 6 Azar 1402 - 27 November 2023', 'Monday, 6 Azar 1402 / 27 November 2023 - 09:15'])(
    '%s: its weekday is no event, and the piece is dated by it',
    (stamp) => {
      const text = `Diplomacy\n\nEnvoys meet in Tehran\n\n${stamp}\nForeign Desk\n\nThe envoys met in Tehran on Sunday.\n`;
      expect(events(text)).toEqual({ 'on Sunday': '2023-11-26' });
    },
  );
});

describe('a day in a "since" clause after the sentence\'s own day is background', () => {
  it('"the previous day" counts from the main clause\'s day', () => {
    const text = piece(
      'The governor told reporters on Friday that 40 homes had burned since the fire began early on Wednesday. The count was up from 25 given the previous day.',
    );
    expect(events(text)).toMatchObject({ 'on Friday': '2024-03-08', 'the previous day': '2024-03-07' });
  });

  it('a day in the main clause still moves the narrative', () => {
    const text = piece(
      'The governor spoke on Friday, and the fire reached the town early on Wednesday. Crews arrived the previous day.',
    );
    expect(events(text)).toMatchObject({ 'the previous day': '2024-03-05' });
  });
});
