/**
 * TempEval-3 Task A on TimeML news (TBAQ: TimeBank + AQUAINT), read at run time from a folder
 * outside the repository: each document's <TEXT> with its tags stripped is run through the real
 * date layer, with the document creation time (<DCT>) as the document's stated date, and every
 * date expression found is scored against the inline <TIMEX3> annotations.
 *
 *   npm run eval -- --tbaq ../shared/benchmarks/tbaq [--verbose]
 *
 * Scores: relaxed span match (any overlap, one to one), value accuracy over relaxed matches,
 * value F1 = relaxed F1 × value accuracy (TempEval-3's attribute F1), and value precision
 * (matches with the right value over all expressions found), on all TIMEX3 and on DATE alone.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusDocument, SourceDate } from '../../src/corpus/types.ts';
import type { DateForm } from '../../src/extract/dates/expressions.ts';
import { buildTimelines } from '../../src/extract/dates/index.ts';
import { scanDocument } from '../../src/extract/dates/scan.ts';
import { clockTimes, findTimexes, timeOfDay } from '../../src/extract/dates/timex.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { DateMention, Sentence } from '../../src/extract/types.ts';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
}

export interface TimeMLDocument {
  id: string;
  /** The creation time's value as annotated ("1998-01-08", "1989-10-26T18:30"). */
  dct: string;
  /** The <TEXT> content with every tag stripped and entities decoded. */
  text: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);
const attribute = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** A TimeML document as plain text with its TIMEX3 spans as offsets into that text. */
export function parseTimeML(id: string, xml: string): TimeMLDocument {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = dctTag ? (attribute(dctTag[1]!, 'value') ?? '') : '';
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: Timex[] = [];
  let open: { start: number; type: TimexType; value: string } | null = null;
  const tag = /<(\/?)([A-Za-z0-9]+)([^>]*)>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    text += decode(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1]) {
      open = {
        start: text.length,
        type: (attribute(m[3]!, 'type') ?? 'DATE') as TimexType,
        value: attribute(m[3]!, 'value') ?? '',
      };
      if (m[3]!.trimEnd().endsWith('/')) open = null;
    } else if (open) {
      timexes.push({ ...open, end: text.length, text: text.slice(open.start, text.length) });
      open = null;
    }
  }
  text += decode(body.slice(last));
  return { id, dct, text, timexes };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const SEASON_CODE = { spring: 'SP', summer: 'SU', fall: 'FA', winter: 'WI' } as const;

/** A date at its precision as a TimeML value: 2023-09-19, 2023-09, 2023, 2020-FA, 199 (the 1990s). */
export function timeMLValue(date: SourceDate): string {
  const year = date.year === undefined ? 'XXXX' : pad(date.year, 4);
  switch (date.precision) {
    case 'day':
      return `${year}-${pad(date.month ?? 0)}-${pad(date.day ?? 0)}`;
    case 'month':
      if (
        date.end?.month !== undefined &&
        (date.end.year ?? date.year) === date.year &&
        date.month !== undefined
      ) {
        const first = date.month;
        if (date.end.month - first === 2 && first % 3 === 1) return `${year}-Q${(first + 2) / 3}`;
        if (date.end.month - first === 5 && first % 6 === 1) return `${year}-H${(first + 5) / 6}`;
      }
      return `${year}-${pad(date.month ?? 0)}`;
    case 'season':
      return `${year}-${SEASON_CODE[date.season ?? 'spring']}`;
    case 'year':
      return year;
    case 'decade':
      return date.year === undefined ? 'XXX' : String(Math.floor(date.year / 10));
  }
}

/** ISO week of a day: 1998-W02 (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * 86_400_000);
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7);
  return `${thursday.getUTCFullYear()}-W${pad(week)}`;
}

/** A timeline mention as a TIMEX3 (type and value), given the form it was read from. */
function mentionTimex(
  form: DateForm | undefined,
  date: SourceDate,
  text = '',
): { type: TimexType; value: string } {
  if (form?.kind === 'pastSpan') return { type: 'DURATION', value: `P${form.days}D` };
  // TimeML annotates "three days later" as the length "three days" (P3D), anchored to an event.
  if (
    form?.kind === 'relativeDay' &&
    form.anchor === 'discourse' &&
    form.offset !== 0 &&
    /\bdays?\s+(?:later|earlier|before|after)/i.test(text)
  ) {
    return { type: 'DURATION', value: `P${Math.abs(form.offset)}D` };
  }
  if (
    (form?.kind === 'relativeWeek' || form?.kind === 'weekOf' || (form?.kind === 'holiday' && form.week)) &&
    date.year !== undefined &&
    date.month !== undefined &&
    date.day !== undefined
  ) {
    return { type: 'DATE', value: isoWeek(date.year, date.month, date.day) };
  }
  if (
    form?.kind === 'weekend' &&
    date.year !== undefined &&
    date.month !== undefined &&
    date.day !== undefined
  )
    return { type: 'DATE', value: `${isoWeek(date.year, date.month, date.day)}-WE` };
  if (form?.kind === 'present') return { type: 'DATE', value: 'PRESENT_REF' };
  // TimeML dates "last night" as the evening's day with its part of day (1998-02-05TNI), not as the night's range.
  if (form?.kind === 'relativeDay' && form.pastInWords) {
    const { end: _end, ...evening } = date;
    return { type: 'DATE', value: timeMLValue(evening) };
  }
  return { type: 'DATE', value: timeMLValue(date) };
}

/** TimeML has no value for a span of years: "between 1994 and 1997" is annotated as its two ends. */
function yearRangeEnds(start: number, text: string, date: SourceDate): Timex[] | null {
  if (date.precision !== 'year' || date.year === undefined || date.end?.year === undefined) return null;
  const numbers = [...text.matchAll(/\d{2,4}/g)];
  if (numbers.length !== 2) return null;
  return [date.year, date.end.year].map((year, i) => {
    const n = numbers[i]!;
    return {
      start: start + n.index!,
      end: start + n.index! + n[0].length,
      text: n[0],
      type: 'DATE' as const,
      value: String(year),
    };
  });
}

/** Nor for a span of days: "April 24 and 25" is annotated as "April 24" and "25". */
function dayRangeEnds(start: number, text: string, date: SourceDate): Timex[] | null {
  if (date.precision !== 'day' || date.end?.day === undefined || date.end.month !== date.month) return null;
  const m = /(\d{1,2})(\s*(?:-|–|and|to)\s*)(\d{1,2})(?!\d)/.exec(text);
  if (!m || Number(m[3]) !== date.end.day) return null;
  const firstEnd = m.index + m[1]!.length;
  const lastStart = firstEnd + m[2]!.length;
  const lastEnd = lastStart + m[3]!.length;
  // "April 24 and 25": the month goes with the first day; "24 and 25 April": with the second.
  const monthFirst = m.index > 0;
  const spans: [number, number][] = monthFirst
    ? [
        [0, firstEnd],
        [lastStart, lastEnd],
      ]
    : [
        [m.index, firstEnd],
        [lastStart, text.length],
      ];
  const { end: _end, ...first } = date;
  const values = [timeMLValue(first), timeMLValue({ ...first, day: date.end.day })];
  return spans.map(([a, b], i) => ({
    start: start + a,
    end: start + b,
    text: text.slice(a, b),
    type: 'DATE' as const,
    value: values[i]!,
  }));
}

/** The creation time as the document's stated date. */
function dctDate(dct: string): SourceDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(dct);
  if (!m) return null;
  return {
    precision: 'day',
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    yearStatus: 'stated',
  };
}

/** A day told with its time ("9 a.m. Tuesday", "Friday night") is a TIME: 2000-04-04T09:00, 2000-01-07TNI. */
function withTimeOfDay(text: string, t: Timex): Timex {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t.value)) return t;
  const time = timeOfDay(text, t.start, t.end);
  if (!time) return t;
  return {
    start: time.start,
    end: time.end,
    text: text.slice(time.start, time.end),
    type: 'TIME',
    value: t.value + time.time,
  };
}

/**
 * TimeML annotates "the past year" and "the next year" as the calendar year before or after the
 * creation time's (as it does "last year"), not as a length of a year.
 */
function oneYearSpan(t: Timex, published: SourceDate | null): Timex {
  const m = /^the\s+(past|last|next|coming)\s+year$/i.exec(t.text);
  if (!m || published?.year === undefined) return t;
  const year = published.year + (/past|last/i.test(m[1]!) ? -1 : 1);
  return { ...t, type: 'DATE', value: String(year) };
}

/**
 * The day a clock time told without one falls on: the one day its sentence gives, else the last day
 * given before it in its paragraph; with neither, the time is left out rather than given a guessed day.
 */
function dayOfClock(at: number, sentences: Sentence[], mentions: DateMention[]): string | null {
  const sentence = sentences.find((s) => s.start <= at && at < s.end);
  if (!sentence) return null;
  const dayOf = (m: DateMention) =>
    m.date.precision === 'day' && !m.date.end && m.date.year !== undefined ? timeMLValue(m.date) : null;
  // A day told right after the time ("10:35 a.m. (0735 GMT) Friday") counts even past a sentence break.
  const paragraph = new Set(sentences.filter((s) => s.paragraph === sentence.paragraph).map((s) => s.index));
  const near = (m: DateMention) =>
    m.sentence === sentence.index || (paragraph.has(m.sentence) && m.start > at && m.start - at < 40);
  const inSentence = new Set(mentions.filter(near).flatMap((m) => dayOf(m) ?? []));
  if (inSentence.size === 1) return [...inSentence][0]!;
  if (inSentence.size > 1) return null;
  const before = mentions.filter((m) => paragraph.has(m.sentence) && m.start < at && dayOf(m));
  return before.length ? dayOf(before.at(-1)!) : null;
}

/** Every temporal expression the date layer finds in a TimeML document's text, as TIMEX3s. */
export function predictTimexes(doc: TimeMLDocument): Timex[] {
  const published = dctDate(doc.dct);
  const corpusDoc: CorpusDocument = {
    id: doc.id,
    file: `${doc.id}.tml`,
    text: doc.text,
    sha256: '',
    label: doc.id,
    bodyStart: 0,
    meta: {
      title: null,
      outlet: null,
      url: null,
      published: published && { value: published, how: 'stated', why: 'document creation time' },
    },
  };
  const sentences = splitSentences(doc.text, splitParagraphs(doc.text));
  const now = published
    ? new Date(Date.UTC(published.year!, published.month! - 1, published.day!))
    : new Date();
  const timeline = buildTimelines([corpusDoc], new Map([[doc.id, sentences]]), now).get(doc.id)!;
  const forms = new Map<string, DateForm>();
  for (const m of scanDocument(corpusDoc, sentences).mentions)
    forms.set(`${m.expression.start}:${m.expression.end}`, m.expression.form);
  const found: Timex[] = [...timeline.mentions, ...(timeline.present ?? [])].flatMap(
    (m) =>
      yearRangeEnds(m.start, m.text, m.date) ??
      dayRangeEnds(m.start, m.text, m.date) ?? [
        withTimeOfDay(doc.text, {
          start: m.start,
          end: m.end,
          text: m.text,
          ...mentionTimex(forms.get(`${m.start}:${m.end}`), m.date, m.text),
        }),
      ],
  );
  for (const clock of clockTimes(doc.text, 0, doc.text.length)) {
    if (found.some((f) => f.start < clock.end && clock.start < f.end)) continue;
    const day = dayOfClock(clock.start, sentences, timeline.mentions);
    if (day) found.push({ ...clock, type: 'TIME', value: `${day}${clock.time}` });
  }
  // Lengths, recurrences and vague references: recognised by the date layer, never timeline dates.
  for (const t of findTimexes(doc.text, 0, doc.text.length)) {
    if (!found.some((f) => f.start < t.end && t.start < f.end)) found.push(oneYearSpan(t, published));
  }
  return found.sort((a, b) => a.start - b.start);
}

export interface TimexScore {
  gold: number;
  predicted: number;
  /** Relaxed matches: a found expression overlapping a gold one, one to one. */
  matched: number;
  /** Relaxed matches whose value is the gold value. */
  valueRight: number;
}

interface TimexMatch {
  gold: Timex;
  predicted: Timex | null;
}

/** One-to-one relaxed matching in text order: each gold expression takes the first unused overlapping prediction. */
function matchTimexes(gold: Timex[], predicted: Timex[]): { matches: TimexMatch[]; extras: Timex[] } {
  const used = new Set<number>();
  const matches: TimexMatch[] = gold.map((g) => {
    const i = predicted.findIndex((p, j) => !used.has(j) && p.start < g.end && g.start < p.end);
    if (i < 0) return { gold: g, predicted: null };
    used.add(i);
    return { gold: g, predicted: predicted[i]! };
  });
  return { matches, extras: predicted.filter((_, j) => !used.has(j)) };
}

/**
 * Scores on a subset of gold types: gold expressions of those types, and predictions that are of
 * those types or match a gold one of those types (a found DATE over a gold DURATION counts as a DATE found).
 */
export function scoreTimexes(gold: Timex[], predicted: Timex[], types?: TimexType[]): TimexScore {
  const { matches, extras } = matchTimexes(gold, predicted);
  const inScope = (t: Timex) => !types || types.includes(t.type);
  const kept = matches.filter((m) => inScope(m.gold));
  const matched = kept.filter((m) => m.predicted);
  return {
    gold: kept.length,
    predicted: matched.length + extras.filter(inScope).length,
    matched: matched.length,
    valueRight: matched.filter((m) => sameValue(m.predicted!.value, m.gold.value)).length,
  };
}

/**
 * Lengths in decades, centuries and millennia (P1E, P2C, P1L; TIMEX2 writes PXDE, PXCE, PXML) are
 * written in years as often (P10Y).
 */
const LONG_UNIT_YEARS: Record<string, number> = { E: 10, C: 100, L: 1000 };
const TIMEX2_LONG_UNIT: Record<string, string> = { DE: 'E', CE: 'C', ML: 'L' };

/**
 * Some annotations write a week without its leading zero ("2000-W7", the same value as 2000-W07)
 * and a decade with a trailing X ("198X", TimeML's "198"); "5 p.m." is written T17 as often as T17:00.
 * "in 1968" is annotated 1968 in most documents and 1968-XX in some: trailing fields that are all
 * unknown name no more than the fields before them, so they are dropped ("1968-XX-XX" is 1968,
 * "1998-10-XX" is 1998-10; "1998-WXX", a week, is kept).
 */
const canonical = (value: string) =>
  value
    .replace(/(?:-X+)+$/, '')
    .replace(/-W(\d)(?!\d)/, '-W0$1')
    .replace(/^(\d{3})X$/, '$1')
    .replace(/(T\d{2}):00$/, '$1')
    .replace(/^P(\d+|X)(DE|CE|ML)$/, (_, n: string, unit: string) => `P${n}${TIMEX2_LONG_UNIT[unit]!}`)
    .replace(/^P(\d+)([ECL])$/, (_, n: string, unit: string) => `P${Number(n) * LONG_UNIT_YEARS[unit]!}Y`);
export const sameValue = (predicted: string, gold: string) => canonical(predicted) === canonical(gold);

function addScores(a: TimexScore, b: TimexScore): TimexScore {
  return {
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    matched: a.matched + b.matched,
    valueRight: a.valueRight + b.valueRight,
  };
}

export interface TimexFigures {
  precision: number;
  recall: number;
  f1: number;
  valueAccuracy: number;
  valuePrecision: number;
  valueF1: number;
}

export function figures(s: TimexScore): TimexFigures {
  const precision = s.predicted ? s.matched / s.predicted : 0;
  const recall = s.gold ? s.matched / s.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const valueAccuracy = s.matched ? s.valueRight / s.matched : 0;
  return {
    precision,
    recall,
    f1,
    valueAccuracy,
    valuePrecision: s.predicted ? s.valueRight / s.predicted : 0,
    valueF1: f1 * valueAccuracy,
  };
}

function tmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tmlFiles(path));
    else if (name.endsWith('.tml')) out.push(path);
  }
  return out;
}

interface Tally {
  all: TimexScore;
  date: TimexScore;
  byType: Map<TimexType, TimexScore>;
}

const ZERO: TimexScore = { gold: 0, predicted: 0, matched: 0, valueRight: 0 };

function tally(t: Tally, gold: Timex[], predicted: Timex[]): void {
  t.all = addScores(t.all, scoreTimexes(gold, predicted));
  t.date = addScores(t.date, scoreTimexes(gold, predicted, ['DATE']));
  for (const type of ['DATE', 'TIME', 'DURATION', 'SET'] as const)
    t.byType.set(type, addScores(t.byType.get(type) ?? ZERO, scoreTimexes(gold, predicted, [type])));
}

/**
 * TBAQ has no test split: every fifth document (in path order) is held out. Rules are tuned on the
 * rest (--verbose explains only those); the held-out figures show whether they generalise.
 */
const isHeldOut = (index: number) => index % 5 === 4;

/** Runs the benchmark in `dir`; prints tables (all, dev, held-out) and one JSON line. Skips when absent. */
export function runTbaq(dir: string, verbose = false): void {
  if (!existsSync(dir)) {
    console.log(`TBAQ: skipped, no folder at ${dir} (the benchmark is read at run time, never copied here).`);
    return;
  }
  const files = tmlFiles(dir);
  if (!files.length) {
    console.log(`TBAQ: skipped, no .tml files under ${dir}.`);
    return;
  }
  const fresh = (): Tally => ({ all: ZERO, date: ZERO, byType: new Map() });
  const parts = { all: fresh(), dev: fresh(), heldOut: fresh() };
  const counts = { all: files.length, dev: 0, heldOut: 0 };
  const errorKinds = new Map<string, number>();
  const started = performance.now();
  files.forEach((file, i) => {
    const doc = parseTimeML(file.replace(/^.*\//, '').replace(/\.tml$/, ''), readFileSync(file, 'utf8'));
    const predicted = predictTimexes(doc);
    const part = isHeldOut(i) ? 'heldOut' : 'dev';
    counts[part]++;
    tally(parts.all, doc.timexes, predicted);
    tally(parts[part], doc.timexes, predicted);
    if (verbose && part === 'dev') explain(doc, predicted, errorKinds);
  });
  if (verbose) {
    console.error('tbaq dev errors by kind:');
    for (const [kind, n] of [...errorKinds].sort((a, b) => b[1] - a[1]))
      console.error(`tbaq kind ${String(n).padStart(4)} ${kind}`);
  }
  const ms = performance.now() - started;
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  console.log(`TBAQ (TempEval-3 Task A), ${files.length} documents, ${(ms / 1000).toFixed(1)} s`);
  const row = (name: string, s: TimexScore) => {
    const f = figures(s);
    console.log(
      `${name.padEnd(9)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(6)} ${String(s.matched).padStart(6)} ${pct(f.precision)}   ${pct(f.recall)}   ${pct(f.f1)}   ${pct(f.valueAccuracy)} ${pct(f.valuePrecision)} ${pct(f.valueF1)}`,
    );
  };
  const titles = {
    all: 'all documents',
    dev: 'dev: rules tuned here',
    heldOut: 'held out: every 5th document',
  };
  for (const name of ['all', 'dev', 'heldOut'] as const) {
    console.log(`\n${titles[name]} (${counts[name]})`);
    console.log('subset     gold  found  match   span P   span R  span F1  val acc  val P  val F1');
    row('all', parts[name].all);
    for (const [type, s] of parts[name].byType) row(type, s);
  }
  const summary = (name: keyof typeof parts) => ({
    documents: counts[name],
    all: { ...parts[name].all, ...figures(parts[name].all) },
    date: { ...parts[name].date, ...figures(parts[name].date) },
  });
  console.log(
    JSON.stringify({ tbaq: { ...summary('all'), dev: summary('dev'), heldOut: summary('heldOut') } }),
  );
}

/** A few words either side of an expression, on one line, for reading the error list. */
function context(doc: TimeMLDocument, t: Timex, width = 60): string {
  const before = doc.text.slice(Math.max(0, t.start - width), t.start);
  const after = doc.text.slice(t.end, t.end + width);
  return `${before}[${t.text}]${after}`.replace(/\s+/g, ' ');
}

const VAGUE_REF = /_REF$/;
const isLength = (value: string) => value.startsWith('P') && !VAGUE_REF.test(value);
const dayNumber = (value: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : null;
};

/**
 * The kind of a wrong value, for reading where the errors lie: a vague reference, a length against a
 * point in time, a gold value left unknown where ours is given, a weekday a whole week from gold's
 * (the anchor), a time of day, a quarter, a week, one value a coarser form of the other, and so on.
 */
export function valueErrorKind(predicted: string, gold: string): string {
  if (VAGUE_REF.test(predicted) || VAGUE_REF.test(gold)) return 'vague reference (PRESENT_REF, ...) vs other';
  if (isLength(predicted) !== isLength(gold)) return 'length vs point in time';
  if (isLength(gold)) return 'lengths differ';
  if (/X/.test(gold) && !/X/.test(predicted)) return 'gold leaves a field unknown, ours gives it';
  const [p, g] = [dayNumber(predicted), dayNumber(gold)];
  if (p !== null && g !== null) {
    if (p === g) return 'same day, time of day differs';
    if ((p - g) % 7 === 0) return 'weekday a whole week from gold (anchor)';
    return 'another day';
  }
  if (/Q|H\d/.test(predicted + gold)) return 'quarter or half';
  if (/-W/.test(predicted + gold)) return 'week';
  if (gold.startsWith(predicted) || predicted.startsWith(gold)) return 'one a coarser form of the other';
  return 'other';
}

/**
 * With --verbose, every error on a dev document, one line each, to stderr: a gold expression missed,
 * one found with another value, and one found that the gold lacks (a spurious span), with its context;
 * each error is tallied by kind in `kinds`.
 */
function explain(doc: TimeMLDocument, predicted: Timex[], kinds: Map<string, number>): void {
  const { matches, extras } = matchTimexes(doc.timexes, predicted);
  const dct = `(dct ${doc.dct}) | `;
  const tally = (kind: string) => kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  for (const m of matches) {
    if (!m.predicted) {
      tally(`missed ${m.gold.type}`);
      console.error(
        `tbaq ${doc.id} missed ${m.gold.type} "${m.gold.text}" ${m.gold.value} ${dct}${context(doc, m.gold)}`,
      );
    } else if (!sameValue(m.predicted.value, m.gold.value)) {
      const kind = valueErrorKind(m.predicted.value, m.gold.value);
      tally(`value: ${kind}`);
      console.error(
        `tbaq ${doc.id} value ${m.gold.type} "${m.gold.text}" ${m.gold.value} got "${m.predicted.text}" ${m.predicted.type} ${m.predicted.value} [${kind}] ${dct}${context(doc, m.gold)}`,
      );
    }
  }
  for (const p of extras) {
    tally(VAGUE_REF.test(p.value) ? 'extra: vague reference' : `extra: ${p.type}`);
    console.error(`tbaq ${doc.id} extra ${p.type} "${p.text}" ${p.value} ${dct}${context(doc, p)}`);
  }
}
