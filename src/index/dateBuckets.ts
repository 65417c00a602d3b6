import type { SourceDate } from '../corpus/types.ts';
import { dayNumber, daysInMonth } from '../extract/dates/calendar.ts';
import { dayBounds } from '../extract/dates/format.ts';
import { positionsByRank } from './orders.ts';

/** A period as an answer asks for it (see src/answer/period.ts). */
export interface PeriodKey {
  year: number;
  month?: number;
  day?: number;
}

const NEVER = 0;
const UNPLACED = 1;

/**
 * Items (events, figures) grouped by the year and month of their date, so a question about a
 * month reads that month's items instead of every item. Works on positions: item i has dates[i].
 * Candidates come in ascending position, or, given ranks (see orders.ts) that put earlier dates
 * first, in rank order: each bucket is then filed in that order, so a month's items are in
 * order without sorting them per question.
 */
export class DateBuckets {
  /** Positions of items dated within one month (a day, the month itself, a range inside it). */
  private readonly byMonth = new Map<number, number[]>();
  /** Items with a year but no single month (year or season precision, ranges across months). */
  private readonly byYear = new Map<number, number[]>();
  /** Items the buckets cannot place (decades, ranges across years), with their day bounds. */
  private readonly unplaced: { at: number; first: number; last: number }[] = [];
  /** Per item: NEVER (no year: no period holds it), UNPLACED, or year * 16 + month (month 0: the year's bucket). */
  private readonly placeOf: Uint32Array;
  /** Items per `YYYY-MM` month (those dated within one month). */
  readonly months = new Map<string, number>();

  constructor(
    private readonly dates: readonly (SourceDate | null)[],
    private readonly ranks?: Uint32Array,
  ) {
    this.placeOf = new Uint32Array(dates.length);
    const monthCounts = new Map<number, number>();
    const filingOrder = ranks ? positionsByRank(ranks) : dates.keys();
    for (const at of filingOrder) {
      const d = dates[at];
      if (!d || d.year === undefined) {
        this.placeOf[at] = NEVER;
        continue;
      }
      const endYear = d.end?.year ?? d.year;
      const endMonth = d.end?.month ?? d.month;
      if (d.precision === 'decade' || endYear !== d.year) {
        const bounds = dayBounds(d);
        if (bounds) this.unplaced.push({ at, ...bounds });
        this.placeOf[at] = bounds ? UNPLACED : NEVER;
      } else if (
        d.month !== undefined &&
        endMonth === d.month &&
        (d.precision === 'day' || d.precision === 'month')
      ) {
        const key = d.year * 16 + d.month;
        push(this.byMonth, key, at);
        monthCounts.set(key, (monthCounts.get(key) ?? 0) + 1);
        this.placeOf[at] = key;
      } else {
        push(this.byYear, d.year, at);
        this.placeOf[at] = d.year * 16;
      }
    }
    for (const [key, n] of monthCounts) this.months.set(monthKey(Math.floor(key / 16), key % 16), n);
  }

  /**
   * Positions of every item that could fall in the period (ascending, or in rank order when
   * ranks were given): a superset of those whose date matches it. An item without a year
   * matches no period (its day bounds are unknown).
   */
  candidatePositions(period: PeriodKey): Uint32Array {
    const months = period.month !== undefined ? [period.month] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const monthLists = months.map((m) => this.byMonth.get(period.year * 16 + m) ?? []);
    const bounds = periodBounds(period);
    const unplaced = this.unplaced
      .filter((u) => u.first <= bounds.last && u.last >= bounds.first)
      .map((u) => u.at);
    const byYear = this.byYear.get(period.year) ?? [];
    if (!this.ranks) {
      // Each list ascends; so does their union once sorted (a sort of integers).
      const nonEmpty = [...monthLists, byYear, unplaced].filter((l) => l.length > 0);
      return nonEmpty.length > 1 ? concat(nonEmpty).sort() : concat(nonEmpty);
    }
    // Each list is in rank order, and month buckets hold disjoint stretches of days, so in month
    // order they are in date order too: only the year's and the unplaced items are merged in.
    const [first, ...rest] = [
      concat(monthLists),
      Uint32Array.from(byYear),
      Uint32Array.from(unplaced),
    ].filter((l) => l.length > 0);
    if (!first) return new Uint32Array(0);
    return rest.reduce((merged, list) => mergeByRank(merged, list, this.ranks!), first);
  }

  /** Whether the item at this position is among candidatePositions(period). */
  couldBeIn(at: number, period: PeriodKey): boolean {
    const place = this.placeOf[at]!;
    if (place === NEVER) return false;
    if (place === UNPLACED) {
      const wanted = periodBounds(period);
      const own = dayBounds(this.dates[at]!)!;
      return own.first <= wanted.last && own.last >= wanted.first;
    }
    if (Math.floor(place / 16) !== period.year) return false;
    const month = place % 16;
    return month === 0 || period.month === undefined || month === period.month;
  }
}

function concat(lists: readonly ArrayLike<number>[]): Uint32Array {
  const out = new Uint32Array(lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const list of lists) {
    out.set(list, at);
    at += list.length;
  }
  return out;
}

/** Two lists each in rank order, merged into one in rank order. */
function mergeByRank(a: Uint32Array, b: Uint32Array, ranks: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = ranks[a[i]!]! <= ranks[b[j]!]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

function periodBounds(p: PeriodKey): { first: number; last: number } {
  const lastMonth = p.month ?? 12;
  return {
    first: dayNumber(p.year, p.month ?? 1, p.day ?? 1),
    last: dayNumber(p.year, lastMonth, p.day ?? daysInMonth(p.year, lastMonth)),
  };
}

function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
