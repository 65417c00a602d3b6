import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/** Session 46: grammar the PolNeAR census found missing between a subject and its verb of saying. */
describe('a quantifier floated off the subject, or "even", between subject and verb', () => {
  it('"X and Y have both argued that …" is a statement of each', () => {
    const said = statementsOf(
      'Foreign Minister Ararat Mirzoyan and his deputy have both argued that the border talks must go on.',
    );
    expect(said.map((s) => s.quote)).toContain('the border talks must go on');
  });

  it('"X and Y each said …" is a statement', () => {
    const said = statementsOf('Mirzoyan and Bayramov each said the corridor would reopen in spring.');
    expect(said.map((s) => s.quote)).toContain('the corridor would reopen in spring');
  });

  it('"X even claimed that …" is a statement of X', () => {
    const said = statementsOf('Prime Minister Nikol Pashinyan even claimed that the talks had stalled.');
    expect(said).toEqual([expect.objectContaining({ speaker: 'pashinyan', quote: 'the talks had stalled' })]);
  });

  it('"leaders of both parties said …" keeps "both" inside the subject', () => {
    const said = statementsOf('Leaders of both parties said the budget would pass.');
    expect(said.map((s) => s.quote)).toEqual(['the budget would pass']);
  });
});

describe('a verb of saying set before its subject, then a colon: "Stated Stone: “…”"', () => {
  const story = (line: string) =>
    ['Envoy Backs Talks', 'YEREVAN — Envoy Lena Dallas met officials on Monday.', line].join('\n\n');

  it('the verb is no part of the name: the envoy speaks', () => {
    const said = statementsOf(story('Stated Dallas: “The corridor must stay open.”'));
    expect(said).toEqual([
      expect.objectContaining({ speaker: 'text:lena-dallas', quote: 'The corridor must stay open.' }),
    ]);
  });

  it('"Added X:" likewise', () => {
    const said = statementsOf(story('Added Dallas: “Nobody wants a new war.”'));
    expect(said.map((s) => s.speaker)).toEqual(['text:lena-dallas']);
  });

  it('"Asked X:" opens a question, no statement', () => {
    expect(statementsOf(story('Asked Dallas: “Who will guard the road?”'))).toEqual([]);
  });
});
