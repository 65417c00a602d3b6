import type { Figure } from '../types.ts';

/** Parts are told within this many sentences after their total. */
const PARTS_WITHIN_SENTENCES = 6;

const exact = (f: Figure) => !f.number.hedge && !f.kind && !f.partOf;

/**
 * "Five people were killed …" then "three of its officers were killed", "two servicemen were killed",
 * each by its own side: counts told after an exact total, of its category, that add up to it exactly are
 * its parts. Two parts at least, each smaller than the total, the first ones of the category after it,
 * with no count of the category between; a sum that overshoots nests nothing.
 */
export function nestSummedParts(figures: Figure[]): void {
  for (let i = 0; i < figures.length; i++) {
    const total = figures[i]!;
    if (!exact(total) || total.sentence < 0 || total.number.value < 2) continue;
    const parts: Figure[] = [];
    let sum = 0;
    for (let j = i + 1; j < figures.length && sum < total.number.value; j++) {
      const f = figures[j]!;
      if (f.sentence - total.sentence > PARTS_WITHIN_SENTENCES) break;
      if (f.category !== total.category) continue;
      if (!exact(f) || f.number.value >= total.number.value) break;
      parts.push(f);
      sum += f.number.value;
    }
    if (parts.length < 2 || sum !== total.number.value) continue;
    for (const p of parts) p.partOf = total.id;
  }
}
