import { describe, expect, it } from 'vitest';
import { saidInPiece as said } from './statements.helpers.ts';

describe('"underscored" or "underlined" a thing reports no words; "underscored that …" does', () => {
  it.each([
    'The shelling of the depot underscored the importance of a monitoring mission.',
    'The findings underline a growing divide between the two capitals.',
    'The envoy underscored the need for calm at the crossing.',
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });

  it.each([
    [
      'The foreign minister underscored that the talks would continue.',
      'The foreign minister: the talks would continue',
    ],
    [
      'Lindqvist underlined the need for calm and said the mission would stay.',
      'Lindqvist: the mission would stay',
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual([want]);
  });
});
