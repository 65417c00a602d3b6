import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { Figure } from '../../src/extract/types.ts';

/** Casualty figures in broadsheet, podcast, meeting-report and rights-office layouts. */
function figuresOf(text: string): Figure[] {
  const figures = extractFigures(text, 'doc', splitSentences(text, splitParagraphs(text)), {
    docId: 'doc',
    reference: null,
    referenceBasis: null,
    mentions: [],
  });
  for (const f of figures) {
    expect(text.slice(f.excerpt.start, f.excerpt.end)).toContain(f.number.text);
    if (f.reporter) expect(text).toContain(f.reporter.text);
  }
  return figures;
}
const summary = (text: string) => figuresOf(text).map((f) => [f.category, f.number.text, f.kind ?? 'total']);

describe('an adverb between a count and its verb', () => {
  it.each([
    [
      'More than 100,000 ethnic Armenians then fled the region within a week.',
      'displaced',
      'More than 100,000',
    ],
    ['Some 2,000 residents later fled to the border town.', 'displaced', 'Some 2,000'],
  ])('%s → %s %s', (sentence, category, number) => {
    expect(summary(sentence)).toEqual([[category, number, 'total']]);
  });

  it('is no auxiliary: those who did the killing are not counted as killed', () => {
    expect(summary('Five soldiers then killed two civilians near the checkpoint.')).toEqual([
      ['killed', 'two', 'total'],
    ]);
  });
});

describe('"former" displaced persons are displaced no more', () => {
  it('counts nothing', () => {
    expect(
      summary(
        'The rights of the more than 10,000 former internally displaced persons who returned must be protected.',
      ),
    ).toEqual([]);
  });
  it('former refugees displaced again are a displacement', () => {
    expect(summary('Some 10,000 former refugees were displaced again by the fighting.')).toEqual([
      ['displaced', 'Some 10,000', 'total'],
    ]);
  });
});
