import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.helpers.ts';

/** Casualty figures, session 38: who reports a count. Sentences written for these tests. */
describe('a semicolon closes the clause a count stands in', () => {
  it('a source named after the semicolon reports nothing before it', () => {
    expect(
      figuresOf(
        'About 40,000 villagers fled the valley during the war; local officials said last month that half have since gone home.',
      ),
    ).toEqual([['displaced', 'About 40,000', null]]);
  });

  it('a count told by one side keeps it when the other side speaks after the semicolon', () => {
    expect(
      figuresOf(
        'Baku says 60 of its soldiers were killed in the clashes and 12 are still missing; Yerevan has reported 45 dead.',
      ),
    ).toEqual([
      ['killed', '60', 'Baku'],
      ['missing', '12', 'Baku'],
      ['killed', '45', 'Yerevan'],
    ]);
  });

  it('a source named first frames both clauses', () => {
    expect(
      figuresOf(
        'According to the health ministry, 130 soldiers were killed over the weekend; 18 are still missing.',
      ),
    ).toEqual([
      ['killed', '130', 'the health ministry'],
      ['missing', '18', 'the health ministry'],
    ]);
  });

  it('without a semicolon, a source named after the count still reports it', () => {
    expect(figuresOf('About 40,000 villagers fled the valley during the war, local officials said.')).toEqual(
      [['displaced', 'About 40,000', 'local officials']],
    );
  });
});

describe('"martyrs" counts the dead in every tense and as the object of "put … at"', () => {
  it('"had become martyrs" and "have become martyrs" count the dead, as "became martyrs" does', () => {
    expect(figuresOf('The army said that in the war 1,900 soldiers had become martyrs.')).toEqual([
      ['killed', '1,900', 'The army'],
    ]);
    expect(figuresOf('The army said 14 soldiers have become martyrs since Monday.')).toEqual([
      ['killed', '14', 'The army'],
    ]);
  });

  it('"put the number of martyrs at 35" gives a count of the dead, reported by who put it', () => {
    expect(figuresOf('Earlier on Tuesday, the army had put the number of martyrs at 35.')).toEqual([
      ['killed', '35', 'the army'],
    ]);
  });
});
