import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { DocumentTimeline } from '../../src/extract/types.ts';
import { extractFrom } from './statements.helpers.ts';

/** Sentences written for these tests: the grammar behind outlets-fresh-84's wrong reporters. */
function figures(text: string): [string, string, string | null][] {
  const timeline: DocumentTimeline = { docId: 'doc', reference: null, referenceBasis: null, mentions: [] };
  const sentences = splitSentences(text, splitParagraphs(text));
  return extractFigures(text, 'doc', sentences, timeline, extractFrom(text, timeline)).map((f) => [
    f.category,
    f.number.text,
    f.reporter?.text ?? null,
  ]);
}

describe('a part told after its total, with its own source named between them', () => {
  it('"X said 52,000 had fled, and the UN agency said about 9,000 of them were children": the part is the agency\'s', () => {
    expect(
      figures(
        "Yerevan's government said on Monday that 52,000 people had fled the region, and the UN children's agency said about 9,000 of them were children.",
      ),
    ).toEqual([
      ['displaced', '52,000', "Yerevan's government"],
      ['displaced', 'about 9,000', "the UN children's agency"],
    ]);
  });

  it("with no source between, the part keeps the total's source", () => {
    expect(
      figures('Officials said 52,000 people had fled the region, about 9,000 of them children.'),
    ).toEqual([
      ['displaced', '52,000', 'Officials'],
      ['displaced', 'about 9,000', 'Officials'],
    ]);
  });
});

describe('a reporting verb joined by ", but" to the sentence\'s first clause shares its subject', () => {
  it('"Baku does not publish its losses, but says 40 civilians were killed" is Baku\'s count', () => {
    expect(
      figures(
        'According to the rebel authorities, 700 fighters have died. Baku does not publish its military losses, but says 40 civilians have been killed.',
      ),
    ).toEqual([
      ['killed', '700', 'the rebel authorities'],
      ['killed', '40', 'Baku'],
    ]);
  });

  it('"It should be noted that the regime claimed …, and announced …": the "that" clause\'s subject stays', () => {
    expect(
      figures(
        'It should be noted that the rebel command claimed today that three of its fighters had been killed and 9 wounded in the fighting, and announced a call-up.',
      ),
    ).toEqual([
      ['killed', 'three', 'the rebel command'],
      ['wounded', '9', 'the rebel command'],
    ]);
  });
});
