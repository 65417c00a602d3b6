import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { DocumentTimeline, Figure } from '../../src/extract/types.ts';

const timeline: DocumentTimeline = { docId: 'p', reference: null, referenceBasis: null, mentions: [] };

function run(text: string): Figure[] {
  const sentences = splitSentences(text, splitParagraphs(text));
  return extractFigures(text, 'p', sentences, timeline);
}

/** Every text field of a figure is a verbatim slice: the number and what is counted of its excerpt. */
function checkVerbatim(text: string, figures: Figure[]): void {
  const sentences = splitSentences(text, splitParagraphs(text));
  for (const f of figures) {
    expect(sentences.some((s) => s.start === f.excerpt.start && s.end === f.excerpt.end)).toBe(true);
    const excerpt = text.slice(f.excerpt.start, f.excerpt.end);
    expect(excerpt).toContain(f.number.text);
    if (f.number.hedge) expect(f.number.text.startsWith(f.number.hedge)).toBe(true);
    if (f.counted !== null) expect(excerpt).toContain(f.counted);
    if (f.where !== null) expect(text).toContain(f.where);
    if (f.period.text !== null) expect(text).toContain(f.period.text);
    if (f.reporter) expect(text).toContain(f.reporter.text);
    expect(Number.isFinite(f.number.value)).toBe(true);
    if (f.number.low !== null && f.number.high !== null)
      expect(f.number.low).toBeLessThanOrEqual(f.number.high);
    if (f.partOf) expect(figures.some((g) => g.id === f.partOf)).toBe(true);
  }
}

/** Words that exercise the rules: numbers, hedges, casualty verbs, sources, places, punctuation. */
const WORDS = [
  'Six',
  'people',
  'were',
  'killed',
  ',',
  '.',
  'including',
  'four',
  'employees',
  'of',
  'the',
  'Ministry',
  'about',
  '5,000',
  'dead',
  'according',
  'to',
  'Putin',
  'more',
  'than',
  '100,000',
  'fled',
  'in',
  'Goris',
  'said',
  'officials',
  'at',
  'least',
  '1.5',
  'million',
  'displaced',
  'evacuated',
  '30',
  'thousand',
  'dozens',
  'wounded',
  'missing',
  'toll',
  'rose',
  'death',
  'over',
  'past',
  '24',
  'hours',
  'since',
  'September',
  '27',
  '"',
  '“',
  '”',
  '’',
  '\n',
  '\n\n',
  'Of',
  'these',
  'and',
  'killing',
  'refugees',
  'up',
  'nearly',
  '$',
  '%',
  '-',
  'twenty-seven',
  'a',
  'hundred',
  'Baku',
  'reported',
  'that',
  'there',
  'None',
];

describe('figures: properties over arbitrary text', () => {
  it('never throws on any string, and every figure is verbatim', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        checkVerbatim(text, run(text));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on casualty-like word salad, and every figure is verbatim', () => {
    const salad = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(salad, (text) => {
        checkVerbatim(text, run(text));
      }),
      { numRuns: 600 },
    );
  });

  it('never throws on unicode-heavy text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        checkVerbatim(text, run(text));
      }),
      { numRuns: 200 },
    );
  });
});
