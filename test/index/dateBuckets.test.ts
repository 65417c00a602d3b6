import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Season, SourceDate } from '../../src/corpus/types.ts';
import { daysInMonth } from '../../src/extract/dates/calendar.ts';
import { compareSourceDates, dateMatchesPeriod } from '../../src/extract/dates/format.ts';
import { DateBuckets, type PeriodKey } from '../../src/index/dateBuckets.ts';
import { ranksBy } from '../../src/index/orders.ts';

const day = (year: number, month: number, d: number, end?: SourceDate['end']): SourceDate => ({
  precision: 'day',
  year,
  month,
  day: d,
  yearStatus: 'stated',
  ...(end && { end }),
});
const month = (year: number, m: number, end?: SourceDate['end']): SourceDate => ({
  precision: 'month',
  year,
  month: m,
  yearStatus: 'stated',
  ...(end && { end }),
});

const candidates = (dates: (SourceDate | null)[], period: PeriodKey) =>
  Array.from(new DateBuckets(dates).candidatePositions(period));

describe('DateBuckets: a month reads its own items, never misses one', () => {
  it('a day is a candidate for its day, month and year, and for no other month', () => {
    const dates = [day(2023, 9, 19), day(2023, 10, 1), day(2020, 9, 19)];
    expect(candidates(dates, { year: 2023, month: 9, day: 19 })).toEqual([0]);
    expect(candidates(dates, { year: 2023, month: 9 })).toEqual([0]);
    expect(candidates(dates, { year: 2023 })).toEqual([0, 1]);
    expect(candidates(dates, { year: 2023, month: 11 })).toEqual([]);
  });

  it('a range across the end of a month (2023-09-30/10-01) is a candidate for both months', () => {
    const dates = [day(2023, 9, 30, { month: 10, day: 1 })];
    expect(candidates(dates, { year: 2023, month: 9 })).toEqual([0]);
    expect(candidates(dates, { year: 2023, month: 10 })).toEqual([0]);
    expect(dateMatchesPeriod(dates[0]!, { year: 2023, month: 10, day: 1 })).toBe(true);
    expect(candidates(dates, { year: 2023, month: 10, day: 1 })).toEqual([0]);
  });

  it('a range across New Year is a candidate for both years', () => {
    const dates = [day(2023, 12, 31, { year: 2024, month: 1, day: 1 })];
    expect(candidates(dates, { year: 2023 })).toEqual([0]);
    expect(candidates(dates, { year: 2024, month: 1, day: 1 })).toEqual([0]);
    expect(candidates(dates, { year: 2024, month: 2 })).toEqual([]);
  });

  it('a date without a year, or no date, is never a candidate', () => {
    const dates: (SourceDate | null)[] = [
      { precision: 'day', month: 9, day: 19, yearStatus: 'unknown' },
      null,
    ];
    const buckets = new DateBuckets(dates);
    expect(Array.from(buckets.candidatePositions({ year: 2023, month: 9, day: 19 }))).toEqual([]);
    expect(buckets.couldBeIn(0, { year: 2023 })).toBe(false);
    expect(buckets.couldBeIn(1, { year: 2023 })).toBe(false);
  });

  it('counts the items dated within each month', () => {
    const buckets = new DateBuckets([
      day(2023, 9, 19),
      month(2023, 9),
      day(2023, 9, 19, { day: 20 }),
      day(2020, 9, 27),
      month(2023, 9, { month: 10 }),
      null,
    ]);
    expect(Object.fromEntries(buckets.months)).toEqual({ '2023-09': 3, '2020-09': 1 });
  });
});

const SEASONS: Season[] = ['spring', 'summer', 'fall', 'winter'];

/** Few years, and months around a year's end half the time, so matches (and near misses) are common. */
const YEAR = fc.integer({ min: 2022, max: 2024 });
const MONTH = fc.oneof(fc.constantFrom(1, 9, 10, 12), fc.integer({ min: 1, max: 12 }));
const dayOf = (year: number, m: number) => fc.integer({ min: 1, max: daysInMonth(year, m) });

/** A day, possibly a range ending later the same month, a later month, or a later year. */
const arbitraryDay: fc.Arbitrary<SourceDate> = fc
  .tuple(YEAR, MONTH, fc.integer({ min: -1, max: 2 }))
  .chain(([year, m, range]) =>
    dayOf(year, m).chain((d) => {
      if (range === -1) return fc.constant(day(year, m, d));
      if (range === 0)
        return fc.integer({ min: d, max: daysInMonth(year, m) }).map((e) => day(year, m, d, { day: e }));
      if (range === 1 && m < 12)
        return fc
          .integer({ min: m + 1, max: 12 })
          .chain((em) => dayOf(year, em).map((e) => day(year, m, d, { month: em, day: e })));
      return fc
        .tuple(fc.integer({ min: year + 1, max: year + 2 }), MONTH)
        .chain(([ey, em]) => dayOf(ey, em).map((e) => day(year, m, d, { year: ey, month: em, day: e })));
    }),
  );

const arbitraryMonth: fc.Arbitrary<SourceDate> = fc
  .tuple(YEAR, MONTH, fc.integer({ min: 0, max: 2 }))
  .chain(([year, m, range]) => {
    if (range === 0) return fc.constant(month(year, m));
    if (range === 1 && m < 12)
      return fc.integer({ min: m + 1, max: 12 }).map((em) => month(year, m, { month: em }));
    return fc
      .tuple(fc.integer({ min: year + 1, max: year + 2 }), MONTH)
      .map(([ey, em]) => month(year, m, { year: ey, month: em }));
  });

const arbitraryYear: fc.Arbitrary<SourceDate> = fc
  .tuple(YEAR, fc.option(fc.integer({ min: 0, max: 2 })))
  .map(([year, more]) => ({
    precision: 'year',
    year,
    yearStatus: 'stated',
    ...(more !== null && { end: { year: year + more } }),
  }));

const arbitrarySeason: fc.Arbitrary<SourceDate> = fc
  .tuple(YEAR, fc.constantFrom(...SEASONS))
  .map(([year, season]) => ({ precision: 'season', year, season, yearStatus: 'stated' }));

const arbitraryDecade: fc.Arbitrary<SourceDate> = fc
  .tuple(
    fc.constantFrom(1990, 2000, 2010, 2020),
    fc.constantFrom(undefined, 'early' as const, 'mid' as const, 'late' as const),
  )
  .map(([year, part]) => ({
    precision: 'decade',
    year,
    yearStatus: 'inferred',
    ...(part && { decadePart: part }),
  }));

/** Dates whose year is not established: a day, a month, a season. */
const arbitraryNoYear: fc.Arbitrary<SourceDate> = fc.oneof(
  fc
    .tuple(MONTH, fc.integer({ min: 1, max: 28 }))
    .map(([m, d]): SourceDate => ({ precision: 'day', month: m, day: d, yearStatus: 'unknown' })),
  MONTH.map((m): SourceDate => ({ precision: 'month', month: m, yearStatus: 'unknown' })),
  fc
    .constantFrom(...SEASONS)
    .map((season): SourceDate => ({ precision: 'season', season, yearStatus: 'unknown' })),
);

const arbitraryDate: fc.Arbitrary<SourceDate | null> = fc.oneof(
  { arbitrary: arbitraryDay, weight: 4 },
  { arbitrary: arbitraryMonth, weight: 3 },
  { arbitrary: arbitraryYear, weight: 2 },
  { arbitrary: arbitrarySeason, weight: 2 },
  { arbitrary: arbitraryDecade, weight: 1 },
  { arbitrary: arbitraryNoYear, weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
);

const arbitraryPeriod: fc.Arbitrary<PeriodKey> = fc
  .tuple(YEAR, fc.integer({ min: 0, max: 2 }))
  .chain(([year, parts]) => {
    if (parts === 0) return fc.constant({ year });
    return MONTH.chain((m) =>
      parts === 1 ? fc.constant({ year, month: m }) : dayOf(year, m).map((d) => ({ year, month: m, day: d })),
    );
  });

describe('DateBuckets over arbitrary dates and periods', () => {
  it('every item whose date matches the period is a candidate; candidates ascend strictly; couldBeIn agrees', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryDate, { maxLength: 60 }),
        fc.array(arbitraryPeriod, { minLength: 1, maxLength: 5 }),
        (dates, periods) => {
          const buckets = new DateBuckets(dates);
          for (const period of periods) {
            const found = Array.from(buckets.candidatePositions(period));
            for (let k = 1; k < found.length; k++) expect(found[k - 1]).toBeLessThan(found[k]!);
            const among = new Set(found);
            dates.forEach((date, i) => {
              if (date && dateMatchesPeriod(date, period))
                expect(among.has(i), `${JSON.stringify(date)} in ${JSON.stringify(period)}`).toBe(true);
              if (!date || date.year === undefined) expect(among.has(i)).toBe(false);
              expect(buckets.couldBeIn(i, period)).toBe(among.has(i));
            });
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('asking does not change the answer: the same period twice gives the same candidates', () => {
    fc.assert(
      fc.property(fc.array(arbitraryDate, { maxLength: 30 }), arbitraryPeriod, (dates, period) => {
        const buckets = new DateBuckets(dates);
        const first = Array.from(buckets.candidatePositions(period));
        buckets.candidatePositions({ year: period.year });
        expect(Array.from(buckets.candidatePositions(period))).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('given ranks that put earlier dates first, candidates are the same items, in rank order without a sort per question', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryDate, { maxLength: 60 }),
        fc.array(arbitraryPeriod, { minLength: 1, maxLength: 5 }),
        fc.integer(),
        (dates, periods, seed) => {
          // Ranks as the timeline's: by date (compareSourceDates), dateless last, ties broken by a shuffled position.
          const tie = (i: number) => ((i + 1) * 2654435761 + seed) >>> 0;
          const ranks = ranksBy(dates.length, (i, j) => {
            const [a, b] = [dates[i], dates[j]];
            const byDate = a && b ? compareSourceDates(a, b) : a ? -1 : b ? 1 : 0;
            return byDate || tie(i) - tie(j);
          });
          const plain = new DateBuckets(dates);
          const ranked = new DateBuckets(dates, ranks);
          for (const period of periods) {
            const inOrder = Array.from(ranked.candidatePositions(period));
            expect([...inOrder].sort((x, y) => x - y)).toEqual(Array.from(plain.candidatePositions(period)));
            for (let k = 1; k < inOrder.length; k++)
              expect(ranks[inOrder[k - 1]!]).toBeLessThan(ranks[inOrder[k]!]!);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
