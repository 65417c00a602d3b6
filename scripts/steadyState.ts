/**
 * Where extraction's time goes between warm-up and steady state: the synthetic bench articles
 * extracted in batches in one process, each batch's CPU (all threads, so the JIT's too), then the
 * first batch again. The first batch pays warm-up (JIT, regexp compilation, the tagger's model) and
 * first reads of its phrases; a later batch pays only first reads of its own new phrases; the first
 * batch again pays neither. Speed work on memos and first reads is measured against the later
 * batches, not the first.
 *
 *   tsx --no-regexp-tier-up scripts/steadyState.ts [--docs 1000] [--batch 200]
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus/load.ts';
import type { CorpusDocument } from '../src/corpus/types.ts';
import { extractCorpus } from '../src/extract/index.ts';
import { generateCorpus } from './synthetic/corpus.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

/** CPU milliseconds of one extraction of the documents, user and system. */
function cpuOf(documents: readonly CorpusDocument[]): number {
  const start = process.cpuUsage();
  extractCorpus(documents, NOW);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function main() {
  const { values } = parseArgs({
    options: { docs: { type: 'string', default: '1000' }, batch: { type: 'string', default: '200' } },
  });
  const docs = Number(values.docs);
  const batch = Number(values.batch);
  const synthetic = generateCorpus(join(tmpdir(), `kb-fp-synthetic-${docs}`), docs);
  const { documents } = await loadCorpus(synthetic.dir);
  const line = (label: string, ms: number, n: number) =>
    console.log(
      `${label.padEnd(16)} ${String(Math.round(ms)).padStart(7)} ms CPU  ${(ms / n).toFixed(2)} ms/doc`,
    );
  for (let from = 0; from < documents.length; from += batch) {
    const part = documents.slice(from, from + batch);
    line(`docs ${from}-${from + part.length}`, cpuOf(part), part.length);
  }
  const first = documents.slice(0, batch);
  line(`docs 0-${first.length} again`, cpuOf(first), first.length);
}

await main();
