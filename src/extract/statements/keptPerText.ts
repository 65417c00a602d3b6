/** How many results a per-text memory keeps before it starts again: bounded over a 50,000-article ingest. */
const LIMIT = 20_000;

/**
 * A bounded memory of results by text that keeps the texts asked for again and again. It holds
 * two generations of half the limit each: when the newer fills, the older is dropped and the
 * newer takes its place, and a text found in the older is carried into the newer. Dropping the
 * whole memory when full (as before) also dropped the few texts that recur in every document
 * (boilerplate sentences, the usual speaker phrases) among the many read once; those now stay.
 */
export class KeptResults<T> {
  private newer = new Map<string, T>();
  private older = new Map<string, T>();
  private readonly generation: number;

  constructor(limit: number = LIMIT) {
    this.generation = Math.max(1, Math.floor(limit / 2));
  }

  /** The kept result, or undefined when none is kept (a kept undefined reads as none). */
  get(text: string): T | undefined {
    const kept = this.newer.get(text);
    if (kept !== undefined) return kept;
    const old = this.older.get(text);
    if (old !== undefined) this.set(text, old);
    return old;
  }

  set(text: string, value: T): void {
    if (this.newer.size >= this.generation) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(text, value);
  }
}

/**
 * A function of a text alone, kept per text: the same speaker phrases, clause openings and
 * content clauses recur across sentences and documents, and reading them costs tagging and
 * several passes.
 */
export function keptPerText<T>(read: (text: string) => T): (text: string) => T {
  const known = new KeptResults<{ value: T }>();
  return (text) => {
    let kept = known.get(text);
    if (kept === undefined) known.set(text, (kept = { value: read(text) }));
    return kept.value;
  };
}
