import { type FSWatcher, readdirSync, statSync, watch } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from './knowledgeBase.ts';
import { type LoadOptions, type LoadStats, loadKnowledgeBase } from './load.ts';
import { loadOffThread, refreshInWorker } from './offThread.ts';

/** What the watcher tells about the corpus folder itself (changes inside it only rebuild). */
export type WatchNotice =
  | { event: 'watching'; dir: string; directories: number }
  /** The folder no longer exists (moved away, deleted): nothing to rebuild from until it is back. */
  | { event: 'gone'; dir: string }
  /** The folder exists again after being gone: watched again, and rebuilt. */
  | { event: 'back'; dir: string; directories: number }
  /** Another folder now has the name (`mv corpus corpus.old && cp -r corpus.old corpus`): watched, and rebuilt. */
  | { event: 'replaced'; dir: string; directories: number };

export interface CorpusWatcherOptions<T> {
  corpusDir: string;
  /** Builds whatever is derived from the corpus; never called while a previous call runs. */
  rebuild: () => Promise<T>;
  /** Quiet time after the last change before rebuilding (default 500 ms). */
  debounceMs?: number;
  /** How often the folder itself is checked for being gone or replaced (default 1,000 ms). */
  checkFolderMs?: number;
  /** Called after each successful rebuild, unless the watcher was closed meanwhile. */
  onRebuilt?: (result: T) => void;
  /** Called when a rebuild fails or the folder can no longer be watched; the next change tries again. */
  onError?: (error: unknown) => void;
  /** Told when watching starts and when the folder goes away, comes back or is replaced. */
  onNotice?: (notice: WatchNotice) => void;
}

/** The folder's identity: another folder moved or copied in under the same name has another inode. */
type FolderIdentity = { dev: number; ino: number };

function folderIdentity(dir: string): FolderIdentity | null {
  try {
    const st = statSync(dir);
    return st.isDirectory() ? { dev: st.dev, ino: st.ino } : null;
  } catch {
    return null;
  }
}

/** Relative paths of the folder and every folder under it ('' first), hidden ones and links left out. */
function listFolders(root: string): string[] {
  const found = [''];
  for (let i = 0; i < found.length; i++) {
    let entries;
    try {
      entries = readdirSync(join(root, found[i]!), { withFileTypes: true });
    } catch {
      continue; // gone meanwhile
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.'))
        found.push(found[i] ? `${found[i]}/${entry.name}` : entry.name);
    }
  }
  return found;
}

/**
 * Watches a corpus folder and rebuilds after changes: a burst of changes (an editor saving, a
 * copy of many files) gives one rebuild once the folder has been quiet for `debounceMs`.
 * Rebuilds never overlap: asking again while one runs queues one more, which sees every change;
 * asking a third time meanwhile joins that queued one.
 *
 * One watch handle per folder, not per file (a directory's watch reports changes to the files in
 * it, so 20,000 articles in one folder take one handle). The folder itself is checked every
 * `checkFolderMs`: moved away or deleted, it is reported and nothing is rebuilt; back, or
 * replaced by another folder of the same name (as deploy scripts do), it is watched anew and rebuilt.
 */
export class CorpusWatcher<T> {
  private queued: Promise<T> | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly watchers = new Map<string, FSWatcher>();
  private timer: NodeJS.Timeout | null = null;
  private resyncTimer: NodeJS.Timeout | null = null;
  private folderCheck: NodeJS.Timeout | null = null;
  private folder: FolderIdentity | null = null;
  private watching = false;
  private closed = false;

  constructor(private readonly options: CorpusWatcherOptions<T>) {}

  /** Rebuilds now (after the one running, if any); rejects with the rebuild's error. */
  rebuild(): Promise<T> {
    if (this.queued) return this.queued;
    const next = this.chain.then(() => {
      this.queued = null; // changes from now on need another build
      return this.build();
    });
    this.queued = next;
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Starts watching the folder and the folders under it. */
  watch(): void {
    if (this.closed || this.watching) return;
    this.watching = true;
    const dir = this.options.corpusDir;
    this.folder = folderIdentity(dir);
    if (this.folder) {
      this.syncFolders();
      this.options.onNotice?.({ event: 'watching', dir, directories: this.watchers.size });
    } else this.options.onNotice?.({ event: 'gone', dir });
    this.folderCheck = setInterval(() => this.checkFolder(), this.options.checkFolderMs ?? 1_000);
    this.folderCheck.unref();
  }

  /** Stops watching and drops a pending change; a rebuild already running finishes unreported. */
  close(): void {
    this.closed = true;
    for (const timer of [this.timer, this.resyncTimer]) if (timer) clearTimeout(timer);
    if (this.folderCheck) clearInterval(this.folderCheck);
    this.timer = this.resyncTimer = this.folderCheck = null;
    this.unwatchAll();
  }

  private async build(): Promise<T> {
    try {
      const result = await this.options.rebuild();
      if (!this.closed) this.options.onRebuilt?.(result);
      return result;
    } catch (error) {
      this.options.onError?.(error);
      throw error;
    }
  }

  private schedule(): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.rebuild().catch(() => undefined); // reported through onError
    }, this.options.debounceMs ?? 500);
  }

  /** The folder gone, back or replaced: reported, and watched (and rebuilt) again when it exists. */
  private checkFolder(): void {
    if (this.closed) return;
    const dir = this.options.corpusDir;
    const now = folderIdentity(dir);
    const was = this.folder;
    if (now?.dev === was?.dev && now?.ino === was?.ino) return;
    this.folder = now;
    this.unwatchAll();
    if (!now) {
      // Rebuilding from a missing folder can only fail: wait for it to come back.
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      this.options.onNotice?.({ event: 'gone', dir });
      return;
    }
    this.syncFolders();
    this.options.onNotice?.({ event: was ? 'replaced' : 'back', dir, directories: this.watchers.size });
    this.schedule();
  }

  /** Watches every folder under the corpus folder that is not watched yet, and forgets those gone. */
  private syncFolders(): void {
    if (this.closed) return;
    const folders = listFolders(this.options.corpusDir);
    const present = new Set(folders);
    for (const [rel, watcher] of this.watchers) {
      if (present.has(rel)) continue;
      watcher.close();
      this.watchers.delete(rel);
    }
    for (const rel of folders) if (!this.watchers.has(rel)) this.watchFolder(rel);
  }

  private watchFolder(rel: string): void {
    let watcher: FSWatcher;
    try {
      watcher = watch(join(this.options.corpusDir, rel), { persistent: false }, (event, file) => {
        const name = String(file ?? '');
        if (name.startsWith('.')) return; // editor swap files, caches
        // A folder appearing or going away: watch the folders anew soon (a file needs nothing).
        if (event === 'rename' && name && this.isFolderChange(rel ? `${rel}/${name}` : name))
          this.scheduleResync();
        this.schedule();
      });
    } catch (error) {
      if (rel === '') this.options.onError?.(error); // a subfolder gone meanwhile is no news
      return;
    }
    watcher.on('error', (error) => {
      watcher.close();
      if (this.watchers.get(rel) === watcher) this.watchers.delete(rel);
      if (rel === '') this.options.onError?.(error);
    });
    this.watchers.set(rel, watcher);
  }

  private isFolderChange(rel: string): boolean {
    if (this.watchers.has(rel)) return true;
    try {
      return statSync(join(this.options.corpusDir, rel)).isDirectory();
    } catch {
      return false; // a file gone, or already gone again
    }
  }

  private scheduleResync(): void {
    if (this.closed || this.resyncTimer) return;
    this.resyncTimer = setTimeout(() => {
      this.resyncTimer = null;
      if (this.folder) this.syncFolders();
    }, 100);
  }

  private unwatchAll(): void {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }
}

export interface LiveOptions extends LoadOptions {
  /** Watch the corpus folder and reload after changes (default true). */
  watch?: boolean;
  /** Quiet time after the last change before reloading (default 500 ms). */
  debounceMs?: number;
  /** Called after each successful swap. */
  onReload?: (kb: KnowledgeBase) => void;
  /** Called when a reload fails; the previous knowledge base stays in use. */
  onReloadError?: (error: unknown) => void;
  /** Told when watching starts and when the corpus folder goes away, comes back or is replaced. */
  onWatchNotice?: (notice: WatchNotice) => void;
  /**
   * Reload from the persisted index as it is, without looking at the corpus: for a shard, whose
   * manager refreshes the index and then says so. Default false: a reload refreshes the index
   * off the event loop first (offThread.ts).
   */
  reloadFromPersisted?: boolean;
  /** How a knowledge base is built, at start and on reloads (tests substitute a counter). */
  load?: (options: LoadOptions) => Promise<KnowledgeBase>;
}

/**
 * Holds the knowledge base the answers read. `current()` is what a new question should use;
 * a reload builds a whole new knowledge base and swaps it in with one assignment, so a question
 * already being answered keeps the one it started with, and no question sees a half-built one.
 * Reloads never overlap: asking again while one runs queues one more, which sees every change.
 * The first load runs on this thread (nothing is answered yet; a cache hit reads no text);
 * reloads do their reading and extraction in a worker thread (offThread.ts), so answering goes on.
 */
export class LiveKnowledgeBase {
  private kb: KnowledgeBase;
  private readonly corpus: CorpusWatcher<KnowledgeBase>;

  private constructor(first: KnowledgeBase, options: LiveOptions) {
    this.kb = first;
    const reload =
      options.load ??
      (options.reloadFromPersisted
        ? (o: LoadOptions) => loadKnowledgeBase({ ...o, persistedOnly: true })
        : loadOffThread);
    this.corpus = new CorpusWatcher({
      corpusDir: options.corpusDir,
      debounceMs: options.debounceMs,
      rebuild: () => reload(options),
      onRebuilt: (kb) => {
        this.kb = kb;
        options.onReload?.(kb);
      },
      onError: options.onReloadError,
      onNotice: options.onWatchNotice,
    });
  }

  static async open(options: LiveOptions): Promise<LiveKnowledgeBase> {
    const load = options.load ?? loadKnowledgeBase;
    const live = new LiveKnowledgeBase(await load(options), options);
    if (options.watch ?? true) live.corpus.watch();
    return live;
  }

  current(): KnowledgeBase {
    return this.kb;
  }

  /** Rebuilds from the corpus (and cache) and swaps; rejects, keeping the old one, on failure. */
  reload(): Promise<KnowledgeBase> {
    return this.corpus.rebuild();
  }

  /** Stops watching; the current knowledge base stays readable. */
  close(): void {
    this.corpus.close();
  }
}

export interface PersistedIndexWatchOptions extends LoadOptions {
  /** Quiet time after the last change before refreshing (default 500 ms). */
  debounceMs?: number;
  /** Called after each refresh that follows a change (not after the first). */
  onRefreshed?: (stats: LoadStats) => void;
  /** Called when a refresh after a change fails; the previous persisted index stays as it was. */
  onRefreshError?: (error: unknown) => void;
  /** Told when watching starts and when the corpus folder goes away, comes back or is replaced. */
  onWatchNotice?: (notice: WatchNotice) => void;
  /** How the index is refreshed (tests substitute a counter); default refreshInWorker, off the event loop. */
  refresh?: (options: LoadOptions) => Promise<LoadStats>;
}

export interface PersistedIndexWatch {
  /** What the first refresh did (a cache 'hit' when the index was already up to date). */
  readonly initial: LoadStats;
  /** Refreshes now, serialised with the refreshes changes trigger. */
  refresh(): Promise<LoadStats>;
  /** Stops watching. */
  close(): void;
}

/**
 * Keeps the persisted index of a corpus up to date without holding a knowledge base, for a
 * process that only builds the index other processes load (the shard manager): refreshes it
 * once (rejecting if that fails), then again after each change to the corpus folder. Needs a
 * cache folder: with `cacheDir: false` there is nothing to keep up to date.
 */
export async function watchPersistedIndex(options: PersistedIndexWatchOptions): Promise<PersistedIndexWatch> {
  const refresh = options.refresh ?? refreshInWorker;
  // Refreshes are serialised, so this flag, set as each one starts, still holds when it reports.
  let afterFirst = false;
  let refreshes = 0;
  const corpus = new CorpusWatcher({
    corpusDir: options.corpusDir,
    debounceMs: options.debounceMs,
    rebuild: () => {
      afterFirst = refreshes++ > 0;
      return refresh(options);
    },
    onRebuilt: (stats) => {
      if (afterFirst) options.onRefreshed?.(stats);
    },
    onError: (error) => {
      if (afterFirst) options.onRefreshError?.(error); // the first one's failure rejects instead
    },
    onNotice: options.onWatchNotice,
  });
  // Watched from before the first refresh (minutes on a big corpus): a change made meanwhile is
  // refreshed right after it.
  corpus.watch();
  try {
    const initial = await corpus.rebuild();
    return { initial, refresh: () => corpus.rebuild(), close: () => corpus.close() };
  } catch (error) {
    corpus.close();
    throw error;
  }
}
