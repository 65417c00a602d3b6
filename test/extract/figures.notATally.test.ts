import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/**
 * "One" after "the father of", "a relative of", "members of" names one person or household through
 * someone tied to them: no count of its own. Sentences written for these tests.
 */
describe('one person named through a relative is no count', () => {
  it.each([
    'The brother of one of the killed deminers told the agency the road had never been cleared.',
    'At the cemetery, the mother of one of the fallen soldiers laid flowers on Tuesday.',
  ])('%s', (sentence) => {
    expect(figuresOf(sentence)).toEqual([]);
  });

  it('"members of one family" counts the members, not the family', () => {
    expect(
      figuresOf('Four members of one family were killed when a rocket hit their house, the ministry said.'),
    ).toEqual([['killed', 'Four', 'the ministry']]);
  });

  it('a count after "the families of" stays', () => {
    expect(
      figuresOf('The minister met the families of the 12 soldiers who were killed in the clashes.'),
    ).toEqual([['killed', '12', null]]);
  });
});

/** The dead not yet named are a part of a toll told by what is unknown of them, not a toll. */
describe('bodies not yet identified are no count of the dead', () => {
  it.each([
    'The ministry said 9 bodies had not yet been identified by relatives.',
    'At least 30 people died in the blast, and 11 bodies remain unidentified, officials said.',
  ])('%s', (sentence) => {
    expect(figuresOf(sentence).filter(([, n]) => /9|11/.test(n))).toEqual([]);
  });

  it('bodies recovered still count the dead', () => {
    expect(figuresOf('Rescuers said 64 bodies had been recovered from the rubble.')).toEqual([
      ['killed', '64', 'Rescuers'],
    ]);
  });
});

/** Someone's own kin, told in a personal story, are people named one by one, not a tally. */
describe("a person's own kin are no tally", () => {
  it.each([
    'The farmer told the court that his father and three brothers were among those shot in the village.',
    'A nurse in Goris said her two sisters had fled Stepanakert with nothing but a bag each.',
  ])('%s', (sentence) => {
    expect(figuresOf(sentence)).toEqual([]);
  });

  it("a part of the neighbours and a country's soldiers stay counted", () => {
    expect(figuresOf('She said three of her neighbours had died in the shelling.')).toEqual([
      ['killed', 'three', null],
    ]);
    expect(figuresOf('Armenia said four of its soldiers were killed.')).toEqual([
      ['killed', 'four', 'Armenia'],
    ]);
  });
});
