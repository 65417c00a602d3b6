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

describe('a paragraph quoted with an opening dash and closed by its attribution', () => {
  it('every sentence after the dash is the speaker’s, up to ", she says"', () => {
    const said = statementsOf(
      'Anush Sargsyan, 58, waits by the road with a box of photographs.\n\n– My father planted these trees. We cannot take them with us, she says.',
    );
    expect(said.map((s) => [s.speaker, s.kind, s.quote])).toEqual([
      ['text:anush-sargsyan', 'direct', 'My father planted these trees. We cannot take them with us'],
    ]);
  });

  it('a one-sentence dash paragraph with a named speaker', () => {
    const said = statementsOf(
      'Levon Harutyunyan runs the village shop.\n\n– The buses stopped coming in May, Harutyunyan says.',
    );
    expect(said.map((s) => [s.speaker, s.quote])).toEqual([
      ['text:levon-harutyunyan', 'The buses stopped coming in May'],
    ]);
  });

  it('a dash paragraph with no closing attribution is no one’s statement', () => {
    const said = statementsOf('The list of demands was short.\n\n– Open the road. Restore the gas supply.');
    expect(said).toEqual([]);
  });
});

describe('one unnamed person who spoke, then a pronoun', () => {
  it('"A member …, who asked not to be named, told X that …. According to him, …": the member, not the one told', () => {
    const said = statementsOf(
      'A member of the city council, who asked not to be named, told Ruben Avagyan that the budget was "far too small". According to him, the mayor has not given up the plan.',
    );
    expect(said.map((s) => s.speaker)).toEqual(['text:member', 'text:member']);
  });
});

describe('an adverbial phrase between a speaker and its verb', () => {
  it.each([
    [
      'On Monday, the interior ministry for the first time accused the rebels of the attack. It said the road was mined.',
    ],
    ['The interior ministry for its part said the road was mined.'],
  ])('%s', (text) => {
    const said = statementsOf(text);
    expect(said.map((s) => s.speaker)).toEqual(['text:interior-ministry']);
  });
});
