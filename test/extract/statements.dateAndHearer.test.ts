import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const quoteOf = (text: string) => statementsOf(text)[0]?.quote;

describe('a date of the month after the verb sets the saying; it is no part of what was said', () => {
  it('an abbreviated month before "that" (Kyiv style)', () => {
    expect(
      quoteOf('Ethnic Armenian leaders announced on Sept. 28 that the republic will be dissolved.'),
    ).toBe('the republic will be dissolved');
  });

  it('a date with its year and no "that" (wire style)', () => {
    expect(quoteOf('The ministry said Jan. 5, 2024 the border was calm.')).toBe('the border was calm');
  });

  it('a month written out, with "on" (agency style)', () => {
    expect(quoteOf('Aliyev said on May 9 it was a day of victory.')).toBe('it was a day of victory');
  });

  it('a month that is the subject of what was said stays in it', () => {
    expect(quoteOf('The minister said September was the worst month of the year.')).toBe(
      'September was the worst month of the year',
    );
  });
});

describe('"told <outlet> <clause>": the outlet told is not what was told, hyphenated words and all', () => {
  it('a newspaper named in capitals, then a hyphenated subject (Turkish daily style)', () => {
    const text =
      'Former ambassador Unal Cevikoz told the Hurriyet Daily News the cease-fire had to "open the way to talks."';
    expect(quoteOf(text)).toBe('the cease-fire had to "open the way to talks."');
  });

  it('a weekly, then a hyphenated subject (diaspora press style)', () => {
    expect(quoteOf('Analyst Anna Vardanyan told the Armenian Weekly the long-term plan was "dead."')).toBe(
      'the long-term plan was "dead."',
    );
  });
});
