import { describe, expect, it } from 'vitest';
import { extracted, figuresOf } from './figures.helpers.ts';

/** Sentences written for these tests: the grammar behind outlets-fresh-81's and -82's figure misses. */

/** Each figure as [number as written, kind or "total", the number of the total it is part of or null]. */
function shapesOf(text: string): [string, string, string | null][] {
  const figures = extracted(text);
  const byId = new Map(figures.map((f) => [f.id, f]));
  return figures.map((f) => [
    f.number.text,
    f.kind ?? 'total',
    (f.partOf && byId.get(f.partOf)?.number.text) ?? null,
  ]);
}

describe('patients "transferred from <place> to hospitals" were evacuated', () => {
  it.each([
    'According to the aid agency, 124 patients have been transferred from the enclave to hospitals in Armenia.',
    'The agency said 60 patients had been transferred from the district to hospitals in the capital.',
  ])('%s', (sentence) => {
    expect(figuresOf(sentence).map(([category]) => category)).toEqual(['evacuated']);
  });
});

describe('a change told of a total in the same sentence is a part of it', () => {
  it('"a figure that rose by N" after a total with a part nested in it: the total, not the part', () => {
    const sentence =
      'The government said 40,120 people, including about 9,000 children, had crossed into Armenia since Sunday, a figure that rose by more than 8,000 in a day.';
    expect(shapesOf(sentence)).toEqual([
      ['40,120', 'total', null],
      ['about 9,000', 'total', '40,120'],
      ['more than 8,000', 'change', '40,120'],
    ]);
  });

  it('"N more dead than it had announced": a change of the total before it', () => {
    const sentence =
      'The ministry said nine of its soldiers had been killed and 12 wounded, three more dead than it had announced on Monday.';
    expect(shapesOf(sentence)).toEqual([
      ['nine', 'total', null],
      ['12', 'total', null],
      ['three', 'change', 'nine'],
    ]);
  });
});

describe("the reporter of a change told on a total is the total's (row AV)", () => {
  it.each([
    [
      'Local officials said 410 of their fighters had been killed since the fighting began, a toll that rose by 35 in two days.',
      'Local officials',
    ],
    [
      'Spokeswoman Ana Petrosyan said on Monday evening that 21,300 people had crossed into Armenia, a figure that rose by about 5,000 since the morning.',
      'Spokeswoman Ana Petrosyan',
    ],
  ])('%s', (sentence, reporter) => {
    expect(figuresOf(sentence).map(([, , who]) => who)).toEqual([reporter, reporter]);
  });
});

describe('"X said, citing Y": the count is Y\'s (row AW)', () => {
  it.each([
    [
      'The aid agency said, citing both sides, that 2,100 people were still missing after the war.',
      'both sides',
    ],
    [
      'Some 45 people remain missing after the blast, the refugee agency said, citing local authorities.',
      'local authorities',
    ],
  ])('%s', (sentence, reporter) => {
    expect(figuresOf(sentence)[0]?.[2]).toBe(reporter);
  });
});

describe('a participle of where those counted were stands between them and their verb', () => {
  it.each([
    ['The office said three other people travelling with them had been wounded.', 'wounded', 'three'],
    ['Five passengers riding in the minibus were killed.', 'killed', 'Five'],
  ])('%s', (sentence, category, number) => {
    expect(figuresOf(sentence).map(([c, n]) => [c, n])).toEqual([[category, number]]);
  });
});
