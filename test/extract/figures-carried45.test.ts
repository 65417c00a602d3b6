import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { DocumentTimeline, Figure } from '../../src/extract/types.ts';

function figuresOf(text: string): Figure[] {
  const sentences = splitSentences(text, splitParagraphs(text));
  const timeline: DocumentTimeline = { docId: 'doc', reference: null, referenceBasis: null, mentions: [] };
  return extractFigures(text, 'doc', sentences, timeline);
}

const shown = (text: string) => figuresOf(text).map((f) => [f.category, f.number.text]);

describe('a category carried from the sentence before', () => {
  it('an earlier word on the count just given ("had spoken of N people") counts what it counted', () => {
    const text =
      'The number of refugees from the enclave who crossed into Armenia rose to 21,400 on Monday, the ministry reported. A day earlier the ministry had spoken of 9,120 people.';
    expect(shown(text)).toEqual([
      ['displaced', '21,400'],
      ['displaced', '9,120'],
    ]);
  });

  it("a bare number spoken of after a toll is that toll's earlier value", () => {
    const text = 'The army said 64 soldiers had been killed. "Yesterday we spoke of 38," the minister said.';
    expect(shown(text)).toEqual([
      ['killed', '64'],
      ['killed', '38'],
    ]);
  });

  it('what a speaker spoke of with a noun of its own is not carried', () => {
    const text = 'The army said 64 soldiers had been killed. The mayor spoke of 300 families without gas.';
    expect(shown(text)).toEqual([['killed', '64']]);
  });

  it('with no count just given, "spoke of N people" counts no one', () => {
    const text = 'The festival drew a crowd. The organisers spoke of 9,000 people.';
    expect(shown(text)).toEqual([]);
  });
});

describe('"lost N" with no noun, after a toll', () => {
  it('a side that lost a bare number in the next sentence lost that many dead', () => {
    const text = 'Yerevan says 73 soldiers were killed in the shelling. Baku says it lost 41';
    expect(shown(text)).toEqual([
      ['killed', '73'],
      ['killed', '41'],
    ]);
  });

  it('a bare "lost N" after a count of the displaced is no toll', () => {
    const text = 'More than 5,000 people have fled the district, officials said. The club lost 3';
    expect(shown(text)).toEqual([['displaced', 'More than 5,000']]);
  });

  it('a bare "lost N" after another loss in its sentence counts what that loss counted', () => {
    const text = 'Yerevan says 73 soldiers were killed. The army lost 12 tanks and the militia lost 4';
    expect(shown(text)).toEqual([['killed', '73']]);
  });

  it('a bare "lost N" in a new paragraph is not carried', () => {
    const text = 'Yerevan says 73 soldiers were killed.\n\nThe team lost 4';
    expect(shown(text)).toEqual([['killed', '73']]);
  });
});

describe('a list of parts with parallel adjuncts', () => {
  it('"207 on one side and 79 on the other" after a colon are both parts of the toll', () => {
    const text =
      'The clashes killed at least 301 soldiers, according to the two armies: 190 on the Armenian side and 111 on the Azerbaijani side.';
    const figures = figuresOf(text);
    expect(figures.map((f) => [f.category, f.number.text])).toEqual([
      ['killed', 'at least 301'],
      ['killed', '190'],
      ['killed', '111'],
    ]);
    expect(figures[2]!.partOf).toBe(figures[0]!.id);
  });

  it('a second count with another preposition is not listed with the first', () => {
    const text = 'At least 40 people were wounded: 12 in Goris and 300 from the region.';
    expect(shown(text)).toEqual([
      ['wounded', 'At least 40'],
      ['wounded', '12'],
    ]);
  });
});

describe('a contrast after a reporting clause that closes a quote', () => {
  const reporters = (text: string) => figuresOf(text).map((f) => [f.number.text, f.reporter?.text ?? null]);

  it("is the writer's voice: the count has no reporter", () => {
    const text =
      '"We found the streets empty," the monitors reported after their tour, while more than 80,000 people have fled the region.';
    expect(reporters(text)).toEqual([['more than 80,000', null]]);
  });

  it('a contrast inside what was reported keeps its source', () => {
    const text = 'The ministry reported that 5 soldiers were killed, while 6 remain missing.';
    expect(reporters(text)).toEqual([
      ['5', 'The ministry'],
      ['6', 'The ministry'],
    ]);
  });
});
