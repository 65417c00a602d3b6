import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** A piece dated Saturday 9 March 2024 by its stamp line. */
const piece = (body: string) => `Convoy waits at the bridge\n\nSat., March 9, 2024\n\n${body}\n`;

describe('a weekday after a past verb is the past day, whatever predicate is joined after it', () => {
  it.each([
    [
      'The last trucks crossed the river on Wednesday and are to be driven back to the depot, the army said.',
      'on Wednesday',
      '2024-03-06',
    ],
    ['The column left the town on Friday but must still cross the pass.', 'on Friday', '2024-03-08'],
    ['The envoy arrived in the capital on Thursday and will stay for talks.', 'on Thursday', '2024-03-07'],
  ])('%s → "%s" %s', (sentence, written, day) => {
    expect(events(piece(sentence))).toMatchObject({ [written]: day });
  });

  it.each([
    [
      'The minister will fly to Paris on Tuesday and is expected to meet the president.',
      'on Tuesday',
      '2024-03-12',
    ],
    ['The talks resume on Monday and are expected to last two days.', 'on Monday', '2024-03-11'],
  ])('a clause with no past verb keeps the day still to come: %s', (sentence, written, day) => {
    expect(events(piece(sentence))).toMatchObject({ [written]: day });
  });
});

describe('a stamp with the Gregorian day in brackets beside another calendar dates the weekdays', () => {
  it('reads "on Tuesday" and "yesterday" from the bracketed day', () => {
    const text =
      'Politics\n\nSpeaker: the border will stay open\n\n14 Dey 1401 (4 January 2023) - 08:45\n\n' +
      'The speaker of parliament said on Tuesday that the crossing would stay open. The governor visited the ' +
      'crossing yesterday.\n';
    expect(events(text)).toMatchObject({ 'on Tuesday': '2023-01-03', yesterday: '2023-01-03' });
  });
});

describe('a day without its year in the predicate of a subject dated to a past period is that period’s', () => {
  it.each([
    [
      'The six-week war in autumn 2020 ended with a truce signed in Moscow on November 10.',
      'on November 10',
      '2020-11-10',
    ],
    ['The fighting in 2016 began on April 2 and lasted four days.', 'on April 2', '2016-04-02'],
  ])('%s → "%s" %s', (sentence, written, day) => {
    expect(events(piece(sentence))).toMatchObject({ [written]: day });
  });

  it.each([
    ['The siege in summer 2021 ended on November 3.', 'on November 3', '2023-11-03'],
    ['The talks in 2022 failed, and the envoys met again on March 3.', 'on March 3', '2024-03-03'],
    ['The border, drawn in 1991, was fixed on May 15.', 'on May 15', '2023-05-15'],
    ['Since 2020 the road has been closed; it reopened on March 3.', 'on March 3', '2024-03-03'],
  ])('not a day outside the period, nor one another clause tells: %s', (sentence, written, day) => {
    expect(events(piece(sentence))).toMatchObject({ [written]: day });
  });
});
