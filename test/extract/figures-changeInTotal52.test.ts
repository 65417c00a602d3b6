import { describe, expect, it } from 'vitest';
import { extracted } from './figures.helpers.ts';

/** A change told with the total it brought the count to is a part of that total. Sentences written for these tests. */
const nesting = (text: string) => {
  const figures = extracted(text);
  return figures.map((f) => [
    f.number.text,
    f.kind ?? null,
    figures.find((t) => t.id === f.partOf)?.number.text ?? null,
  ]);
};

describe('a change nested in the total it brings the count to', () => {
  it('given "N more …, bringing the toll to M", N is a change within M', () => {
    expect(
      nesting('The army said 12 more of its soldiers had been killed, bringing its death toll to 318.'),
    ).toEqual([
      ['12', 'change', '318'],
      ['318', null, null],
    ]);
  });

  it('given "N were killed on Friday, bringing the toll to M", N is within M and stays a count', () => {
    expect(
      nesting(
        'Officials said 9 soldiers had been killed on Friday, bringing their military death toll to 140.',
      ),
    ).toEqual([
      ['9', null, '140'],
      ['140', null, null],
    ]);
  });

  it('given "the toll at M, N more than a day earlier", N is a change within M', () => {
    expect(nesting('The ministry put the toll at 415 on Monday, 37 more than a day earlier.')).toEqual([
      ['415', null, null],
      ['37', 'change', '415'],
    ]);
  });

  it('given "M had crossed, a figure that rose by N", N is a change within M', () => {
    expect(
      nesting(
        'The government said 61,200 people had crossed into Armenia, a figure that rose by about 9,000 overnight.',
      ),
    ).toEqual([
      ['61,200', null, null],
      ['about 9,000', 'change', '61,200'],
    ]);
  });

  it('given "rose by N to M", N is a change within M', () => {
    expect(nesting('The ministry said its death toll had risen by 21 to 71.')).toEqual([
      ['21', 'change', '71'],
      ['71', null, null],
    ]);
  });

  it('given a change of another count, it is no part of the total: "had reported two; the toll rose by five"', () => {
    expect(
      nesting('Initially, the army had reported two killed; the toll rose by five after the search.'),
    ).toEqual([
      ['two', null, null],
      ['five', 'change', null],
    ]);
  });
});

describe('"N … were among the dead": a part of the one total told just before', () => {
  it('given the total in the sentence before, the part is nested in it', () => {
    expect(
      nesting(
        'A rocket hit a school in the town on Monday, killing 11 people, officials said. The governor said three children were among the dead.',
      ),
    ).toEqual([
      ['11', null, null],
      ['three', null, '11'],
    ]);
  });

  it('given two different totals before, which one is meant is a guess: no nesting', () => {
    const nested = nesting(
      'The army said 40 soldiers were killed. Local officials said 52 people were killed. Doctors said two children were among the dead.',
    );
    expect(nested.at(-1)).toEqual(['two', null, null]);
  });
});
