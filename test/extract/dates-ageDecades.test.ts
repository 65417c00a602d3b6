import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../../src/extract/dates/expressions.ts';

const kinds = (s: string) => findDateExpressions(s, 0, s.length).map((e) => [e.text, e.form.kind]);

describe('a decade word after a possessive is an age, not a date', () => {
  it.each([
    'The shepherd, a man in his sixties, said the posts were moved at night.',
    'A teacher in her early forties described the queue at the checkpoint.',
    'Most of the volunteers were in their late twenties.',
    "Both drivers were in their '50s, the police said.",
  ])('%s', (sentence) => {
    expect(kinds(sentence).filter(([, kind]) => kind === 'decade')).toEqual([]);
  });

  it('still reads the decade of an era', () => {
    expect(kinds('The village was shelled in the nineties and again in the early eighties.')).toEqual([
      ['in the nineties', 'decade'],
      ['in the early eighties', 'decade'],
    ]);
  });
});
