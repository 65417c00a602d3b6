import { describe, expect, it } from 'vitest';
import { headlineSaid } from './statements.helpers.ts';

const piece = (headline: string) =>
  `${headline}\n\nBy Staff Reporter\n\nThe border road stayed closed on Monday. Officials met in the capital.\n`;

describe('"Families of missing soldiers say …": a heading\'s people named by what they are speak', () => {
  it('"Families of X say …" → the families', () => {
    expect(headlineSaid(piece('Families of detained sailors say nine are still unaccounted for'))).toEqual([
      'text:families',
      'Families of detained sailors',
      'nine are still unaccounted for',
    ]);
  });

  it('"Relatives in <town> say …" → the relatives', () => {
    expect(
      headlineSaid(piece('Relatives in Dundee say they are still waiting for news of the crew')),
    ).toEqual(['text:relatives', 'Relatives in Dundee', 'they are still waiting for news of the crew']);
  });

  it('"<Nationality> families in <place> say …" → the families with their nationality (CONVENTIONS 5)', () => {
    expect(headlineSaid(piece('Moldovan families in Ohio say the new treaty must let them go home'))).toEqual(
      ['text:moldovan-families', 'Moldovan families in Ohio', 'the new treaty must let them go home'],
    );
  });

  it('"Many residents say …": a quantifier is no kind of people, the head noun speaks', () => {
    expect(headlineSaid(piece('Many residents say the ferry has stopped running'))).toEqual([
      'text:residents',
      'Many residents',
      'the ferry has stopped running',
    ]);
  });

  it('a singular verb after a plural group is no such heading', () => {
    expect(headlineSaid(piece('Families of detained sailors says nine are missing'))).toBeNull();
  });
});
