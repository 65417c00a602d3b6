import { describe, expect, it } from 'vitest';
import { saidInPiece as said } from './statements.helpers.ts';

describe('a quote alone right after reported speech goes on with it', () => {
  it('the next sentence, all quote, in the same paragraph, is the same speaker’s', () => {
    expect(
      said(
        'The mayor spoke on Monday. Grant said the roads were closed. “We need two more days.” The council met later.',
      ),
    ).toEqual(['Grant: the roads were closed … We need two more days.']);
  });

  it('a quote with words after it that may name its own speaker is left alone', () => {
    expect(
      said(
        'Grant said the roads were closed. “Both sides are stalling,” believes Lena Marsh, an analyst in Goris.',
      ),
    ).toEqual(['Grant: the roads were closed']);
  });

  it('a quote in the next paragraph is not taken for the reported speaker’s', () => {
    expect(said('Grant said the roads were closed.\n\n“We need two more days.”')).toEqual([
      'Grant: the roads were closed',
    ]);
  });
});
