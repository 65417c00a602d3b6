import { describe, expect, it } from 'vitest';
import { speakersAndQuotes } from './statements.helpers.ts';

describe('"according to the authorities, who said …": the relative clause is the antecedent\'s statement', () => {
  it('a plural body named by "who" says the clause after it', () => {
    const text =
      "Four villages lost power overnight, according to the province's emergency authorities, who said nearly 40 homes had been damaged.";
    expect(speakersAndQuotes(text).map((s) => s[1])).toContain('nearly 40 homes had been damaged');
  });

  it('a body with a place after it ("the authorities in the district") says it too', () => {
    const text =
      'Goris was shelled again on Monday, according to the authorities in the district, who said that three farmers had been hurt near the road.';
    expect(speakersAndQuotes(text).map((s) => s[1])).toContain('three farmers had been hurt near the road');
  });

  it('"who" after a singular body or a plain noun makes no statement of its own', () => {
    for (const text of [
      'The convoy was stopped by the ministry, who said nothing more about the cargo on Friday.',
      'The road was closed for the villagers, who said they had waited for three days at the checkpoint.',
    ])
      expect(speakersAndQuotes(text)).toEqual([]);
  });
});

describe('"who said at least …": a count opens the clause, no topic', () => {
  it('the clause after "who said that at least" is said', () => {
    const text =
      'Goris was shelled again on Monday, according to the authorities in the district, who said that at least three farmers had been hurt.';
    expect(speakersAndQuotes(text).map((s) => s[1])).toContain('at least three farmers had been hurt');
  });
});
