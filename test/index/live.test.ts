import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/index/knowledgeBase.ts';
import { LiveKnowledgeBase } from '../../src/index/live.ts';
import type { LoadOptions } from '../../src/index/load.ts';
import { seedsCopy } from '../support/seedsCopy.ts';
import { until } from '../support/until.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

let work: string;
let corpusDir: string;
let live: LiveKnowledgeBase | undefined;

beforeEach(() => {
  ({ work, corpusDir } = seedsCopy('kb-live-'));
});

afterEach(() => {
  live?.close();
  live = undefined;
  rmSync(work, { recursive: true, force: true });
});

/** A stand-in loader: each build is a distinct object, finished when the test says so. */
function controlledLoader() {
  const pending: ((kb: KnowledgeBase) => void)[] = [];
  let builds = 0;
  const load = (_options: LoadOptions) => {
    builds++;
    const kb = { build: builds } as unknown as KnowledgeBase;
    if (builds === 1) return Promise.resolve(kb);
    return new Promise<KnowledgeBase>((done) => pending.push(() => done(kb)));
  };
  return { load, builds: () => builds, finishNext: () => pending.shift()?.({} as KnowledgeBase) };
}

const buildOf = (kb: KnowledgeBase) => (kb as unknown as { build: number }).build;

describe('the live knowledge base', () => {
  it('swaps in a new knowledge base on reload, while one taken before keeps its own documents', async () => {
    live = await LiveKnowledgeBase.open({ corpusDir, cacheDir: false, now: NOW, watch: false });
    const before = live.current();
    writeFileSync(join(corpusDir, 'later.txt'), 'Talks resume\n"We are ready to talk," Bayramov said.\n');
    const after = await live.reload();
    expect(live.current()).toBe(after);
    expect(after).not.toBe(before);
    expect(after.documents.has('later')).toBe(true);
    expect(before.documents.has('later')).toBe(false); // an answer in flight still reads the old one
  });

  it('reloads by itself after a file in the corpus folder changes', async () => {
    let reloads = 0;
    live = await LiveKnowledgeBase.open({
      corpusDir,
      cacheDir: false,
      now: NOW,
      debounceMs: 50,
      onReload: () => {
        reloads++;
      },
    });
    const before = live.current();
    writeFileSync(
      join(corpusDir, 'watched.txt'),
      'Convoy reaches Stepanakert\nThe first humanitarian convoy reached Stepanakert on Monday.\n',
    );
    await until(() => live!.current() !== before);
    expect(live.current().documents.has('watched')).toBe(true);
    expect(reloads).toBeGreaterThanOrEqual(1);
  });

  it('runs one reload at a time, and folds requests made meanwhile into one more', async () => {
    const loader = controlledLoader();
    live = await LiveKnowledgeBase.open({ corpusDir, watch: false, load: loader.load });
    const first = live.reload();
    await until(() => loader.builds() === 2);
    const second = live.reload();
    const third = live.reload();
    expect(second).toBe(third);
    expect(loader.builds()).toBe(2); // the queued build has not started while the first runs
    loader.finishNext();
    await first;
    await until(() => loader.builds() === 3);
    loader.finishNext();
    await second;
    expect(loader.builds()).toBe(3);
  });

  it('keeps the current knowledge base when a reload fails, and says so', async () => {
    let failed: unknown;
    let calls = 0;
    const load = async (_o: LoadOptions) => {
      calls++;
      if (calls > 1) throw new Error('disk on fire');
      return { build: 1 } as unknown as KnowledgeBase;
    };
    live = await LiveKnowledgeBase.open({
      corpusDir,
      watch: false,
      load,
      onReloadError: (e) => {
        failed = e;
      },
    });
    const before = live.current();
    await expect(live.reload()).rejects.toThrow('disk on fire');
    expect(live.current()).toBe(before);
    expect(buildOf(live.current())).toBe(1);
    expect(String(failed)).toMatch(/disk on fire/);
  });
});
