import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/** Session 36: statements missed on new copy (outlets-fresh-47). */
describe('an official introduced with where they serve, then "the official"', () => {
  it('"the official" is the one just introduced "of" an administration, not a body named before', () => {
    const text = [
      "Six people were hurt in the blast, Armenia's Investigative Committee said.",
      'An official of the Ijevan town administration, speaking to a radio station, said that the road was closed. "The clinic is overwhelmed. We need blankets," the official said.',
    ].join('\n\n');
    const direct = statementsOf(text).find((s) => s.kind === 'direct');
    expect(direct?.speaker).toBe('text:official');
  });
});

describe("a state under its full official name speaks as the state's government", () => {
  it('"the Republic of Armenia and the Republic of Azerbaijan … announced": each government', () => {
    const text =
      'The Republic of Armenia and the Republic of Azerbaijan, in a joint statement released on Monday, announced that they would reopen two crossings.';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['gov-armenia', 'gov-azerbaijan']);
  });
});

describe('a speaker who gave only a first name', () => {
  it('"who gave only the first name Narek" is Narek', () => {
    const text =
      'A medic at the clinic, who gave only the first name Narek, said that 40 patients had arrived overnight.';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['text:narek']);
  });

  it('one described by whose they are ("Dr Avagyan\'s neighbour, who gave her name as Sona,") is the name given', () => {
    const text = "Dr Avagyan's neighbour, who gave her name only as Sona, said the water had been cut for two days.";
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['text:sona']);
  });
});

describe('a group named with where it is is filed under its head noun', () => {
  it('"Georgians in Berlin said" is text:georgians, as "residents of Goris" is text:residents', () => {
    const text = 'Georgians in Berlin said they would gather outside the embassy on Sunday.';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['text:georgians']);
  });

  it('"Police in Ganja", "Members of the community in Tbilisi", "Some users" by their head', () => {
    const text = [
      'Police in Ganja said that 20 people had been detained.',
      'Members of the Azerbaijani community in Tbilisi told a radio station that they were collecting aid.',
      'Some users claimed that the bridge had been closed.',
    ].join('\n\n');
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['text:police', 'text:members', 'text:users']);
  });
});
