/**
 * Extraction across threads. Each document's items depend only on its text, its segments and
 * its timeline (the corpus-wide dates pass has run), so documents can be read on several
 * threads at once: a large ingest (thousands of articles) shares the machine's cores, this
 * thread reading one share while workers read the others. A small corpus is read here: starting
 * a worker (loading the rules and the tagger) costs more than it saves. The items are the same
 * whichever thread reads them; a worker that fails leaves its share to this thread.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { CorpusDocument } from '../corpus/types.ts';
import type { Segmented, SegmentedScan } from '../extract/index.ts';
import type { DocumentTimeline } from '../extract/types.ts';
import { siblingModule } from '../runtime.ts';
import type { CachedDocument } from './store/shapes.ts';
import { startModuleWorker } from './workerThread.ts';

export interface ExtractJob {
  doc: CorpusDocument;
  segmented: Segmented;
  timeline: DocumentTimeline;
}

export type ExtractedItems = CachedDocument['items'];

/**
 * A document's segments, unless kept from an earlier ingest, and its part of the dates pass
 * (extract/index.ts segmentAndScan), read before the timelines.
 */
interface ScanJob {
  doc: CorpusDocument;
  segmented: Segmented | null;
}

interface JobOf {
  items: ExtractJob;
  scan: ScanJob;
}

/** What a worker is sent: a chunk of jobs of one kind. */
export type ExtractTask = { kind: 'items'; jobs: ExtractJob[] } | { kind: 'scan'; jobs: ScanJob[] };

export type ExtractReply =
  | { kind: 'done'; items: ExtractedItems[] | SegmentedScan[] }
  | { kind: 'failed'; message: string };

/** Below this many documents a thread's share does not pay for starting it. */
const MIN_DOCUMENTS_PER_THREAD = 400;
/** Threads beyond this add memory (each holds the rules and the tagger) more than speed. */
const MAX_THREADS = 4;

const WORKER_ENTRY = siblingModule('./extractWorker.ts', import.meta.url);

/** How many threads read `documents` documents, given `limit` (the load option; default: the cores). */
export function extractionThreads(documents: number, limit = availableParallelism()): number {
  return Math.max(1, Math.min(limit, MAX_THREADS, Math.floor(documents / MIN_DOCUMENTS_PER_THREAD)));
}

/** Documents handed out at a time: small enough that no thread waits long for another at the end. */
const CHUNK = 50;

/**
 * Each job's items, in the jobs' order, read on up to `threads` threads (this one among them).
 * Work is handed out in chunks of `chunk` documents as threads finish, so a worker still warming
 * up (its first documents run slower) and this thread share the work evenly.
 */
export async function extractAll(
  jobs: readonly ExtractJob[],
  threads: number,
  extractHere: (job: ExtractJob) => ExtractedItems,
  chunk = CHUNK,
): Promise<ExtractedItems[]> {
  const pool = openPool(threads);
  try {
    return await pool.extractAll(jobs, threads, extractHere, { chunk });
  } finally {
    pool.close();
  }
}

/**
 * Threads kept for the passes of one ingest: the dates scan, then the items. A worker starts
 * once (loading the rules is most of its start) and reads both, so the second pass does not
 * wait for workers to warm up again.
 */
export interface ExtractPool {
  /** Threads the pool reads on, this one among them. */
  readonly size: number;
  /** As extractAll, on at most `threads` of the pool's threads. */
  extractAll(
    jobs: readonly ExtractJob[],
    threads: number,
    extractHere: (job: ExtractJob) => ExtractedItems,
    options?: ShareOptions<ExtractedItems>,
  ): Promise<ExtractedItems[]>;
  /**
   * Each document's segments (when not given) and dates scan, in the jobs' order, shared as the
   * items are: the scan is most of the corpus-wide dates pass, and both depend on each document
   * alone.
   */
  scanAll(
    jobs: readonly ScanJob[],
    threads: number,
    scanHere: (job: ScanJob) => SegmentedScan,
    options?: ShareOptions<SegmentedScan>,
  ): Promise<SegmentedScan[]>;
  /**
   * Starts the workers now rather than at their first work: loading the rules and the tagger
   * takes a worker seconds, which it spends while this thread segments the documents.
   */
  warm(): void;
  /** Ends the workers; the pool reads nothing more. */
  close(): void;
}

interface ShareOptions<R> {
  /** Documents handed out at a time (default CHUNK). */
  chunk?: number;
  /**
   * Called on this thread with each chunk's first and end index just before the chunk is read
   * or sent: it may finish those jobs (a timeline resolved only now), so the threads read the
   * chunks already finished while this one finishes the next.
   */
  ready?: (from: number, to: number) => void;
  /**
   * Work of this thread's own that the jobs' later chunks wait for (years lent between
   * documents): done a step at a time before this thread reads any chunk, handing the workers
   * their next chunks between steps, so they read the chunks that need not wait meanwhile.
   */
  first?: Iterator<unknown>;
  /**
   * Called on this thread with each chunk's first index and results once all are in, whichever
   * thread read it (chunks may finish out of order): work on finished jobs done here meanwhile
   * (encoding them for the cache) is shared with the reading, since the workers read on.
   */
  done?: (from: number, results: readonly R[]) => void;
}

/** How long this thread works on `first` before letting the workers' replies in. */
const STEP_MS = 5;

/** A pool of up to `size` threads, this one among them; its workers start when first given work. */
export function openPool(size: number): ExtractPool {
  const workers: (Worker | null)[] = [];
  let closed = false;
  const workerAt = (i: number): Worker | null => {
    if (closed) return null;
    if (workers.length <= i) {
      try {
        const worker = startModuleWorker(WORKER_ENTRY);
        // Between passes a worker is idle: a failure then loses it, never the process.
        worker.on('error', () => {
          if (workers[i] === worker) lose(i);
        });
        workers[i] = worker;
      } catch {
        workers[i] = null;
      }
    }
    return workers[i] ?? null;
  };
  const lose = (i: number) => {
    const worker = workers[i];
    workers[i] = null;
    if (worker) void worker.terminate();
  };
  const run = <K extends keyof JobOf, R>(
    kind: K,
    jobs: readonly JobOf[K][],
    threads: number,
    here: (job: JobOf[K]) => R,
    options: ShareOptions<R>,
  ) => shareOut(kind, jobs, Math.min(threads, size), here, options, workerAt, lose);
  return {
    size,
    extractAll: (jobs, threads, extractHere, options = {}) =>
      run('items', jobs, threads, extractHere, options),
    scanAll: (jobs, threads, scanHere, options = {}) => run('scan', jobs, threads, scanHere, options),
    warm: () => {
      for (let i = 0; i < size - 1; i++) workerAt(i);
    },
    close: () => {
      closed = true;
      for (let i = 0; i < workers.length; i++) lose(i);
    },
  };
}

async function shareOut<K extends keyof JobOf, R>(
  kind: K,
  jobs: readonly JobOf[K][],
  threads: number,
  here: (job: JobOf[K]) => R,
  { chunk = CHUNK, ready, first, done }: ShareOptions<R>,
  workerAt: (i: number) => Worker | null,
  lose: (i: number) => void,
): Promise<R[]> {
  if (threads <= 1) {
    while (first && !first.next().done);
    ready?.(0, jobs.length);
    const out = jobs.map(here);
    done?.(0, out);
    return out;
  }
  let next = 0;
  const work: Work<K, R> = {
    kind,
    jobs,
    out: new Array(jobs.length),
    lost: [],
    done: (from, to) => done?.(from, work.out.slice(from, to)),
    take: () => {
      if (next >= jobs.length) return null;
      const from = next;
      next = Math.min(jobs.length, next + chunkSize(jobs.length - next, chunk, threads));
      ready?.(from, next);
      return { from, to: next };
    },
  };
  const readHere = ({ from, to }: Range) => {
    for (let i = from; i < to; i++) work.out[i] = here(jobs[i]!);
    work.done(from, to);
  };
  const serving = Array.from({ length: threads - 1 }, (_, i) => {
    const worker = workerAt(i);
    return worker ? serve(work, worker, () => lose(i)) : Promise.resolve();
  });
  for (let steps = first, until = performance.now() + STEP_MS; steps; ) {
    if (steps.next().done) steps = undefined;
    else if (performance.now() >= until) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      until = performance.now() + STEP_MS;
    }
  }
  for (let range = work.take(); range !== null; range = work.take()) {
    readHere(range);
    // Let the workers' replies in, so they get their next chunk while this thread reads on.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(serving);
  for (const range of work.lost) readHere(range);
  return work.out;
}

/** The jobs of one hand-out: from `from` up to, not including, `to`. */
interface Range {
  from: number;
  to: number;
}

/**
 * How many of the `remaining` jobs the next hand-out holds: `chunk`, but fewer near the end, so
 * the last hand-outs are small and no thread idles long while another reads a whole chunk (a
 * chunk of items is a second or more of one thread's work).
 */
export function chunkSize(remaining: number, chunk: number, threads: number): number {
  return Math.max(1, Math.min(chunk, Math.ceil(remaining / (2 * threads))));
}

/** The jobs, what was read of them, and the chunks no worker could read. */
interface Work<K extends keyof JobOf, R> {
  kind: K;
  jobs: readonly JobOf[K][];
  out: R[];
  /** Chunks a worker took but could not read: this thread reads them at the end. */
  lost: Range[];
  /** The next chunk nobody has taken, or null when all are taken. */
  take: () => Range | null;
  /** Tells the caller that the chunk's results are all in `out`. */
  done: (from: number, to: number) => void;
}

/**
 * One worker reading chunks until none is left; a chunk it could not read goes to `lost`, and
 * the worker is lost with it. It holds two chunks at a time, so it reads on while this thread,
 * busy with its own chunk, has not yet handed it the next. The worker stays for the next pass.
 */
function serve<K extends keyof JobOf, R>(work: Work<K, R>, worker: Worker, lose: () => void): Promise<void> {
  return new Promise((resolve) => {
    const held: Range[] = [];
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      worker.off('message', onMessage);
      worker.off('error', fail);
      worker.off('exit', fail);
      resolve();
    };
    function fail() {
      work.lost.push(...held.splice(0));
      lose();
      end();
    }
    const send = () => {
      const range = work.take();
      if (range === null) return;
      held.push(range);
      try {
        worker.postMessage({ kind: work.kind, jobs: work.jobs.slice(range.from, range.to) });
      } catch {
        fail();
      }
    };
    function onMessage(reply: ExtractReply) {
      const range = held[0];
      if (range === undefined) return;
      if (reply.kind !== 'done' || reply.items.length !== range.to - range.from) return fail();
      held.shift();
      reply.items.forEach((items, k) => {
        work.out[range.from + k] = items as R;
      });
      send();
      work.done(range.from, range.to);
      if (held.length === 0) end();
    }
    worker.on('message', onMessage);
    worker.once('error', fail);
    worker.once('exit', fail);
    send();
    send();
    if (held.length === 0) end();
  });
}
