/**
 * Reloads off the event loop. A reload reads and hashes changed files, re-runs the corpus-wide
 * dates pass, extracts what changed and rebuilds the word indexes: seconds at a few thousand
 * articles, during which a bot on the same thread would answer nothing. Here that work runs in
 * a worker thread, which writes the persisted index; this thread then loads the index from the
 * cache as a start-up would (no text read, nothing extracted, in slices), and the caller swaps.
 * The worker is kept for the next reload while changes keep coming, and ended when idle.
 */
import type { Worker } from 'node:worker_threads';
import type { LoadWarning } from '../corpus/types.ts';
import { siblingModule } from '../runtime.ts';
import type { KnowledgeBase } from './knowledgeBase.ts';
import { type LoadOptions, type LoadStats, loadKnowledgeBase, resolveCacheDir } from './load.ts';
import { startModuleWorker } from './workerThread.ts';

/** What the worker is asked (only what crosses a thread: no callbacks). */
export interface RefreshRequest {
  corpusDir: string;
  cacheDir: string;
  /** ISO time: the reference "now" for year inference. */
  now: string;
  extractorKey?: string;
  maxDocumentBytes?: number;
  followOutsideLinks?: boolean;
}

export type RefreshReply = { id: number } & (
  | { kind: 'warning'; warning: LoadWarning }
  | { kind: 'done'; stats: LoadStats }
  | { kind: 'failed'; name: string; message: string }
);

/**
 * How long the worker is kept after its last refresh: a burst of changes (a deploy copying
 * files, an editor saving twice) reuses its compiled code (a fresh worker runs extraction
 * about twice as slowly at first); an idle bot does not keep its memory.
 */
const IDLE_MS = 60_000;

const WORKER_ENTRY = siblingModule('./reloadWorker.ts', import.meta.url);

function startWorkerThread(): Worker {
  return startModuleWorker(WORKER_ENTRY);
}

/**
 * Brings the persisted index of `options.corpusDir` up to date in a worker thread, as
 * refreshPersistedIndex would on this one, and resolves with what it did; the load's warnings go
 * to `options.onWarning` and its stats to `options.onStats`. Needs a cache folder.
 */
export function refreshInWorker(options: LoadOptions): Promise<LoadStats> {
  const cacheDir = resolveCacheDir(options.cacheDir);
  if (cacheDir === false) {
    return Promise.reject(
      new Error(
        'refreshInWorker needs a cache folder: with cacheDir false there is no persisted index to refresh',
      ),
    );
  }
  const request: RefreshRequest = {
    corpusDir: options.corpusDir,
    cacheDir,
    now: (options.now ?? new Date()).toISOString(),
    ...(options.extractorKey && { extractorKey: options.extractorKey }),
    ...(options.maxDocumentBytes !== undefined && { maxDocumentBytes: options.maxDocumentBytes }),
    ...(options.followOutsideLinks !== undefined && { followOutsideLinks: options.followOutsideLinks }),
  };
  return new Promise((resolve, reject) => {
    const worker = reloadWorker();
    const id = worker.next++;
    worker.pending.set(id, {
      warn: (warning) => {
        if (options.onWarning) options.onWarning(warning);
        else process.emitWarning(`${warning.file}: ${warning.reason}`);
      },
      done: (stats) => {
        options.onStats?.(stats);
        resolve(stats);
      },
      fail: reject,
    });
    worker.busy();
    worker.thread.postMessage({ id, request });
  });
}

interface Pending {
  warn: (warning: LoadWarning) => void;
  done: (stats: LoadStats) => void;
  fail: (error: Error) => void;
}

interface ReloadWorker {
  thread: Worker;
  pending: Map<number, Pending>;
  next: number;
  /** Keeps the process alive while a refresh runs, and cancels the idle timer. */
  busy(): void;
}

let shared: ReloadWorker | undefined;

/** The process's reload worker, started on first use and ended after IDLE_MS without work. */
function reloadWorker(): ReloadWorker {
  if (shared) return shared;
  const thread = startWorkerThread();
  let idle: NodeJS.Timeout | undefined;
  const self: ReloadWorker = {
    thread,
    pending: new Map(),
    next: 1,
    busy() {
      if (idle) clearTimeout(idle);
      idle = undefined;
      thread.ref();
    },
  };
  const settle = (id: number) => {
    const handlers = self.pending.get(id);
    self.pending.delete(id);
    if (self.pending.size === 0) {
      thread.unref();
      idle = setTimeout(() => {
        if (shared === self) shared = undefined;
        void thread.terminate();
      }, IDLE_MS);
      idle.unref();
    }
    return handlers;
  };
  thread.on('message', (message: RefreshReply) => {
    if (message.kind === 'warning') self.pending.get(message.id)?.warn(message.warning);
    else if (message.kind === 'done') settle(message.id)?.done(message.stats);
    else settle(message.id)?.fail(Object.assign(new Error(message.message), { name: message.name }));
  });
  const lost = (error: Error) => {
    if (shared === self) shared = undefined;
    if (idle) clearTimeout(idle);
    for (const [id] of self.pending) settle(id)?.fail(error);
  };
  thread.on('error', lost);
  thread.on('exit', (code) => lost(new Error(`the reload worker exited (code ${code}) before finishing`)));
  shared = self;
  return self;
}

/**
 * A new knowledge base for a reload, with the heavy work off this thread: the worker refreshes
 * the persisted index, then this thread loads it from the cache. `onStats` is told what the
 * worker did, with `swapLoadMs`, the time this thread spent loading the result. Without a cache
 * folder there is nothing to hand over, so the load runs here (tests and one-shot scripts), as it
 * does with a store of the caller's (a worker cannot share it).
 */
export async function loadOffThread(options: LoadOptions): Promise<KnowledgeBase> {
  if (options.store || resolveCacheDir(options.cacheDir) === false) return loadKnowledgeBase(options);
  const stats = await refreshInWorker({ ...options, onStats: undefined });
  const started = performance.now();
  const kb = await loadKnowledgeBase({
    ...options,
    persistedOnly: true,
    onStats: undefined,
    onWarning: options.onWarning,
  });
  options.onStats?.({ ...stats, swapLoadMs: Math.round(performance.now() - started) });
  return kb;
}
