import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceDate } from '../../src/corpus/types.ts';
import { compareSourceDates, formatSourceDate } from '../../src/extract/dates/format.ts';
import type { DatedEvent, Statement } from '../../src/extract/types.ts';
import {
  documentRanks,
  eventLabelIds,
  eventTimelineRanks,
  memoize,
  positionsByRank,
  ranksBy,
  sortByRank,
  statementDateRanks,
} from '../../src/index/orders.ts';

const day = (
  year: number,
  month: number,
  d: number,
  yearStatus: SourceDate['yearStatus'] = 'stated',
): SourceDate => ({ precision: 'day', year, month, day: d, yearStatus });
const month = (year: number, m: number): SourceDate => ({
  precision: 'month',
  year,
  month: m,
  yearStatus: 'stated',
});
const noYear = (m: number, d: number): SourceDate => ({
  precision: 'day',
  month: m,
  day: d,
  yearStatus: 'unknown',
});

/** A statement as the who-said order reads it: a document, a place in it, a date (or none). */
function statement(id: string, docId: string, start: number, date: SourceDate | null): Statement {
  return {
    id,
    docId,
    speaker: { id: 'speaker', name: 'A Speaker', kind: 'person' },
    mention: 'A Speaker',
    kind: 'direct',
    quote: { start, end: start + 10 },
    context: { start, end: start + 20 },
    sentence: 0,
    date,
    dateBasis: date ? 'stated in the text' : 'date not stated',
  };
}

function event(id: string, docId: string, start: number, date: SourceDate): DatedEvent {
  return {
    id,
    docId,
    date,
    expression: 'on that day',
    expressionSpan: { start, end: start + 11 },
    excerpt: { start, end: start + 40 },
    sentence: 0,
    scheduled: false,
  };
}

const docRankOf = (items: readonly { docId: string }[]) => {
  const ranks = documentRanks(new Set(items.map((x) => x.docId)));
  return (docId: string) => ranks.get(docId)!;
};

/** The ids of all items, in the order their ranks say. */
function inOrder<T extends { id: string }>(items: readonly T[], ranks: Uint32Array): string[] {
  return Array.from(positionsByRank(ranks), (i) => items[i]!.id);
}

const whoSaidOrder = (statements: Statement[]) =>
  inOrder(statements, statementDateRanks(statements, docRankOf(statements)));
const timelineOrder = (events: DatedEvent[]) =>
  inOrder(events, eventTimelineRanks(events, docRankOf(events)));

describe('documents are ordered as their ids collate (localeCompare)', () => {
  it("'10' before '9', and 'a' before 'B': collation, not numbers or code units", () => {
    const ranks = documentRanks(['9', 'B', '10', 'a']);
    const byRank = [...ranks].sort((x, y) => x[1] - y[1]).map(([id]) => id);
    expect(byRank).toEqual(['9', 'B', '10', 'a'].sort((x, y) => x.localeCompare(y)));
    expect(byRank).toEqual(['10', '9', 'a', 'B']);
  });

  it('ids equal under collation (é composed or decomposed) share a rank', () => {
    const ranks = documentRanks(['caf\u00e9', 'cafe\u0301', 'cafd']);
    expect(ranks.get('caf\u00e9')).toBe(ranks.get('cafe\u0301'));
    expect(ranks.get('cafd')).toBeLessThan(ranks.get('caf\u00e9')!);
  });
});

describe('who-said order: oldest first, undated last, then document and place', () => {
  it('an earlier date comes first, whatever document or place it is in', () => {
    const statements = [
      statement('later', 'a', 0, day(2023, 9, 20)),
      statement('earlier', 'z', 900, day(2023, 9, 19)),
      statement('oldest', 'm', 50, day(2020, 10, 1)),
    ];
    expect(whoSaidOrder(statements)).toEqual(['oldest', 'earlier', 'later']);
  });

  it('a statement without a date comes after every dated one, even one from an earlier document and place', () => {
    const statements = [statement('undated', 'a', 0, null), statement('dated', 'z', 500, day(2024, 1, 1))];
    expect(whoSaidOrder(statements)).toEqual(['dated', 'undated']);
  });

  it('a date whose year is not established comes after dates with a year, before statements without a date', () => {
    const statements = [
      statement('undated', 'a', 0, null),
      statement('no year', 'a', 10, noYear(1, 1)),
      statement('with year', 'a', 20, day(2030, 12, 31)),
    ];
    expect(whoSaidOrder(statements)).toEqual(['with year', 'no year', 'undated']);
  });

  it("the same date: document order by collation ('10' before '9'), then place in the document", () => {
    const sept19 = day(2023, 9, 19);
    const statements = [
      statement('9 late', '9', 300, sept19),
      statement('10 late', '10', 200, sept19),
      statement('9 early', '9', 5, sept19),
      statement('10 early', '10', 100, sept19),
    ];
    expect(whoSaidOrder(statements)).toEqual(['10 early', '10 late', '9 early', '9 late']);
  });

  it('the same date read with another year status is the same date: document and place decide', () => {
    const statements = [
      statement('b stated', 'b', 0, day(2023, 9, 19, 'stated')),
      statement('a inferred', 'a', 0, day(2023, 9, 19, 'inferred')),
    ];
    expect(whoSaidOrder(statements)).toEqual(['a inferred', 'b stated']);
  });

  it('undated statements keep document and place order among themselves', () => {
    const statements = [
      statement('b 1', 'b', 1, null),
      statement('a 9', 'a', 9, null),
      statement('a 2', 'a', 2, null),
    ];
    expect(whoSaidOrder(statements)).toEqual(['a 2', 'a 9', 'b 1']);
  });

  it('the order does not depend on the order the statements were gathered in', () => {
    const statements = [
      statement('s1', 'x', 0, day(2023, 9, 19)),
      statement('s2', 'y', 0, month(2023, 9)),
      statement('s3', 'x', 40, null),
      statement('s4', '10', 7, day(2023, 9, 19)),
      statement('s5', '9', 7, day(2023, 9, 19)),
    ];
    const forward = whoSaidOrder(statements);
    expect(whoSaidOrder([...statements].reverse())).toEqual(forward);
    expect(forward).toEqual(['s2', 's4', 's5', 's1', 's3']);
  });
});

/** Statements drawn from a few documents, places and dates, so ties of every kind happen. */
const DATES: (SourceDate | null)[] = [
  null,
  day(2023, 9, 19),
  day(2023, 9, 19, 'inferred'),
  day(2023, 9, 20),
  month(2023, 9),
  month(2020, 10),
  noYear(9, 19),
  { precision: 'year', year: 2023, yearStatus: 'stated' },
  { precision: 'season', year: 2020, season: 'fall', yearStatus: 'stated' },
  { precision: 'decade', year: 1990, decadePart: 'early', yearStatus: 'inferred' },
  { ...day(2023, 9, 19), end: { day: 20 } },
];
const arbitraryStatements = fc
  .uniqueArray(
    fc.record({
      doc: fc.constantFrom('1', '10', '9', 'a', 'B', 'b'),
      start: fc.nat(50),
      date: fc.constantFrom(...DATES),
    }),
    { maxLength: 40, selector: (s) => `${s.doc}@${s.start}` },
  )
  .map((list) => list.map((s, i) => statement(`s${i}`, s.doc, s.start, s.date)));

/** The who-said order written out as a comparison, to check the ranks against. */
function saidBefore(a: Statement, b: Statement): number {
  if (a.date && b.date) {
    const byDate = compareSourceDates(a.date, b.date);
    if (byDate) return byDate;
  } else if (a.date || b.date) return a.date ? -1 : 1;
  return a.docId.localeCompare(b.docId) || a.quote.start - b.quote.start;
}

describe('ranks put any selection in order by sorting integers', () => {
  it('ranks are a permutation, and positionsByRank is their inverse', () => {
    fc.assert(
      fc.property(arbitraryStatements, (statements) => {
        const ranks = statementDateRanks(statements, docRankOf(statements));
        expect([...ranks].sort((a, b) => a - b)).toEqual(statements.map((_, i) => i));
        const byRank = positionsByRank(ranks);
        ranks.forEach((rank, position) => {
          expect(byRank[rank]).toBe(position);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('the ranked order is the who-said order: each statement is said no later than the next', () => {
    fc.assert(
      fc.property(arbitraryStatements, (statements) => {
        const ordered = Array.from(
          positionsByRank(statementDateRanks(statements, docRankOf(statements))),
          (i) => statements[i]!,
        );
        for (let k = 1; k < ordered.length; k++)
          expect(saidBefore(ordered[k - 1]!, ordered[k]!)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('sortByRank returns any subset, given in any order, in the order of the whole', () => {
    const withSubset = arbitraryStatements.chain((statements) =>
      fc.tuple(fc.constant(statements), fc.shuffledSubarray(statements.map((_, i) => i))),
    );
    fc.assert(
      fc.property(withSubset, ([statements, subset]) => {
        const ranks = statementDateRanks(statements, docRankOf(statements));
        const whole = Array.from(positionsByRank(ranks));
        const chosen = new Set(subset);
        expect(Array.from(sortByRank(subset, ranks, positionsByRank(ranks)))).toEqual(
          whole.filter((i) => chosen.has(i)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('ranksBy breaks ties by position, so equal items keep the order they were given in', () => {
    expect(Array.from(ranksBy(4, () => 0))).toEqual([0, 1, 2, 3]);
    expect(Array.from(positionsByRank(ranksBy(4, (a, b) => (a % 2) - (b % 2))))).toEqual([0, 2, 1, 3]);
  });
});

describe('timeline order: by date, events shown under the same date together, then document and place', () => {
  it('the same day told by two documents is one run, in document order, before the next day', () => {
    const events = [
      event('b 19th', 'b', 10, day(2023, 9, 19)),
      event('a 20th', 'a', 0, day(2023, 9, 20)),
      event('a 19th', 'a', 50, day(2023, 9, 19, 'inferred')),
      event('b 20th', 'b', 5, day(2023, 9, 20)),
    ];
    expect(timelineOrder(events)).toEqual(['a 19th', 'b 19th', 'a 20th', 'b 20th']);
  });

  it('a month-precision event and a day in that month are ordered as compareSourceDates orders their dates (the wider first)', () => {
    const september = month(2023, 9);
    const firstOfSeptember = day(2023, 9, 1);
    const nineteenth = day(2023, 9, 19);
    expect(compareSourceDates(september, firstOfSeptember)).toBeLessThan(0);
    expect(compareSourceDates(september, nineteenth)).toBeLessThan(0);
    const events = [
      event('the 19th', 'a', 0, nineteenth),
      event('the 1st', 'a', 10, firstOfSeptember),
      event('September', 'z', 99, september),
    ];
    expect(timelineOrder(events)).toEqual(['September', 'the 1st', 'the 19th']);
    expect(timelineOrder([...events].reverse())).toEqual(['September', 'the 1st', 'the 19th']);
  });

  it('events whose year is not established come after every dated one', () => {
    const events = [event('no year', 'a', 0, noYear(1, 2)), event('2030', 'b', 0, day(2030, 12, 31))];
    expect(timelineOrder(events)).toEqual(['2030', 'no year']);
  });

  const arbitraryEvents = fc
    .uniqueArray(
      fc.record({
        doc: fc.constantFrom('1', '10', '9', 'a', 'B'),
        start: fc.nat(50),
        date: fc.constantFrom(...DATES.filter((d) => d !== null)),
      }),
      { maxLength: 40, selector: (e) => `${e.doc}@${e.start}` },
    )
    .map((list) => list.map((e, i) => event(`e${i}`, e.doc, e.start, e.date)));

  it('over arbitrary events: dates never go back, a shown date is one run, and within it document then place', () => {
    fc.assert(
      fc.property(arbitraryEvents, (events) => {
        const ordered = Array.from(
          positionsByRank(eventTimelineRanks(events, docRankOf(events))),
          (i) => events[i]!,
        );
        const labels = ordered.map((e) => formatSourceDate(e.date));
        for (let k = 1; k < ordered.length; k++) {
          const [a, b] = [ordered[k - 1]!, ordered[k]!];
          expect(compareSourceDates(a.date, b.date)).toBeLessThanOrEqual(0);
          if (labels[k - 1] === labels[k])
            expect(a.docId.localeCompare(b.docId) || a.excerpt.start - b.excerpt.start).toBeLessThan(0);
        }
        const runs = labels.filter((label, k) => k === 0 || labels[k - 1] !== label);
        expect(new Set(runs).size).toBe(runs.length);
        // Deterministic: the same events gathered in another order give the same timeline.
        const reversed = [...events].reverse();
        expect(inOrder(reversed, eventTimelineRanks(reversed, docRankOf(reversed)))).toEqual(
          ordered.map((e) => e.id),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('events shown under the same date share a label number, and only they do', () => {
    fc.assert(
      fc.property(arbitraryEvents, (events) => {
        const ids = eventLabelIds(events);
        events.forEach((a, i) => {
          events.forEach((b, j) => {
            expect(ids[i] === ids[j]).toBe(formatSourceDate(a.date) === formatSourceDate(b.date));
          });
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('memoize', () => {
  it('computes each key once, including keys whose value is undefined', () => {
    const calls: string[] = [];
    const lookup = memoize((key: string) => {
      calls.push(key);
      return key === 'none' ? undefined : key.length;
    });
    expect([lookup('ab'), lookup('ab'), lookup('none'), lookup('none')]).toEqual([
      2,
      2,
      undefined,
      undefined,
    ]);
    expect(calls).toEqual(['ab', 'none']);
  });
});

/** Any date the extractor may give: every precision, with or without year, day, season, decade part and end. */
const arbitraryDate: fc.Arbitrary<SourceDate | null> = fc.option(
  fc.record(
    {
      precision: fc.constantFrom('day', 'month', 'season', 'year', 'decade' as const),
      year: fc.integer({ min: 1988, max: 2026 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      season: fc.constantFrom('spring', 'summer', 'fall', 'winter' as const),
      decadePart: fc.constantFrom('early', 'mid', 'late' as const),
      end: fc.record(
        {
          year: fc.integer({ min: 1988, max: 2026 }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.nat(28),
        },
        { requiredKeys: [] },
      ),
      yearStatus: fc.constantFrom('stated', 'inferred', 'unknown' as const),
    },
    { requiredKeys: ['precision', 'yearStatus'] },
  ) as fc.Arbitrary<SourceDate>,
);

describe('ranks agree with comparing the items pair by pair', () => {
  const docRank = (docId: string) => Number(docId);
  const items = fc.array(fc.record({ doc: fc.nat(3), start: fc.nat(5), date: arbitraryDate }), {
    maxLength: 60,
  });

  it('who-said order: the date as compareSourceDates orders it, undated last, then document and place', () => {
    fc.assert(
      fc.property(items, (list) => {
        const statements = list.map((s, i) => statement(`s${i}`, String(s.doc), s.start, s.date));
        const pairwise = ranksBy(statements.length, (i, j) => {
          const a = statements[i]!;
          const b = statements[j]!;
          if (a.date && b.date) {
            const byDate = compareSourceDates(a.date, b.date);
            if (byDate) return byDate;
          } else if (a.date || b.date) return a.date ? -1 : 1;
          return docRank(a.docId) - docRank(b.docId) || a.quote.start - b.quote.start;
        });
        expect(Array.from(statementDateRanks(statements, docRank))).toEqual(Array.from(pairwise));
      }),
      { numRuns: 300 },
    );
  });

  it('timeline order: the date, then its label, then document and place', () => {
    fc.assert(
      fc.property(items, (list) => {
        const dated = list.filter((e) => e.date !== null);
        const events = dated.map((e, i) => event(`e${i}`, String(e.doc), e.start, e.date!));
        const pairwise = ranksBy(events.length, (i, j) => {
          const a = events[i]!;
          const b = events[j]!;
          const byDate = compareSourceDates(a.date, b.date);
          if (byDate) return byDate;
          const [la, lb] = [formatSourceDate(a.date), formatSourceDate(b.date)];
          return (
            (la < lb ? -1 : la > lb ? 1 : 0) ||
            docRank(a.docId) - docRank(b.docId) ||
            a.excerpt.start - b.excerpt.start
          );
        });
        expect(Array.from(eventTimelineRanks(events, docRank))).toEqual(Array.from(pairwise));
      }),
      { numRuns: 300 },
    );
  });
});
