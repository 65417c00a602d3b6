import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const speakers = (text: string) => statementsOf(text).map((s) => s.speaker);

describe('a clause before "while", "as" or "whereas" is never the subject', () => {
  it('an adverb, a number and a clause, then "while" and a body: the body speaks', () => {
    const said = speakers(
      'Roughly 1,450 flats were destroyed while the agency said that 30 clinics had closed.',
    );
    expect(said).toHaveLength(1);
    expect(said[0]).not.toMatch(/flats|destroyed|while/);
    expect(said[0]).toMatch(/agency/);
  });

  it('"whereas" after a clause opened by an adverb: the noun phrase after it speaks', () => {
    const said = speakers(
      'Nearly all the bakeries stayed shut whereas the mayor said that flour had run out.',
    );
    expect(said).toHaveLength(1);
    expect(said[0]).not.toMatch(/bakeries|shut/);
    expect(said[0]).toMatch(/mayor/);
  });
});
