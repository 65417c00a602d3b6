import type { SourceDate } from '../corpus/types.ts';
import { compareSourceDates, formatSourceDate } from '../extract/dates/format.ts';
import type { DatedEvent, Statement } from '../extract/types.ts';

/**
 * The orders answers list items in, computed once over the whole corpus (at ingest, then
 * persisted) as a rank per item: putting any selection in order is then a sort of integers,
 * whatever the size of the corpus.
 */

/** Rank of each document id under `a.localeCompare(b)` (equal ids under collation share a rank). */
export function documentRanks(ids: Iterable<string>): Map<string, number> {
  const collate = new Intl.Collator().compare;
  const sorted = [...ids].sort(collate);
  const ranks = new Map<string, number>();
  sorted.forEach((id, i) => {
    ranks.set(id, i > 0 && collate(sorted[i - 1]!, id) === 0 ? ranks.get(sorted[i - 1]!)! : i);
  });
  return ranks;
}

/** ranks[i] is the place of item i when all `count` items are sorted by `compare` (ties: position). */
export function ranksBy(count: number, compare: (a: number, b: number) => number): Uint32Array {
  const sorted = Array.from({ length: count }, (_, i) => i).sort((a, b) => compare(a, b) || a - b);
  const ranks = new Uint32Array(count);
  sorted.forEach((position, rank) => {
    ranks[position] = rank;
  });
  return ranks;
}

/** The inverse of ranks: the position of the item at each rank. */
export function positionsByRank(ranks: Uint32Array): Uint32Array {
  const positions = new Uint32Array(ranks.length);
  ranks.forEach((rank, position) => {
    positions[rank] = position;
  });
  return positions;
}

/** The positions, put in rank order. */
export function sortByRank(
  positions: ArrayLike<number>,
  ranks: Uint32Array,
  byRank: Uint32Array,
): Uint32Array {
  const r = new Uint32Array(positions.length);
  for (let i = 0; i < positions.length; i++) r[i] = ranks[positions[i]!]!;
  r.sort();
  for (let i = 0; i < r.length; i++) r[i] = byRank[r[i]!]!;
  return r;
}

type DocRank = (docId: string) => number;

/**
 * Every field compareSourceDates reads (through dayBounds), so two dates with the same key
 * compare equal, and compare alike with any third date.
 */
const dateKey = (d: SourceDate): string =>
  `${d.precision}|${d.year}|${d.month}|${d.day}|${d.season}|${d.decadePart}|${d.end?.year}|${d.end?.month}|${d.end?.day}`;

/**
 * Per date, its place among the distinct dates under compareSourceDates (dates that compare
 * equal share a place): a sort then compares integers, and compareSourceDates runs over the
 * few distinct dates only, not for every pair of the many items that share them.
 */
function dateRanks(dates: readonly (SourceDate | null | undefined)[]): Float64Array {
  const keyOf = memoize(dateKey);
  const distinct = new Map<string, SourceDate>();
  const keys = dates.map((d) => {
    if (!d) return null;
    const key = keyOf(d);
    if (!distinct.has(key)) distinct.set(key, d);
    return key;
  });
  const sorted = [...distinct].sort((a, b) => compareSourceDates(a[1], b[1]));
  const rankOf = new Map<string, number>();
  sorted.forEach(([key, date], i) => {
    const previous = sorted[i - 1];
    const same = previous !== undefined && compareSourceDates(previous[1], date) === 0;
    rankOf.set(key, same ? rankOf.get(previous[0])! : i);
  });
  // Items without a date after every dated one.
  return Float64Array.from(keys, (key) => (key === null ? sorted.length : rankOf.get(key)!));
}

/** Who said what: oldest first; statements without a date last; then by document and place in it. */
export function statementDateRanks(statements: readonly Statement[], docRank: DocRank): Uint32Array {
  const date = dateRanks(statements.map((s) => s.date));
  const doc = Float64Array.from(statements, (s) => docRank(s.docId));
  const start = Float64Array.from(statements, (s) => s.quote.start);
  return ranksBy(
    statements.length,
    (i, j) => date[i]! - date[j]! || doc[i]! - doc[j]! || start[i]! - start[j]!,
  );
}

/**
 * A timeline: by date, events of the same shown date together (their label), then by document
 * and place in it.
 */
export function eventTimelineRanks(events: readonly DatedEvent[], docRank: DocRank): Uint32Array {
  const date = dateRanks(events.map((e) => e.date));
  const labelOf = memoize(formatSourceDate);
  const labels = events.map((e) => labelOf(e.date));
  // Labels as numbers in the order `<` puts them.
  const labelRank = new Map(
    [...new Set(labels)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((l, i) => [l, i]),
  );
  const label = Float64Array.from(labels, (l) => labelRank.get(l)!);
  const doc = Float64Array.from(events, (e) => docRank(e.docId));
  const start = Float64Array.from(events, (e) => e.excerpt.start);
  return ranksBy(
    events.length,
    (i, j) => date[i]! - date[j]! || label[i]! - label[j]! || doc[i]! - doc[j]! || start[i]! - start[j]!,
  );
}

/**
 * Per event, a number shared by events whose dates are shown the same (formatSourceDate): a
 * timeline's entries are these numbers, so a busy month is grouped without formatting dates.
 */
export function eventLabelIds(events: readonly DatedEvent[]): Uint32Array {
  const labelOf = memoize(formatSourceDate);
  const ids = new Map<string, number>();
  const out = new Uint32Array(events.length);
  events.forEach((e, i) => {
    const label = labelOf(e.date);
    let id = ids.get(label);
    if (id === undefined) ids.set(label, (id = ids.size));
    out[i] = id;
  });
  return out;
}

/**
 * `compute`, remembered per key. Dates loaded from the persisted index are shared objects (one
 * per distinct date), so a date checked or formatted for thousands of items is done once.
 */
export function memoize<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) known.set(key, (value = compute(key)));
    return value as V;
  };
}
