import { describe, expect, it } from 'vitest';
import { speakersViaAndQuotes } from './statements.helpers.ts';

describe('a claim denied is no statement (CONVENTIONS 10, row AC)', () => {
  it('given "Yerevan denies having fired on the town", no statement', () => {
    expect(speakersViaAndQuotes('Yerevan denies having fired on the town.')).toEqual([]);
  });

  it('given "denied having shelled the town, saying …", only the saying', () => {
    expect(
      speakersViaAndQuotes('Yerevan denied having shelled the town, saying its forces held fire.'),
    ).toEqual([['gov-armenia', undefined, 'its forces held fire']]);
  });
});
