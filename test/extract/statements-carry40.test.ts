import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/** Text written for these tests (session 40, carry to outlets-fresh-54). */
describe('a pronoun put after a reported clause and its comma', () => {
  it('"No Turk will live here, he says": the name opening the clause is what is said, not who says it', () => {
    const said = statementsOf(
      'Aram Petrosyan, 63, carries the last frame out of his house. No Turk will ever live in it, he says.',
    );
    expect(said.map((s) => [s.speaker, s.quote])).toEqual([
      ['text:aram-petrosyan', 'No Turk will ever live in it'],
    ]);
  });

  it('"Macron, he added, wanted …": a subject set off before the pronoun is still read as before', () => {
    const said = statementsOf(
      'Ruben Avagyan spoke to reporters on Friday. Levon Harutyunyan, he added, wanted the talks to go on.',
    );
    expect(said.map((s) => s.speaker)).not.toContain('text:levon-harutyunyan');
  });
});
