import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../src/extract/entities/normalise.ts';
import { statementsOf } from './statements.helpers.ts';

const speakers = (text: string) => statementsOf(text).map((s) => s.speaker);

describe('an unnamed spokesman is filed under the role the text writes (CONVENTIONS 5, 6)', () => {
  it('"A spokeswoman for the charity in Vienna said" → text:spokeswoman', () => {
    expect(
      speakers('A spokeswoman for the charity in Vienna said the convoy had been turned back twice.'),
    ).toEqual(['text:spokeswoman']);
  });

  it('"A spokesman said" → text:spokesman, not text:spokesperson', () => {
    expect(speakers('A spokesman said the talks would resume in the spring.')).toEqual(['text:spokesman']);
  });

  it('"A spokesperson said" stays text:spokesperson', () => {
    expect(speakers('A spokesperson said the talks would resume in the spring.')).toEqual([
      'text:spokesperson',
    ]);
  });

  it('names are still matched alike whichever of the three words the text uses', () => {
    expect(normaliseName('the ministry spokeswoman')).toBe(normaliseName('The Ministry spokesperson'));
    expect(normaliseName("the spokesman's office")).toBe('spokesperson office');
  });
});
