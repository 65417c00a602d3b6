import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/** A number set off by commas after a name is the person's age, never a count. */
describe('an age in apposition counts nothing', () => {
  it.each([
    'Her brother Armen, 23, a reservist, went missing near Hadrut in October 2020.',
    'Their son Tigran, 20, was killed in the first week of the war, the family said.',
    'The shepherd, Rauf Aliyev, 47, was wounded when his tractor hit a mine.',
  ])('%s', (sentence) => {
    expect(figuresOf(sentence)).toEqual([]);
  });

  it('a count after a place set off by a comma still counts', () => {
    expect(figuresOf('In Barda, 21 people were killed in the strike.')).toEqual([['killed', '21', null]]);
  });

  it('keeps the count when the age stands beside it', () => {
    expect(
      figuresOf('Among the 14 people killed on Tuesday was Sona Harutyunyan, 71, a retired teacher.'),
    ).toEqual([['killed', '14', null]]);
  });
});
