import type { SourceDate } from '../../corpus/types.ts';
import { dayBounds } from '../dates/format.ts';
import type { Figure, FigureCategory } from '../types.ts';

/** One written number in a group's band, and the figure (with its hedge and reporter) that gave it. */
interface FigureRef {
  value: number;
  figure: string;
}

/**
 * Figures of one category that speak of the same period or place, shown side by side as
 * competing estimates, each with its own reporter. As in UCDP/ACLED practice the group carries
 * a low, best and high estimate, but each is one of the written numbers (low = the smallest,
 * high = the largest, best = the middle one, the lower of two middles): nothing is added up or
 * averaged, so no figure appears that no source gave.
 */
export interface FigureGroup {
  category: FigureCategory;
  /** The period the figures share, as the first figure that states one writes it. */
  period: { text: string | null; date: SourceDate | null };
  /** The place the figures share, as written, if stated. */
  where: string | null;
  /** Estimates, in the order given, never summed. */
  figures: Figure[];
  /** Figures nested in one of `figures` ("including four employees …"), or in one of these: parts, not estimates. */
  parts: Figure[];
  low: FigureRef;
  best: FigureRef;
  high: FigureRef;
}

const CATEGORY_ORDER: FigureCategory[] = ['killed', 'wounded', 'missing', 'displaced', 'evacuated'];

const fold = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

const placeKeys = new Map<string, string>();

/** "in the city of Goris" and "in Goris" name the same place. Memoised: places repeat a lot. */
function placeKey(where: string): string {
  let key = placeKeys.get(where);
  if (key === undefined) {
    key = fold(where)
      .replace(/^(?:in|near|across|throughout|inside|around)\s+/, '')
      .replace(/^the\s+/, '')
      .replace(
        /^(?:city|town|village|region|district|province|capital|settlement|area|republic|territory)\s+of\s+/,
        '',
      )
      .replace(/\s+(?:region|district|province|city|town)$/, '');
    if (placeKeys.size > 50_000) placeKeys.clear();
    placeKeys.set(where, key);
  }
  return key;
}

/** "Karabakh" and "Nagorno-Karabakh", "Goris" and "the city of Goris": one name's words are within the other's. */
function samePlace(a: string, b: string): boolean {
  const words = (w: string) =>
    placeKey(w)
      .split(/[\s-]+/)
      .filter(Boolean);
  const [x, y] = [words(a), words(b)];
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.length > 0 && shorter.every((w) => longer.includes(w));
}

function datesOverlap(a: SourceDate, b: SourceDate): boolean {
  const ba = dayBounds(a);
  const bb = dayBounds(b);
  if (ba && bb) return ba.first <= bb.last && bb.first <= ba.last;
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (a.month === undefined || b.month === undefined) return false;
  if (a.month !== b.month) return false;
  return a.day === undefined || b.day === undefined || a.day === b.day;
}

/**
 * A date whose year is not established ("September 19" in a piece that gives no year) may be any
 * year's: it is the same period only as a date of its own document, never another piece's.
 */
const yearUnknownElsewhere = (a: Figure, b: Figure) =>
  a.docId !== b.docId && (a.period.date?.year === undefined || b.period.date?.year === undefined);

function samePeriod(a: Figure, b: Figure): boolean {
  if (a.period.date && b.period.date)
    return !yearUnknownElsewhere(a, b) && datesOverlap(a.period.date, b.period.date);
  if (a.period.text && b.period.text) return fold(a.period.text) === fold(b.period.text);
  return false;
}

/**
 * Same event: same category, and the period matches (then a place stated by only one is
 * allowed), or neither states a period and both name the same place. Figures with neither
 * period nor place stand alone: nothing says they count the same thing.
 */
function sameEvent(a: Figure, b: Figure): boolean {
  if (a.category !== b.category || a.kind !== b.kind) return false;
  const hasPeriod = (f: Figure) => !!(f.period.text || f.period.date);
  if (hasPeriod(a) && hasPeriod(b)) {
    if (!samePeriod(a, b)) return false;
    return !a.where || !b.where || samePlace(a.where, b.where);
  }
  if (hasPeriod(a) || hasPeriod(b)) return false;
  return !!a.where && !!b.where && samePlace(a.where, b.where);
}

function ref(f: Figure): FigureRef {
  return { value: f.number.value, figure: f.id };
}

/** Past this many figures in one bucket, only figures with the very same period and place are grouped. */
const PAIRWISE_LIMIT = 64;

function splitExactly(figures: Figure[]): Figure[][] {
  const byKey = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = [
      f.period.date
        ? JSON.stringify([
            f.period.date.year ?? f.docId,
            f.period.date.month,
            f.period.date.day,
            f.period.date.end,
          ])
        : '',
      fold(f.period.text ?? ''),
      f.where ? placeKey(f.where) : '',
    ].join('|');
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  return [...byKey.values()];
}

/** Unites figures of one bucket that tell the same event (union-find over pairs). */
function unite(bucket: Figure[]): Figure[][] {
  const parent = bucket.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < bucket.length; i++) {
    for (let j = i + 1; j < bucket.length; j++) {
      if (root(i) !== root(j) && sameEvent(bucket[i]!, bucket[j]!)) parent[root(j)] = root(i);
    }
  }
  const members = new Map<number, Figure[]>();
  bucket.forEach((f, i) => {
    const r = root(i);
    const list = members.get(r);
    if (list) list.push(f);
    else members.set(r, [f]);
  });
  return [...members.values()];
}

/**
 * Figures can only be the same event when a bucket key agrees: the category and the month the
 * period starts in, or the period's words, or (with no period) the place's last word (see samePlace). Comparing pairs only
 * within a bucket keeps grouping near-linear on a large corpus.
 */
function bucketOf(f: Figure): string {
  // Changes and rates are never estimates of a count: they stand in buckets of their own.
  if (f.kind) return `${f.category}|${f.kind}|${f.id}`;
  const d = f.period.date;
  if (d) return `${f.category}|d|${d.year ?? '?'}-${d.month ?? '?'}`;
  if (f.period.text) return `${f.category}|t|${fold(f.period.text)}`;
  if (f.where)
    return `${f.category}|p|${placeKey(f.where)
      .split(/[\s-]+/)
      .pop()}`;
  return `${f.category}|alone|${f.id}`;
}

export function groupFigures(figures: readonly Figure[]): FigureGroup[] {
  const given = new Set(figures.map((f) => f.id));
  const isPart = (f: Figure) => !!f.partOf && given.has(f.partOf);
  const order = new Map(figures.map((f, i) => [f.id, i]));
  const partsOf = new Map<string, Figure[]>();
  for (const f of figures) if (isPart(f)) partsOf.set(f.partOf!, [...(partsOf.get(f.partOf!) ?? []), f]);
  // A part's own parts ("three of whom were children" in "including 14 civilians") come with it.
  const descendants = (id: string, depth = 0): Figure[] =>
    depth > 8 ? [] : (partsOf.get(id) ?? []).flatMap((p) => [p, ...descendants(p.id, depth + 1)]);

  const buckets = new Map<string, Figure[]>();
  for (const f of figures) {
    if (isPart(f)) continue;
    const key = bucketOf(f);
    const list = buckets.get(key);
    if (list) list.push(f);
    else buckets.set(key, [f]);
  }
  const lists: Figure[][] = [];
  for (const whole of buckets.values()) {
    // Figures with the very same period and place are one event: no pairs need comparing.
    if (whole.length > PAIRWISE_LIMIT) lists.push(...splitExactly(whole));
    else lists.push(...unite(whole));
  }
  const groups = lists.map((list) =>
    figureGroup(
      list,
      list.flatMap((f) => descendants(f.id)),
    ),
  );
  const firstIndex = (g: FigureGroup) => order.get(g.figures[0]!.id)!;
  return groups.sort(
    (a, b) => categoryRank(a.category) - categoryRank(b.category) || firstIndex(a) - firstIndex(b),
  );
}

/** Groups are listed killed first, then wounded, missing, displaced, evacuated. */
export function categoryRank(category: FigureCategory): number {
  return CATEGORY_ORDER.indexOf(category);
}

/** The group of these estimates (in the order given) and their parts: the band is taken from written numbers only. */
export function figureGroup(list: Figure[], parts: Figure[]): FigureGroup {
  const byValue = [...list].sort((a, b) => a.number.value - b.number.value);
  const withPeriod = list.find((f) => f.period.text || f.period.date);
  return {
    category: list[0]!.category,
    period: withPeriod ? { ...withPeriod.period } : { text: null, date: null },
    where: list.find((f) => f.where)?.where ?? null,
    figures: list,
    parts,
    low: ref(byValue[0]!),
    best: ref(byValue[Math.floor((byValue.length - 1) / 2)]!),
    high: ref(byValue[byValue.length - 1]!),
  };
}
