import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { mentionsOfPiece } from './dates.helpers.ts';

/** Sentences written for these tests, read as a piece published on Tuesday 3 October 2023: its events. */
function datesOf(text: string): [string, string][] {
  return mentionsOfPiece(text, { year: 2023, month: 10, day: 3 })
    .filter((m) => !m.role)
    .map((m) => [m.text, formatSourceDate(m.date)]);
}

describe('"N weeks ago" counts weeks back from the piece\'s day', () => {
  it.each([
    ['Two weeks ago Azerbaijan launched its offensive.', 'Two weeks ago', '2023-09-19'],
    ['The first convoy left a week ago, officials said.', 'a week ago', '2023-09-26'],
  ])('%s', (text, written, day) => {
    expect(datesOf(text)).toEqual([[written, day]]);
  });

  it('a rounder count or a hedged one is read to no day', () => {
    expect(datesOf('Six weeks ago, the talks in Brussels broke down.')).toEqual([]);
    expect(datesOf('The quake struck nearly two weeks ago.')).toEqual([]);
  });

  it('"in recent weeks" and "for two weeks" are no day', () => {
    expect(datesOf('In recent weeks the road was closed for two weeks at a time.')).toEqual([]);
  });
});

describe('", a day after <event>" dates the event from its sentence\'s day', () => {
  it.each([
    [
      'The separatists agreed on Wednesday to lay down their arms, a day after Azerbaijan launched an offensive.',
      [
        ['on Wednesday', '2023-09-27'],
        ['a day after', '2023-09-26'],
      ],
    ],
    [
      'The ministers met in Geneva on 28 September, two days after the ceasefire collapsed.',
      [
        ['on 28 September', '2023-09-28'],
        ['two days after', '2023-09-26'],
      ],
    ],
    [
      'The border was closed on Friday, a day before the talks were due to open.',
      [
        ['on Friday', '2023-09-29'],
        ['a day before', '2023-09-30'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });

  it('with no day of its own in the sentence, "two days after the attack" is left undated', () => {
    expect(datesOf('Two days after the attack, troops withdrew from the village.')).toEqual([]);
    expect(
      datesOf('The strike hit on 20 September. The army pulled back, two days after the shelling began.'),
    ).toEqual([['on 20 September', '2023-09-20']]);
  });
});

describe('a day that bounds a state is not where the narrative stands', () => {
  it('"the next day" in a later sentence is not counted from "By 1 October", but from the day before it', () => {
    expect(
      datesOf(
        'On 29 September the page posted the photo. By 1 October it had been shared 4,000 times. ' +
          'A channel repeated the claim the next day.',
      ),
    ).toEqual([
      ['On 29 September', '2023-09-29'],
      ['By 1 October', '2023-10-01'],
      ['the next day', '2023-09-30'],
    ]);
  });

  it('in its own sentence the bound is the count\'s day; "the same day" after it is that day', () => {
    expect(
      datesOf('More than 28,000 had crossed by Sunday evening, up from about 13,500 a day earlier.'),
    ).toEqual([
      ['by Sunday evening', '2023-10-01'],
      ['a day earlier', '2023-09-30'],
    ]);
    expect(
      datesOf('Some 37 civilians had been killed by 27 September. Baku said 19 had died as of the same day.'),
    ).toEqual([
      ['by 27 September', '2023-09-27'],
      ['as of the same day', '2023-09-27'],
    ]);
  });

  it('after a day the narrative stands on, "the next day" counts from it', () => {
    expect(datesOf('On 29 September the page posted the photo. The next day it was removed.')).toEqual([
      ['On 29 September', '2023-09-29'],
      ['The next day', '2023-09-30'],
    ]);
  });
});

describe('"a visit" is a noun: it tells no arrangement still to come', () => {
  it('"said during a visit to Baku in March that … would" is a March already past', () => {
    expect(
      mentionsOfPiece(
        'The minister said during a visit to Baku in March that Ankara would train more sappers.',
        { year: 2022, month: 5, day: 10 },
      ).map((m) => [m.text, formatSourceDate(m.date)]),
    ).toEqual([['in March', '2022-03']]);
  });

  it('"will visit Baku in March" is still to come', () => {
    expect(
      mentionsOfPiece('The minister will visit Baku in March.', { year: 2022, month: 5, day: 10 }).map(
        (m) => [m.text, formatSourceDate(m.date)],
      ),
    ).toEqual([['in March', '2023-03']]);
  });
});

describe('a date inside the name of a truce or an instrument with its parties is no event', () => {
  const named = (text: string) =>
    mentionsOfPiece(text, { year: 2023, month: 10, day: 3 }).map((m) => [m.text, m.role ?? 'event']);

  it.each([
    ['The cease-fire of Nov. 10, 2020, ended six weeks of war.', 'Nov. 10, 2020'],
    ['Both sides accuse each other of breaking the ceasefire of 10 November 2020.', '10 November 2020'],
    ["The EU's gas memorandum with Baku of July 2022 must be suspended.", 'July 2022'],
    [
      'The declaration between Armenia and Azerbaijan of 6 October 2022 recognised the borders.',
      '6 October 2022',
    ],
  ])('%s', (text, written) => {
    expect(named(text)).toEqual([[written, 'name']]);
  });

  // Session 41: CONVENTIONS rule 18, as "since the 2016 clashes" (outlets-fresh-13's and -56's gold).
  it('"since the cease-fire of …" names the instrument: no event', () => {
    expect(named('Since the cease-fire of Nov. 10, 2020, the line has mostly held.')).toEqual([
      ['Nov. 10, 2020', 'name'],
    ]);
  });

  it('a meeting with someone of a date is an event, not an instrument', () => {
    expect(named('The meeting with Aliyev of 14 May was called off.')).toEqual([['14 May', 'event']]);
  });
});
