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
