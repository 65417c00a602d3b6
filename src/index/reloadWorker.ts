/**
 * The reload worker's entry (started by offThread.ts, never imported otherwise): brings the
 * persisted index up to date (reading, hashing, extraction, indexing, writing the cache) on its
 * own thread, reports the load's warnings and stats, and exits, taking its memory with it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { LoadWarning } from '../corpus/types.ts';
import { refreshPersistedIndex } from './load.ts';
import type { RefreshReply, RefreshRequest } from './offThread.ts';

const request = workerData as RefreshRequest;
const reply = (message: RefreshReply) => parentPort!.postMessage(message);

refreshPersistedIndex({
  corpusDir: request.corpusDir,
  cacheDir: request.cacheDir,
  now: new Date(request.now),
  ...(request.extractorKey && { extractorKey: request.extractorKey }),
  onWarning: (warning: LoadWarning) => reply({ kind: 'warning', warning }),
}).then(
  (stats) => reply({ kind: 'done', stats }),
  (error: unknown) => reply({ kind: 'failed', name: (error as Error)?.name ?? 'Error', message: (error as Error)?.message ?? String(error) }),
);
