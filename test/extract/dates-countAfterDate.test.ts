import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../../src/extract/dates/expressions.ts';

/**
 * Casualty copy puts a count right after a date: "On 28 September, 12 soldiers were wounded". The
 * count is never the date's year (it was read as 2012, and "97,735" as 1997): rule 3, never a guessed year.
 */
const expressionsIn = (s: string) =>
  findDateExpressions(s, 0, s.length).map((e) => [e.text, e.form.kind === 'calendar' ? e.form.year : null]);

describe('a count after a day and month is not its year', () => {
  it.each([
    ['As of 29 September, 97,735 refugees had crossed into Armenia.', 'As of 29 September'],
    ['On 28 September, 12 soldiers were wounded.', 'On 28 September'],
    ['On September 28, 12 servicemen were killed.', 'On September 28'],
    ['On 28 September 12 soldiers were wounded.', 'On 28 September'],
    ['On Sept. 28, 23 people were hurt in the blast.', 'On Sept. 28'],
  ])('%s', (text, date) => {
    expect(expressionsIn(text)).toEqual([[date, undefined]]);
  });

  it.each([
    ['On September 28, 2023, officials said the road was open.', 'On September 28, 2023', 2023],
    ['The talks of 5 May, 2021 failed.', '5 May, 2021', 2021],
    ['On 28 September 2023, 2,000 people fled.', 'On 28 September 2023', 2023],
  ])('keeps a four-digit year: %s', (text, date, year) => {
    expect(expressionsIn(text)).toEqual([[date, year]]);
  });
});

describe('a count after a weekday is not part of it', () => {
  it.each([
    ['On Tuesday, 12 people fled to Goris.', 'On Tuesday'],
    ['On Tuesday 12 soldiers were killed.', 'On Tuesday'],
    ['Last Friday, 3 soldiers were wounded.', 'Last Friday'],
  ])('%s', (text, date) => {
    expect(findDateExpressions(text, 0, text.length).map((e) => e.text)).toEqual([date]);
  });
});
