/**
 * Dev only: how robust dates and figures are to the way an outlet writes them. Every gold date and
 * gold figure the extractor gets right in the eval sets named on the command line has its
 * expression rewritten one way at a time, as another outlet could have written it: "Sept. 19",
 * "19 September", "19.09.2023", "2023-09-19", "Tuesday" without "on", "last Tuesday", "September
 * of 2023", "last September"; "no fewer than 200", "around 50", number words as digits and back,
 * "were injured", "sustained injuries", "the death toll rose to". The variant goes back into its
 * document, the document is extracted again, and the variant survives when a date of the same
 * value (dates), or a figure of the same value, kind and category (figures), comes out where it
 * was written. Prints survival per transformation; rows that did not survive go to $OUT (default:
 * a file in the temp dir). A set name reads test/fixtures/eval/<set>.
 *
 *   npx tsx scripts/dateVariants.ts dates figures outlets-fresh-29 outlets-fresh-30
 *   ONLY=md:abbrev,hedge:around npx tsx scripts/dateVariants.ts outlets-fresh-29
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MONTH_NAMES } from '../src/corpus/calendarNames.ts';
import { buildDocument, isDocument } from '../src/corpus/document.ts';
import type { SourceDate } from '../src/corpus/types.ts';
import { dayNumber } from '../src/extract/dates/calendar.ts';
import { formatSourceDate } from '../src/extract/dates/format.ts';
import { extractCorpus } from '../src/extract/index.ts';
import { UNITS } from '../src/extract/numberWords.ts';
import type { DateMention, Figure } from '../src/extract/types.ts';
import { survivalTally } from './eval/variantSurvival.ts';

const ROOT = resolve(import.meta.dirname, '../test/fixtures/eval');
const NOW = new Date('2026-11-23T00:00:00Z');
const fold = (s: string) =>
  s.replace(/\s+/g, ' ').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").trim().toLowerCase();

interface Gold {
  dates?: { text: string; date: string }[];
  figures?: { category: string; number: string }[];
}
interface Extracted {
  text: string;
  reference: SourceDate | null;
  dates: DateMention[];
  figures: Figure[];
}
/** A rewrite of [start, end) of the document. */
interface Edit {
  start: number;
  end: number;
  insert: string;
}
interface DateCase {
  text: string;
  reference: SourceDate | null;
  m: DateMention;
}
interface FigureCase {
  text: string;
  f: Figure;
  /** Where the number with its hedge is written. */
  at: number;
}

const MONTHS = MONTH_NAMES;
/** Short forms as outlets write them: news-agency style with a dot, British without. */
const SHORT_DOT = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
const SHORT = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const MONTH = MONTHS.join('|');
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const pad = (n: number) => String(n).padStart(2, '0');
const monthIndex = (name: string) => MONTHS.indexOf(name);

type DateTransform = (c: DateCase) => Edit | null;

/** A rewrite of the mention's own words by one regex; the edit covers the mention's span. */
function rewriteDate(re: RegExp, to: (m: RegExpExecArray, c: DateCase) => string | null): DateTransform {
  return (c) => {
    // A range ("September 19-20", "19 and 20 September") is rewritten as a whole or not at all.
    if (c.m.date.end) return null;
    const written = c.text.slice(c.m.start, c.m.end);
    const m = re.exec(written);
    if (!m) return null;
    const insert = to(m, c);
    if (insert === null) return null;
    return { start: c.m.start + m.index, end: c.m.start + m.index + m[0].length, insert };
  };
}

/** "September 19[, 2023]" and "19 September[ 2023]", with month, day and year apart. */
const MONTH_DAY = new RegExp(`\\b(${MONTH}) (\\d{1,2})(?:, (\\d{4}))?\\b`);
const DAY_MONTH = new RegExp(`\\b(\\d{1,2}) (${MONTH})(?: (\\d{4}))?\\b`);
function dayForm(
  form: (month: number, day: string, year: string | undefined) => string | null,
): [DateTransform, DateTransform] {
  return [
    rewriteDate(MONTH_DAY, (m) => form(monthIndex(m[1]!), m[2]!, m[3])),
    rewriteDate(DAY_MONTH, (m) => form(monthIndex(m[2]!), m[1]!, m[3])),
  ];
}
const either =
  (...ts: DateTransform[]): DateTransform =>
  (c) => {
    for (const t of ts) {
      const e = t(c);
      if (e) return e;
    }
    return null;
  };
/** Only rewrites that change the words: "September 19" asked for "September 19" is no variant. */
const changed =
  (t: DateTransform): DateTransform =>
  (c) => {
    const e = t(c);
    return e && e.insert !== c.text.slice(e.start, e.end) ? e : null;
  };

const daysBefore = (c: DateCase): number | null => {
  const r = c.reference;
  const d = c.m.date;
  if (r?.precision !== 'day' || d.precision !== 'day' || d.end || r.year === undefined) return null;
  if (d.year === undefined) return null;
  return dayNumber(r.year, r.month!, r.day!) - dayNumber(d.year, d.month!, d.day!);
};

const DATE_TRANSFORMS: Record<string, DateTransform> = {
  'md:abbrev-dot': changed(either(...dayForm((mo, d, y) => `${SHORT_DOT[mo]} ${d}${y ? `, ${y}` : ''}`))),
  'md:day-first': changed(either(...dayForm((mo, d, y) => `${d} ${MONTHS[mo]}${y ? ` ${y}` : ''}`))),
  'md:month-first': changed(either(...dayForm((mo, d, y) => `${MONTHS[mo]} ${d}${y ? `, ${y}` : ''}`))),
  'md:day-first-abbrev': changed(either(...dayForm((mo, d, y) => `${d} ${SHORT[mo]}${y ? ` ${y}` : ''}`))),
  'md:dotted': either(...dayForm((mo, d, y) => (y ? `${pad(Number(d))}.${pad(mo + 1)}.${y}` : null))),
  'md:iso': either(...dayForm((mo, d, y) => (y ? `${y}-${pad(mo + 1)}-${pad(Number(d))}` : null))),
  'weekday:bare': (c) => {
    const at = c.text.slice(c.m.start, c.m.end).search(new RegExp(`\\bon ${WEEKDAY}\\b`, 'i'));
    if (at < 0) return null;
    return { start: c.m.start + at, end: c.m.start + at + 3, insert: '' };
  },
  'weekday:on': (c) => {
    const w = c.text.slice(c.m.start, c.m.end);
    if (
      !new RegExp(`^${WEEKDAY}$`).test(w) ||
      /\b(?:on|last|this|next|by|since|until)\s*$/i.test(c.text.slice(c.m.start - 8, c.m.start))
    )
      return null;
    // A weekday that opens its sentence stays capitalised after the new "On".
    const lead = /(?:^|[.!?]\s+|\n)$/.test(c.text.slice(Math.max(0, c.m.start - 3), c.m.start));
    return { start: c.m.start, end: c.m.start, insert: lead ? 'On ' : 'on ' };
  },
  'weekday:last': (c) => {
    const ago = daysBefore(c);
    if (ago === null || ago < 1 || ago > 6) return null;
    const w = c.text.slice(c.m.start, c.m.end);
    const m = new RegExp(`\\b(?:on )?(${WEEKDAY})\\b`, 'i').exec(w);
    if (!m || m[0].length !== w.length) return null;
    const lead = m[0].charAt(0) === 'O';
    return { start: c.m.start, end: c.m.end, insert: `${lead ? 'Last' : 'last'} ${m[1]}` };
  },
  'month:of-year': rewriteDate(new RegExp(`(?<!\\d )\\b(${MONTH}) (\\d{4})\\b`), (m) => `${m[1]} of ${m[2]}`),
  'month:last': rewriteDate(new RegExp(`\\b(in|In) (${MONTH}) (\\d{4})\\b`), (m, c) => {
    const r = c.reference;
    const month = monthIndex(m[2]!) + 1;
    if (!r || r.year !== Number(m[3]) + 1 || r.month === undefined || r.month >= month) return null;
    return `${m[1] === 'In' ? 'Last' : 'last'} ${m[2]}`;
  }),
};

type FigureTransform = (c: FigureCase) => Edit | null;
const numberText = (c: FigureCase) => c.f.number.text;

/** The hedge of the figure's number swapped for another of its family. */
function hedge(from: RegExp, to: string): FigureTransform {
  return (c) => {
    const h = c.f.number.hedge;
    if (!h || !from.test(h)) return null;
    const w = numberText(c);
    if (!w.toLowerCase().startsWith(h.toLowerCase())) return null;
    const insert = /^\p{Lu}/u.test(w) ? to.charAt(0).toUpperCase() + to.slice(1) : to;
    return { start: c.at, end: c.at + h.length, insert };
  };
}

const WORD_OF = Object.fromEntries(Object.entries(UNITS).map(([w, n]) => [n, w]));

/** The words after the number up to the clause's verb: "people were wounded", "civilians have been killed". */
function afterNumber(c: FigureCase): { at: number; rest: string } {
  const at = c.at + numberText(c).length;
  return { at, rest: c.text.slice(at, Math.min(c.f.excerpt.end, at + 80)) };
}

const FIGURE_TRANSFORMS: Record<string, FigureTransform> = {
  'hedge:no-fewer-than': hedge(/^at least$/i, 'no fewer than'),
  'hedge:around': hedge(/^(?:about|some|approximately|nearly|almost)$/i, 'around'),
  'hedge:about': hedge(/^(?:around|some|approximately|nearly|almost|roughly)$/i, 'about'),
  'hedge:some': hedge(/^(?:about|around|approximately|roughly)$/i, 'some'),
  'hedge:nearly': hedge(/^(?:about|around|almost|some)$/i, 'nearly'),
  'hedge:over': hedge(/^more than$/i, 'over'),
  'hedge:more-than': hedge(/^over$/i, 'more than'),
  'number:digits': (c) => {
    const w = numberText(c);
    const word = /[a-z]+$/i.exec(w)?.[0];
    if (!word || !(word.toLowerCase() in UNITS) || !(w === word || w.endsWith(` ${word}`))) return null;
    const at = c.at + w.length - word.length;
    // Style guides spell out a number that opens a sentence.
    if (/(?:^|[.!?]\s+|\n)$/.test(c.text.slice(Math.max(0, at - 3), at))) return null;
    return { start: at, end: at + word.length, insert: String(UNITS[word.toLowerCase()]) };
  },
  'number:words': (c) => {
    const w = numberText(c);
    const digits = /\d+$/.exec(w)?.[0];
    if (!digits || !WORD_OF[Number(digits)] || !(w === digits || w.endsWith(` ${digits}`))) return null;
    const at = c.at + w.length - digits.length;
    const lead = /(?:^|[.!?]\s+|\n)$/.test(c.text.slice(Math.max(0, at - 3), at));
    const word = WORD_OF[Number(digits)]!;
    return {
      start: at,
      end: at + digits.length,
      insert: lead ? word.charAt(0).toUpperCase() + word.slice(1) : word,
    };
  },
  'verb:injured': (c) => {
    const { at, rest } = afterNumber(c);
    const m = /^((?: [\p{L}-]+){0,3}? (?:were|was|have been|had been)) wounded\b/u.exec(rest);
    return m ? { start: at + m[1]!.length + 1, end: at + m[1]!.length + 8, insert: 'injured' } : null;
  },
  'verb:wounded': (c) => {
    const { at, rest } = afterNumber(c);
    const m = /^((?: [\p{L}-]+){0,3}? (?:were|was|have been|had been)) injured\b/u.exec(rest);
    return m ? { start: at + m[1]!.length + 1, end: at + m[1]!.length + 8, insert: 'wounded' } : null;
  },
  'verb:sustained-injuries': (c) => {
    const { at, rest } = afterNumber(c);
    const m = /^((?: [\p{L}-]+){0,3}?) (?:were|have been|had been) (?:wounded|injured)\b/u.exec(rest);
    return m ? { start: at + m[1]!.length, end: at + m[0].length, insert: ' sustained injuries' } : null;
  },
  'toll:rose-to': (c) => {
    if (c.f.category !== 'killed') return null;
    const { at, rest } = afterNumber(c);
    const m = /^ (?:people|civilians|soldiers|servicemen|persons) (?:were|have been|had been) killed\b/.exec(
      rest,
    );
    if (!m) return null;
    const lead = /(?:^|[.!?]\s+|\n)$/.test(c.text.slice(Math.max(0, c.at - 3), c.at));
    if (!lead) return null;
    const n = numberText(c);
    return {
      start: c.at,
      end: at + m[0].length,
      insert: `The death toll rose to ${n.charAt(0).toLowerCase()}${n.slice(1)}`,
    };
  },
  'active:killed': (c) => {
    if (c.f.category !== 'killed') return null;
    const { at, rest } = afterNumber(c);
    const m =
      /^ (people|civilians|soldiers|servicemen) (?:were|have been) killed by (the [\p{L}-]+(?: [\p{L}-]+)?)(?=[,.])/u.exec(
        rest,
      );
    if (!m) return null;
    const lead = /(?:^|[.!?]\s+|\n)$/.test(c.text.slice(Math.max(0, c.at - 3), c.at));
    if (!lead) return null;
    const n = numberText(c);
    const insert = `${m[2]!.charAt(0).toUpperCase()}${m[2]!.slice(1)} killed ${n.charAt(0).toLowerCase()}${n.slice(1)} ${m[1]}`;
    return { start: c.at, end: at + m[0].length, insert };
  },
};

function extract(file: string, text: string): Extracted {
  const doc = buildDocument(file, new TextEncoder().encode(text));
  if (!isDocument(doc)) throw new Error(`${file}: ${doc.reason}`);
  const { byDoc, timelines } = extractCorpus([doc], NOW);
  const timeline = timelines.get(doc.id)!;
  return {
    text: doc.text,
    reference: timeline.reference,
    dates: timeline.mentions.filter((m) => !m.role),
    figures: byDoc.get(doc.id)!.figures,
  };
}

/** Greedy one-to-one: the first unused prediction each gold item matches. */
function pairs<P, G>(predicted: P[], gold: G[], same: (p: P, g: G) => boolean): P[] {
  const used = new Set<number>();
  const out: P[] = [];
  for (const g of gold) {
    const i = predicted.findIndex((p, j) => !used.has(j) && same(p, g));
    if (i < 0) continue;
    used.add(i);
    out.push(predicted[i]!);
  }
  return out;
}

const { lost, wanted, count, print } = survivalTally('date-variants.json');

/** Every case's edit for one transform, none overlapping another's; applied last to first. */
function variantOf<C>(
  base: string,
  cases: C[],
  make: (c: C) => Edit | null,
): { text: string; edits: { c: C; e: Edit; shift: number }[] } {
  const edits: { c: C; e: Edit; shift: number }[] = [];
  for (const c of cases) {
    const e = make(c);
    if (!e || edits.some((x) => e.start < x.e.end + 2 && x.e.start < e.end + 2)) continue;
    edits.push({ c, e, shift: 0 });
  }
  edits.sort((a, b) => a.e.start - b.e.start);
  let shift = 0;
  for (const x of edits) {
    x.shift = shift;
    shift += x.e.insert.length - (x.e.end - x.e.start);
  }
  let text = base;
  for (const { e } of [...edits].reverse()) text = text.slice(0, e.start) + e.insert + text.slice(e.end);
  return { text, edits };
}

/** Where an edit stands in the variant, and whether span [a, b) of the variant touches it. */
const touches = (e: Edit, shift: number, a: number, b: number) => {
  const from = e.start + shift;
  const to = from + Math.max(1, e.insert.length);
  return a < to && from < b;
};
const window = (text: string, e: Edit, shift: number) =>
  text.slice(Math.max(0, e.start + shift - 50), e.start + shift + e.insert.length + 30).replace(/\s+/g, ' ');

for (const set of process.argv.slice(2)) {
  const dir = join(ROOT, set);
  for (const n of readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const raw = readFileSync(join(dir, n), 'utf8');
    const gold = JSON.parse(readFileSync(join(dir, n.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
    const base = extract(n, raw);
    const rightDates = pairs(
      base.dates,
      gold.dates ?? [],
      (p, g) =>
        (fold(p.text).includes(fold(g.text)) || fold(g.text).includes(fold(p.text))) &&
        formatSourceDate(p.date) === g.date,
    );
    const dateCases: DateCase[] = rightDates.map((m) => ({ text: base.text, reference: base.reference, m }));
    for (const [name, t] of Object.entries(DATE_TRANSFORMS)) {
      if (!wanted(name)) continue;
      const { text, edits } = variantOf(base.text, dateCases, t);
      if (edits.length === 0) continue;
      const variant = extract(n, text);
      for (const { c, e, shift } of edits) {
        const want = formatSourceDate(c.m.date);
        const ok = variant.dates.some(
          (m) => touches(e, shift, m.start, m.end) && formatSourceDate(m.date) === want,
        );
        count(name, ok);
        if (!ok) {
          const got = variant.dates
            .filter((m) => touches(e, shift, m.start - 20, m.end + 20))
            .map((m) => `${m.text}=${formatSourceDate(m.date)}`);
          lost.push({
            transform: name,
            set,
            file: n,
            want,
            got: got.join('; '),
            variant: window(text, e, shift),
          });
        }
      }
    }
    const rightFigures = pairs(
      base.figures,
      gold.figures ?? [],
      (p, g) => p.category === g.category && fold(p.number.text) === fold(g.number),
    );
    const figureCases: FigureCase[] = [];
    for (const f of rightFigures) {
      const excerpt = base.text.slice(f.excerpt.start, f.excerpt.end);
      const i = excerpt.indexOf(f.number.text);
      // A number written twice in its sentence cannot be placed: left out.
      if (i < 0 || excerpt.indexOf(f.number.text, i + 1) >= 0) continue;
      figureCases.push({ text: base.text, f, at: f.excerpt.start + i });
    }
    for (const [name, t] of Object.entries(FIGURE_TRANSFORMS)) {
      if (!wanted(name)) continue;
      const { text, edits } = variantOf(base.text, figureCases, t);
      if (edits.length === 0) continue;
      const variant = extract(n, text);
      for (const { c, e, shift } of edits) {
        const ok = variant.figures.some(
          (f) =>
            f.category === c.f.category &&
            f.kind === c.f.kind &&
            f.number.value === c.f.number.value &&
            touches(e, shift, f.excerpt.start, f.excerpt.end),
        );
        count(name, ok);
        if (!ok) {
          const got = variant.figures
            .filter((f) => touches(e, shift, f.excerpt.start, f.excerpt.end))
            .map((f) => `${f.category}:${f.number.text}${f.kind ? `:${f.kind}` : ''}`);
          lost.push({
            transform: name,
            set,
            file: n,
            want: `${c.f.category}:${c.f.number.text}${c.f.kind ? `:${c.f.kind}` : ''}`,
            got: got.join('; '),
            variant: window(text, e, shift),
          });
        }
      }
    }
  }
}
print();
