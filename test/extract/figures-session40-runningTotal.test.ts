import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/** Casualty figures, session 40: a running total reached, and a toll put at a number. Sentences written for these tests. */
describe('"bringing the number … to N": the total reached counts what the change before counted', () => {
  it('the number with its own words before "to"', () => {
    const figures = figuresOf(
      'The aid agency said on Friday that it had moved 9 more patients to Goris, bringing the number of people it has evacuated since March to 57.',
    );
    expect(figures).toContainEqual(['evacuated', '57', 'The aid agency']);
    expect(figures.map((f) => f[1])).toEqual(['9', '57']);
  });

  it('a bare participle after "the number"', () => {
    const figures = figuresOf(
      'Rescuers said they had found the bodies of 14 more soldiers, bringing the number recovered since June to 230.',
    );
    expect(figures).toContainEqual(['killed', '230', 'Rescuers']);
  });
});

describe('"put it at N": "it" is the toll just named', () => {
  it('a second figure for the same toll', () => {
    const figures = figuresOf(
      'The toll among the troops has risen to 88, the ministry said. On Monday it had put it at 31.',
    );
    expect(figures.map((f) => [f[0], f[1]])).toEqual([
      ['killed', '88'],
      ['killed', '31'],
    ]);
  });

  it('"put it at risk" counts no one', () => {
    expect(figuresOf('The shelling put it at risk of collapse, the engineers said.')).toEqual([]);
  });
});
