import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/** Sentences written for these tests: counts with a casualty word that are no casualty figure (CONVENTIONS 20). */
describe('one person picked from a group already counted is told about, not counted', () => {
  it.each([
    'Four nurses were wounded in the strike, the hospital said. One of them is in serious condition, it added.',
    'The mayor said three residents had been killed. He said one of the dead residents was a teacher.',
  ])('%s', (text) => {
    expect(figuresOf(text).filter(([, n]) => /^one$/i.test(n))).toEqual([]);
  });

  it('"one of them badly" breaks the count down by how badly: a part, counted (row AX)', () => {
    expect(
      figuresOf('Five villagers were injured in Tegh on Monday, one of them badly, the mayor said.').filter(
        ([, n]) => /^one$/i.test(n),
      ),
    ).toHaveLength(1);
  });

  it('a part with a casualty verb of its own is still counted', () => {
    expect(
      figuresOf(
        'Two shepherds were injured by a mine near Horadiz, and one of them later died in hospital, the agency said.',
      ),
    ).toContainEqual(['killed', 'one', 'the agency']);
  });

  it('a verbless breakdown of a toll by kind ("one of them a child") is a part', () => {
    expect(
      figuresOf('The ombudsman put the death toll at 40, including nine civilians, one of them a child.'),
    ).toContainEqual(['killed', 'one', 'The ombudsman']);
  });
});

describe('refugees in no casualty category now', () => {
  it.each([
    'The ministry said about 900 refugees returned to their villages on Sunday.',
    'Soldiers escorted more than 2,000 refugees returning from Armenia, the ministry said.',
    'The agency said at least 700 refugees had since left Armenia for France.',
    'Forty soldiers held in Baku crossed into Armenia at the checkpoint on Friday.',
  ])('%s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  it('people kept in a basement and killed are still counted', () => {
    expect(figuresOf('The prosecutor said 30 civilians held in the basement were killed.')).toEqual([
      ['killed', '30', 'The prosecutor'],
    ]);
  });
});

describe('needs and populations are no counts of people hurt or uprooted', () => {
  it.each([
    'The spokesperson said the government had registered 1,800 people in need of urgent care.',
    "Officials estimate that about half of the town's population of 40,000 has already fled.",
    'The ministry said 20 wounded soldiers were in hospital and that 12 of them had already been discharged.',
  ])('%s', (text) => {
    const shown = figuresOf(text).map(([, n]) => n);
    expect(shown).not.toContain('1,800');
    expect(shown).not.toContain('40,000');
    expect(shown).not.toContain('12');
  });

  it('"the two sides" exchanging bodies count no dead', () => {
    expect(
      figuresOf('The Red Cross said it was helping the two sides exchange the bodies of the dead.'),
    ).toEqual([]);
  });
});

describe('"have since left" uproots people who were not yet refugees', () => {
  it('people leaving their region are displaced', () => {
    expect(figuresOf('Armenia says more than 90,000 people have since left the region.')).toEqual([
      ['displaced', 'more than 90,000', 'Armenia'],
    ]);
  });
});
