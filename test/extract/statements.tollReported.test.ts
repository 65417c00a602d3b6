import { describe, expect, it } from 'vitest';
import { saidInPiece as said } from './statements.helpers.ts';

describe('a toll named as the object of "reported" is a figure, not what was said', () => {
  it.each([
    'The Defence Ministry in Baku reported 64 dead among its units.',
    'Yerevan, for its part, reported three wounded near the border post.',
    'The regional authorities have reported the deaths of 140 of their fighters.',
    'The ministry later confirmed the death of one conscript.',
    'Officials in Ankara announced at least 12 killed in the blast.',
    // A partitive after the count names whose dead they are: still the toll (CONVENTIONS 10).
    'Tbilisi reported 15 of its own killed in the clash.',
    'The ministry has reported nine of its conscripts wounded.',
    'The rebels, for their part, reported 30 of their fighters missing.',
    // Losses with no count, a quality before them: a thing reported, not words (row AB).
    'Both capitals reported heavy losses after two days of fighting along the border.',
    'The army has not reported military casualties so far.',
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });

  it('what the subject goes on to say after "and" is still a statement', () => {
    expect(
      said('The army admitted the death of two soldiers and claimed that nine others were missing.'),
    ).toEqual(['The army: nine others were missing']);
  });

  it('losses told as a clause are what was said', () => {
    expect(said('The ministry reported heavy losses had been inflicted on the enemy.')).toEqual([
      'The ministry: heavy losses had been inflicted on the enemy',
    ]);
  });

  it('a toll told as a clause is what was said', () => {
    expect(said('The ministry reported that 64 soldiers had been killed in the shelling.')).toEqual([
      'The ministry: 64 soldiers had been killed in the shelling',
    ]);
  });
});
