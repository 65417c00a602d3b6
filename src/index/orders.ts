import type { SourceDate } from '../corpus/types.ts';
import {
  compareDateOrderKeys,
  type DateOrderKey,
  dateOrderKey,
  formatSourceDate,
} from '../extract/dates/format.ts';
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

/**
 * ranks[i] is the place of item i when the items are sorted by the keys (the first key first,
 * ties by the next, last ties by position): the same as ranksBy comparing the keys in turn, but
 * in linear time, by stable counting sorts from the last key to the first. Keys are finite numbers.
 */
function ranksByKeys(keys: readonly Float64Array[]): Uint32Array {
  const count = keys[0]?.length ?? 0;
  let order = Uint32Array.from({ length: count }, (_, i) => i);
  let next = new Uint32Array(count);
  for (let k = keys.length - 1; k >= 0; k--) {
    const { dense, distinct } = denseRanks(keys[k]!);
    const starts = new Uint32Array(distinct + 1);
    for (let i = 0; i < count; i++) starts[dense[i]! + 1]!++;
    for (let r = 0; r < distinct; r++) starts[r + 1]! += starts[r]!;
    for (const i of order) next[starts[dense[i]!]!++] = i;
    [order, next] = [next, order];
  }
  const ranks = new Uint32Array(count);
  order.forEach((position, rank) => {
    ranks[position] = rank;
  });
  return ranks;
}

/**
 * Per item, a bucket number that orders as its value does (equal values share one), and how
 * many buckets: small whole numbers (dates' ranks, documents' ranks, offsets) are their own
 * buckets; other values get their rank among the distinct values.
 */
function denseRanks(values: Float64Array): { dense: Uint32Array; distinct: number } {
  let max = 0;
  let small = true;
  for (const v of values) {
    if (!Number.isInteger(v) || v < 0) {
      small = false;
      break;
    }
    if (v > max) max = v;
  }
  if (small && max <= 4 * values.length + 65_536)
    return { dense: Uint32Array.from(values), distinct: max + 1 };
  const sorted = Float64Array.from(values).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!;
  const unique = sorted.subarray(0, distinct);
  const dense = Uint32Array.from(values, (v) => {
    let low = 0;
    let high = distinct - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (unique[mid]! < v) low = mid + 1;
      else high = mid;
    }
    return low;
  });
  return { dense, distinct };
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

const PRECISIONS: readonly SourceDate['precision'][] = ['day', 'month', 'season', 'year', 'decade'];
const SEASONS: readonly (SourceDate['season'] | undefined)[] = [
  undefined,
  'spring',
  'summer',
  'fall',
  'winter',
];
const PARTS: readonly (SourceDate['decadePart'] | undefined)[] = [undefined, 'early', 'mid', 'late'];

/** A field as a digit of `base`: undefined is 0, a value in [0, base - 1) is itself + 1, else -1. */
const digit = (value: number | undefined, base: number): number =>
  value === undefined ? 0 : Number.isInteger(value) && value >= 0 && value < base - 1 ? value + 1 : -1;

/**
 * Every field compareSourceDates reads (through dayBounds), so two dates with the same key
 * compare equal, and compare alike with any third date; they are also every field
 * formatSourceDate reads, so dates with one key are shown alike. Most dates fit one number (the
 * fields as digits of bases 5, 5, 4, 4096, 14, 33, 4096, 14, 33, below 2^53 together); the others
 * are keyed by a string of their fields. Written out, not as a list: it runs once per item.
 */
function dateKey(d: SourceDate): number | string {
  const precision = PRECISIONS.indexOf(d.precision);
  const season = SEASONS.indexOf(d.season);
  const part = PARTS.indexOf(d.decadePart);
  const year = digit(d.year, 4096);
  const month = digit(d.month, 14);
  const day = digit(d.day, 33);
  const end = d.end;
  const endYear = digit(end?.year, 4096);
  const endMonth = digit(end?.month, 14);
  const endDay = digit(end?.day, 33);
  if (
    precision < 0 ||
    season < 0 ||
    part < 0 ||
    year < 0 ||
    month < 0 ||
    day < 0 ||
    endYear < 0 ||
    endMonth < 0 ||
    endDay < 0 ||
    (end !== undefined && endYear === 0 && endMonth === 0 && endDay === 0)
  )
    return `${d.precision}|${d.season}|${d.decadePart}|${d.year}|${d.month}|${d.day}|${d.end && `${d.end.year}|${d.end.month}|${d.end.day}`}`;
  let key = precision * 5 + season;
  key = key * 4 + part;
  key = key * 4096 + year;
  key = key * 14 + month;
  key = key * 33 + day;
  key = key * 4096 + endYear;
  key = key * 14 + endMonth;
  return key * 33 + endDay;
}

/** Each date as formatSourceDate shows it, formatted once per distinct date (dateKey). */
function dateLabels(dates: readonly SourceDate[]): string[] {
  const byKey = new Map<number | string, string>();
  return dates.map((d) => {
    const key = dateKey(d);
    let label = byKey.get(key);
    if (label === undefined) byKey.set(key, (label = formatSourceDate(d)));
    return label;
  });
}

/**
 * Per date, its place among the distinct dates under compareSourceDates (dates that compare
 * equal share a place): a sort then compares integers, and compareSourceDates runs over the
 * few distinct dates only, not for every pair of the many items that share them, each date's
 * bounds read once (dateOrderKey), not once per comparison.
 */
function dateRanks(dates: readonly (SourceDate | null | undefined)[]): Float64Array {
  const distinct = new Map<number | string, DateOrderKey>();
  const keys = dates.map((d) => {
    if (!d) return null;
    const key = dateKey(d);
    if (!distinct.has(key)) distinct.set(key, dateOrderKey(d));
    return key;
  });
  const sorted = [...distinct].sort((a, b) => compareDateOrderKeys(a[1], b[1]));
  const rankOf = new Map<number | string, number>();
  sorted.forEach(([key, order], i) => {
    const previous = sorted[i - 1];
    const same = previous !== undefined && compareDateOrderKeys(previous[1], order) === 0;
    rankOf.set(key, same ? rankOf.get(previous[0])! : i);
  });
  // Items without a date after every dated one.
  return Float64Array.from(keys, (key) => (key === null ? sorted.length : rankOf.get(key)!));
}

/**
 * Who said what: oldest first; statements without a date last; then by document, its body's
 * statements before its headline's (the speaker's own words before the outlet's), and place in it.
 */
export function statementDateRanks(statements: readonly Statement[], docRank: DocRank): Uint32Array {
  return ranksByKeys([
    dateRanks(statements.map((s) => s.date)),
    Float64Array.from(statements, (s) => docRank(s.docId)),
    Float64Array.from(statements, (s) => (s.line === 'headline' ? 1 : 0)),
    Float64Array.from(statements, (s) => s.quote.start),
  ]);
}

/**
 * A timeline: by date, events of the same shown date together (their label), then by document
 * and place in it.
 */
export function eventTimelineRanks(events: readonly DatedEvent[], docRank: DocRank): Uint32Array {
  const labels = dateLabels(events.map((e) => e.date));
  // Labels as numbers in the order `<` puts them.
  const labelRank = new Map(
    [...new Set(labels)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((l, i) => [l, i]),
  );
  return ranksByKeys([
    dateRanks(events.map((e) => e.date)),
    Float64Array.from(labels, (l) => labelRank.get(l)!),
    Float64Array.from(events, (e) => docRank(e.docId)),
    Float64Array.from(events, (e) => e.excerpt.start),
  ]);
}

/**
 * Per event, a number shared by events whose dates are shown the same (formatSourceDate): a
 * timeline's entries are these numbers, so a busy month is grouped without formatting dates.
 */
export function eventLabelIds(events: readonly DatedEvent[]): Uint32Array {
  const ids = new Map<string, number>();
  const out = new Uint32Array(events.length);
  dateLabels(events.map((e) => e.date)).forEach((label, i) => {
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
