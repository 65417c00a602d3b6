import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { mentionsOfPiece } from './dates.helpers.ts';

/** The dates of sentences in a piece dated Thursday 14 March 2024 (Monday 11 March opens its week). */
function datesOf(text: string): Record<string, string> {
  return Object.fromEntries(
    mentionsOfPiece(text, { year: 2024, month: 3, day: 14 }).map((m) => [m.text, formatSourceDate(m.date)]),
  );
}

/**
 * "may take place", "could be held": a modal of what may yet happen before a verb of an event
 * occurring tells an event still to come, so its day or season is the next one, not the last.
 * What could not happen, or may have happened, is still told in the past. Sentences written for these tests.
 */
describe('an event that may yet take place', () => {
  it('"may take place on Monday" is next Monday', () => {
    expect(datesOf('Envoys said a second meeting may take place on Monday in the capital.')).toEqual({
      'on Monday': '2024-03-18',
    });
  });

  it('"could be held on Tuesday" is next Tuesday', () => {
    expect(datesOf('Diplomats said a session of the council could be held on Tuesday.')).toEqual({
      'on Tuesday': '2024-03-19',
    });
  });

  it('"might take place in the summer" is this summer, not last', () => {
    expect(
      datesOf('The next round of talks might take place in the summer, according to officials.'),
    ).toEqual({ 'in the summer': 'summer 2024' });
  });

  it('"could not take place on Monday" is last Monday', () => {
    expect(datesOf('The handover could not take place on Monday because of the shelling.')).toEqual({
      'on Monday': '2024-03-11',
    });
  });

  it('"may have begun on Monday" is last Monday', () => {
    expect(datesOf('Residents said the evacuation may have begun on Monday.')).toEqual({
      'on Monday': '2024-03-11',
    });
  });
});

/**
 * "visit", "meet" and "fly" after a determiner, with a word or two of modifier between, are nouns
 * ("his working visit to Paris on Thursday", "since a Red Cross visit in February"): they tell no
 * arrangement still to come. A plural subject ("the foreign ministers meet") or an auxiliary ("a team would
 * visit") between keeps the verb. Sentences written for these tests.
 */
describe('a visit named as a noun tells no arrangement to come', () => {
  it('"during his working visit to Paris on Thursday" is the Thursday before', () => {
    expect(
      datesOf('The minister had said during his working visit to Paris on Thursday that talks would go on.'),
    ).toEqual({ 'on Thursday': '2024-03-14' });
  });

  it('"since a Red Cross visit in February" is the February before', () => {
    expect(datesOf('The family had no news of him since a Red Cross visit in February.')).toEqual({
      'in February': '2024-02',
    });
  });

  it('"during the president\'s state visit to Rome in February" is the February before', () => {
    expect(datesOf("He was seen during the president's state visit to Rome in February.")).toEqual({
      'in February': '2024-02',
    });
  });

  it('"the foreign ministers meet in Brussels on Monday" is next Monday', () => {
    expect(datesOf('The foreign ministers meet in Brussels on Monday.')).toEqual({
      'on Monday': '2024-03-18',
    });
  });

  it('"a team would visit the region on Sunday" is next Sunday', () => {
    expect(datesOf('Officials said a team would visit the region on Sunday.')).toEqual({
      'on Sunday': '2024-03-17',
    });
  });
});

/** A coordinated subject before "meet" or "visit" keeps the verb of an arrangement. */
describe('"he and the envoy meet" is still a verb', () => {
  it('"he and the envoy meet separately Monday" is next Monday', () => {
    expect(datesOf('He and the envoy meet separately Monday with the mediators.')).toEqual({
      Monday: '2024-03-18',
    });
  });

  it('"he and the envoy visit Paris on Monday" is next Monday', () => {
    expect(datesOf('He and the envoy visit Paris on Monday.')).toEqual({ 'on Monday': '2024-03-18' });
  });
});
