/** Two rows of the distance table, kept across calls and grown as names need: no array per call or row. */
let rows = [new Int32Array(64), new Int32Array(64)] as const;

/** Levenshtein distance, stopping early once it exceeds `limit` (returns limit + 1 then). */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length * 2 + 1), new Int32Array(b.length * 2 + 1)];
  let [previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = c === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const done = previous;
    previous = current;
    current = done;
  }
  return previous[b.length]!;
}

/**
 * How many typos a name of this length may carry and still be the same name: none under five
 * letters (too many short names collide), one up to seven, two from eight on.
 */
export function typoAllowance(length: number): number {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}
