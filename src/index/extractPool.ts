/**
 * Extraction across threads. Each document's items depend only on its text, its segments and
 * its timeline (the corpus-wide dates pass has run), so documents can be read on several
 * threads at once: a large ingest (thousands of articles) shares the machine's cores, this
 * thread reading one share while workers read the others. A small corpus is read here: starting
 * a worker (loading the rules and the tagger) costs more than it saves. The items are the same
 * whichever thread reads them; a worker that fails leaves its share to this thread.
 */
import { availableParallelism } from 'node:os';
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

/** Each job's items, in the jobs' order, read on up to `threads` threads (this one among them). */
export async function extractAll(
  jobs: readonly ExtractJob[],
  threads: number,
  extractHere: (job: ExtractJob) => ExtractedItems,
): Promise<ExtractedItems[]> {
  if (threads <= 1) return jobs.map(extractHere);
  const share = Math.ceil(jobs.length / threads);
  const shares: ExtractJob[][] = [];
  for (let at = 0; at < jobs.length; at += share) shares.push(jobs.slice(at, at + share));
  const [own = [], ...others] = shares;
  const elsewhere = others.map((part) => inWorker(part).catch(() => null));
  const here = own.map(extractHere);
  const done = await Promise.all(elsewhere);
  return [here, ...done.map((items, i) => items ?? others[i]!.map(extractHere))].flat();
}

function inWorker(jobs: readonly ExtractJob[]): Promise<ExtractedItems[]> {
  return new Promise((resolve, reject) => {
    const worker = startModuleWorker(WORKER_ENTRY);
    const end = () => void worker.terminate();
    worker.once('message', (reply: ExtractReply) => {
      end();
      if (reply.kind === 'done' && reply.items.length === jobs.length) resolve(reply.items);
      else reject(new Error(reply.kind === 'failed' ? reply.message : 'a worker returned too few documents'));
    });
    worker.once('error', (error) => {
      end();
      reject(error);
    });
    worker.once('exit', (code) => reject(new Error(`an extraction worker exited (code ${code})`)));
    worker.postMessage(jobs);
  });
}
