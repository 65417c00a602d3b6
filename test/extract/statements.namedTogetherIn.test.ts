import { describe, expect, it } from 'vitest';
import { namedTogetherIn } from '../../src/extract/statements/people.ts';

describe('people named together as speakers, read once per phrase', () => {
  it('gives each person named after a plural title, with the title', () => {
    expect(namedTogetherIn('Sens. Ann Carver and Tom Beale')).toEqual([
      { name: 'Ann Carver', role: 'Sen.' },
      { name: 'Tom Beale', role: 'Sen.' },
    ]);
  });

  it('gives people named by full names alone', () => {
    expect(namedTogetherIn('Ann Carver and Tom Beale')?.map((p) => p.name)).toEqual([
      'Ann Carver',
      'Tom Beale',
    ]);
  });

  it('names no one in a body, places or a single speaker', () => {
    expect(namedTogetherIn('Procter and Gamble')).toBeNull();
    expect(namedTogetherIn('Residents of Goris and Kapan')).toBeNull();
    expect(namedTogetherIn('Armenia and Azerbaijan')).toBeNull();
    expect(namedTogetherIn('Foreign Ministry spokeswoman Maria Zakharova')).toBeNull();
  });

  it('gives the same answer when asked again', () => {
    const first = namedTogetherIn('Sens. Ann Carver and Tom Beale');
    expect(namedTogetherIn('Sens. Ann Carver and Tom Beale')).toEqual(first);
  });
});
