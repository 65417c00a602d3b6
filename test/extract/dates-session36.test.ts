import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { mentionsOfPiece } from './dates.helpers.ts';

const dated = (sentence: string, ref = { year: 2022, month: 10, day: 12 }) =>
  mentionsOfPiece(sentence, ref).map((m) => [m.text, formatSourceDate(m.date)]);

describe('"today" before a verb of a present state', () => {
  it('"a diaspora that today numbers …" names the times we live in, no day', () => {
    expect(dated('Her parents settled in Lyon, in a diaspora that today numbers some ten thousand.')).toEqual(
      [],
    );
    expect(dated('"Georgians today feel what Moldovans felt in the spring," the analyst said.')).toEqual([
      ['in the spring', 'spring 2022'],
    ]);
    expect(dated('"Today we have more pupils than desks," the headmistress said.')).toEqual([]);
  });

  it('an event told today, a perfect or a clause closing on "today" keeps its day', () => {
    expect(dated('The border guards today have sealed the pass.')).toContainEqual(['today', '2022-10-12']);
    expect(dated('The mayor said today that the bridge would reopen.')).toContainEqual([
      'today',
      '2022-10-12',
    ]);
    expect(
      dated('Three patients who were to be flown to Tbilisi today remain in the district hospital.'),
    ).toContainEqual(['today', '2022-10-12']);
  });
});

describe('a plan, call or deadline told in a past report', () => {
  // Thursday 16 March 2023.
  const ref = { year: 2023, month: 3, day: 16 };

  it('dates its weekday to the nearest day of that name, not the week before', () => {
    expect(dated('The spokeswoman promised a fuller answer at her briefing on Friday.', ref)).toEqual([
      ['on Friday', '2023-03-17'],
    ]);
    expect(dated('Two unions have called for a national stoppage on Saturday.', ref)).toEqual([
      ['on Saturday', '2023-03-18'],
    ]);
    expect(dated('The farmers had been told to leave the valley by Sunday evening.', ref)).toContainEqual([
      'by Sunday evening',
      '2023-03-19',
    ]);
    expect(dated('The district had asked the school to prepare 80 beds by Saturday.', ref)).toEqual([
      ['by Saturday', '2023-03-18'],
    ]);
  });

  it('a deadline moved from one day to another dates both near the piece', () => {
    expect(dated('An aide said the deadline had been moved from Friday to March 30.', ref)).toEqual([
      ['from Friday', '2023-03-17'],
      ['March 30', '2023-03-30'],
    ]);
    expect(
      dated('The vote was postponed to January 10 at the opposition’s request.', {
        year: 2020,
        month: 12,
        day: 30,
      }),
    ).toEqual([['January 10', '2021-01-10']]);
  });

  it('an event told in the past keeps the last day of its name', () => {
    expect(dated('The convoy left the town on Friday.', ref)).toEqual([['on Friday', '2023-03-10']]);
    expect(dated('The minister promised on Monday to reopen the road.', ref)).toEqual([
      ['on Monday', '2023-03-13'],
    ]);
    expect(dated('The troops moved on Sunday into the hills.', ref)).toEqual([['on Sunday', '2023-03-12']]);
    expect(dated('The minister promised on Tuesday to reopen the road.', ref)).toEqual([
      ['on Tuesday', '2023-03-14'],
    ]);
  });
});

describe('"since May" closing a sentence', () => {
  // Tuesday 16 November 2021.
  const ref = { year: 2021, month: 11, day: 16 };

  it('is the month, as "since June." is', () => {
    expect(dated('Tbilisi says foreign troops have stood on its soil since May.', ref)).toEqual([
      ['since May', '2021-05'],
    ]);
    expect(dated('The pass stayed closed until May.', { year: 2021, month: 8, day: 2 })).toEqual([
      ['until May', '2021-05'],
    ]);
  });

  it('a demand made since then is past, not a plan told ahead', () => {
    expect(dated('Chisinau has demanded their withdrawal since May.', ref)).toEqual([
      ['since May', '2021-05'],
    ]);
  });

  it('the modal verb stays no month', () => {
    expect(dated('The envoys may meet again, officials said.', ref)).toEqual([]);
  });
});
