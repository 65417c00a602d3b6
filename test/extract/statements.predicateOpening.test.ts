import { describe, expect, it } from 'vitest';
import { saidInPiece as said } from './statements.helpers.ts';

describe('a verb whose "content" opens with an auxiliary is no saying of its subject', () => {
  it.each([
    'The provisional accord, announced on Monday, would run three years and must be ratified by parliament.',
    'The new pipeline, announced in March, will carry gas to the border by 2027.',
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });

  it.each([
    [
      'The reporters withheld some details that military officials said would endanger the troops.',
      'military officials: would endanger the troops',
    ],
    // "that" before the finite verb is the content's subject, kept in it.
    ['But the lawyers said that is highly unlikely.', 'the lawyers: that is highly unlikely'],
    [
      'The risk of a new offensive, Lindqvist said, was growing by the day.',
      'Lindqvist: The risk of a new offensive … was growing by the day',
    ],
  ])('a subject stands before the verb or its "that": %s', (text, want) => {
    expect(said(text)).toEqual([want]);
  });
});
