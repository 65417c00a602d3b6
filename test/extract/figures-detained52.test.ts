import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { DocumentTimeline } from '../../src/extract/types.ts';

function categories(text: string): [string, string][] {
  const sentences = splitSentences(text, splitParagraphs(text));
  const timeline: DocumentTimeline = { docId: 'doc', reference: null, referenceBasis: null, mentions: [] };
  return extractFigures(text, 'doc', sentences, timeline).map((f) => [f.number.text, f.category]);
}

describe('a crossing that ends in custody displaces no one', () => {
  it('given "The two Azerbaijanis crossed into Armenia in April and were detained", no displaced figure', () => {
    expect(categories('The two Azerbaijanis crossed into Armenia in April and were detained.')).toEqual([]);
  });

  it('given "two soldiers had been held since April, when he crossed the border", no displaced figure', () => {
    expect(
      categories(
        'One of the two Azerbaijani soldiers had been held since April, when he crossed the border into Armenia.',
      ),
    ).toEqual([]);
  });

  it('another group\'s custody leaves the crossing a flight: "2,000 people crossed …, and 40 were detained"', () => {
    expect(
      categories('Some 2,000 people crossed into Armenia on Monday, and 40 were detained at the border.'),
    ).toContainEqual(['Some 2,000', 'displaced']);
  });

  it('refugees who crossed are displaced', () => {
    expect(
      categories('More than 50,000 refugees have crossed into Armenia since Sunday, officials said.'),
    ).toEqual([['More than 50,000', 'displaced']]);
  });
});
