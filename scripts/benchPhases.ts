/**
 * `tsx --expose-gc scripts/benchPhases.ts --docs N`: loads the index a `npm run bench -- --docs N
 * --reuse-index` left, then times the phases of `/who-said about` (search and sort, grouping by
 * side, the whole reply) over the same questions in one process, so a change is compared
 * within one run on a shared machine. Prints a table to stderr and one JSON line to stdout.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Random } from './synthetic/random.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NOW = new Date('2025-06-01T00:00:00Z');
const round = (n: number) => Math.round(n * 100) / 100;

function summary(samples: number[]): { n: number; p50: number; p95: number; p99: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? 0;
  return { n: s.length, p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(at(100)) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '1' },
      queries: { type: 'string', default: '300' },
      work: { type: 'string', default: join(ROOT, '.cache', 'bench') },
    },
  });
  const work = resolve(values.work);
  const corpusDir = join(work, `corpus-${values.docs}-s${values.seed}`);
  const cacheDir = join(work, `cache-${values.docs}-s${values.seed}`);
  const t0 = performance.now();
  const { loadKnowledgeBase } = await import('../src/index/load.ts');
  let warm: (read: number) => void = () => {};
  const warmed = new Promise<number>((done) => {
    warm = done;
  });
  const kb = await loadKnowledgeBase({
    corpusDir,
    cacheDir,
    now: NOW,
    extractorKey: 'bench-pinned-extractor',
    warmTexts: warm,
  });
  await warmed; // as the bench's ingest does, every text is in memory before questions are timed
  process.stderr.write(
    `loaded ${kb.statements.length} statements in ${Math.round(performance.now() - t0)} ms\n`,
  );
  const { groupBySide, statementSides } = await import('../src/index/sides.ts');
  const { answerLine } = await import('../src/console/answerLine.ts');

  const random = new Random(42);
  const words: string[] = [];
  for (let i = 0; i < Number(values.queries); i++) {
    const s = kb.statements[random.int(0, kb.statements.length - 1)]!;
    const ws = kb
      .slice(s.docId, s.quote)
      .split(/[^\p{L}-]+/u)
      .filter((w) => w.length > 5);
    if (ws.length === 0) continue;
    const first = random.int(0, ws.length - 1);
    words.push(ws.slice(first, first + random.int(1, 2)).join(' '));
  }
  const unique = [...new Set(words)];
  // Sides are worked out as answers first reach statements: the first grouping pays for its
  // matches, a full pass (what /who-said side: autocomplete needs) for every statement.
  let started = performance.now();
  groupBySide(kb, kb.statementPositionsSaid(null, unique[0] ?? 'ceasefire'));
  const firstGroupMs = round(performance.now() - started);
  started = performance.now();
  statementSides(kb).counts();
  const sideCodesMs = round(performance.now() - started);
  process.stderr.write(
    `first grouping ${firstGroupMs} ms; every other statement's side in ${sideCodesMs} ms\n`,
  );
  // Warm-up: compile, build lookups.
  for (const w of unique.slice(0, 30)) groupBySide(kb, kb.statementPositionsSaid(null, `${w}x`));
  (globalThis as { gc?: () => void }).gc?.();
  const search: number[] = [];
  const group: number[] = [];
  const whole: number[] = [];
  const matches: number[] = [];
  for (const w of unique) {
    let t = performance.now();
    const found = kb.statementPositionsSaid(null, w);
    search.push(performance.now() - t);
    matches.push(found.length);
    t = performance.now();
    groupBySide(kb, found);
    group.push(performance.now() - t);
    t = performance.now();
    answerLine(`/who-said about:${w}`, { kb });
    whole.push(performance.now() - t);
  }
  const result = {
    firstGroupMs,
    sideCodesMs,
    questions: unique.length,
    matches: summary(matches),
    searchMs: summary(search),
    groupMs: summary(group),
    replyMs: summary(whole),
  };
  for (const [k, v] of Object.entries(result)) process.stderr.write(`${k.padEnd(10)} ${JSON.stringify(v)}\n`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
