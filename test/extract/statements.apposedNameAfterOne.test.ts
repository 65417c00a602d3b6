import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const speakerOf = (text: string) => statementsOf(text)[0]?.speaker;

describe('"One of them, <age> <Name>, said": the name in apposition speaks', () => {
  it('"one of them" and an age before the name (Georgian outlet style)', () => {
    const text =
      'Residents of the village have protested. One of them, 58-year-old Hasmik Sargsyan, told the ' +
      'paper by phone that the villagers were "not against peace."';
    expect(speakerOf(text)).toBe('text:hasmik-sargsyan');
  });

  it('"one resident" and an age (broadsheet feature style)', () => {
    expect(speakerOf('One resident, 61-year-old Karen Mkrtchyan, said the road was closed.')).toBe(
      'text:karen-mkrtchyan',
    );
  });

  it('"another" and a name alone (agency style)', () => {
    expect(speakerOf('Another refugee, Lilit Hovsepyan, said she would not go back.')).toBe(
      'text:lilit-hovsepyan',
    );
  });

  it('a description in apposition, with no name, stays the description', () => {
    expect(speakerOf('One of them, a teacher, said she would stay.')).toBe('text:teacher');
  });
});

describe('an age before a first name is no part of the name', () => {
  it('"said 52-year-old Karine" is Karine', () => {
    const text = '"The water has been off since Friday," said 52-year-old Karine, who lives near the market.';
    expect(speakerOf(text)).toBe('text:karine');
  });
});

describe('a relative named by a first name after a possessive is that person', () => {
  it('"her nephew Armen said" is Armen', () => {
    const text =
      'Lusine Hakobyan, 71, returned to the village in May. Her nephew Armen said the house had no roof left.';
    expect(statementsOf(text).at(-1)?.speaker).toBe('text:armen');
  });
});

describe('"one of them" with a name in apposition, inverted or with what the name is of', () => {
  it('"said one of them, Name." is the name', () => {
    const text =
      'Farmers near Tovuz say the shelling ruined the harvest. "Nothing is left of the orchards," said one of them, Elchin Aliyev.';
    expect(statementsOf(text).at(-1)?.speaker).toBe('text:elchin-aliyev');
  });

  it('"One of them, Name of the X bloc, said" is the name', () => {
    const text =
      'Opposition deputies walked out of the session. One of them, Gohar Melikyan of the Zartonk faction, said the vote was illegal.';
    expect(statementsOf(text).at(-1)?.speaker).toBe('text:gohar-melikyan');
  });
});
