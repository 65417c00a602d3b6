import { describe, expect, it } from 'vitest';
import { speakersShown, statementsOf } from './statements.helpers.ts';

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
    expect(speakersShown(text)).toEqual(['gov-armenia', 'gov-azerbaijan']);
  });
});

describe('a speaker who gave only a first name', () => {
  it('"who gave only the first name Narek" is Narek', () => {
    const text =
      'A medic at the clinic, who gave only the first name Narek, said that 40 patients had arrived overnight.';
    expect(speakersShown(text)).toEqual(['text:narek']);
  });

  it('one described by whose they are ("Dr Avagyan\'s neighbour, who gave her name as Sona,") is the name given', () => {
    const text =
      "Dr Avagyan's neighbour, who gave her name only as Sona, said the water had been cut for two days.";
    expect(speakersShown(text)).toEqual(['text:sona']);
  });
});

describe('a group named with where it is is filed under its head noun', () => {
  it('"Georgians in Berlin said" is text:georgians, as "residents of Goris" is text:residents', () => {
    const text = 'Georgians in Berlin said they would gather outside the embassy on Sunday.';
    expect(speakersShown(text)).toEqual(['text:georgians']);
  });

  it('"Police in Ganja", "Some users" by their head', () => {
    const text = [
      'Police in Ganja said that 20 people had been detained.',
      'Some users claimed that the bridge had been closed.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['text:police', 'text:users']);
  });
});

describe('a briefing whose lead-in says who takes the questions', () => {
  it('the bare "Answer:" turns are the one who "took questions", not a person named earlier', () => {
    const text = [
      'Foreign Minister Ann Berg said on Monday that the talks were useful.',
      'At a press conference in Oslo, a Foreign Ministry official in charge of the region took questions from journalists.',
      'Question: Are Norwegian monitors present?',
      'Answer: Norwegian experts are part of the mission. We only observe.',
      'Question: Is there a risk of new fighting?',
      'Answer: The risk is always there.',
    ].join('\n\n');
    const answers = statementsOf(text).filter((s) => s.kind === 'direct');
    expect(answers.map((s) => s.speaker)).toEqual([
      'text:foreign-ministry-official',
      'text:foreign-ministry-official',
    ]);
  });
});

describe("a quote that opens by handing on a relative's words", () => {
  it('"My mother told me …" in a quote: the mother says the rest', () => {
    const text = '"My mother told me yesterday they have bread for one more week," Aram said.';
    const seen = statementsOf(text);
    expect(seen.map((s) => [s.speaker, s.quote])).toEqual([
      ['text:aram', 'My mother told me yesterday they have bread for one more week,'],
      ['text:mother', 'they have bread for one more week,'],
    ]);
  });

  it('"He writes that …" after "whose brother lives in …": the brother', () => {
    const text =
      'Nune Sahakian, a nurse whose brother lives in Martuni, said the calls had stopped. "He writes that the shops are empty," she said.';
    expect(statementsOf(text).find((s) => s.speaker === 'text:brother')?.quote).toBe('the shops are empty,');
  });

  it("the relative's words end with their first sentence; what follows is the speaker's own", () => {
    const text =
      'Armine Grigorian said her son had phoned from the front on Friday. "He told me, \'Mama, it is quiet here.\' We have heard nothing since," she said.';
    expect(statementsOf(text).find((s) => s.speaker === 'text:son')?.quote).toBe('Mama, it is quiet here.');
  });

  it('a pronoun of the other gender than the kin named is no one', () => {
    const text =
      'Nune Sahakian, a nurse whose brother lives in Martuni, said the calls had stopped. "She writes that the shops are empty," she said.';
    expect(statementsOf(text).some((s) => s.speaker === 'text:brother')).toBe(false);
  });

  it('"He said …" with no relative named before is no one handed on', () => {
    const text = '"He said we would be safe here," Ani Sargsian said of the mayor.';
    expect(speakersShown(text)).toEqual(['text:ani-sargsian']);
  });
});

describe('"They told us …" in a relative\'s quote is not handed on by the relative', () => {
  it('after "whose son was captured", "They told us to wait" names no one', () => {
    const text =
      'Anahit Serobian, whose son was captured in October, waited at the airport. "They told us the plane would land at noon," she said.';
    expect(speakersShown(text)).toEqual(['text:anahit-serobian']);
  });
});
