import type { Figure } from '../types.ts';

/** "four children were among the dead": the words after the count name the whole it is a part of. */
const AMONG_THE_AFTER =
  /^\s+(?:[\p{L}-]+\s+){0,2}(?:were|are|was)\s+(?:also\s+)?among\s+the\s+(?:dead|killed|wounded|injured)\b/iu;

/**
 * The whole "N … were among the dead" is a part of: the one count of its category the text gave in
 * this sentence or the two before. With two or more such counts there, which one is meant is a guess,
 * and a wrong total is worse than none.
 */
export function wholeNamedAfter(
  afterNumber: string,
  category: Figure['category'],
  figures: readonly Figure[],
  sentence: number,
): Figure | undefined {
  if (!AMONG_THE_AFTER.test(afterNumber)) return undefined;
  const near = figures.filter(
    (f) =>
      f.category === category &&
      !f.kind &&
      !f.partOf &&
      f.sentence >= 0 &&
      f.sentence >= sentence - 2 &&
      f.sentence <= sentence,
  );
  const values = new Set(near.map((f) => f.number.value));
  return values.size === 1 ? near.at(-1) : undefined;
}
