import { describe, expect, it } from 'vitest';
import { textEntity } from '../../src/extract/entities/textEntity.ts';
import { statementsOf } from './statements.helpers.ts';

describe('a place after a plural or a body says where it is, not who it is (CONVENTIONS 5)', () => {
  it('given "Human rights groups in Armenia", the speaker is the human rights groups', () => {
    expect(textEntity('Human rights groups in Armenia').id).toBe('text:human-rights-groups');
  });

  it('given "Ethnic Armenians in Nagorno-Karabakh", the speaker is the ethnic Armenians', () => {
    expect(textEntity('Ethnic Armenians in Nagorno-Karabakh').id).toBe('text:ethnic-armenians');
  });

  it('given "the EU mission in Armenia", the speaker is the EU mission', () => {
    expect(textEntity('the EU mission in Armenia').id).toBe('text:eu-mission');
  });

  it('given the proper name "the European Union Mission in Armenia", its place stays in the name', () => {
    expect(textEntity('the European Union Mission in Armenia').id).toBe(
      'text:european-union-mission-in-armenia',
    );
  });

  it('given "the Armenian community in France", the place is dropped as for a plural (CONVENTIONS 5)', () => {
    expect(textEntity('the Armenian community in France').id).toBe('text:armenian-community');
  });

  it('given a sentence with "Aid agencies in Armenia say", the statement is the aid agencies’', () => {
    const text = 'Aid agencies in Armenia say the capacity to absorb the arrivals is stretched.';
    expect(statementsOf(text).map((s) => s.speaker)).toEqual(['text:aid-agencies']);
  });
});

describe('a role held in a named institution is not an earlier holder of the bare role', () => {
  it('given "President Ilham Aliyev" before, "The European Council President said" is Michel', () => {
    const text =
      'Hikmet Hajiyev, adviser to President Ilham Aliyev, told reporters on 7 December 2023 that the deal was good. ' +
      'The European Council President said the deal was "a major breakthrough".';
    const said = statementsOf(text).find((s) => s.quote.includes('major breakthrough'));
    expect(said?.speaker).toBe('michel');
  });

  it('given "President Ilham Aliyev" before, "The Azerbaijani President said" is still Aliyev', () => {
    const text =
      'Hikmet Hajiyev, adviser to President Ilham Aliyev, told reporters on 7 December 2023 that the deal was good. ' +
      'The Azerbaijani President said the deal was "a major breakthrough".';
    const said = statementsOf(text).find((s) => s.quote.includes('major breakthrough'));
    expect(said?.speaker).toBe('aliyev');
  });
});

describe('a relative inside a speaker’s quote is the last kin noun, and may speak in a joined clause (row S)', () => {
  it('given "My wife’s sister stayed … She told us …", the words are the sister’s, not the wife’s', () => {
    const text =
      '"We left everything," Hovhannes Grigoryan said. "My wife\'s sister stayed until the last bus. ' +
      'She told us the streets were already empty."';
    const told = statementsOf(text).find((s) => s.quote.startsWith('the streets'));
    expect(told?.speaker).toBe('text:sister');
  });

  it('given "My brother drove to Goris, and he says he cannot get back", the words are the brother’s', () => {
    const text =
      '"My brother drove to Goris on Sunday, and he says he cannot get back. He is at a friend\'s," Armine said.';
    const told = statementsOf(text).find((s) => s.quote.startsWith('he cannot get back'));
    expect(told?.speaker).toBe('text:brother');
  });

  it('given "My brother drove to Goris, and he says" with a woman as the kin, no one is the teller', () => {
    const text = '"My sister drove to Goris on Sunday, and he says he cannot get back," Armine said.';
    expect(statementsOf(text).some((s) => s.quote.startsWith('he cannot get back'))).toBe(false);
  });
});

describe('a subject set off by a connective speaks; no one stands inverted after its verb', () => {
  it('given "Baku, in turn, says Armenian units fired on its positions", the statement is Baku’s', () => {
    const text = 'Baku, in turn, says Armenian units fired on its positions near Kalbajar on Saturday.';
    const said = statementsOf(text);
    expect(said.map((s) => s.speaker)).toEqual(['gov-azerbaijan']);
    expect(said[0]?.quote.startsWith('Armenian units fired')).toBe(true);
  });

  it('given "The road is open, says Baku.", the inverted subject still speaks', () => {
    expect(statementsOf('The road is open, says Baku.').map((s) => s.speaker)).toEqual(['gov-azerbaijan']);
  });
});

describe('a month or a year right after the verb tells when it was said, not what', () => {
  it('given "said in October it had sent emergency supplies", the words start at "it had sent"', () => {
    const text = 'The church said in October it had sent emergency supplies to Armenia.';
    expect(statementsOf(text)[0]?.quote).toBe('it had sent emergency supplies to Armenia');
  });

  it('given "said in Yerevan the road was open", a place is no time and stays with the words', () => {
    const text = 'The ministry said in Yerevan the road was open.';
    expect(statementsOf(text)[0]?.quote.startsWith('in Yerevan')).toBe(true);
  });
});
