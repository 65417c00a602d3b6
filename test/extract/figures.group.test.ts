import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceDate } from '../../src/corpus/types.ts';
import { extractFigures, groupFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { DateMention, Figure } from '../../src/extract/types.ts';

function figuresOf(docId: string, text: string, mentions: DateMention[] = []): Figure[] {
  return extractFigures(text, docId, splitSentences(text, splitParagraphs(text)), {
    docId,
    reference: null,
    referenceBasis: null,
    mentions,
  });
}

function dated(text: string, phrase: string, date: SourceDate): DateMention {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase, date, sentence: 0 };
}

const sept19: SourceDate = { precision: 'day', year: 2023, month: 9, day: 19, yearStatus: 'stated' };
const sept2023: SourceDate = { precision: 'month', year: 2023, month: 9, yearStatus: 'stated' };

describe('groupFigures: estimates of the same thing side by side, never added up', () => {
  it('two sources counting the same day in the same place form one group with low/best/high from their own numbers', () => {
    const a = 'On September 19, 27 people died in Nagorno-Karabakh, Armenian officials said.';
    const b = 'At least 32 people were killed in Karabakh on September 19, according to Baku.';
    const c = 'In September, about 200 people were killed in Nagorno-Karabakh, the ombudsman said.';
    const figures = [
      ...figuresOf('a', a, [dated(a, 'On September 19', sept19)]),
      ...figuresOf('b', b, [dated(b, 'on September 19', sept19)]),
      ...figuresOf('c', c, [dated(c, 'In September', sept2023)]),
    ];
    const groups = groupFigures(figures);
    expect(groups).toHaveLength(1);
    const [g] = groups;
    expect(g!.figures.map((f) => [f.number.text, f.reporter?.text])).toEqual([
      ['27', 'Armenian officials'],
      ['At least 32', 'Baku'],
      ['about 200', 'the ombudsman'],
    ]);
    expect(g!.low).toEqual({ value: 27, figure: 'a#f1' });
    expect(g!.best).toEqual({ value: 32, figure: 'b#f1' });
    expect(g!.high).toEqual({ value: 200, figure: 'c#f1' });
    // Nothing the sources did not write: 27 + 32 + 200 appears nowhere.
    expect([g!.low.value, g!.best.value, g!.high.value]).not.toContain(259);
  });

  it('the same place with no period groups; the same place in another period does not', () => {
    const figures = [
      ...figuresOf('a', 'About 100,000 refugees arrived in Goris.'),
      ...figuresOf('b', 'More than 80,000 refugees have been registered in the city of Goris.'),
      ...figuresOf('c', 'In the 1990s war, 50,000 people fled to Goris.'),
    ];
    const groups = groupFigures(figures);
    expect(groups.map((g) => g.figures.map((f) => f.number.text))).toEqual([
      ['About 100,000', 'More than 80,000'],
      ['50,000'],
    ]);
  });

  it('a figure nested in another is a part of its group, not a competing estimate', () => {
    const figures = figuresOf(
      'a',
      'Six people were killed on September 19, including four employees of the ministry.',
      [
        dated(
          'Six people were killed on September 19, including four employees of the ministry.',
          'on September 19',
          sept19,
        ),
      ],
    );
    const [g] = groupFigures(figures);
    expect(g!.figures.map((f) => f.number.text)).toEqual(['Six']);
    expect(g!.parts.map((f) => f.number.text)).toEqual(['four']);
    expect(g!.low.value).toBe(6);
    expect(g!.high.value).toBe(6);
  });

  it('figures with neither period nor place stand alone, and categories never mix', () => {
    const figures = [
      ...figuresOf('a', 'Twelve soldiers were killed.'),
      ...figuresOf('b', 'Forty soldiers were killed.'),
      ...figuresOf('c', 'Over the past 24 hours, 12 people were killed and 40 were wounded.'),
    ];
    const groups = groupFigures(figures);
    expect(groups.map((g) => [g.category, g.figures.length])).toEqual([
      ['killed', 1],
      ['killed', 1],
      ['killed', 1],
      ['wounded', 1],
    ]);
  });

  it('on the seeds, the 1990s war and the 2020 war are kept apart', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../corpus/004_e66b67808a051b34.txt'), 'utf8');
    const groups = groupFigures(figuresOf('004', text));
    expect(groups.map((g) => g.figures.map((f) => f.number.text))).toEqual([
      ['30 thousand'],
      ['about 5,000'],
    ]);
    expect(groups[0]!.period.text).toBe('the beginning of the nineties');
  });
});

describe('a date whose year is not established', () => {
  const sept24: SourceDate = { precision: 'day', month: 9, day: 24, yearStatus: 'unknown' };
  const september: SourceDate = { precision: 'month', month: 9, yearStatus: 'unknown' };

  it('groups with no other piece: "September" of one undated piece may be another year than another\'s', () => {
    const a = 'As of 24 September, 23 wounded patients had been transferred to Armenia, the ICRC said.';
    const b = 'Earlier this month, three soldiers were wounded in a mine explosion in Lachin district.';
    const figures = [
      ...figuresOf('a', a, [dated(a, 'As of 24 September', sept24)]),
      ...figuresOf('b', b, [dated(b, 'this month', september)]),
    ];
    // The 23 patients carried to Armenia were evacuated, the three soldiers wounded: two groups, in any order.
    const groups = groupFigures(figures).map((g) => g.figures.map((f) => f.number.text));
    expect(groups).toHaveLength(2);
    expect(groups).toEqual(expect.arrayContaining([['23'], ['three']]));
  });
});
