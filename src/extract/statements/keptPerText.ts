/** How many results a per-text memory keeps before it starts again: bounded over a 50,000-article ingest. */
const LIMIT = 20_000;

/**
 * A function of a text alone, kept per text: the same speaker phrases, clause openings and
 * content clauses recur across sentences and documents, and reading them costs tagging and
 * several passes. The memory is dropped whole when full, which keeps it bounded and cheap.
 */
export function keptPerText<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    // One lookup on a hit (each compares the whole text); a kept undefined needs the second.
    const kept = known.get(text);
    if (kept !== undefined || known.has(text)) return kept as T;
    const value = read(text);
    if (known.size >= LIMIT) known.clear();
    known.set(text, value);
    return value;
  };
}
