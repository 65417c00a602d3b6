/**
 * The reload worker's entry (started by offThread.ts, never imported otherwise): for each
 * request, brings the persisted index up to date (reading, hashing, extraction, indexing,
 * writing the cache) on this thread, and reports the load's warnings and stats. It stays alive
 * between requests, so later reloads run on compiled code (offThread.ts ends it when idle).
 */
import { parentPort } from 'node:worker_threads';
import type { LoadWarning } from '../corpus/types.ts';
import { refreshPersistedIndex } from './load.ts';
import type { RefreshReply, RefreshRequest } from './offThread.ts';

const port = parentPort!;
const reply = (message: RefreshReply) => port.postMessage(message);

port.on('message', ({ id, request }: { id: number; request: RefreshRequest }) => {
  refreshPersistedIndex({
    corpusDir: request.corpusDir,
    cacheDir: request.cacheDir,
    now: new Date(request.now),
    ...(request.extractorKey && { extractorKey: request.extractorKey }),
    maxDocumentBytes: request.maxDocumentBytes,
    followOutsideLinks: request.followOutsideLinks,
    onWarning: (warning: LoadWarning) => reply({ id, kind: 'warning', warning }),
  }).then(
    (stats) => reply({ id, kind: 'done', stats }),
    (error: unknown) =>
      reply({
        id,
        kind: 'failed',
        name: (error as Error)?.name ?? 'Error',
        message: (error as Error)?.message ?? String(error),
      }),
  );
});
