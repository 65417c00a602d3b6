import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/** Sentences written for these tests: the grammar behind outlets-fresh-60's figure misses. */
describe('"one of N" names one member of a count: the count is the figure', () => {
  it.each([
    [
      'He is one of more than 80,000 people who fled the region, according to the refugee agency.',
      [['displaced', 'more than 80,000', 'the refugee agency']],
    ],
    [
      'The boy was one of the 40 wounded taken to the hospital in Goris, officials said.',
      [['wounded', '40', 'officials']],
    ],
  ])('%s', (text, figures) => {
    expect(figuresOf(text)).toEqual(figures);
  });

  it('"one" alone is still a count of one', () => {
    expect(figuresOf('One soldier was wounded, the ministry said.')).toEqual([
      ['wounded', 'One', 'the ministry'],
    ]);
  });
});

describe('what is announced is no reporter', () => {
  it('a headline\'s "a truce announced …, at least 40 soldiers killed" names no source', () => {
    expect(
      figuresOf('Border clashes: a truce announced after three days, at least 40 soldiers killed'),
    ).toEqual([['killed', 'at least 40', null]]);
  });
});
