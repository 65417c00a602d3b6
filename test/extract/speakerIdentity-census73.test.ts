import { describe, expect, it } from 'vitest';
import { textEntity } from '../../src/extract/entities/textEntity.ts';
import { statementsOf } from './statements.helpers.ts';

describe('a place after a described group or body is no part of who it is', () => {
  it('given "Relief groups in Georgia say …", the speaker is the relief groups', () => {
    const text = 'Relief groups in Georgia say the shelters are full.';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['text:relief-groups']);
  });

  it('files "the consulate in Tbilisi" and "Ethnic Georgians in Abkhazia" under their heads', () => {
    expect(textEntity('the consulate in Tbilisi').id).toBe('text:consulate');
    expect(textEntity('Ethnic Georgians in Abkhazia').id).toBe('text:ethnic-georgians');
  });

  it('keeps a name that holds "of" before its place: "Union of Armenians in Russia"', () => {
    expect(textEntity('Union of Armenians in Russia').id).toBe('text:union-of-armenians-in-russia');
  });
});

describe('a pair named back by the post its members share', () => {
  const chaired =
    "The talks were chaired by Georgia's Deputy Prime Minister Levan Davitashvili and " +
    "Armenia's Deputy Prime Minister Tigran Avinyan. ";

  it('given "the two deputy prime ministers said", both deputies are speakers', () => {
    const text = `${chaired}The two deputy prime ministers said the work would be finished by June.`;
    const said = statementsOf(text).filter((s) => s.quote.startsWith('the work'));
    expect(said.map((s) => s.speaker).sort()).toEqual(['text:levan-davitashvili', 'text:tigran-avinyan']);
  });

  it('given a surname the gazetteer knows after another given name, the member is the namesake', () => {
    const text =
      'The commissions are chaired by Deputy Prime Minister Shahin Mustafayev and by ' +
      "Armenia's Deputy Prime Minister Mher Grigoryan. " +
      'The two deputy prime ministers said the coordinates would be fixed by experts.';
    const said = statementsOf(text).filter((s) => s.quote.startsWith('the coordinates'));
    expect(said.map((s) => s.speaker).sort()).toEqual(['text:mher-grigoryan', 'text:shahin-mustafayev']);
  });
});

describe('a text signed by two people is both of theirs', () => {
  it('given "According to the protocol signed by A and B, …", each signer is a speaker', () => {
    const text =
      'The talks were led by Levan Davitashvili and Tigran Avinyan. According to the protocol signed by ' +
      'Davitashvili and Avinyan, the border posts will open in May.';
    const said = statementsOf(text).filter((s) => s.quote.startsWith('the border posts'));
    expect(said.map((s) => s.speaker).sort()).toEqual(['text:levan-davitashvili', 'text:tigran-avinyan']);
  });
});

describe('"they" after a list of people is never a body named before them', () => {
  it('given a body, then three leaders issuing a statement, then "They said", the body is not the speaker', () => {
    const text =
      'The Georgian government said the prime minister would not travel. ' +
      'After the talks, Italian Prime Minister Giorgia Meloni, Dutch Prime Minister Mark Rutte and ' +
      'Austrian Chancellor Karl Nehammer issued a joint statement. They said they supported the mission.';
    const said = statementsOf(text).filter((s) => s.quote.startsWith('they supported'));
    expect(said.map((s) => s.speaker)).not.toContain('gov-georgia');
    expect(said.every((s) => s.speaker !== 'text:georgian-government')).toBe(true);
  });
});

describe('a negative or "another" before a people’s word', () => {
  it('given "Another Filipino, a hotel worker, said …", the speaker is the Filipino', () => {
    expect(textEntity('Another Filipino').id).toBe('text:filipino');
  });

  it('given "No Filipino is known to …, she added", no one is named "No Filipino"', () => {
    const text =
      'Consul Maria Santos said the embassy was open. No Filipino is known to have been hurt, she added.';
    expect(statementsOf(text).map((s) => s.speaker)).not.toContain('text:no-filipino');
  });
});
