import type { Statement } from '../../extract/types.ts';
import { ITEM_NUMBERS, type ItemIndexParts, type ItemTermIndexes } from '../store/shapes.ts';
import { TermIndex } from '../termIndex.ts';
import { applyMerges } from './speakerMerges.ts';

/** The persisted lists that are ranks (see orders.ts). */
const RANKS = new Set<keyof typeof ITEM_NUMBERS>(['statementOrder', 'eventOrder']);

function isPermutation(ranks: Uint32Array): boolean {
  const seen = new Uint8Array(ranks.length);
  for (const r of ranks) {
    if (r >= ranks.length || seen[r]) return false;
    seen[r] = 1;
  }
  return true;
}

/**
 * The item indexes persisted for an extraction, each used when it fits these items (one entry
 * per item, and a rank list a permutation: a damaged one could drop items), else rebuilt; then
 * `rebuilt` says the load should persist them again.
 */
export class PersistedParts {
  rebuilt = false;
  /** True when the statements were merged from the persisted record (see mergedStatements). */
  mergesRead = false;

  constructor(
    private readonly indexes: ItemIndexParts | undefined,
    private readonly counts: Readonly<Record<keyof ItemTermIndexes, number>>,
  ) {}

  termIndex(kind: keyof ItemTermIndexes, build: () => TermIndex): TermIndex {
    const parts = this.indexes?.[kind];
    if (parts && parts.items === this.counts[kind]) return new TermIndex(parts);
    if (this.indexes) this.rebuilt = true;
    return build();
  }

  numbers(key: keyof typeof ITEM_NUMBERS, build: () => Uint32Array): Uint32Array {
    const numbers = this.indexes?.[key];
    const usable =
      numbers &&
      numbers.length === this.counts[ITEM_NUMBERS[key]] &&
      (!RANKS.has(key) || isPermutation(numbers));
    if (usable) return numbers;
    if (this.indexes) this.rebuilt = true;
    return build();
  }

  /** The statements as the speaker merge left them: from its persisted record when that fits, else `merge`. */
  mergedStatements(written: readonly Statement[], merge: () => Statement[]): Statement[] {
    const persisted = this.indexes && applyMerges(written, this.indexes.speakerMerges);
    if (persisted) {
      this.mergesRead = true;
      return persisted;
    }
    if (this.indexes) this.rebuilt = true;
    return merge();
  }
}
