import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerLine } from '../../src/console/answerLine.ts';
import type { LoadWarning } from '../../src/corpus/types.ts';
import type { KnowledgeBase } from '../../src/index/knowledgeBase.ts';
import { type LoadStats, loadKnowledgeBase } from '../../src/index/load.ts';
import { loadOffThread } from '../../src/index/offThread.ts';
import { MemoryStore } from '../support/memoryStore.ts';
import { SEEDS, type SeedsCopy, seedsCopy } from '../support/seedsCopy.ts';

const NOW = new Date('2026-11-23T00:00:00Z');
const QUESTIONS = [
  '/who-said speaker:Blinken',
  '/who-said about:humanitarian',
  '/timeline 2023-09',
  '/casualties',
];
const answers = (kb: KnowledgeBase) => QUESTIONS.map((q) => JSON.stringify(answerLine(q, { kb })));

let seeds: SeedsCopy;
let expected: string[];

beforeAll(async () => {
  const fresh = await loadKnowledgeBase({
    corpusDir: SEEDS,
    cacheDir: false,
    now: NOW,
  });
  expected = answers(fresh);
});

beforeEach(() => {
  seeds = seedsCopy('kb-store-');
});

afterEach(() => seeds.remove());

async function load(store: MemoryStore, persistedOnly = false) {
  let stats: LoadStats | undefined;
  const warnings: LoadWarning[] = [];
  const kb = await loadKnowledgeBase({
    corpusDir: seeds.corpusDir,
    store,
    now: NOW,
    persistedOnly,
    onStats: (s) => {
      stats = s;
    },
    onWarning: (w) => warnings.push(w),
  });
  return { kb, stats: stats!, warnings };
}

describe('a storage back end behind the KnowledgeStore interface', () => {
  it('keeps what the first load extracted: the next extracts nothing and answers the same', async () => {
    const store = new MemoryStore();
    const first = await load(store);
    expect(first.stats.cache).toBe('miss');
    expect(store.writes).toEqual({ items: 1, segments: 1, indexes: 1 });
    const second = await load(store);
    expect(second.stats).toMatchObject({
      cache: 'hit',
      extracted: 0,
      indexesRebuilt: false,
      corpusFromCache: true,
    });
    expect(second.warnings).toEqual([]);
    expect(store.writes).toEqual({ items: 1, segments: 1, indexes: 1 });
    expect(answers(second.kb)).toEqual(expected);
  });

  it('serves a load of exactly what it holds (persistedOnly), and a reload on this thread', async () => {
    const store = new MemoryStore();
    await load(store);
    expect(answers((await load(store, true)).kb)).toEqual(expected);
    const reloaded = await loadOffThread({
      corpusDir: seeds.corpusDir,
      store,
      now: NOW,
      onWarning: () => {},
    });
    expect(answers(reloaded)).toEqual(expected);
  });

  it('rebuilds only the item indexes when the store lost them', async () => {
    const store = new MemoryStore();
    await load(store);
    store.indexes = null;
    const again = await load(store);
    expect(again.stats).toMatchObject({ cache: 'hit', extracted: 0, indexesRebuilt: true });
    expect(store.writes.indexes).toBe(2);
    expect(answers(again.kb)).toEqual(expected);
  });
});
