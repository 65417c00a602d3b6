import { type FSWatcher, watch } from 'node:fs';
import type { KnowledgeBase } from './knowledgeBase.ts';
import { type LoadOptions, type LoadStats, loadKnowledgeBase, refreshPersistedIndex } from './load.ts';

export interface CorpusWatcherOptions<T> {
  corpusDir: string;
  /** Builds whatever is derived from the corpus; never called while a previous call runs. */
  rebuild: () => Promise<T>;
  /** Quiet time after the last change before rebuilding (default 500 ms). */
  debounceMs?: number;
  /** Called after each successful rebuild, unless the watcher was closed meanwhile. */
  onRebuilt?: (result: T) => void;
  /** Called when a rebuild fails or the folder can no longer be watched; the next change tries again. */
  onError?: (error: unknown) => void;
}

/**
 * Watches a corpus folder and rebuilds after changes: a burst of changes (an editor saving, a
 * copy of many files) gives one rebuild once the folder has been quiet for `debounceMs`.
 * Rebuilds never overlap: asking again while one runs queues one more, which sees every change;
 * asking a third time meanwhile joins that queued one.
 */
export class CorpusWatcher<T> {
  private queued: Promise<T> | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
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

  /** Starts watching the folder (recursively where the platform can). */
  watch(): void {
    if (this.closed || this.watcher) return;
    const onChange = (_event: string, file: string | Buffer | null) => {
      const name = String(file ?? '');
      if (name.split(/[\\/]/).some((part) => part.startsWith('.'))) return; // editor swap files, caches
      this.schedule();
    };
    try {
      this.watcher = watch(this.options.corpusDir, { recursive: true, persistent: false }, onChange);
    } catch {
      this.watcher = watch(this.options.corpusDir, { persistent: false }, onChange);
    }
    this.watcher.on('error', (error) => this.options.onError?.(error));
  }

  /** Stops watching and drops a pending change; a rebuild already running finishes unreported. */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.watcher?.close();
    this.watcher = null;
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
  /** How a knowledge base is built (tests substitute a counter); default loadKnowledgeBase. */
  load?: (options: LoadOptions) => Promise<KnowledgeBase>;
}

/**
 * Holds the knowledge base the answers read. `current()` is what a new question should use;
 * a reload builds a whole new knowledge base and swaps it in with one assignment, so a question
 * already being answered keeps the one it started with, and no question sees a half-built one.
 * Reloads never overlap: asking again while one runs queues one more, which sees every change.
 */
export class LiveKnowledgeBase {
  private kb: KnowledgeBase;
  private readonly corpus: CorpusWatcher<KnowledgeBase>;

  private constructor(first: KnowledgeBase, options: LiveOptions) {
    this.kb = first;
    const load = options.load ?? loadKnowledgeBase;
    this.corpus = new CorpusWatcher({
      corpusDir: options.corpusDir,
      debounceMs: options.debounceMs,
      rebuild: () => load(options),
      onRebuilt: (kb) => {
        this.kb = kb;
        options.onReload?.(kb);
      },
      onError: options.onReloadError,
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
  /** How the index is refreshed (tests substitute a counter); default refreshPersistedIndex. */
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
  const refresh = options.refresh ?? refreshPersistedIndex;
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
