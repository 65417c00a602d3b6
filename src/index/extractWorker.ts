/**
 * An extraction worker's entry (started by extractPool.ts, never imported otherwise): reads the
 * items (or the segments and dates scans) of each chunk of documents it is sent and replies with them, in order; it is ended when
 * no chunk is left.
 */
import { parentPort } from 'node:worker_threads';
import { extractDocument, segmentAndScan } from '../extract/index.ts';
import type { ExtractReply, ExtractTask } from './extractPool.ts';

const port = parentPort!;

port.on('message', (task: ExtractTask) => {
  let reply: ExtractReply;
  try {
    reply = {
      kind: 'done',
      items:
        task.kind === 'scan'
          ? task.jobs.map((job) => segmentAndScan(job.doc, job.segmented))
          : task.jobs.map((job) => {
              const x = extractDocument(job.doc, job.segmented, job.timeline);
              return { statements: x.statements, events: x.events, figures: x.figures };
            }),
    };
  } catch (error) {
    reply = { kind: 'failed', message: (error as Error)?.message ?? String(error) };
  }
  port.postMessage(reply);
});
