import { describe, expect, it } from 'vitest';
import { saidInPiece as said } from './statements.helpers.ts';

describe('a verb form right after a possessive is a noun', () => {
  it.each([
    'The evening’s highlight was soon under fire because of alleged plagiarism.',
    'The foundation’s tally showed 40 families had left.',
    'The governor’s pledges to rebuild the bridge have put the issue at the centre of the race.',
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });

  it('the saying after such a noun phrase is read', () => {
    expect(said('Contrary to Moreno’s claims, the authorities say the convoy never left the depot.')).toEqual(
      ['the authorities: the convoy never left the depot'],
    );
  });

  it.each([
    ['Moreno’s office said the talks had stalled.', 'Moreno’s office: the talks had stalled'],
    ['The UN’s envoy warned that the talks had stalled.', 'The UN’s envoy: the talks had stalled'],
  ])('a possessive inside the subject is kept: %s', (text, want) => {
    expect(said(text)).toEqual([want]);
  });
});
