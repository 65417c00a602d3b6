import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** A piece dated Saturday 9 March 2024 by its stamp line. */
const piece = (body: string) => `Convoy waits at the bridge\n\nSat., March 9, 2024\n\n${body}\n`;

describe("a count before the day's part is no clock time", () => {
  it.each([
    [
      'The mayor said on Saturday evening that 900 families had arrived, a number that grew by about 350 since the morning.',
      'since the morning',
    ],
    ['On Saturday the line of cars had shortened by 40 by the evening, the police said.', 'by the evening'],
  ])('%s → "%s" is the day told', (sentence, written) => {
    expect(events(piece(sentence))).toMatchObject({ [written]: '2024-03-09' });
  });

  it('"at 9 in the evening" is a clock time, no date', () => {
    expect(events(piece('The convoy left the depot at 9 in the evening, the drivers said.'))).toEqual({});
  });
});

describe('months joined by "from … to" are one stretch', () => {
  it.each([
    [
      'The observers watched the frontier from June to August 2022, the ministry said.',
      'from June to August 2022',
      '2022-06/08',
    ],
    [
      'Grain shipments were halted from November to January 2023.',
      'from November to January 2023',
      '2022-11/2023-01',
    ],
  ])('%s → "%s" %s', (sentence, written, date) => {
    expect(events(piece(sentence))).toMatchObject({ [written]: date });
  });
});

describe('a season of a year told from the piece is that season, as a month of it is', () => {
  it.each([
    [
      'In the summer of this year, two shepherds were detained near the pass.',
      'In the summer of this year',
      'summer 2024',
    ],
    ['The bridge was shelled in the winter of last year.', 'in the winter of last year', 'winter 2023'],
  ])('%s → "%s" %s', (sentence, written, date) => {
    expect(events(piece(sentence))).toMatchObject({ [written]: date });
  });

  it('"this year\'s" names what the year holds, not a season', () => {
    expect(events(piece('Farmers feared the fall of this year’s grain prices.'))).not.toHaveProperty(
      'the fall of this year',
    );
  });
});

describe('a subject dated by a whole year dates only its own start or end', () => {
  it('"The blockade in 2019 ended on June 4" → the day of that year', () => {
    expect(events(piece('The blockade in 2019 ended on June 4 after talks in Tbilisi.'))).toMatchObject({
      'on June 4': '2019-06-04',
    });
  });

  it('"The truce in 2019 was breached on June 4" → not that year: what befell it may be later', () => {
    expect(
      events(piece('The truce in 2019 was breached on June 4, the monitors said.'))['on June 4'],
    ).not.toBe('2019-06-04');
  });
});
