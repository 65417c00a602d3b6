/**
 * The date mentions that lie within a span of a document, in the document's order. Figures and
 * statements ask once per sentence; filtering every mention of the document each time made a
 * long document quadratic. Mentions are indexed by start once per list (kept while the list lives).
 */
interface Spanned {
  start: number;
  end: number;
}

const byStart = new WeakMap<readonly Spanned[], Int32Array>();

function startOrder(mentions: readonly Spanned[]): Int32Array {
  let order = byStart.get(mentions);
  if (!order) {
    order = Int32Array.from(mentions.keys()).sort((a, b) => mentions[a]!.start - mentions[b]!.start || a - b);
    byStart.set(mentions, order);
  }
  return order;
}

export function mentionsWithin<T extends Spanned>(mentions: readonly T[], start: number, end: number): T[] {
  if (mentions.length < 16) return mentions.filter((m) => m.start >= start && m.end <= end);
  const order = startOrder(mentions);
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[order[mid]!]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const hits: number[] = [];
  for (let i = lo; i < order.length && mentions[order[i]!]!.start <= end; i++) {
    if (mentions[order[i]!]!.end <= end) hits.push(order[i]!);
  }
  return hits.sort((a, b) => a - b).map((i) => mentions[i]!);
}
