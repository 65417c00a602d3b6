/**
 * Measures precision and recall of the extractors on hand-annotated test articles written in
 * styles other than the seeds (test/fixtures/eval/<area>/NAME.txt with NAME.gold.json).
 * Each article is loaded alone, as its own corpus, so nothing leaks between them.
 *
 *   npm run eval            a table, then one JSON line with every figure
 *   npm run eval -- --tbaq DIR   TempEval-3 Task A on the TimeML benchmark in DIR (scripts/eval/tbaq.ts)
 *   npm run eval -- --polnear PATH --split dev|train   PolNeAR attributions (scripts/eval/polnear.ts)
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { loadCorpus } from '../src/corpus/load.ts';
import { formatSourceDate } from '../src/extract/dates/format.ts';
import { isRevisionBasis, isTenseWindowBasis } from '../src/extract/dates/reference.ts';
import { slug } from '../src/extract/entities/normalise.ts';
import { extractCorpus } from '../src/extract/index.ts';
import type { DocumentExtraction, DocumentTimeline, Entity, Statement } from '../src/extract/types.ts';
import { namesSomeone } from '../src/index/speakerLookup.ts';
import { scoreFigureShape } from './eval/figureShape.ts';
import { ownedRoleMatches } from './eval/ownedRole.ts';
import { shownText, showsQuoteStart } from './eval/shown.ts';

const ROOT = resolve(import.meta.dirname, '../test/fixtures/eval');
const NOW = new Date('2026-11-23T00:00:00Z');
const fold = (s: string) =>
  s.replace(/\s+/g, ' ').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").trim().toLowerCase();

interface Tally {
  truePositive: number;
  predicted: number;
  gold: number;
}
interface Extracted {
  text: string;
  extraction: DocumentExtraction;
  timeline: DocumentTimeline;
  published: string | null;
}

const extracted = new Map<string, Promise<Extracted>>();

/** Held-out articles are scored in every area: each file is extracted once. */
function extractAlone(file: string): Promise<Extracted> {
  let x = extracted.get(file);
  if (!x) extracted.set(file, (x = extractFresh(file)));
  return x;
}

async function extractFresh(file: string): Promise<Extracted> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-eval-'));
  try {
    copyFileSync(file, join(dir, basename(file)));
    const corpus = await loadCorpus(dir);
    const doc = corpus.documents[0]!;
    const { byDoc, timelines } = extractCorpus(corpus.documents, NOW);
    const timeline = timelines.get(doc.id)!;
    return {
      text: doc.text,
      extraction: byDoc.get(doc.id)!,
      timeline,
      // An Updated: stamp dates the timeline but is no publication date (CONVENTIONS rule 17), nor is a day
      // read off the body's tenses: /sources shows both as "Published: not stated".
      published:
        timeline.reference &&
        !isRevisionBasis(timeline.referenceBasis) &&
        !isTenseWindowBasis(timeline.referenceBasis)
          ? formatSourceDate(timeline.reference)
          : null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Content that opens with a quote starts inside its mark (CONVENTIONS rule 16, row T): the product
 * keeps the mark in the clause it shows (`"there is no blockade" and that …`) so the excerpt stays
 * balanced, and the gold starts at the first word; the opening mark is typography, not content.
 */
const unmarked = (folded: string) => folded.replace(/^["'«„]\s*/, '');

/** Greedy one-to-one matching of predictions to gold items. */
function match<P, G>(
  predicted: P[],
  gold: G[],
  same: (p: P, g: G) => boolean,
): Tally & { misses: G[]; extras: P[]; pairs: [P, G][] } {
  const used = new Set<number>();
  const misses: G[] = [];
  const pairs: [P, G][] = [];
  for (const g of gold) {
    const i = predicted.findIndex((p, j) => !used.has(j) && same(p, g));
    if (i >= 0) {
      used.add(i);
      pairs.push([predicted[i] as P, g]);
    } else misses.push(g);
  }
  return {
    truePositive: used.size,
    predicted: predicted.length,
    gold: gold.length,
    misses,
    pairs,
    extras: predicted.filter((_, j) => !used.has(j)),
  };
}

function fixtures(area: string): { txt: string; gold: string }[] {
  let names: string[] = [];
  try {
    names = readdirSync(join(ROOT, area));
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => ({ txt: join(ROOT, area, n), gold: join(ROOT, area, n.replace(/\.txt$/, '.gold.json')) }));
}

interface StatementGold {
  statements: { speaker: string; quoteStart: string }[];
}
interface DateGold {
  published: string | null;
  dates: { text: string; date: string }[];
}
interface FigureGold {
  figures: { category: string; number: string; reporter: string | null }[];
}

const sum = (a: Tally, b: Tally): Tally => ({
  truePositive: a.truePositive + b.truePositive,
  predicted: a.predicted + b.predicted,
  gold: a.gold + b.gold,
});
const zero: Tally = { truePositive: 0, predicted: 0, gold: 0 };
const verbose = process.argv.includes('--verbose');

/** With --verbose, what one article missed and what it found that the gold lacks. */
function explain<P, G>(area: string, file: string, m: { misses: G[]; extras: P[] }, have?: unknown): void {
  if (!verbose) return;
  for (const g of m.misses)
    console.error(`${area} ${basename(file)} missed`, g, ...(have === undefined ? [] : ['have', have]));
  for (const p of m.extras) console.error(`${area} ${basename(file)} extra`, p);
}
type Fixture = { txt: string; gold: string };

/**
 * Every name the product records for each speaker of one document, as text ids: its canonical
 * name, the aliases the document gives it (entities/identity.ts) and the mentions that name it
 * ("ANAMA", not "the agency" or "he"): exactly the forms /who-said speaker: finds it by.
 */
function recordedNames(statements: readonly Statement[]): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  const add = (e: Entity, forms: readonly string[]) => {
    let set = names.get(e.id);
    if (!set) names.set(e.id, (set = new Set()));
    for (const form of [e.name, ...(e.aliases ?? []), ...forms])
      if (namesSomeone(form)) set.add(`text:${slug(form.replace(/^the\s+/i, ''))}`);
  };
  for (const s of statements) {
    add(s.speaker, [s.mention]);
    if (s.via) add(s.via, []);
  }
  return names;
}

/**
 * A gold `text:` id in the product's one spelling of its words: the gold writes the text's spelling
 * ("text:turkish-ministry-of-national-defence"), the product files British and American spellings,
 * "spokesman" and "spokesperson" of a body, under one id (entities/normalise.ts) so that they merge.
 */
function spelledAsProduct(gold: string): string {
  return gold.startsWith('text:') ? `text:${slug(gold.slice(5).replace(/-/g, ' '))}` : gold;
}

/**
 * Speakers: a prediction matches a gold statement when its quote starts alike and its speaker is
 * the gold's. Strict: the gold id is the speaker's canonical id or `text:` + the slug of its
 * canonical name, or for a gold that names an owned role by its head alone (`text:office`), that
 * role of an owner (see eval/ownedRole.ts, CONVENTIONS rule 6). Alias-aware (`aliases`): also `text:` + the slug of any name the product records
 * for that speaker in that document (see recordedNames), i.e. what /who-said under that name gives.
 */
async function scoreSpeakers(files: Fixture[], aliases = false, shown = false): Promise<Tally> {
  let total = zero;
  for (const f of files) {
    const gold = JSON.parse(readFileSync(f.gold, 'utf8')) as StatementGold;
    const x = await extractAlone(f.txt);
    const recorded = aliases ? recordedNames(x.extraction.statements) : null;
    const predicted = x.extraction.statements.map((s) => ({
      speaker: s.speaker.id,
      // Gold written before the gazetteer knew a person names them by the text's id for their name.
      asText: `text:${slug(s.speaker.name)}`,
      name: s.speaker.name,
      mention: s.mention,
      via: s.via?.id,
      // A gold quoteStart is the text where the content starts, copied on through whatever
      // follows ("Her husband, she said, was"): a first piece shorter than it is read on likewise.
      quote: unmarked(fold(x.text.slice(s.quote.start, Math.max(s.quote.end, s.quote.start + 40)))),
      // What the statement's quote is, exactly: `quote` above reads on past a short one to match.
      content: x.text.slice(s.quote.start, s.quote.end),
      shown: shown ? shownText(x.text, s) : '',
    }));
    const sameSpeaker = (p: (typeof predicted)[number], g: string) =>
      p.speaker === g ||
      p.speaker === spelledAsProduct(g) ||
      p.asText === g ||
      !!recorded?.get(p.speaker)?.has(g) ||
      ownedRoleMatches(g, p.speaker, p.mention, p.via, p.name);
    const m = match(
      predicted,
      gold.statements,
      (p, g) => sameSpeaker(p, g.speaker) && p.quote.startsWith(unmarked(fold(g.quoteStart)).slice(0, 20)),
    );
    if (!aliases && !shown) explain('statements', f.txt, m);
    // As shown: what the strict reading left is matched again by the text /who-said shows.
    const more = shown
      ? match(
          m.extras,
          m.misses,
          (p, g) => sameSpeaker(p, g.speaker) && showsQuoteStart(p.shown, g.quoteStart),
        )
      : null;
    total = sum(total, more ? { ...m, truePositive: m.truePositive + more.truePositive } : m);
  }
  return total;
}

/** Dates in the body; the document's own date lines (published, dateline) are scored apart. */
async function scoreDates(files: Fixture[]): Promise<Tally & { publishedRight: number }> {
  let total = zero;
  let publishedRight = 0;
  for (const f of files) {
    const gold = JSON.parse(readFileSync(f.gold, 'utf8')) as DateGold;
    const x = await extractAlone(f.txt);
    if (x.published === gold.published) publishedRight++;
    else if (verbose)
      console.error(`dates ${basename(f.txt)} published`, x.published, 'want', gold.published);
    const predicted = x.timeline.mentions
      .filter((m) => !m.role)
      .map((m) => ({ text: fold(m.text), date: formatSourceDate(m.date) }));
    const m = match(
      predicted,
      gold.dates,
      (p, g) => (p.text.includes(fold(g.text)) || fold(g.text).includes(p.text)) && p.date === g.date,
    );
    explain('dates', f.txt, m, predicted);
    total = sum(total, m);
  }
  return { ...total, publishedRight };
}

async function scoreFigures(files: Fixture[]): Promise<Tally & { reporterRight: number }> {
  let total = zero;
  let reporterRight = 0;
  for (const f of files) {
    const gold = JSON.parse(readFileSync(f.gold, 'utf8')) as FigureGold;
    const x = await extractAlone(f.txt);
    const predicted = x.extraction.figures.map((fig) => ({
      category: fig.category,
      number: fold(fig.number.text),
      reporter: fig.reporter ? fold(fig.reporter.text) : null,
    }));
    const m = match(
      predicted,
      gold.figures,
      (p, g) => p.category === g.category && p.number === fold(g.number),
    );
    // one-to-one with the match, so a number the gold lists twice is not credited twice
    for (const [p, g] of m.pairs) {
      const want = g.reporter ? fold(g.reporter) : null;
      if (
        want === null
          ? p.reporter === null
          : p.reporter !== null && (p.reporter.includes(want) || want.includes(p.reporter))
      )
        reporterRight++;
      else if (verbose) console.error(`figures ${basename(f.txt)} reporter`, p.reporter, 'want', want);
    }
    explain('figures', f.txt, m, predicted);
    total = sum(total, m);
  }
  return { ...total, reporterRight };
}

async function main(): Promise<void> {
  const rows: Record<string, Tally & { articles: number; precision: number; recall: number; note?: string }> =
    {};
  const record = (name: string, t: Tally, articles: number, note?: string) => {
    rows[name] = {
      ...t,
      articles,
      precision: t.predicted ? t.truePositive / t.predicted : 1,
      recall: t.gold ? t.truePositive / t.gold : 1,
      ...(note && { note }),
    };
  };
  const heldout = fixtures('heldout');
  // outlets: articles in real outlets' styles, written with their gold before any code ran on them
  const outlets = [
    ['outlets', fixtures('outlets')],
    ['outlets-fresh', fixtures('outlets-fresh')],
    ['outlets-10', fixtures('outlets-10')],
    ['outlets-fresh-10', fixtures('outlets-fresh-10')],
    ['outlets-fresh-11', fixtures('outlets-fresh-11')],
    ['outlets-fresh-12', fixtures('outlets-fresh-12')],
    ['outlets-fresh-13', fixtures('outlets-fresh-13')],
    ['outlets-fresh-14', fixtures('outlets-fresh-14')],
    ['outlets-fresh-15', fixtures('outlets-fresh-15')],
    ['outlets-fresh-16', fixtures('outlets-fresh-16')],
    ['outlets-fresh-17', fixtures('outlets-fresh-17')],
    ['outlets-fresh-18', fixtures('outlets-fresh-18')],
    ['outlets-fresh-19', fixtures('outlets-fresh-19')],
    ['outlets-fresh-20', fixtures('outlets-fresh-20')],
    ['outlets-fresh-21', fixtures('outlets-fresh-21')],
    ['outlets-fresh-22', fixtures('outlets-fresh-22')],
    ['outlets-fresh-23', fixtures('outlets-fresh-23')],
    ['outlets-fresh-24', fixtures('outlets-fresh-24')],
    ['outlets-fresh-25', fixtures('outlets-fresh-25')],
    ['outlets-fresh-26', fixtures('outlets-fresh-26')],
    ['outlets-fresh-27', fixtures('outlets-fresh-27')],
    ['outlets-fresh-28', fixtures('outlets-fresh-28')],
    ['outlets-fresh-29', fixtures('outlets-fresh-29')],
    ['outlets-fresh-30', fixtures('outlets-fresh-30')],
    ['outlets-fresh-31', fixtures('outlets-fresh-31')],
    ['outlets-fresh-32', fixtures('outlets-fresh-32')],
    ['outlets-fresh-33', fixtures('outlets-fresh-33')],
    ['outlets-fresh-34', fixtures('outlets-fresh-34')],
    ['outlets-fresh-35', fixtures('outlets-fresh-35')],
    ['outlets-fresh-36', fixtures('outlets-fresh-36')],
    ['outlets-fresh-37', fixtures('outlets-fresh-37')],
    ['outlets-fresh-38', fixtures('outlets-fresh-38')],
    ['outlets-fresh-39', fixtures('outlets-fresh-39')],
    ['outlets-fresh-40', fixtures('outlets-fresh-40')],
    ['outlets-fresh-41', fixtures('outlets-fresh-41')],
    ['outlets-fresh-42', fixtures('outlets-fresh-42')],
    ['outlets-fresh-43', fixtures('outlets-fresh-43')],
    ['outlets-fresh-44', fixtures('outlets-fresh-44')],
    ['outlets-fresh-45', fixtures('outlets-fresh-45')],
    ['outlets-fresh-46', fixtures('outlets-fresh-46')],
    ['outlets-fresh-47', fixtures('outlets-fresh-47')],
    ['outlets-fresh-48', fixtures('outlets-fresh-48')],
    ['outlets-fresh-49', fixtures('outlets-fresh-49')],
    ['outlets-fresh-50', fixtures('outlets-fresh-50')],
    ['outlets-fresh-51', fixtures('outlets-fresh-51')],
    ['outlets-fresh-52', fixtures('outlets-fresh-52')],
    ['outlets-fresh-53', fixtures('outlets-fresh-53')],
    ['outlets-fresh-54', fixtures('outlets-fresh-54')],
    ['outlets-fresh-55', fixtures('outlets-fresh-55')],
    ['outlets-fresh-56', fixtures('outlets-fresh-56')],
    ['outlets-fresh-57', fixtures('outlets-fresh-57')],
    ['outlets-fresh-58', fixtures('outlets-fresh-58')],
    ['outlets-fresh-59', fixtures('outlets-fresh-59')],
    ['outlets-fresh-60', fixtures('outlets-fresh-60')],
    ['outlets-fresh-61', fixtures('outlets-fresh-61')],
    ['outlets-fresh-62', fixtures('outlets-fresh-62')],
    ['outlets-fresh-63', fixtures('outlets-fresh-63')],
    ['outlets-fresh-64', fixtures('outlets-fresh-64')],
    ['outlets-fresh-65', fixtures('outlets-fresh-65')],
    ['outlets-fresh-66', fixtures('outlets-fresh-66')],
    ['outlets-fresh-67', fixtures('outlets-fresh-67')],
    ['outlets-fresh-68', fixtures('outlets-fresh-68')],
    ['outlets-fresh-69', fixtures('outlets-fresh-69')],
    ['outlets-fresh-70', fixtures('outlets-fresh-70')],
    ['outlets-fresh-71', fixtures('outlets-fresh-71')],
    ['outlets-fresh-72', fixtures('outlets-fresh-72')],
    ['outlets-fresh-73', fixtures('outlets-fresh-73')],
    ['outlets-fresh-74', fixtures('outlets-fresh-74')],
    ['outlets-fresh-75', fixtures('outlets-fresh-75')],
    ['outlets-fresh-76', fixtures('outlets-fresh-76')],
    ['outlets-fresh-77', fixtures('outlets-fresh-77')],
    ['outlets-fresh-78', fixtures('outlets-fresh-78')],
    ['outlets-fresh-79', fixtures('outlets-fresh-79')],
    ['outlets-fresh-80', fixtures('outlets-fresh-80')],
    ['outlets-fresh-81', fixtures('outlets-fresh-81')],
    ['outlets-fresh-82', fixtures('outlets-fresh-82')],
    ['outlets-fresh-83', fixtures('outlets-fresh-83')],
    ['outlets-fresh-84', fixtures('outlets-fresh-84')],
    ['outlets-fresh-85', fixtures('outlets-fresh-85')],
    ['outlets-fresh-86', fixtures('outlets-fresh-86')],
  ] as const;
  const sets = [['tuned', null], ['held-out', heldout], ...outlets] as const;
  for (const [set, files] of sets) {
    const speakers = await scoreSpeakers(files ?? fixtures('statements'));
    record(`speakers ${set}`, speakers, (files ?? fixtures('statements')).length);
    const byAlias = await scoreSpeakers(files ?? fixtures('statements'), true);
    record(`speakers~ ${set}`, byAlias, (files ?? fixtures('statements')).length, 'alias-aware');
    const byShown = await scoreSpeakers(files ?? fixtures('statements'), false, true);
    record(`speakers^ ${set}`, byShown, (files ?? fixtures('statements')).length, 'as shown');
    const dateFiles = files ?? fixtures('dates');
    const dates = await scoreDates(dateFiles);
    record(
      `dates ${set}`,
      dates,
      dateFiles.length,
      `publication date right in ${dates.publishedRight}/${dateFiles.length}`,
    );
    const figureFiles = files ?? fixtures('figures');
    const figures = await scoreFigures(figureFiles);
    const shape = set.startsWith('outlets') ? await scoreFigureShape(figureFiles, extractAlone) : null;
    const shapeNote = shape
      ? `; change/rate/total right ${shape.kindRight}/${shape.found}, nesting right ${shape.nestRight}/${shape.found}`
      : '';
    record(
      `figures ${set}`,
      figures,
      figureFiles.length,
      `reporter right on ${figures.reporterRight}/${figures.truePositive} found${shapeNote}`,
    );
  }

  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log('area                    articles  gold  predicted  correct  precision  recall');
  for (const [name, r] of Object.entries(rows)) {
    console.log(
      `${name.padEnd(23)} ${String(r.articles).padStart(8)} ${String(r.gold).padStart(5)} ${String(r.predicted).padStart(10)} ${String(r.truePositive).padStart(8)} ${pct(r.precision).padStart(10)} ${pct(r.recall).padStart(7)}  ${r.note ?? ''}`,
    );
  }
  console.log(
    'tuned: fixtures the extractors were tuned on; held-out: articles no rule was tuned on; outlets, outlets-fresh, outlets-10, outlets-fresh-10, outlets-fresh-11, outlets-fresh-12, outlets-fresh-13, outlets-fresh-14, outlets-fresh-15, outlets-fresh-16, outlets-fresh-17, outlets-fresh-18, outlets-fresh-19, outlets-fresh-20, outlets-fresh-21, outlets-fresh-22, outlets-fresh-23, outlets-fresh-24, outlets-fresh-25, outlets-fresh-26, outlets-fresh-27, outlets-fresh-28, outlets-fresh-29, outlets-fresh-30, outlets-fresh-31, outlets-fresh-32, outlets-fresh-33, outlets-fresh-34, outlets-fresh-35, outlets-fresh-36, outlets-fresh-37, outlets-fresh-38, outlets-fresh-39, outlets-fresh-40, outlets-fresh-41, outlets-fresh-42, outlets-fresh-43, outlets-fresh-44, outlets-fresh-45, outlets-fresh-46, outlets-fresh-47, outlets-fresh-48, outlets-fresh-49, outlets-fresh-50, outlets-fresh-51, outlets-fresh-52, outlets-fresh-53, outlets-fresh-54, outlets-fresh-55, outlets-fresh-56, outlets-fresh-57, outlets-fresh-58, outlets-fresh-59, outlets-fresh-60, outlets-fresh-61, outlets-fresh-62, outlets-fresh-63, outlets-fresh-64, outlets-fresh-65, outlets-fresh-66, outlets-fresh-67, outlets-fresh-68, outlets-fresh-69, outlets-fresh-70, outlets-fresh-71, outlets-fresh-72, outlets-fresh-73, outlets-fresh-74, outlets-fresh-75, outlets-fresh-76, outlets-fresh-77, outlets-fresh-78, outlets-fresh-79, outlets-fresh-80, outlets-fresh-81, outlets-fresh-82, outlets-fresh-83, outlets-fresh-84, outlets-fresh-85, outlets-fresh-86: test/fixtures/eval/outlets*.',
  );
  console.log(
    "speakers: a statement matches when its quote starts as the gold's and its canonical speaker is the gold's (its id, or text: + its name). speakers~: alias-aware, the gold may also be any other name the product records for that speaker in that document (an abbreviation the text defines, a surname, a mention that names it): what /who-said finds it by. Compare sets on the strict line; the gap is naming, not extraction.",
  );
  console.log(
    "speakers^: as shown, strict speakers, but a statement also matches when the text /who-said shows for it (the reported clause its quote stands in, or the quote) holds the gold's opening words: golds start a quote inside a reported clause at the clause (`the talks were`), the strict line at the quote (`constructive`). The gap between the strict and shown lines is that scoring convention, not a wrong speaker or wrong words.",
  );
  console.log(JSON.stringify(rows));
}

const tbaqAt = process.argv.indexOf('--tbaq');
const benchmark = process.argv.includes('--polnear')
  ? import('./eval/polnear.ts').then((m) => m.runPolnear(process.argv))
  : tbaqAt >= 0
    ? import('./eval/tbaq.ts').then((m) => m.runTbaq(resolve(process.argv[tbaqAt + 1] ?? ''), verbose))
    : null;
(benchmark ?? main()).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
