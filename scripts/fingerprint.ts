/**
 * A fingerprint of everything extraction produces, for speed work that must not change output:
 * every eval article extracted alone (as the eval does) and the first N synthetic bench articles
 * extracted as one corpus, each document's statements, events, figures and timeline hashed.
 * Run it before and after a change and compare the totals; `--out FILE` writes one line per
 * document (name and hash only, never text) to find which document changed.
 *
 *   tsx --no-regexp-tier-up scripts/fingerprint.ts --docs 1000 [--out /tmp/fp.txt]
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus/load.ts';
import { extractCorpus } from '../src/extract/index.ts';
import type { DocumentExtraction, DocumentTimeline } from '../src/extract/types.ts';
import { generateCorpus } from './synthetic/corpus.ts';

const ROOT = resolve(import.meta.dirname, '../test/fixtures/eval');
const NOW = new Date('2026-11-23T00:00:00Z');

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

function documentHash(extraction: DocumentExtraction, timeline: DocumentTimeline | undefined): string {
  const { statements, events, figures } = extraction;
  return hash(JSON.stringify({ statements, events, figures, timeline }));
}

function evalFiles(): string[] {
  const files: string[] = [];
  for (const area of readdirSync(ROOT, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    for (const name of readdirSync(join(ROOT, area.name)).sort())
      if (name.endsWith('.txt')) files.push(join(ROOT, area.name, name));
  }
  return files.sort();
}

async function main() {
  const { values } = parseArgs({
    options: { docs: { type: 'string', default: '1000' }, out: { type: 'string' } },
  });
  const lines: string[] = [];
  const work = mkdtempSync(join(tmpdir(), 'kb-fp-'));
  try {
    for (const file of evalFiles()) {
      const one = mkdtempSync(join(work, 'a-'));
      copyFileSync(file, join(one, basename(file)));
      const corpus = await loadCorpus(one);
      const { byDoc, timelines } = extractCorpus(corpus.documents, NOW);
      for (const doc of corpus.documents)
        lines.push(
          `${file.slice(ROOT.length + 1)} ${documentHash(byDoc.get(doc.id)!, timelines.get(doc.id))}`,
        );
      rmSync(one, { recursive: true, force: true });
    }
    const evalHash = hash(lines.join('\n'));
    const docs = Number(values.docs);
    const synthetic = generateCorpus(join(tmpdir(), `kb-fp-synthetic-${docs}`), docs);
    const corpus = await loadCorpus(synthetic.dir);
    const t = performance.now();
    const { byDoc, timelines } = extractCorpus(corpus.documents, NOW);
    const ms = Math.round(performance.now() - t);
    const syntheticLines: string[] = [];
    for (const doc of corpus.documents)
      syntheticLines.push(`${doc.id} ${documentHash(byDoc.get(doc.id)!, timelines.get(doc.id))}`);
    lines.push(...syntheticLines);
    console.log(`eval ${lines.length - syntheticLines.length} articles: ${evalHash}`);
    console.log(`synthetic ${syntheticLines.length} articles: ${hash(syntheticLines.join('\n'))} (${ms} ms)`);
    console.log(`all: ${hash(lines.join('\n'))}`);
    if (values.out) writeFileSync(values.out, `${lines.join('\n')}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
