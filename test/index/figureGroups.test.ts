import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceDate } from '../../src/corpus/types.ts';
import { dateMatchesPeriod } from '../../src/extract/dates/format.ts';
import { categoryRank, type FigureGroup, groupFigures } from '../../src/extract/figures/index.ts';
import type { Figure, FigureCategory } from '../../src/extract/types.ts';
import { FigureGroups, figureGroupIds, type GroupList } from '../../src/index/figureGroups.ts';
import type { KnowledgeBase } from '../../src/index/knowledgeBase.ts';
import { loadKnowledgeBase } from '../../src/index/load.ts';

const CORPUS = resolve(import.meta.dirname, '../../corpus');

interface FigureSpec {
  category?: FigureCategory;
  value: number;
  period?: SourceDate | null;
  periodText?: string | null;
  where?: string | null;
  partOf?: string;
  docId?: string;
}

/** A figure as grouping reads it: category, number, period, place, and the figure it is part of. */
function figure(id: string, spec: FigureSpec): Figure {
  return {
    id,
    docId: spec.docId ?? 'doc',
    category: spec.category ?? 'killed',
    number: { text: String(spec.value), hedge: null, value: spec.value, low: spec.value, high: spec.value },
    counted: 'people',
    ...(spec.partOf && { partOf: spec.partOf }),
    where: spec.where ?? null,
    period: { text: spec.periodText ?? null, date: spec.period ?? null },
    reporter: null,
    excerpt: { start: 0, end: 10 },
    sentence: 0,
  };
}

const days = (year: number, month: number, first: number, last: number): SourceDate => ({
  precision: 'day',
  year,
  month,
  day: first,
  yearStatus: 'stated',
  ...(last !== first && { end: { day: last } }),
});

const groupsOf = (figures: readonly Figure[], selected: number[]): GroupList =>
  new FigureGroups(figures, figureGroupIds(figures)).groupsOf(selected);
const ids = (groups: Iterable<FigureGroup>) =>
  [...groups].map((g) => ({ figures: g.figures.map((f) => f.id), parts: g.parts.map((f) => f.id) }));

/**
 * What a selection should show, written from the spec: the corpus's groups (grouped once, over
 * every figure), each restricted to its selected figures and to the selected parts of those,
 * empty ones dropped, listed by category and then by first selected figure.
 */
function expectedFor(figures: readonly Figure[], selected: ReadonlySet<number>) {
  const position = new Map(figures.map((f, i) => [f.id, i]));
  const chosen = (f: Figure) => selected.has(position.get(f.id)!);
  const byId = new Map(figures.map((f) => [f.id, f]));
  return groupFigures(figures)
    .map((g) => ({
      category: g.category,
      figures: g.figures.filter(chosen),
      parts: g.parts.filter((p) => chosen(p) && chosen(byId.get(p.partOf!)!)),
    }))
    .filter((g) => g.figures.length > 0)
    .sort(
      (a, b) =>
        categoryRank(a.category) - categoryRank(b.category) ||
        position.get(a.figures[0]!.id)! - position.get(b.figures[0]!.id)!,
    );
}

/** Checks a GroupList against the spec, including low/best/high taken from the selected figures only. */
function checkSelection(figures: readonly Figure[], selected: number[]): void {
  const shown = groupsOf(figures, selected);
  const groups = [...shown];
  const expected = expectedFor(figures, new Set(selected));
  expect(ids(groups)).toEqual(
    expected.map((g) => ({ figures: g.figures.map((f) => f.id), parts: g.parts.map((f) => f.id) })),
  );
  expect(groups.map((g) => g.category)).toEqual(expected.map((g) => g.category));
  for (const g of groups) {
    const values = g.figures.map((f) => f.number.value).sort((a, b) => a - b);
    expect(g.low.value).toBe(values[0]);
    expect(g.high.value).toBe(values[values.length - 1]);
    expect(g.best.value).toBe(values[Math.floor((values.length - 1) / 2)]);
    for (const band of [g.low, g.best, g.high])
      expect(g.figures.some((f) => f.id === band.figure && f.number.value === band.value)).toBe(true);
  }
  expect(shown.length).toBe(groups.length);
  expect(shown.figures).toBe(groups.reduce((n, g) => n + g.figures.length, 0));
}

describe('figure groups on the seed corpus', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await loadKnowledgeBase({
      corpusDir: CORPUS,
      cacheDir: false,
      now: new Date('2026-11-23T00:00:00Z'),
      onWarning: () => {},
    });
  });

  it('selecting every figure gives exactly the corpus grouping: same figures in the same order, same parts, same band', () => {
    const all = [...kb.figureGroupsFor(null, null)];
    expect(all).toEqual(groupFigures(kb.figures));
    expect(all.some((g) => g.parts.length > 0)).toBe(true); // the seeds' "including four employees …"
  });

  it('every subset of the seed figures shows the touched groups restricted to the selected figures', () => {
    const n = kb.figures.length;
    expect(n).toBeLessThanOrEqual(12); // small enough to try every subset
    for (let mask = 0; mask < 1 << n; mask++) {
      checkSelection(
        kb.figures,
        kb.figures.map((_, i) => i).filter((i) => mask & (1 << i)),
      );
    }
  });

  it('a part without its figure is not shown; with it, it is shown under it and not counted as an estimate', () => {
    const part = kb.figures.findIndex((f) => f.partOf);
    const parent = kb.figures.findIndex((f) => f.id === kb.figures[part]!.partOf);
    const alone = groupsOf(kb.figures, [part]);
    expect([alone.length, alone.figures, [...alone].length]).toEqual([0, 0, 0]);
    const together = groupsOf(
      kb.figures,
      [parent, part].sort((a, b) => a - b),
    );
    expect(ids(together)).toEqual([{ figures: [kb.figures[parent]!.id], parts: [kb.figures[part]!.id] }]);
    expect(together.figures).toBe(1);
    expect(ids(groupsOf(kb.figures, [parent]))).toEqual([{ figures: [kb.figures[parent]!.id], parts: [] }]);
  });

  it('a period shows the groups of exactly the figures whose time falls in it', () => {
    for (const period of [
      { year: 2023, month: 9 },
      { year: 2023 },
      { year: 2020 },
      { year: 1999 },
      { year: 2023, month: 9, day: 19 },
    ]) {
      const shown = [...kb.figureGroupsFor(period, null)].flatMap((g) => g.figures.map((f) => f.id));
      const expected = kb.figures
        .filter((f) => {
          const date = kb.figureDate(f);
          return (
            !(f.partOf && kb.figures.some((p) => p.id === f.partOf)) &&
            date !== null &&
            dateMatchesPeriod(date, period)
          );
        })
        .map((f) => f.id);
      expect(shown.sort()).toEqual(expected.sort());
    }
  });

  it('iterating twice yields the very same group objects, in the same order', () => {
    const list = kb.figureGroupsFor(null, null);
    const first = [...list];
    const second = [...list];
    expect(second).toHaveLength(first.length);
    second.forEach((g, i) => {
      expect(g).toBe(first[i]);
    });
  });
});

describe('groups are made once over the corpus; a selection never regroups', () => {
  // A overlaps B, B overlaps C, A and C do not overlap: only B links them.
  const A = figure('A', { value: 10, period: days(2023, 9, 1, 10) });
  const B = figure('B', { value: 20, period: days(2023, 9, 5, 15) });
  const C = figure('C', { value: 30, period: days(2023, 9, 12, 20) });
  const chain = [A, B, C];

  it('A~B~C is one group of the corpus', () => {
    expect(groupFigures(chain).map((g) => g.figures.map((f) => f.id))).toEqual([['A', 'B', 'C']]);
  });

  it('selecting A and C keeps them in one group (grouping them afresh would split them)', () => {
    expect(groupFigures([A, C]).map((g) => g.figures.map((f) => f.id))).toEqual([['A'], ['C']]);
    const shown = [...groupsOf(chain, [0, 2])];
    expect(shown.map((g) => g.figures.map((f) => f.id))).toEqual([['A', 'C']]);
    expect([shown[0]!.low, shown[0]!.best, shown[0]!.high]).toEqual([
      { value: 10, figure: 'A' },
      { value: 10, figure: 'A' },
      { value: 30, figure: 'C' },
    ]);
  });

  it('the band is taken from the selected figures only', () => {
    const [g] = [...groupsOf(chain, [1, 2])];
    expect([g!.low.value, g!.best.value, g!.high.value]).toEqual([20, 20, 30]);
  });

  it('groups are listed killed, wounded, missing, displaced, evacuated, then by first selected figure', () => {
    const figures = [
      figure('evacuated', { category: 'evacuated', value: 500, where: 'Stepanakert' }),
      figure('wounded 1', { category: 'wounded', value: 3, where: 'Shusha' }),
      figure('killed late', { category: 'killed', value: 1, where: 'Goris' }),
      figure('wounded 2', { category: 'wounded', value: 4, where: 'Lachin' }),
      figure('displaced', { category: 'displaced', value: 100, where: 'Goris' }),
      figure('missing', { category: 'missing', value: 7, where: 'Khankendi' }),
      figure('killed early', { category: 'killed', value: 2, where: 'Agdam' }),
    ];
    const every = figures.map((_, i) => i);
    expect(ids(groupsOf(figures, every)).map((g) => g.figures[0])).toEqual([
      'killed late',
      'killed early',
      'wounded 1',
      'wounded 2',
      'missing',
      'displaced',
      'evacuated',
    ]);
    expect(ids(groupsOf(figures, [3, 6])).map((g) => g.figures[0])).toEqual(['killed early', 'wounded 2']);
  });
});

/** Figures drawn from a few categories, periods and places, so groups of several form often. */
const PERIODS: (SourceDate | null)[] = [
  null,
  days(2023, 9, 19, 19),
  days(2023, 9, 19, 20),
  days(2023, 9, 20, 21),
  days(2023, 9, 25, 26),
  days(2020, 10, 1, 1),
];
const PLACES = [null, 'in Goris', 'in the city of Goris', 'Nagorno-Karabakh', 'in Karabakh', 'Stepanakert'];
const arbitraryFigures = fc
  .array(
    fc.record({
      category: fc.constantFrom<FigureCategory>('killed', 'killed', 'wounded', 'displaced'),
      value: fc.integer({ min: 1, max: 50 }),
      period: fc.constantFrom(...PERIODS),
      periodText: fc.constantFrom(null, null, 'over the past 24 hours'),
      where: fc.constantFrom(...PLACES),
      part: fc.boolean(),
    }),
    { maxLength: 25 },
  )
  .map((specs) => {
    const figures: Figure[] = [];
    specs.forEach((s, i) => {
      // A part follows the figure it belongs to, as the extractor gives them.
      const parent = figures.length > 0 && s.part ? figures[figures.length - 1]! : undefined;
      figures.push(
        figure(`f${i}`, {
          ...s,
          ...(parent && !parent.partOf && { partOf: parent.id, category: parent.category }),
        }),
      );
    });
    return figures;
  });

describe('figure groups over arbitrary figures and selections', () => {
  it('any selection shows the corpus groups restricted to it; every figure selected is the corpus grouping itself', () => {
    const withSelection = arbitraryFigures.chain((figures) =>
      fc.tuple(fc.constant(figures), fc.subarray(figures.map((_, i) => i))),
    );
    fc.assert(
      fc.property(withSelection, ([figures, selected]) => {
        checkSelection(figures, selected);
        expect([
          ...groupsOf(
            figures,
            figures.map((_, i) => i),
          ),
        ]).toEqual(groupFigures(figures));
      }),
      { numRuns: 500 },
    );
  });

  it('a selection made only of parts shows nothing', () => {
    fc.assert(
      fc.property(arbitraryFigures, (figures) => {
        const parts = figures.flatMap((f, i) => (f.partOf ? [i] : []));
        const shown = groupsOf(figures, parts);
        expect([shown.length, shown.figures, [...shown].length]).toEqual([0, 0, 0]);
      }),
      { numRuns: 200 },
    );
  });

  it('figureGroupIds: every figure has a group but a part, which has none (0)', () => {
    fc.assert(
      fc.property(arbitraryFigures, (figures) => {
        const groupIds = figureGroupIds(figures);
        figures.forEach((f, i) => {
          expect(groupIds[i] === 0).toBe(!!f.partOf);
        });
        const groups = groupFigures(figures);
        expect(new Set(Array.from(groupIds).filter((g) => g > 0)).size).toBe(groups.length);
      }),
      { numRuns: 200 },
    );
  });
});
