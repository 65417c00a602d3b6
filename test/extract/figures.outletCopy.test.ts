import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { Figure } from '../../src/extract/types.ts';

/**
 * Figures as agencies, translated aggregator copy, ministries and wire services write them,
 * in sentences written for these tests: thousands grouped with spaces or full stops, ranges,
 * tolls that climb to a total, increments that are no totals.
 */

function figuresOf(text: string): Figure[] {
  const figures = extractFigures(text, 'doc', splitSentences(text, splitParagraphs(text)), {
    docId: 'doc',
    reference: null,
    referenceBasis: null,
    mentions: [],
  });
  for (const f of figures) expect(text.slice(f.excerpt.start, f.excerpt.end)).toContain(f.number.text);
  return figures;
}

/** [category, number as written, value, low, high] for each figure, in text order. */
const numbers = (text: string) =>
  figuresOf(text).map((f) => [f.category, f.number.text, f.number.value, f.number.low, f.number.high]);

describe('thousands grouped with spaces or full stops, as translated copy writes them', () => {
  it.each([
    [
      'Nearly 100 000 people have arrived in Armenia since the start of the exodus, the prime minister said.',
      [['displaced', 'Nearly 100 000', 100_000, null, 100_000]],
    ],
    [
      'The number of displaced people registered in Armenia reached 100.417, the ministry reported.',
      [['displaced', '100.417', 100_417, 100_417, 100_417]],
    ],
    [
      'More than 2 350 servicemen were killed in the war, the ministry said.',
      [['killed', 'More than 2 350', 2_350, 2_351, null]],
    ],
  ])('%s', (text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });

  it('keeps a decimal before a scale word a decimal', () => {
    expect(numbers('Some 1.5 million people were displaced.')).toEqual([
      ['displaced', 'Some 1.5 million', 1_500_000, null, null],
    ]);
  });

  it('nests parts written with spaces in the total before them', () => {
    const [total, children] = figuresOf(
      'Nearly 100 000 refugees have crossed into Armenia, officials said. Of these, 41 000 are children.',
    );
    expect(children).toMatchObject({ number: { text: '41 000', value: 41_000 }, partOf: total!.id });
  });
});

describe('a range is one figure with both ends, never its upper end alone', () => {
  it.each([
    [
      'Between 30 and 40 bodies were still being identified at the morgue, a local official said.',
      [['killed', 'Between 30 and 40', 30, 30, 40]],
    ],
    [
      'The remains of 30 to 40 servicemen were found in the district, the ministry said.',
      [['killed', '30 to 40', 30, 30, 40]],
    ],
    ['Officials said 15-20 civilians were wounded in the shelling.', [['wounded', '15-20', 15, 15, 20]]],
    ['Two or three soldiers were killed on Tuesday.', [['killed', 'Two or three', 2, 2, 3]]],
    [
      'Between 2 and 3 thousand people fled the village overnight.',
      [['displaced', 'Between 2 and 3 thousand', 2_000, 2_000, 3_000]],
    ],
    // A hedge on a range states no end.
    ['Some 30 to 40 people were injured.', [['wounded', 'Some 30 to 40', 30, null, null]]],
  ])('%s', (text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });

  it('leaves two counts joined by "or" as two counts', () => {
    expect(numbers('Officials could not say whether 12 soldiers or 3 civilians were killed.')).toHaveLength(
      2,
    );
  });
});
