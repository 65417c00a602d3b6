import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { DocumentTimeline, Figure } from '../../src/extract/types.ts';

/** Sentences written for these tests: the grammar behind outlets-fresh-75's misnested parts. */
function figuresOf(text: string): Figure[] {
  const sentences = splitSentences(text, splitParagraphs(text));
  const timeline: DocumentTimeline = { docId: 'doc', reference: null, referenceBasis: null, mentions: [] };
  return extractFigures(text, 'doc', sentences, timeline);
}

/** Each figure's number with the number of the count it is a part of. */
const nesting = (text: string) => {
  const figures = figuresOf(text);
  const byId = new Map(figures.map((f) => [f.id, f]));
  return figures.map((f) => [f.number.text, f.partOf ? byId.get(f.partOf)?.number.text : undefined]);
};

describe('"N of the wounded" paragraphs after the toll is a part of that toll', () => {
  it('given "more than 60 wounded", then paragraphs on "14 of the wounded" and "Five of the wounded", both parts', () => {
    const text = [
      'At least 19 civilians were killed and more than 60 wounded when rockets hit the town, prosecutors said.',
      'Residents said the rockets fell near a market.',
      'The mayor called for calm.',
      'The Ministry of Health said that 14 of the wounded were in a serious condition. Five of the wounded are children, the ministry added.',
    ].join('\n\n');
    expect(nesting(text)).toEqual([
      ['At least 19', undefined],
      ['more than 60', undefined],
      ['14', 'more than 60'],
      ['Five', 'more than 60'],
    ]);
  });

  it('with no count of the wounded given before, "14 of the wounded" is no part', () => {
    const text =
      'Twelve people were killed. The ministry said 14 of the wounded were in a serious condition.';
    expect(nesting(text)).toEqual([
      ['Twelve', undefined],
      ['14', undefined],
    ]);
  });
});

describe('a difference set off after a count, with a day told between, counts what the count counts', () => {
  it('given "1,009 of its soldiers have been killed since Sept. 27, 35 more than it reported on Saturday", 35 killed, a change', () => {
    const text =
      'The defence ministry says 1,009 of its soldiers have been killed since Sept. 27, 35 more than it reported on Saturday.';
    expect(figuresOf(text).map((f) => [f.category, f.number.text, f.kind])).toEqual([
      ['killed', '1,009', undefined],
      ['killed', '35', 'change'],
    ]);
  });
});
