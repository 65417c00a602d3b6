import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

/** Sentences written for these tests: the gapped counts behind outlets-fresh-71's and -72's figure misses. */
function figuresOf(text: string): [string | undefined, string, string | null][] {
  const figures = extractFigures(text, 'doc', splitSentences(text, splitParagraphs(text)), {
    docId: 'doc',
    reference: null,
    referenceBasis: null,
    mentions: [],
  });
  return figures.map((f) => [f.category, f.number.text, f.reporter?.text ?? null]);
}

describe("a second count with only its own place or time shares the first count's verb, comma or not", () => {
  it('"three civilians had been wounded in Jermuk and two in Sotk": two wounded, by the same source', () => {
    expect(
      figuresOf('Armenian officials said that three civilians had been wounded in Jermuk and two in Sotk.'),
    ).toEqual([
      ['wounded', 'three', 'Armenian officials'],
      ['wounded', 'two', 'Armenian officials'],
    ]);
  });

  it('"which killed some 30,000 people in the 1990s and more than 6,500 in 2020": both killed', () => {
    expect(
      figuresOf('The two wars killed some 30,000 people in the 1990s and more than 6,500 in 2020.'),
    ).toEqual([
      ['killed', 'some 30,000', null],
      ['killed', 'more than 6,500', null],
    ]);
  });

  it('a second count whose clause goes on with a verb of its own is not given the first verb', () => {
    expect(figuresOf('Three soldiers were killed in Goris and two in the town were detained.')).toEqual([
      ['killed', 'Three', null],
    ]);
    expect(
      figuresOf(
        'Five people were wounded in the shelling and two in hospital remain in a serious condition.',
      ),
    ).toEqual([['wounded', 'Five', null]]);
    expect(figuresOf('The shelling killed two soldiers in Jermuk and 300 in Lachin were evacuated.')).toEqual(
      [['killed', 'two', null]],
    );
  });
});
