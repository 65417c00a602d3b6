/**
 * Who said what, measured on PolNeAR (attribution relations in US political news, brat
 * standoff annotations). The benchmark is read from the folder given on the command line and
 * never copied here; without it the eval says so and stops.
 *
 *   npm run eval -- --polnear ../shared/benchmarks/polnear --split dev|train [--verbose] [--content-errors] [--agreement]
 *
 * --verbose prints each missed saying ("MISS", "MISS SHADOWED" when a prediction overlaps its
 * content but was paired with another gold), each imperfect pair and each extra.
 * --content-errors prints each paired statement whose content is not exact (verbs of saying only):
 * gold and ours, and the words only one side has at the start and at the end.
 * --content-classes tallies each wrong verb-of-saying prediction by where it parts from its gold:
 * its start (early, late) and its end (early, late), the words between (same edges), or no gold
 * at all (unpaired): the table that says which boundary class precision is lost to.
 * --agreement also scores one annotator against another on the articles of the split annotated
 * twice, by the same measure: the ceiling a system can reach against one annotator's spans.
 *
 * Each article is extracted alone, as its own corpus, by the real extractor. Scores:
 * - content: exact span, exact span with a leading "that" ignored, and token overlap;
 * - source: exact span, and head word (the speaker's head noun or surname);
 * on all attributions and on those whose cue is a verb of saying or "according to" (a fixed
 * list below, not the extractor's lexicon, so the subset does not grow as the extractor learns).
 * Spans are compared as sets of word tokens, so edge punctuation and quote marks do not count.
 * A statement is paired with the gold attribution whose content shares most tokens with its
 * own (one to one); an unpaired statement is a false positive in both subsets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import { saidSpans } from '../../src/extract/statements/clause.ts';
import type { Span, Statement } from '../../src/extract/types.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

export interface GoldAttribution {
  source: Span[] | null;
  cue: Span[];
  content: Span[];
}

export interface Predicted {
  source: Span | null;
  content: Span[];
}

/** Attributions of one brat .ann file: `T` lines are spans with a role, `E` lines tie them together. */
export function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, { role: string; spans: Span[] }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const space = body.indexOf(' ');
      const ranges = body
        .slice(space + 1)
        .split(';')
        .map((r) => r.trim().split(/\s+/).map(Number));
      spans.set(id, {
        role: body.slice(0, space),
        spans: ranges.map(([start, end]) => ({ start: start!, end: end! })),
      });
    } else if (id.startsWith('E')) events.push(body);
  }
  const out: GoldAttribution[] = [];
  for (const body of events) {
    const a: GoldAttribution = { source: null, cue: [], content: [] };
    for (const arg of body.trim().split(/\s+/)) {
      const [role, ref] = arg.split(':');
      const t = ref ? spans.get(ref) : undefined;
      if (!role || !t) continue;
      if (role === 'Source') a.source = [...(a.source ?? []), ...t.spans];
      else if (role === 'Cue') a.cue.push(...t.spans);
      else if (/^Content\d*$/.test(role)) a.content.push(...t.spans);
    }
    if (a.content.length) out.push(a);
  }
  return out;
}

/**
 * Verbs of saying, every form written out. Fixed on purpose: the subset it selects must not
 * change as the extractor learns new verbs.
 */
const SAYING = new Set(
  `
say says said saying tell tells told telling add adds added adding write writes wrote written writing
urge urges urged urging deny denies denied denying accuse accuses accused accusing state states stated stating
stress stresses stressed stressing note notes noted noting claim claims claimed claiming
announce announces announced announcing report reports reported reporting declare declares declared declaring
warn warns warned warning insist insists insisted insisting explain explains explained explaining
argue argues argued arguing respond responds responded responding reply replies replied replying
ask asks asked asking confirm confirms confirmed confirming acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting tweet tweets tweeted tweeting comment comments commented commenting
remark remarks remarked remarking recall recalls recalled recalling emphasize emphasizes emphasized emphasizing
emphasise emphasises emphasised emphasising reiterate reiterates reiterated reiterating assert asserts asserted asserting
contend contends contended contending testify testifies testified testifying allege alleges alleged alleging
predict predicts predicted predicting promise promises promised promising pledge pledges pledged pledging
vow vows vowed vowing suggest suggests suggested suggesting mention mentions mentioned mentioning
answer answers answered answering complain complains complained complaining concede concedes conceded conceding
repeat repeats repeated repeating announce declare quipped quip quips joked joke jokes joking
`
    .trim()
    .split(/\s+/),
);

/** Is the cue a verb of saying or "according to"? */
export function isSayingCue(cue: string): boolean {
  const words = cue.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (/\baccording to\b/i.test(cue)) return true;
  return words.some((w) => SAYING.has(w));
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Start offsets of the word tokens inside the spans: what a span is compared by. */
function tokensIn(text: string, spans: readonly Span[]): number[] {
  const out: number[] = [];
  for (const s of spans) {
    TOKEN.lastIndex = 0;
    const piece = text.slice(s.start, s.end);
    for (let m = TOKEN.exec(piece); m; m = TOKEN.exec(piece)) out.push(s.start + m.index);
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

function withoutLeadingThat(text: string, tokens: number[]): number[] {
  const first = tokens[0];
  return first !== undefined && /^that(?![\p{L}])/iu.test(text.slice(first, first + 5))
    ? tokens.slice(1)
    : tokens;
}

function sameTokens(a: readonly number[], b: readonly number[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((x, i) => x === b[i]);
}

function overlap(a: readonly number[], b: readonly number[]): number {
  const set = new Set(b);
  return a.filter((x) => set.has(x)).length;
}

const POST_MODIFIER = /\s*(?:[,(—–]|\s(?:who|which|that|of|for|from|at|in|with|on|to)\s).*$/su;

/** The head word of a noun phrase: its last word before a comma, a bracket or a post-modifier, possessive dropped. */
export function headWord(phrase: string): string | null {
  const np = phrase.replace(POST_MODIFIER, '');
  const words = np.match(TOKEN) ?? phrase.match(TOKEN) ?? [];
  const last = words[words.length - 1];
  return last ? last.toLowerCase().replace(/['’]s?$/, '') : null;
}

/** The heads a gold source may be named by: its own, and each appositive's ("the chairman, Phil Lovas"). */
function goldHeads(phrase: string): Set<string> {
  const heads = new Set<string>();
  for (const part of [phrase, ...phrase.split(/[,()]/)]) {
    const h = headWord(part);
    if (h) heads.add(h);
  }
  return heads;
}

export interface Counts {
  predicted: number;
  gold: number;
  goldWithSource: number;
  contentExact: number;
  contentExactNoThat: number;
  overlapTokens: number;
  predictedTokens: number;
  goldTokens: number;
  sourceExact: number;
  sourceHead: number;
}

const zeroCounts = (): Counts => ({
  predicted: 0,
  gold: 0,
  goldWithSource: 0,
  contentExact: 0,
  contentExactNoThat: 0,
  overlapTokens: 0,
  predictedTokens: 0,
  goldTokens: 0,
  sourceExact: 0,
  sourceHead: 0,
});

function addCounts(a: Counts, b: Counts): Counts {
  const out = zeroCounts();
  for (const k of Object.keys(out) as (keyof Counts)[]) out[k] = a[k] + b[k];
  return out;
}

export interface DocumentScore {
  all: Counts;
  saying: Counts;
  /** For --verbose: what was paired, missed and invented. */
  pairs: { p: Predicted; g: GoldAttribution; exact: boolean; head: boolean }[];
  misses: GoldAttribution[];
  extras: Predicted[];
}

/** Scores one document's predictions against its gold attributions. */
export function scoreDocument(
  text: string,
  gold: readonly GoldAttribution[],
  predicted: readonly Predicted[],
): DocumentScore {
  const gTokens = gold.map((g) => tokensIn(text, g.content));
  const pTokens = predicted.map((p) => tokensIn(text, p.content));
  const candidates: { i: number; j: number; n: number }[] = [];
  pTokens.forEach((pt, i) => {
    gTokens.forEach((gt, j) => {
      const n = overlap(pt, gt);
      if (n > 0) candidates.push({ i, j, n });
    });
  });
  candidates.sort((a, b) => b.n - a.n || a.i - b.i || a.j - b.j);
  const pairOf = new Map<number, number>();
  const taken = new Set<number>();
  for (const c of candidates) {
    if (pairOf.has(c.i) || taken.has(c.j)) continue;
    pairOf.set(c.i, c.j);
    taken.add(c.j);
  }
  const saying = gold.map((g) => isSayingCue(g.cue.map((s) => text.slice(s.start, s.end)).join(' ')));
  const all = zeroCounts();
  const say = zeroCounts();
  gold.forEach((g, j) => {
    for (const c of saying[j] ? [all, say] : [all]) {
      c.gold++;
      c.goldTokens += gTokens[j]!.length;
      if (g.source) c.goldWithSource++;
    }
  });
  const pairs: DocumentScore['pairs'] = [];
  predicted.forEach((p, i) => {
    const j = pairOf.get(i);
    const inSaying = j === undefined || saying[j]!;
    const tallies = inSaying ? [all, say] : [all];
    for (const c of tallies) {
      c.predicted++;
      c.predictedTokens += pTokens[i]!.length;
    }
    if (j === undefined) return;
    const g = gold[j]!;
    const exact = sameTokens(pTokens[i]!, gTokens[j]!);
    const exactNoThat = sameTokens(
      withoutLeadingThat(text, pTokens[i]!),
      withoutLeadingThat(text, gTokens[j]!),
    );
    const shared = overlap(pTokens[i]!, gTokens[j]!);
    const sourceExact =
      !!(g.source && p.source) && sameTokens(tokensIn(text, [p.source!]), tokensIn(text, g.source!));
    const predictedHead = p.source ? headWord(text.slice(p.source.start, p.source.end)) : null;
    const head =
      !!(g.source && predictedHead) &&
      goldHeads(g.source!.map((s) => text.slice(s.start, s.end)).join(' ')).has(predictedHead!);
    for (const c of tallies) {
      if (exact) c.contentExact++;
      if (exactNoThat) c.contentExactNoThat++;
      c.overlapTokens += shared;
      if (sourceExact) c.sourceExact++;
      if (head) c.sourceHead++;
    }
    pairs.push({ p, g, exact: exactNoThat, head });
  });
  return {
    all,
    saying: say,
    pairs,
    misses: gold.filter((_, j) => !taken.has(j)),
    extras: predicted.filter((_, i) => !pairOf.has(i)),
  };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a statement's speaker is written. The statement keeps the mention as words; it is
 * found in the statement's context, outside what was said, nearest to what was said.
 */
export function locateMention(text: string, s: Statement): Span | null {
  // A relayed statement ("Merrill said that Clinton called …") is the relayer's words as written.
  if (s.via) return locateWords(text, s, s.via.name) ?? locateWords(text, s, s.via.name.split(' ').pop()!);
  return locateWords(text, s, s.mention);
}

function locateWords(text: string, s: Statement, mention: string): Span | null {
  const words = mention.split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('\\s+(?:\\([^)]*\\)\\s*)?')}(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const said = [s.quote, ...(s.continuation ?? [])];
  const region = text.slice(s.context.start, s.context.end);
  let best: { span: Span; distance: number } | null = null;
  for (const m of region.matchAll(pattern)) {
    const span = { start: s.context.start + m.index!, end: s.context.start + m.index! + m[0].length };
    if (said.some((q) => span.start >= q.start && span.end <= q.end)) continue;
    const distance = Math.min(
      ...said.map((q) => (span.end <= q.start ? q.start - span.end : span.start - q.end)).map(Math.abs),
    );
    if (!best || distance < best.distance) best = { span, distance };
  }
  return best?.span ?? null;
}

/** The gold annotations of each article: the first annotator metadata.tsv lists whose file exists. */
function annotationFile(
  root: string,
  split: string,
  name: string,
  annotators: Map<string, string[]>,
): string | null {
  for (const a of annotators.get(name) ?? []) {
    const file = join(root, split, 'attributions', `${name}_${a}.ann`);
    if (existsSync(file)) return file;
  }
  const any = readdirSync(join(root, split, 'attributions'))
    .filter((f) => f.startsWith(`${name}_`))
    .sort()[0];
  return any ? join(root, split, 'attributions', any) : null;
}

function readAnnotators(root: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const lines = readFileSync(join(root, 'metadata.tsv'), 'utf8').split('\n');
  const header = lines[0]!.split('\t');
  const nameAt = header.indexOf('filename');
  const annotatorsAt = header.indexOf('annotators');
  for (const line of lines.slice(1)) {
    const cells = line.split('\t');
    if (cells[nameAt]) out.set(cells[nameAt]!, (cells[annotatorsAt] ?? '').split('|').filter(Boolean));
  }
  return out;
}

function predictionsFor(name: string, text: string): Predicted[] {
  const doc = buildDocument(`${name}.txt`, Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) return [];
  const { byDoc } = extractCorpus([doc], NOW);
  return byDoc.get(doc.id)!.statements.map((s) => ({
    source: locateMention(doc.text, s),
    content: saidSpans(s),
  }));
}

interface Metric {
  precision: number;
  recall: number;
  f1: number;
}

function prf(tp: number, predicted: number, gold: number, tpGold = tp): Metric {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tpGold / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function metrics(c: Counts): Record<string, Metric> {
  return {
    'source exact': prf(c.sourceExact, c.predicted, c.goldWithSource),
    'source head': prf(c.sourceHead, c.predicted, c.goldWithSource),
    'content exact': prf(c.contentExact, c.predicted, c.gold),
    'content exact (no "that")': prf(c.contentExactNoThat, c.predicted, c.gold),
    'content overlap': prf(c.overlapTokens, c.predictedTokens, c.goldTokens),
  };
}

function argValue(argv: readonly string[], flag: string): string | undefined {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
}

export function runPolnear(argv: readonly string[]): void {
  const root = resolve(argValue(argv, '--polnear') ?? '../shared/benchmarks/polnear');
  const split = argValue(argv, '--split') ?? 'dev';
  const textDir = join(root, split, 'text');
  if (!existsSync(textDir)) {
    console.log(
      `PolNeAR not found at ${textDir}: skipped (give --polnear PATH to the benchmark folder, --split dev|train).`,
    );
    return;
  }
  const verbose = argv.includes('--verbose');
  const contentErrors = argv.includes('--content-errors');
  const contentClasses = argv.includes('--content-classes') ? new Map<string, number>() : null;
  const annotators = readAnnotators(root);
  let all = zeroCounts();
  let saying = zeroCounts();
  let articles = 0;
  const started = Date.now();
  for (const file of readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const name = file.replace(/\.txt$/, '');
    const annFile = annotationFile(root, split, name, annotators);
    if (!annFile) continue;
    const text = readFileSync(join(textDir, file), 'utf8');
    const gold = parseBrat(readFileSync(annFile, 'utf8'));
    const score = scoreDocument(text, gold, predictionsFor(name, text));
    all = addCounts(all, score.all);
    saying = addCounts(saying, score.saying);
    articles++;
    if (verbose) explain(name, text, score);
    if (contentErrors) explainContent(name, text, score);
    if (contentClasses) tallyContentClasses(text, score, contentClasses);
  }
  const seconds = (Date.now() - started) / 1000;
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  console.log(`PolNeAR ${split}: ${articles} articles, extracted and scored in ${seconds.toFixed(1)} s`);
  const rows: Record<string, Record<string, Metric>> = {};
  for (const [label, c] of [
    ['all attributions', all],
    ['verbs of saying', saying],
  ] as const) {
    console.log(`${label}: gold ${c.gold} (${c.goldWithSource} with a source), predicted ${c.predicted}`);
    console.log('  metric                       precision  recall      F1');
    rows[label] = metrics(c);
    for (const [name, m] of Object.entries(rows[label]!)) {
      console.log(`  ${name.padEnd(27)} ${pct(m.precision)}%  ${pct(m.recall)}%  ${pct(m.f1)}`);
    }
  }
  console.log(JSON.stringify({ polnear: { split, articles, all, saying, metrics: rows } }));
  if (contentClasses) printContentClasses(contentClasses);
  if (argv.includes('--agreement')) printAgreement(root, split, pct);
}

function printContentClasses(classes: ReadonlyMap<string, number>): void {
  const total = [...classes.values()].reduce((a, b) => a + b, 0);
  console.log(`wrong verb-of-saying contents by edge class (${total}):`);
  for (const [k, n] of [...classes].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(27)} ${n}`);
}

/**
 * Annotator against annotator: on each article annotated twice, the first annotator's saying
 * attributions are scored as predictions against the second's, as ours are against gold.
 */
function printAgreement(root: string, split: string, pct: (x: number) => string): void {
  const dir = join(root, split, 'attributions');
  const byArticle = new Map<string, string[]>();
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.ann'))
    .sort()) {
    const name = f.replace(/_[^_]+\.ann$/, '');
    byArticle.set(name, [...(byArticle.get(name) ?? []), f]);
  }
  let saying = zeroCounts();
  let articles = 0;
  for (const [name, files] of byArticle) {
    const textFile = join(root, split, 'text', `${name}.txt`);
    if (files.length < 2 || !existsSync(textFile)) continue;
    const text = readFileSync(textFile, 'utf8');
    const [first, second] = files.map((f) => parseBrat(readFileSync(join(dir, f), 'utf8')));
    const asPredicted = first!
      .filter((g) => isSayingCue(g.cue.map((s) => text.slice(s.start, s.end)).join(' ')))
      .map((g) => ({ source: g.source?.[0] ?? null, content: g.content }));
    saying = addCounts(saying, scoreDocument(text, second!, asPredicted).saying);
    articles++;
  }
  const m = metrics(saying)['content exact (no "that")']!;
  console.log(
    `annotator agreement, verbs of saying, ${articles} articles annotated twice: content exact (no "that") ` +
      `${pct(m.precision)}% ${pct(m.recall)}% ${pct(m.f1)} (first annotator scored against the second)`,
  );
}

function explain(name: string, text: string, score: DocumentScore): void {
  const show = (spans: readonly Span[] | null) =>
    (spans ? spans.map((s) => text.slice(s.start, s.end)).join(' … ') : '∅').replace(/\s+/g, ' ');
  const cue = (g: GoldAttribution) => show(g.cue);
  for (const { p, g, exact, head } of score.pairs) {
    if (exact && head) continue;
    console.error(
      `${name} PAIR ${head ? '' : 'SOURCE '}${exact ? '' : 'CONTENT '}\n  gold [${show(g.source)}] <${cue(g)}> ${show(g.content)}\n  ours [${show(p.source ? [p.source] : null)}] ${show(p.content)}`,
    );
  }
  // A miss some prediction overlaps was read but paired with another gold (a nested or joint
  // attribution): no construction defeated the extractor there, unlike a miss nothing touches.
  const predicted = [...score.pairs.map((x) => x.p), ...score.extras];
  for (const g of score.misses) {
    if (!isSayingCue(cue(g))) continue;
    const all = [...(g.source ?? []), ...g.cue, ...g.content];
    const whole = { start: Math.min(...all.map((s) => s.start)), end: Math.max(...all.map((s) => s.end)) };
    const shadowed = predicted.some((p) =>
      p.content.some((c) => g.content.some((x) => c.start < x.end && x.start < c.end)),
    );
    console.error(
      `${name} MISS${shadowed ? ' SHADOWED' : ''} [${show(g.source)}] <${cue(g)}> ${show(g.content)}\n  in: ${show([whole])}`,
    );
  }
  for (const p of score.extras)
    console.error(`${name} EXTRA [${show(p.source ? [p.source] : null)}] ${show(p.content)}`);
}

/** Words of `a` before (or after) the first (last) word it shares with `b`: how two spans differ at an edge. */
function edgeDifference(
  text: string,
  a: readonly number[],
  b: readonly number[],
): { head: string; tail: string } {
  const inB = new Set(b);
  const first = a.findIndex((t) => inB.has(t));
  let last = a.length - 1;
  while (last >= 0 && !inB.has(a[last]!)) last--;
  const word = (t: number) => text.slice(t).match(TOKEN)?.[0] ?? '';
  const join = (ts: readonly number[]) => ts.map(word).join(' ');
  if (first < 0) return { head: join(a), tail: '' };
  return { head: join(a.slice(0, first)), tail: join(a.slice(last + 1)) };
}

/**
 * Where a wrong content parts from its gold, as words: its start is early (ours begins before the
 * gold's first word), late, or the same; likewise its end; "inside" when both edges agree and only
 * words between differ (a gap one side skips). A leading "that" counts on neither side.
 */
export function edgeClass(text: string, ours: readonly Span[], gold: readonly Span[]): string {
  const pt = withoutLeadingThat(text, tokensIn(text, ours));
  const gt = withoutLeadingThat(text, tokensIn(text, gold));
  if (!pt.length || !gt.length) return 'empty';
  const side = (p: number, g: number, early: string, late: string) => (p < g ? early : p > g ? late : '');
  const start = side(pt[0]!, gt[0]!, 'start early', 'start late');
  const end = side(pt[pt.length - 1]!, gt[gt.length - 1]!, 'end early', 'end late');
  return [start, end].filter(Boolean).join(' + ') || 'inside';
}

/** For --content-classes: how many wrong verb-of-saying predictions fall in each edge class. */
export function tallyContentClasses(text: string, score: DocumentScore, into: Map<string, number>): void {
  const add = (k: string) => into.set(k, (into.get(k) ?? 0) + 1);
  for (const { p, g, exact } of score.pairs) {
    if (exact || !isSayingCue(g.cue.map((s) => text.slice(s.start, s.end)).join(' '))) continue;
    add(edgeClass(text, p.content, g.content));
  }
  if (score.extras.length) into.set('unpaired', (into.get('unpaired') ?? 0) + score.extras.length);
}

/** For --content-errors: each paired saying whose content is not exact, with what differs at each edge. */
function explainContent(name: string, text: string, score: DocumentScore): void {
  const show = (spans: readonly Span[]) =>
    spans
      .map((s) => text.slice(s.start, s.end))
      .join(' … ')
      .replace(/\s+/g, ' ');
  for (const { p, g, exact } of score.pairs) {
    if (exact || !isSayingCue(g.cue.map((s) => text.slice(s.start, s.end)).join(' '))) continue;
    const gt = withoutLeadingThat(text, tokensIn(text, g.content));
    const pt = withoutLeadingThat(text, tokensIn(text, p.content));
    const ours = edgeDifference(text, pt, gt);
    const gold = edgeDifference(text, gt, pt);
    console.error(
      `${name} CONTENT <${show(g.cue)}>\n  gold ${show(g.content)}\n  ours ${show(p.content)}\n` +
        `  head: gold+ [${gold.head}] ours+ [${ours.head}]  tail: gold+ [${gold.tail}] ours+ [${ours.tail}]`,
    );
  }
}
