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
import type { Segmented } from '../extract/index.ts';
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

export type ExtractReply = { kind: 'done'; items: ExtractedItems[] } | { kind: 'failed'; message: string };

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
  if (threads <= 1) return jobs.map(extractHere);
  let next = 0;
  const work: Work = {
    jobs,
    chunk,
    out: new Array(jobs.length),
    lost: [],
    take: () => {
      if (next >= jobs.length) return null;
      const from = next;
      next = Math.min(jobs.length, next + chunk);
      return from;
    },
  };
  const readHere = (from: number) => {
    for (let i = from; i < Math.min(jobs.length, from + chunk); i++) work.out[i] = extractHere(jobs[i]!);
  };
  const serving = Array.from({ length: threads - 1 }, () => serve(work));
  for (let from = work.take(); from !== null; from = work.take()) {
    readHere(from);
    // Let the workers' replies in, so they get their next chunk while this thread reads on.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(serving);
  for (const from of work.lost) readHere(from);
  return work.out;
}

/** The jobs, what was read of them, and the chunks no worker could read. */
interface Work {
  jobs: readonly ExtractJob[];
  chunk: number;
  out: ExtractedItems[];
  /** Starts of chunks a worker took but could not read: this thread reads them at the end. */
  lost: number[];
  /** The start of the next chunk nobody has taken, or null when all are taken. */
  take: () => number | null;
}

/**
 * One worker reading chunks until none is left; a chunk it could not read goes to `lost`. It holds
 * two chunks at a time, so it reads on while this thread, busy with its own chunk, has not yet
 * handed it the next.
 */
function serve(work: Work): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startModuleWorker(WORKER_ENTRY);
    } catch {
      return resolve();
    }
    const held: number[] = [];
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      void worker.terminate();
      resolve();
    };
    const fail = () => {
      work.lost.push(...held.splice(0));
      end();
    };
    const send = () => {
      const from = work.take();
      if (from === null) return;
      held.push(from);
      try {
        worker.postMessage(work.jobs.slice(from, from + work.chunk));
      } catch {
        fail();
      }
    };
    worker.on('message', (reply: ExtractReply) => {
      const from = held[0];
      if (from === undefined) return;
      const expected = Math.min(work.chunk, work.jobs.length - from);
      if (reply.kind !== 'done' || reply.items.length !== expected) return fail();
      held.shift();
      reply.items.forEach((items, k) => {
        work.out[from + k] = items;
      });
      send();
      if (held.length === 0) end();
    });
    worker.once('error', fail);
    worker.once('exit', fail);
    send();
    send();
    if (held.length === 0) end();
  });
}
