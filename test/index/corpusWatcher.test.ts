import { cpSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CorpusWatcher,
  type PersistedIndexWatch,
  type WatchNotice,
  watchPersistedIndex,
} from '../../src/index/live.ts';
import {
  type LoadOptions,
  type LoadStats,
  loadKnowledgeBase,
  refreshPersistedIndex,
} from '../../src/index/load.ts';
import { seedsCopy } from '../support/seedsCopy.ts';
import { until } from '../support/until.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

let work: string;
let corpusDir: string;
let cacheDir: string;
const toClose: { close(): void }[] = [];

beforeEach(() => {
  ({ work, corpusDir, cacheDir } = seedsCopy('kb-watch-'));
});

afterEach(() => {
  for (const c of toClose.splice(0)) c.close();
  rmSync(work, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A rebuild that counts its calls, notes how many run at once, and finishes when the test says so. */
function controlledRebuild() {
  const pending: (() => void)[] = [];
  let started = 0;
  let running = 0;
  let mostAtOnce = 0;
  const rebuild = () => {
    const build = ++started;
    running++;
    mostAtOnce = Math.max(mostAtOnce, running);
    return new Promise<number>((done) =>
      pending.push(() => {
        running--;
        done(build);
      }),
    );
  };
  return {
    rebuild,
    started: () => started,
    mostAtOnce: () => mostAtOnce,
    finishNext: () => pending.shift()?.(),
  };
}

function watcher<T>(options: ConstructorParameters<typeof CorpusWatcher<T>>[0]): CorpusWatcher<T> {
  const w = new CorpusWatcher(options);
  toClose.push(w);
  return w;
}

describe('the corpus watcher', () => {
  it('runs one rebuild at a time; requests made meanwhile fold into one more, which starts after', async () => {
    const control = controlledRebuild();
    const rebuilt: number[] = [];
    const w = watcher({ corpusDir, rebuild: control.rebuild, onRebuilt: (n) => rebuilt.push(n) });
    const first = w.rebuild();
    await until(() => control.started() === 1);
    const second = w.rebuild();
    const third = w.rebuild();
    expect(second).toBe(third);
    await sleep(20);
    expect(control.started()).toBe(1); // the queued rebuild waits for the running one
    control.finishNext();
    expect(await first).toBe(1);
    await until(() => control.started() === 2);
    control.finishNext();
    expect(await second).toBe(2);
    expect(control.mostAtOnce()).toBe(1);
    expect(rebuilt).toEqual([1, 2]);
  });

  it('a burst of file changes → one rebuild once the folder has been quiet for debounceMs', async () => {
    let rebuilds = 0;
    const w = watcher({ corpusDir, debounceMs: 400, rebuild: async () => ++rebuilds });
    w.watch();
    for (let i = 0; i < 5; i++) {
      writeFileSync(join(corpusDir, `burst-${i}.txt`), `Headline ${i}\nBody ${i}.\n`);
      await sleep(20);
    }
    expect(rebuilds).toBe(0); // still inside the quiet period
    await until(() => rebuilds === 1);
    await sleep(500);
    expect(rebuilds).toBe(1);
  });

  it('ignores changes to hidden files (editor swap files, caches)', async () => {
    let rebuilds = 0;
    const w = watcher({ corpusDir, debounceMs: 30, rebuild: async () => ++rebuilds });
    w.watch();
    writeFileSync(join(corpusDir, '.article.txt.swp'), 'scratch');
    await sleep(250);
    expect(rebuilds).toBe(0);
  });

  it('a failing rebuild is reported, and the next change still rebuilds', async () => {
    const errors: unknown[] = [];
    const rebuilt: number[] = [];
    let calls = 0;
    const w = watcher({
      corpusDir,
      debounceMs: 30,
      rebuild: async () => {
        calls++;
        if (calls === 1) throw new Error('disk on fire');
        return calls;
      },
      onRebuilt: (n) => rebuilt.push(n),
      onError: (e) => errors.push(e),
    });
    w.watch();
    writeFileSync(join(corpusDir, 'one.txt'), 'One\nFirst body.\n');
    await until(() => errors.length === 1);
    expect(String(errors[0])).toMatch(/disk on fire/);
    expect(rebuilt).toEqual([]);
    writeFileSync(join(corpusDir, 'two.txt'), 'Two\nSecond body.\n');
    await until(() => rebuilt.length === 1);
    expect(rebuilt).toEqual([2]);
    expect(errors).toHaveLength(1);
  });

  it('a rebuild asked for directly rejects with the failure, and is reported too', async () => {
    const errors: unknown[] = [];
    const w = watcher({
      corpusDir,
      rebuild: () => Promise.reject(new Error('no space left')),
      onError: (e) => errors.push(e),
    });
    await expect(w.rebuild()).rejects.toThrow('no space left');
    expect(errors).toHaveLength(1);
  });

  it('close → later changes rebuild nothing, and a pending change is dropped', async () => {
    let rebuilds = 0;
    const w = watcher({ corpusDir, debounceMs: 100, rebuild: async () => ++rebuilds });
    w.watch();
    writeFileSync(join(corpusDir, 'pending.txt'), 'Pending\nBody.\n');
    await sleep(30);
    w.close();
    writeFileSync(join(corpusDir, 'after.txt'), 'After\nBody.\n');
    await sleep(300);
    expect(rebuilds).toBe(0);
  });

  it('close while a rebuild runs → it finishes but is not reported as rebuilt', async () => {
    const control = controlledRebuild();
    const rebuilt: number[] = [];
    const w = watcher({ corpusDir, rebuild: control.rebuild, onRebuilt: (n) => rebuilt.push(n) });
    const running = w.rebuild();
    await until(() => control.started() === 1);
    w.close();
    control.finishNext();
    expect(await running).toBe(1);
    expect(rebuilt).toEqual([]);
  });
});

describe('refreshing the persisted index without keeping a knowledge base', () => {
  const options = (extra: Partial<LoadOptions> = {}): LoadOptions => ({
    corpusDir,
    cacheDir,
    now: NOW,
    onWarning: () => {},
    ...extra,
  });

  async function loadStats(): Promise<LoadStats> {
    let stats: LoadStats | undefined;
    await loadKnowledgeBase(
      options({
        onStats: (s) => {
          stats = s;
        },
      }),
    );
    return stats!;
  }

  it('an empty cache → the refresh extracts everything, and the next load is a cache hit', async () => {
    const refreshed = await refreshPersistedIndex(options());
    expect(refreshed).toMatchObject({ cache: 'miss', documents: 5, extracted: 5 });
    expect(await loadStats()).toMatchObject({
      cache: 'hit',
      extracted: 0,
      segmented: 0,
      indexesRebuilt: false,
      documents: 5,
    });
  });

  it('a changed corpus → the refresh redoes only what changed, and the next load is a cache hit again', async () => {
    await refreshPersistedIndex(options());
    writeFileSync(join(corpusDir, 'later.txt'), 'Talks resume\n"We are ready to talk," Bayramov said.\n');
    const refreshed = await refreshPersistedIndex(options());
    expect(refreshed).toMatchObject({ cache: 'partial', documents: 6 });
    expect(await loadStats()).toMatchObject({
      cache: 'hit',
      extracted: 0,
      indexesRebuilt: false,
      documents: 6,
    });
  });

  it('passes the stats on to onStats as a load would', async () => {
    const told: LoadStats[] = [];
    const refreshed = await refreshPersistedIndex(options({ onStats: (s) => told.push(s) }));
    expect(told).toEqual([refreshed]);
  });

  it('cacheDir false → refuses: there is nothing to persist', async () => {
    await expect(refreshPersistedIndex(options({ cacheDir: false }))).rejects.toThrow(/cache folder/);
  });
});

describe('watching the persisted index (the shard manager)', () => {
  let index: PersistedIndexWatch | undefined;
  afterEach(() => {
    index?.close();
    index = undefined;
  });

  it('refreshes once on start, then once per change, telling onRefreshed each time after the first', async () => {
    const refreshed: LoadStats[] = [];
    index = await watchPersistedIndex({
      corpusDir,
      cacheDir,
      now: NOW,
      onWarning: () => {},
      debounceMs: 50,
      onRefreshed: (s) => refreshed.push(s),
    });
    expect(index.initial).toMatchObject({ cache: 'miss', documents: 5 });
    expect(refreshed).toEqual([]);
    writeFileSync(
      join(corpusDir, 'watched.txt'),
      'Convoy reaches Stepanakert\nThe first humanitarian convoy reached Stepanakert on Monday.\n',
    );
    await until(() => refreshed.length === 1);
    expect(refreshed[0]).toMatchObject({ documents: 6, cache: 'partial' });
    expect(readdirSync(cacheDir).length).toBeGreaterThan(0);
  });

  it('a failed refresh after a change is reported; the next change refreshes again', async () => {
    const errors: unknown[] = [];
    const refreshed: LoadStats[] = [];
    let calls = 0;
    const refresh = (o: LoadOptions) => {
      calls++;
      return calls === 2 ? Promise.reject(new Error('disk on fire')) : refreshPersistedIndex(o);
    };
    index = await watchPersistedIndex({
      corpusDir,
      cacheDir,
      now: NOW,
      onWarning: () => {},
      debounceMs: 50,
      refresh,
      onRefreshed: (s) => refreshed.push(s),
      onRefreshError: (e) => errors.push(e),
    });
    writeFileSync(join(corpusDir, 'one.txt'), 'One\nFirst body.\n');
    await until(() => errors.length === 1);
    writeFileSync(join(corpusDir, 'two.txt'), 'Two\nSecond body.\n');
    await until(() => refreshed.length === 1);
    expect(refreshed[0]!.documents).toBe(7);
  });

  it('a change made while the first refresh runs → refreshed again right after, and reported', async () => {
    const refreshed: LoadStats[] = [];
    let calls = 0;
    let finishFirst!: () => void;
    const firstMayFinish = new Promise<void>((r) => (finishFirst = r));
    const refresh = async (o: LoadOptions) => {
      calls++;
      if (calls === 1) await firstMayFinish;
      return refreshPersistedIndex(o);
    };
    const opening = watchPersistedIndex({
      corpusDir,
      cacheDir,
      now: NOW,
      onWarning: () => {},
      debounceMs: 30,
      refresh,
      onRefreshed: (s) => refreshed.push(s),
    });
    await sleep(50); // the watch has started
    writeFileSync(join(corpusDir, 'meanwhile.txt'), 'Meanwhile\nA body written during the first refresh.\n');
    await sleep(150);
    expect(calls).toBe(1); // the second waits for the first
    finishFirst();
    index = await opening;
    await until(() => refreshed.length === 1);
    expect(calls).toBe(2);
    expect(refreshed[0]!.documents).toBe(6);
  });

  it('the first refresh failing → watchPersistedIndex rejects (nothing to start shards from)', async () => {
    await expect(watchPersistedIndex({ corpusDir, cacheDir: false })).rejects.toThrow(/cache folder/);
  });
});

describe('what the corpus watcher watches', () => {
  it('a folder created inside the corpus → changes to files in it rebuild too', async () => {
    let rebuilds = 0;
    const w = watcher({ corpusDir, debounceMs: 50, rebuild: async () => ++rebuilds });
    w.watch();
    mkdirSync(join(corpusDir, 'later'));
    await until(() => rebuilds === 1);
    await sleep(300); // the new folder is watched
    writeFileSync(join(corpusDir, 'later', 'inside.txt'), 'Inside\nA body in a new folder.\n');
    await until(() => rebuilds === 2);
  });

  it('the folder moved away → "gone", nothing rebuilt; a copy put back → "back", watched and rebuilt', async () => {
    const notices: WatchNotice[] = [];
    let rebuilds = 0;
    const w = watcher({
      corpusDir,
      debounceMs: 50,
      checkFolderMs: 50,
      rebuild: async () => ++rebuilds,
      onNotice: (n) => notices.push(n),
    });
    w.watch();
    expect(notices).toEqual([{ event: 'watching', dir: corpusDir, directories: 1 }]);
    renameSync(corpusDir, `${corpusDir}.old`);
    await until(() => notices.some((n) => n.event === 'gone'));
    const rebuildsWhileGone = rebuilds;
    await sleep(200);
    expect(rebuilds).toBe(rebuildsWhileGone); // nothing to rebuild from
    cpSync(`${corpusDir}.old`, corpusDir, { recursive: true });
    await until(() => notices.some((n) => n.event === 'back'));
    await until(() => rebuilds > rebuildsWhileGone);
    const afterBack = rebuilds;
    await sleep(200);
    writeFileSync(join(corpusDir, 'new.txt'), 'New\nA body in the new folder.\n');
    await until(() => rebuilds > afterBack);
  });

  it('replaced between two checks (mv corpus corpus.old && cp -r corpus.old corpus) → "replaced", and the new folder is watched', async () => {
    const notices: WatchNotice[] = [];
    let rebuilds = 0;
    const w = watcher({
      corpusDir,
      debounceMs: 50,
      checkFolderMs: 300,
      rebuild: async () => ++rebuilds,
      onNotice: (n) => notices.push(n),
    });
    w.watch();
    renameSync(corpusDir, `${corpusDir}.old`);
    cpSync(`${corpusDir}.old`, corpusDir, { recursive: true });
    await until(() => notices.some((n) => n.event === 'replaced'));
    await until(() => rebuilds > 0);
    await sleep(200);
    const before = rebuilds;
    writeFileSync(join(corpusDir, 'new.txt'), 'New\nA body in the new folder.\n');
    await until(() => rebuilds > before);
  });
});
