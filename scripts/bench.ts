/**
 * `npm run bench -- --docs N`: writes a deterministic synthetic corpus of N articles, ingests it
 * into a fresh cache, measures cold start from the persisted index in a child process, answer
 * latency of every command through the real registry (parse, dispatch, render), new questions
 * (first time a line is asked) apart from repeated ones (kept answers), and a bare
 * minisearch query over every sentence of the same corpus, so our overhead is a ratio.
 * The last line printed (stdout) is one JSON object with every figure; progress goes to stderr.
 *
 * `--threads N` caps the threads that extract the ingest (default: the cores, up to four; see
 * src/index/extractPool.ts); `--threads 1` measures one thread's extraction cost alone.
 *
 * `--reuse-index` keeps the persisted index of an earlier run (made with --reuse-index) even if
 * the extraction rules changed since: it pins the extractor key, so iterating on start-up and
 * answer latency does not pay a full ingest each time. `--kind-budget-ms` caps the time spent
 * sampling one kind of question (a pathological command cannot stall the run). `--warm-up N`
 * (default 100) other questions per kind are answered before measuring, as a running bot has.
 *
 * `--reload` runs the reload scenario instead (scripts/benchReload.ts): the real bot against the
 * loopback Discord, `--rate` interactions a second while `--batch` articles are added, changed
 * and removed; it prints acknowledgement p50/p99/max and the interactions that expired.
 *
 * `--burst` sends bursts of interactions at once to the real bot (scripts/benchBurst.ts;
 * `--bursts 50,200,1000` by default) and prints acknowledgement p50/p99/max per burst size.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NODE_FLAGS } from '../src/runtime.ts';
import { generateCorpus } from './synthetic/corpus.ts';
import { Random } from './synthetic/random.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** A fixed "now" so year inference, and so the work measured, is the same on every run. */
const NOW = new Date('2025-06-01T00:00:00Z');

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(samples: number[]): { n: number; p50: number; p95: number; p99: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: round(percentile(s, 50), 2),
    p95: round(percentile(s, 95), 2),
    p99: round(percentile(s, 99), 2),
    max: round(s[s.length - 1] ?? 0, 2),
  };
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The extractor key --reuse-index pins, so an index survives changes to the extraction rules. */
const PINNED_EXTRACTOR = 'bench-pinned-extractor';

/** Child mode: time from process start to a ready knowledge base from the persisted index. */
async function coldStartChild(
  corpusDir: string,
  cacheDir: string,
  extractorKey: string | undefined,
): Promise<void> {
  const started = performance.now();
  const { loadKnowledgeBase } = await import('../src/index/load.ts');
  const imported = performance.now();
  let stats: unknown;
  const kb = await loadKnowledgeBase({
    corpusDir,
    cacheDir,
    now: NOW,
    extractorKey,
    onStats: (s) => {
      stats = s;
    },
  });
  const ready = performance.now();
  process.stdout.write(
    `${JSON.stringify({
      importMs: round(imported - started, 0),
      loadMs: round(ready - imported, 0),
      rssMB: mb(process.memoryUsage().rss),
      statements: kb.statements.length,
      stats,
    })}\n`,
  );
}

interface Query {
  command: string;
  kind: string;
  line: string;
  /** The words a bare search engine would be asked for the same question. */
  words: string;
}

const TOPIC_WORDS = [
  'ceasefire',
  'humanitarian access',
  'Lachin corridor',
  'peace treaty',
  'territorial integrity',
  'border',
  'refugees',
  'military solution',
  'dialogue',
  'peacekeepers',
  'blockade',
  'negotiations',
  'sovereignty',
  'anti-terrorist measures',
  'ceasfire',
  'humanitarin',
  'reconstruction',
  'Goris',
  'Stepanakert',
  'Yevlakh',
  'gas supplies',
  'convoy',
];

function buildQueries(
  kb: import('../src/index/knowledgeBase.ts').KnowledgeBase,
  perKind: number,
  hasCasualties: boolean,
  casualtyOptions: string[],
  seed = 42,
): Query[] {
  const random = new Random(seed);
  const speakerWords = () => {
    const r = random.next();
    if (r < 0.6 && kb.speakers.length) {
      const s = random.pick(kb.speakers.slice(0, 40)).entity.name.split(/\s+/);
      return s[s.length - 1]!;
    }
    if (r < 0.85 && kb.speakers.length) return random.pick(kb.speakers).entity.name;
    return random.pick([
      'Blinkin',
      'Aliev',
      'Pashinian',
      'Ministry of Defense',
      'Nobody Atall',
      'Bayramov',
      'Mnatsakanyan',
      'Putin',
    ]);
  };
  // Words people ask about: the fixed topics (misspellings included), or one or two words of a
  // statement picked at random, so a few hundred questions are a few hundred different ones.
  const quoteWords = (): string => {
    const s = kb.statements[random.int(0, kb.statements.length - 1)]!;
    const words = kb
      .slice(s.docId, s.quote)
      .split(/[^\p{L}-]+/u)
      .filter((w) => w.length > 5);
    if (words.length === 0) return random.pick(TOPIC_WORDS);
    const first = random.int(0, words.length - 1);
    return words.slice(first, first + random.int(1, 2)).join(' ');
  };
  const topic = () => (kb.statements.length && random.chance(0.6) ? quoteWords() : random.pick(TOPIC_WORDS));
  const months = [...kb.eventMonths().keys()];
  // Periods as users give them: mostly months, also single days (taken from the events), and a few fixed forms.
  const pad = (n: number | undefined) => String(n).padStart(2, '0');
  const days = [
    ...new Set(
      kb.events
        .slice(0, 20_000)
        .filter((e) => e.date.precision === 'day' && e.date.year !== undefined && !e.date.end)
        .map((e) => `${e.date.year}-${pad(e.date.month)}-${pad(e.date.day)}`),
    ),
  ];
  const month = () => {
    const r = random.next();
    if (months.length && r < 0.7) return random.pick(months);
    if (days.length && r < 0.85) return random.pick(days);
    return random.pick(['2019-03', '2023', '2023-09-19', 'September 2023', '2020-10']);
  };
  const queries: Query[] = [];
  for (let i = 0; i < perKind; i++) {
    const s = speakerWords();
    const a = topic();
    queries.push({ command: 'who-said', kind: 'who-said speaker', line: `/who-said speaker:${s}`, words: s });
    queries.push({
      command: 'who-said',
      kind: 'who-said speaker+about',
      line: `/who-said speaker:${s} about:${a}`,
      words: `${s} ${a}`,
    });
    queries.push({ command: 'who-said', kind: 'who-said about', line: `/who-said about:${a}`, words: a });
    if (i < Math.max(5, perKind / 10))
      queries.push({ command: 'who-said', kind: 'who-said none', line: '/who-said', words: '' });
    const m = month();
    queries.push({ command: 'timeline', kind: 'timeline month', line: `/timeline month:${m}`, words: m });
    queries.push({
      command: 'timeline',
      kind: 'timeline month+about',
      line: `/timeline month:${m} about:${a}`,
      words: `${m} ${a}`,
    });
    if (hasCasualties) {
      const args: string[] = [];
      const words: string[] = [];
      for (const name of casualtyOptions) {
        if (!random.chance(0.5)) continue;
        const value = /month|period|date|when/.test(name)
          ? month()
          : /where|place|location/.test(name)
            ? random.pick(['Stepanakert', 'Ganja', 'Goris', 'Tartar', 'Shusha'])
            : /kind|category|type/.test(name)
              ? random.pick(['killed', 'wounded', 'missing', 'displaced', 'evacuated'])
              : random.pick(['civilians', 'children', 'servicemen', 'killed', 'wounded', 'refugees']);
        args.push(`${name}:${value}`);
        words.push(value);
      }
      queries.push({
        command: 'casualties',
        kind: 'casualties',
        line: `/casualties ${args.join(' ')}`.trim(),
        words: words.join(' ') || 'killed',
      });
    }
    if (i < Math.max(5, perKind / 10))
      queries.push({ command: 'sources', kind: 'sources', line: '/sources', words: '' });
  }
  return queries;
}

function peakRssOfChild(args: string[]): { wallMs: number; peakRssMB: number | null; stdout: string } {
  const useTime = existsSync('/usr/bin/time');
  const started = performance.now();
  const result = useTime
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], {
        encoding: 'utf8',
        cwd: ROOT,
        maxBuffer: 64 * 1024 * 1024,
      })
    : spawnSync(process.execPath, args, { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`cold-start child failed: ${result.stderr}`);
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  return { wallMs, peakRssMB: peak ? round(Number(peak[1]) / 1024) : null, stdout: result.stdout };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      queries: { type: 'string', default: '300' },
      work: { type: 'string', default: join(ROOT, '.cache', 'bench') },
      'bare-max-sentences': { type: 'string', default: '400000' },
      'no-bare': { type: 'boolean', default: false },
      'child-cold-start': { type: 'boolean', default: false },
      corpus: { type: 'string' },
      cache: { type: 'string' },
      'reuse-index': { type: 'boolean', default: false },
      'extractor-key': { type: 'string' },
      'kind-budget-ms': { type: 'string', default: '20000' },
      'skip-kinds': { type: 'string', default: '' },
      'warm-up': { type: 'string', default: '100' },
      reload: { type: 'boolean', default: false },
      rate: { type: 'string', default: '20' },
      batch: { type: 'string', default: '20' },
      burst: { type: 'boolean', default: false },
      bursts: { type: 'string', default: '50,200,1000' },
      // At most this many threads extract the ingest; 1 measures one thread's cost alone.
      threads: { type: 'string' },
    },
  });
  if (values['child-cold-start'])
    return coldStartChild(values.corpus!, values.cache!, values['extractor-key']);
  if (values.burst) {
    const { burstScenario } = await import('./benchBurst.ts');
    const log = (line: string) => process.stderr.write(`${line}\n`);
    const bursts = values.bursts
      .split(',')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0);
    const result = await burstScenario({
      docs: Number(values.docs),
      seed: Number(values.seed),
      work: values.work,
      bursts,
      log,
    });
    process.stdout.write(
      `${JSON.stringify({ ...result, node: process.version, cpus: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) })}\n`,
    );
    return;
  }
  if (values.reload) {
    const { reloadScenario } = await import('./benchReload.ts');
    const log = (line: string) => process.stderr.write(`${line}\n`);
    const result = await reloadScenario({
      docs: Number(values.docs),
      seed: Number(values.seed),
      work: values.work,
      rate: Number(values.rate),
      batch: Number(values.batch),
      log,
    });
    process.stdout.write(
      `${JSON.stringify({ ...result, node: process.version, cpus: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) })}\n`,
    );
    return;
  }
  const reuse = values['reuse-index'];
  const extractorKey = reuse ? PINNED_EXTRACTOR : undefined;
  const kindBudgetMs = Number(values['kind-budget-ms']);

  const docs = Number(values.docs);
  const seed = Number(values.seed);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const work = resolve(values.work);
  const corpusDir = join(work, `corpus-${docs}-s${seed}`);
  const cacheDir = join(work, `cache-${docs}-s${seed}`);

  let t = performance.now();
  const corpus = generateCorpus(corpusDir, docs, seed);
  log(
    `corpus: ${docs} articles, ${mb(corpus.bytes)} MB in ${corpusDir} (${corpus.written ? `written in ${round((performance.now() - t) / 1000)} s` : 'reused'})`,
  );

  // Ingest from scratch into an empty cache (or, with --reuse-index, load what an earlier run left).
  if (!reuse) rmSync(cacheDir, { recursive: true, force: true });
  const { loadKnowledgeBase } = await import('../src/index/load.ts');
  const { cacheFolder, cacheSize } = await import('../src/index/store/fileStore.ts');
  type Stats = import('../src/index/load.ts').LoadStats;
  let ingest: Stats | undefined;
  const warnings: string[] = [];
  t = performance.now();
  let textsWarm: (read: number) => void = () => {};
  const warmed = new Promise<number>((resolve) => {
    textsWarm = resolve;
  });
  const kb = await loadKnowledgeBase({
    corpusDir,
    cacheDir,
    now: NOW,
    extractorKey,
    ...(values.threads !== undefined && { extractThreads: Number(values.threads) }),
    warmTexts: textsWarm,
    onStats: (s) => {
      ingest = s;
    },
    onWarning: (w) => warnings.push(`${w.file}: ${w.reason}`),
  });
  const ingestMs = performance.now() - t;
  // As the bot does: texts are read ahead in the background (an ingest keeps those it read).
  const warmStarted = performance.now();
  const textsReadAhead = await warmed;
  const textsWarmMs = round(performance.now() - warmStarted, 0);
  if (ingest!.cache === 'hit')
    log('ingest: reused the persisted index (--reuse-index); ingest figures below are a warm load');
  const timings = ingest!.timings;
  const extractionMs = timings.segmentMs + timings.timelinesMs + timings.extractMs;
  const indexSizeBytes = cacheSize(cacheFolder(cacheDir, corpusDir));
  const afterIngest = process.memoryUsage();
  log(
    `ingest: ${round(ingestMs / 1000, 2)} s (${round(mb(corpus.bytes) / (ingestMs / 1000), 2)} MB/s): load ${timings.corpusMs} ms, extraction ${round(extractionMs)} ms (segment ${timings.segmentMs}, dates ${timings.timelinesMs}, items ${timings.extractMs}), indexing ${timings.indexMs} ms, cache write ${timings.cacheWriteMs} ms`,
  );
  log(
    `texts read ahead after loading: ${textsReadAhead} in ${textsWarmMs} ms (the rest were kept from the ingest)`,
  );
  log(
    `items: ${kb.statements.length} statements, ${kb.events.length} events, ${kb.figures.length} figures, ${kb.speakers.length} speakers; index on disk ${mb(indexSizeBytes)} MB; RSS ${mb(afterIngest.rss)} MB`,
  );
  if (warnings.length) log(`warnings: ${warnings.length} (first: ${warnings[0]})`);

  // Cold start from the persisted index, twice, in fresh processes.
  const childArgs = [
    ...NODE_FLAGS,
    '--import',
    'tsx',
    join(ROOT, 'scripts', 'bench.ts'),
    '--child-cold-start',
    '--corpus',
    corpusDir,
    '--cache',
    cacheDir,
    ...(extractorKey ? ['--extractor-key', extractorKey] : []),
  ];
  const coldRuns = [0, 1].map(() => {
    const run = peakRssOfChild(childArgs);
    const report = JSON.parse(run.stdout.trim().split('\n').pop()!) as {
      importMs: number;
      loadMs: number;
      rssMB: number;
      stats: Stats;
    };
    return {
      wallMs: round(run.wallMs, 0),
      importMs: report.importMs,
      loadMs: report.loadMs,
      readyMs: report.importMs + report.loadMs,
      rssMB: report.rssMB,
      peakRssMB: run.peakRssMB,
      cache: report.stats.cache,
      timings: report.stats.timings,
    };
  });
  const cold = coldRuns.reduce((a, b) => (a.readyMs <= b.readyMs ? a : b));
  log(
    `cold start: ready in ${cold.readyMs} ms (imports ${cold.importMs}, load ${cold.loadMs}; cache ${cold.cache}), process wall ${cold.wallMs} ms, RSS ${cold.rssMB} MB, peak ${cold.peakRssMB ?? '?'} MB`,
  );

  // Answer latency through the real registry.
  const { answerLine } = await import('../src/console/answerLine.ts');
  const { commands } = await import('../commands/index.ts');
  const casualties = commands.find((c) => c.name === 'casualties');
  const skipped = new Set(
    values['skip-kinds']
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
  );
  const queries = buildQueries(
    kb,
    Number(values.queries),
    Boolean(casualties),
    casualties?.options.map((o) => o.name) ?? [],
  ).filter((q) => !skipped.has(q.kind) && !skipped.has(q.command));
  if (skipped.size) log(`skipping: ${[...skipped].join(', ')}`);
  // Warm-up on other questions (another seed, `--warm-up` per kind; none of the measured lines),
  // as a bot that has been answering for a while is: code compiled, lookups built. The first
  // question of each kind pays that one-off work and is reported apart.
  const measured = new Set(queries.map((q) => q.line));
  const warmUp = buildQueries(
    kb,
    Number(values['warm-up']),
    Boolean(casualties),
    casualties?.options.map((o) => o.name) ?? [],
    7,
  ).filter((q) => !measured.has(q.line) && !skipped.has(q.kind) && !skipped.has(q.command));
  const firstMs: Record<string, number> = {};
  for (const q of warmUp) {
    const t0 = performance.now();
    answerLine(q.line, { kb });
    if (!(q.kind in firstMs)) firstMs[q.kind] = round(performance.now() - t0, 1);
  }
  // Answers (and their replies) are kept per knowledge base, so a question asked again costs
  // almost nothing: each sample is filed as new (first time this line is asked) or repeated,
  // and the targets are read on new questions.
  // The ingest's garbage is collected first (a bot idle after loading has it collected), so it
  // is not charged to one question. Needs --expose-gc, which `npm run bench` passes.
  collectGarbage();
  const ours = new Map<string, number[]>();
  const fresh = new Map<string, number[]>();
  const repeated = new Map<string, number[]>();
  const asked = new Set<string>();
  const spent = new Map<string, number>();
  const errors = new Map<string, number>();
  const cut = new Set<string>();
  const file = (map: Map<string, number[]>, kind: string, ms: number) =>
    (map.get(kind) ?? map.set(kind, []).get(kind)!).push(ms);
  for (const q of queries) {
    if ((spent.get(q.kind) ?? 0) > kindBudgetMs) {
      cut.add(q.kind);
      continue;
    }
    const isNew = !asked.has(q.line);
    asked.add(q.line);
    const t0 = performance.now();
    const reply = answerLine(q.line, { kb });
    const ms = performance.now() - t0;
    spent.set(q.kind, (spent.get(q.kind) ?? 0) + ms);
    file(ours, q.kind, ms);
    file(isNew ? fresh : repeated, q.kind, ms);
    if (reply.error?.kind === 'internal') errors.set(q.kind, (errors.get(q.kind) ?? 0) + 1);
  }
  if (cut.size) log(`sampling cut short after ${kindBudgetMs} ms for: ${[...cut].join(', ')}`);
  const afterQueries = process.memoryUsage();

  // The same words against a bare minisearch over every sentence of the corpus.
  let bare: {
    sentences: number;
    sampled: boolean;
    buildMs: number;
    rssMB: number;
    byKind: Record<string, ReturnType<typeof summary>>;
  } | null = null;
  if (!values['no-bare']) {
    const { default: MiniSearch } = await import('minisearch');
    // Every sentence, or every k-th past the cap, sliced as each document's text is read once
    // (copies, so no sliced string keeps a whole document alive).
    let total = 0;
    for (const id of kb.documents.keys()) total += kb.sentencesOf(id).length;
    const cap = Number(values['bare-max-sentences']);
    const sampled = total > cap;
    const stride = sampled ? Math.ceil(total / cap) : 1;
    const picked: { id: number; text: string }[] = [];
    let n = 0;
    for (const doc of kb.documents.values()) {
      const sentences = kb.sentencesOf(doc.id);
      if (!sentences.some((_, i) => (n + i) % stride === 0)) {
        n += sentences.length;
        continue;
      }
      const text = doc.text;
      for (const s of sentences)
        if (n++ % stride === 0)
          picked.push({ id: picked.length, text: Buffer.from(text.slice(s.start, s.end)).toString() });
    }
    t = performance.now();
    const mini = new MiniSearch<{ id: number; text: string }>({
      fields: ['text'],
      searchOptions: {
        fuzzy: (term: string) => (term.length > 4 ? 0.25 : false),
        prefix: (term: string) => term.length > 3,
        combineWith: 'AND',
      },
    });
    mini.addAll(picked);
    const buildMs = performance.now() - t;
    collectGarbage();
    const byKind = new Map<string, number[]>();
    for (const q of queries.slice(0, 30)) mini.search(q.words);
    for (const q of queries) {
      if (!q.words) continue;
      const t0 = performance.now();
      mini.search(q.words);
      (byKind.get(q.kind) ?? byKind.set(q.kind, []).get(q.kind)!).push(performance.now() - t0);
    }
    bare = {
      sentences: picked.length,
      sampled,
      buildMs: round(buildMs, 0),
      rssMB: mb(process.memoryUsage().rss),
      byKind: Object.fromEntries([...byKind].map(([k, v]) => [k, summary(v)])),
    };
  }

  const latency = Object.fromEntries([...ours].map(([kind, samples]) => [kind, summary(samples)]));
  const newLatency = Object.fromEntries([...fresh].map(([kind, samples]) => [kind, summary(samples)]));
  const repeatLatency = Object.fromEntries([...repeated].map(([kind, samples]) => [kind, summary(samples)]));
  log('\nall questions (ms)      n     p50     p95     p99     max');
  for (const [kind, s] of Object.entries(latency)) {
    log(
      `${kind.padEnd(22)} ${String(s.n).padStart(4)} ${String(s.p50).padStart(7)} ${String(s.p95).padStart(7)} ${String(s.p99).padStart(7)} ${String(s.max).padStart(7)}`,
    );
  }
  log(
    `repeated questions: p99 ${Object.entries(repeatLatency)
      .map(([k, s]) => `${k} ${s.p99}`)
      .join(', ')}`,
  );
  log('\nnew questions (ms)      n     p50     p95     p99     max   bare p50  bare p99  ratio p99');
  for (const [kind, s] of Object.entries(newLatency)) {
    const b = bare?.byKind[kind];
    const ratio = b && b.p99 > 0 ? round(s.p99 / b.p99, 2) : null;
    log(
      `${kind.padEnd(22)} ${String(s.n).padStart(4)} ${String(s.p50).padStart(7)} ${String(s.p95).padStart(7)} ${String(s.p99).padStart(7)} ${String(s.max).padStart(7)} ${String(b?.p50 ?? '-').padStart(9)} ${String(b?.p99 ?? '-').padStart(9)} ${String(ratio ?? '-').padStart(9)}`,
    );
  }
  if (bare)
    log(
      `bare minisearch: ${bare.sentences} sentences${bare.sampled ? ' (sampled)' : ''}, built in ${bare.buildMs} ms, RSS after ${bare.rssMB} MB`,
    );
  log(
    `first question of each kind, during a warm-up of ${warmUp.length} other questions (ms): ${JSON.stringify(firstMs)}`,
  );

  const result = {
    docs,
    seed,
    reusedIndex: ingest!.cache === 'hit',
    corpusMB: mb(corpus.bytes),
    items: {
      statements: kb.statements.length,
      events: kb.events.length,
      figures: kb.figures.length,
      speakers: kb.speakers.length,
    },
    ingest: {
      totalMs: round(ingestMs, 0),
      mbPerS: round(mb(corpus.bytes) / (ingestMs / 1000), 2),
      loadMs: timings.corpusMs,
      extractionMs: round(extractionMs, 0),
      segmentMs: timings.segmentMs,
      datesMs: timings.timelinesMs,
      itemsMs: timings.extractMs,
      indexingMs: timings.indexMs,
      cacheWriteMs: timings.cacheWriteMs,
    },
    indexOnDiskMB: mb(indexSizeBytes),
    textsReadAhead: { documents: textsReadAhead, ms: textsWarmMs },
    coldStart: cold,
    coldStartRuns: coldRuns.map((r) => r.readyMs),
    memory: {
      rssAfterIngestMB: mb(afterIngest.rss),
      heapAfterIngestMB: mb(afterIngest.heapUsed),
      rssAfterQueriesMB: mb(afterQueries.rss),
      peakRssMB: round(process.resourceUsage().maxRSS / 1024),
    },
    latencyMs: latency,
    newQuestionLatencyMs: newLatency,
    repeatedQuestionLatencyMs: repeatLatency,
    firstQuestionMs: firstMs,
    warmUpQuestions: warmUp.length,
    samplingCutShort: [...cut],
    skipped: [...skipped],
    internalErrors: Object.fromEntries(errors),
    bareMinisearch: bare,
    ratioP99: bare
      ? Object.fromEntries(
          Object.entries(newLatency).map(([k, s]) => [
            k,
            bare!.byKind[k] ? round(s.p99 / Math.max(bare!.byKind[k]!.p99, 0.01), 2) : null,
          ]),
        )
      : null,
    ratioP50: bare
      ? Object.fromEntries(
          Object.entries(newLatency).map(([k, s]) => [
            k,
            bare!.byKind[k] ? round(s.p50 / Math.max(bare!.byKind[k]!.p50, 0.01), 2) : null,
          ]),
        )
      : null,
    node: process.version,
    cpus: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
