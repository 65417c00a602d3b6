/**
 * Dev only: how robust speaker attribution is to the wording of its sentence. Every statement the
 * extractor gets right in the eval sets named on the command line (speaker as the strict scorer
 * reads it) has its sentence rewritten one way at a time, the way another outlet could have
 * written it: the saying verb swapped within its family and tense, the attribution moved before or
 * after what was said, "according to", a weekday after the verb, a fronted adverbial after
 * "that", an apposition after the subject, the headline in capitals or Title Case. The variant goes
 * back into its document, the document is extracted again, and the variant survives when the same
 * speaker and quote start come out. Prints survival per transformation; rows that did not survive
 * go to $OUT (default: a file in the temp dir).
 *
 *   npx tsx scripts/wordingVariants.ts outlets-fresh-29 outlets-fresh-30
 *   ONLY=moved-before,according-to npx tsx scripts/wordingVariants.ts outlets-fresh-29
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDocument, isDocument } from '../src/corpus/document.ts';
import { slug } from '../src/extract/entities/normalise.ts';
import { extractCorpus } from '../src/extract/index.ts';
import type { Statement } from '../src/extract/types.ts';
import { ownedRoleMatches } from './eval/ownedRole.ts';

const ROOT = resolve(import.meta.dirname, '../test/fixtures/eval');
const NOW = new Date('2026-11-23T00:00:00Z');
const fold = (s: string) =>
  s.replace(/\s+/g, ' ').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").trim().toLowerCase();

interface Gold {
  speaker: string;
  quoteStart: string;
}
/** One right statement and the text it was read from. */
interface Case {
  text: string;
  st: Statement;
  gold: Gold;
}
/** A rewrite of [start, end) of the document, and the quote start the variant should give. */
interface Edit {
  start: number;
  end: number;
  insert: string;
  quoteStart: string;
}
type Transform = (c: Case) => Edit | null;

const PAST_SAY = /\b(said|says)\b/g;
const PRONOUN = /^(?:he|she|they|it|we|i)$/i;
const FUNCTION_START =
  /^(?:On|In|At|After|During|Since|From|For|By|With|About|More|Some|The|It|They|He|She|A|An|This|That|These|Those|There|We|Its|Their|His|Her|No|All|Some|Any|Both|Such|Our|Each|One|Only|Further|Several|Many)\b/;

/** Spans of the context that are quoted or are the statement's own words: verbs there are not the attribution's. */
function quotedSpans(c: Case): [number, number][] {
  const spans: [number, number][] = [[c.st.quote.start, c.st.quote.end]];
  for (const s of c.st.continuation ?? []) spans.push([s.start, s.end]);
  const { start, end } = c.st.context;
  const re = /“[^”]*”|"[^"]*"/g;
  for (const m of c.text.slice(start, end).matchAll(re))
    spans.push([start + m.index, start + m.index + m[0].length]);
  return spans;
}

/** The saying verb of the attribution: "said"/"says" outside every quote, nearest the mention. */
function sayingVerb(c: Case): { at: number; word: string } | null {
  const { start, end } = c.st.context;
  const spans = quotedSpans(c);
  const body = c.text.slice(start, end);
  const mentionAt = body.indexOf(c.st.mention);
  let best: { at: number; word: string } | null = null;
  for (const m of body.matchAll(PAST_SAY)) {
    const at = start + m.index;
    if (spans.some(([a, b]) => at >= a && at < b)) continue;
    const d = mentionAt < 0 ? 0 : Math.abs(m.index - mentionAt);
    const bd = best && mentionAt >= 0 ? Math.abs(best.at - start - mentionAt) : Number.POSITIVE_INFINITY;
    if (!best || d < bd) best = { at, word: m[1]! };
  }
  return best;
}

/** Verbs an outlet puts before the speaker after a quote ("…,” added Lavrov."). */
const INVERTING = new Set(['stated', 'noted', 'added', 'stressed', 'wrote']);

const PERSON_NAME = /^(?:\p{Lu}[\p{L}.'’-]*\s+)+\p{Lu}[\p{Ll}'’-]+$/u;
const BODY_WORD =
  /\b(?:Office|Ministry|Council|Government|Service|International|Watch|Committee|Court|Assembly|Parliament|Kremlin|Department|Agency)\b/;

const quoteStartOf = (c: Case) => c.gold.quoteStart;

function swapVerb(past: string, present: string, onlyBeforeThat = false): Transform {
  return (c) => {
    const v = sayingVerb(c);
    if (!v) return null;
    const after = c.text.slice(v.at + v.word.length, v.at + v.word.length + 6);
    if (onlyBeforeThat && !/^ that\b/.test(after)) return null;
    // "…,” said Overchuk." inverts only a verb that stands alone: no "reported Overchuk".
    const inverted = c.text.slice(v.at + v.word.length).startsWith(` ${c.st.mention}`);
    if (inverted && !INVERTING.has(past)) return null;
    return {
      start: v.at,
      end: v.at + v.word.length,
      insert: v.word === 'said' ? past : present,
      quoteStart: quoteStartOf(c),
    };
  };
}

/** The context as one sentence: "<subject> said [that] <clause>." with a named or role subject. */
function preposed(c: Case): { subject: string; verb: string; clause: string } | null {
  if (c.st.kind !== 'reported') return null;
  const { start, end } = c.st.context;
  const sentence = c.text.slice(start, end).trim();
  const m = /^([^,“”"]+?) (said|says)(?: that)? (.+)\.$/su.exec(sentence);
  if (!m || PRONOUN.test(m[1]!) || /\n/.test(sentence) || !m[1]!.endsWith(c.st.mention)) return null;
  if (!fold(m[3]!).startsWith(fold(c.gold.quoteStart).slice(0, 20))) return null;
  return { subject: m[1]!, verb: m[2]!, clause: m[3]! };
}

/** "<clause>, <subject> said." or "“<quote>,” <subject> said." as one sentence. */
function postposed(c: Case): { subject: string; verb: string; clause: string; quoted: boolean } | null {
  const { start, end } = c.st.context;
  const sentence = c.text.slice(start, end).trim();
  if (/\n/.test(sentence)) return null;
  const q = /^“([^”]+),” (?:([^,“”"]+?) (said|says)|(said|says) ([^,“”"]+?))\.$/u.exec(sentence);
  if (q) {
    const subject = q[2] ?? q[5]!;
    if (PRONOUN.test(subject) || !subject.endsWith(c.st.mention)) return null;
    return { subject, verb: q[3] ?? q[4]!, clause: q[1]!, quoted: true };
  }
  const r = /^([^“”"]+), ([^,“”"]+?) (said|says)\.$/u.exec(sentence);
  if (!r || PRONOUN.test(r[2]!) || !r[2]!.endsWith(c.st.mention) || /^\p{Lu}{2,}/u.test(r[1]!)) return null;
  return { subject: r[2]!, verb: r[3]!, clause: r[1]!, quoted: false };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const decapitalise = (s: string) => (FUNCTION_START.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const whole = (c: Case, insert: string, quoteStart: string): Edit => {
  const lead = /^\s*/.exec(c.text.slice(c.st.context.start, c.st.context.end))![0].length;
  const trail = /\s*$/.exec(c.text.slice(c.st.context.start, c.st.context.end))![0].length;
  return { start: c.st.context.start + lead, end: c.st.context.end - trail, insert, quoteStart };
};

const TRANSFORMS: Record<string, Transform> = {
  'verb:stated': swapVerb('stated', 'states'),
  'verb:noted': swapVerb('noted', 'notes'),
  'verb:added': swapVerb('added', 'adds'),
  'verb:stressed': swapVerb('stressed', 'stresses'),
  'verb:told-reporters': swapVerb('told reporters', 'tells reporters'),
  'verb:wrote': swapVerb('wrote', 'writes'),
  'verb:claimed': swapVerb('claimed', 'claims'),
  'verb:reported': swapVerb('reported', 'reports'),
  'verb:informed-that': swapVerb('informed', 'informs', true),
  'verb:voiced-hope-that': swapVerb('voiced hope', 'voices hope', true),
  'moved-after': (c) => {
    const p = preposed(c);
    if (!p) return null;
    return whole(c, `${capitalise(p.clause)}, ${decapitalise(p.subject)} ${p.verb}.`, c.gold.quoteStart);
  },
  'moved-before': (c) => {
    const p = postposed(c);
    if (!p) return null;
    const subject = decapitalise(p.subject) === p.subject ? p.subject : capitalise(p.subject);
    const insert = p.quoted
      ? `${capitalise(subject)} ${p.verb}: “${p.clause}.”`
      : `${capitalise(subject)} ${p.verb} that ${decapitalise(p.clause)}.`;
    return whole(c, insert, c.gold.quoteStart);
  },
  'according-to': (c) => {
    const p = preposed(c);
    if (p) return whole(c, `According to ${decapitalise(p.subject)}, ${p.clause}.`, c.gold.quoteStart);
    const q = postposed(c);
    if (!q || q.quoted) return null;
    return whole(c, `${q.clause}, according to ${decapitalise(q.subject)}.`, c.gold.quoteStart);
  },
  'weekday-on': (c) => weekday(c, ' on Tuesday'),
  'weekday-bare': (c) => weekday(c, ' Tuesday'),
  'adverbial-after-that': (c) => {
    const v = sayingVerb(c);
    if (!v || c.st.kind === 'direct') return null;
    const at = v.at + v.word.length;
    if (!/^ that \S/.test(c.text.slice(at, at + 8))) return null;
    const clauseAt = at + ' that '.length;
    if (clauseAt !== c.st.quote.start) return null;
    const adverbial = 'at the same time, ';
    return { start: clauseAt, end: clauseAt, insert: adverbial, quoteStart: adverbial + c.gold.quoteStart };
  },
  apposition: (c) => {
    const v = sayingVerb(c);
    // "who" stands after a person's name: two capitalised words or more, no body's.
    if (!v || !PERSON_NAME.test(c.st.mention) || BODY_WORD.test(c.st.mention)) return null;
    const before = c.text.slice(c.st.context.start, v.at);
    if (!before.endsWith(`${c.st.mention} `)) return null;
    return {
      start: v.at - 1,
      end: v.at - 1,
      insert: ', who spoke after a meeting of the security council,',
      quoteStart: c.gold.quoteStart,
    };
  },
};

function weekday(c: Case, words: string): Edit | null {
  const v = sayingVerb(c);
  if (!v) return null;
  const sentence = c.text.slice(c.st.context.start, c.st.context.end);
  if (/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b/.test(sentence))
    return null;
  const at = v.at + v.word.length;
  if (!/^(?: that\b|[.,:] |\.$| “)/.test(c.text.slice(at, at + 6))) return null;
  return { start: at, end: at, insert: words, quoteStart: c.gold.quoteStart };
}

/** Headline transforms rewrite the first line of the file; they test headline statements only. */
const HEADLINE: Record<string, (line: string) => string> = {
  'headline:capitals': (line) => line.toUpperCase(),
  'headline:title-case': (line) =>
    line.replace(/(^|[\s“"‘(-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase()),
};

function extract(file: string, text: string): { text: string; statements: Statement[] } {
  const doc = buildDocument(file, new TextEncoder().encode(text));
  if (!isDocument(doc)) throw new Error(`${file}: ${doc.reason}`);
  const { byDoc } = extractCorpus([doc], NOW);
  return { text: doc.text, statements: byDoc.get(doc.id)!.statements };
}

function same(s: Statement, speaker: string): boolean {
  return (
    s.speaker.id === speaker ||
    `text:${slug(s.speaker.name)}` === speaker ||
    ownedRoleMatches(speaker, s.speaker.id, s.mention, s.via?.id)
  );
}
const startsAs = (text: string, s: Statement, quoteStart: string) =>
  fold(text.slice(s.quote.start, Math.max(s.quote.end, s.quote.start + 40))).startsWith(
    fold(quoteStart).slice(0, 20),
  );

/** Right statements: each gold statement's first match by speaker and quote start. */
function rightCases(text: string, statements: Statement[], gold: Gold[]): Case[] {
  const used = new Set<number>();
  const cases: Case[] = [];
  for (const g of gold) {
    const i = statements.findIndex(
      (s, j) => !used.has(j) && same(s, g.speaker) && startsAs(text, s, g.quoteStart),
    );
    if (i < 0) continue;
    used.add(i);
    cases.push({ text, st: statements[i]!, gold: g });
  }
  return cases;
}

const only = process.env.ONLY?.split(',');
const wanted = (name: string) => !only || only.includes(name);
const tally = new Map<string, { n: number; ok: number }>();
const lost: Record<string, string>[] = [];
const count = (name: string, ok: boolean) => {
  const t = tally.get(name) ?? { n: 0, ok: 0 };
  t.n++;
  if (ok) t.ok++;
  tally.set(name, t);
};

for (const set of process.argv.slice(2)) {
  const dir = join(ROOT, set);
  for (const n of readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const raw = readFileSync(join(dir, n), 'utf8');
    const gold = JSON.parse(readFileSync(join(dir, n.replace(/\.txt$/, '.gold.json')), 'utf8')) as {
      statements: Gold[];
    };
    const base = extract(n, raw);
    const cases = rightCases(base.text, base.statements, gold.statements ?? []);
    const body = cases.filter((c) => c.st.sentence >= 0 && c.st.line !== 'headline');
    for (const [name, t] of Object.entries(TRANSFORMS)) {
      if (!wanted(name)) continue;
      const edits: { c: Case; e: Edit }[] = [];
      for (const c of body) {
        const e = t(c);
        if (!e || edits.some((x) => e.start < x.c.st.context.end && x.c.st.context.start < e.end)) continue;
        if (edits.some((x) => x.c.st.context.start === c.st.context.start)) continue;
        // "His team, he said, found …": gold words that run over the edit are compared up to it.
        const upTo = e.start - c.st.quote.start;
        if (upTo > 0 && upTo < 20) e.quoteStart = e.quoteStart.slice(0, upTo);
        edits.push({ c, e });
      }
      if (edits.length === 0) continue;
      let text = base.text;
      for (const { e } of [...edits].sort((a, b) => b.e.start - a.e.start))
        text = text.slice(0, e.start) + e.insert + text.slice(e.end);
      const variant = extract(n, text);
      for (const { c, e } of edits) {
        const ok = variant.statements.some(
          (s) => same(s, c.gold.speaker) && startsAs(variant.text, s, e.quoteStart),
        );
        count(name, ok);
        if (!ok) {
          const shift = edits
            .filter((x) => x.e.start < e.start)
            .reduce((d, x) => d + x.e.insert.length - (x.e.end - x.e.start), 0);
          const from = c.st.context.start + shift;
          const to = from + (c.st.context.end - c.st.context.start) + e.insert.length - (e.end - e.start);
          lost.push({
            transform: name,
            set,
            file: n,
            speaker: c.gold.speaker,
            variant: text.slice(from, to).trim(),
          });
        }
      }
    }
    const heads = cases.filter((c) => c.st.sentence < 0 || c.st.line === 'headline');
    for (const [name, rewrite] of Object.entries(HEADLINE)) {
      if (!wanted(name)) continue;
      for (const c of heads) {
        const { start, end } = c.st.context;
        const line = c.text.slice(start, end);
        const text = c.text.slice(0, start) + rewrite(line) + c.text.slice(end);
        const variant = extract(n, text);
        const ok = variant.statements.some(
          (s) => same(s, c.gold.speaker) && startsAs(variant.text, s, c.gold.quoteStart),
        );
        count(name, ok);
        if (!ok)
          lost.push({ transform: name, set, file: n, speaker: c.gold.speaker, variant: rewrite(line) });
      }
    }
  }
}
const out = process.env.OUT ?? join(tmpdir(), 'wording-variants.json');
writeFileSync(out, JSON.stringify(lost, null, 1));
for (const [name, t] of [...tally].sort())
  console.log(name.padEnd(24), String(t.n).padStart(5), `${((100 * t.ok) / t.n).toFixed(1).padStart(6)}%`);
