/**
 * Dev only: which kinds of speaker mention give wrong speakers. For each eval set named on the
 * command line, every statement is right (matches a gold statement, speaker as the strict scorer
 * reads it), wrong (its words start a gold statement given to someone else) or spurious (no gold
 * statement starts so), tallied by the form of its mention (pronoun, definite role, name, relay,
 * headline, …). Rows go to $OUT (default: a file in the temp dir) for diffing two trees.
 *
 *   npx tsx scripts/speakerPaths.ts outlets-fresh-29 outlets-fresh-30
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../src/corpus/load.ts';
import { slug } from '../src/extract/entities/normalise.ts';
import { extractCorpus } from '../src/extract/index.ts';
import type { Statement } from '../src/extract/types.ts';
import { ownedRoleMatches } from './eval/ownedRole.ts';

const ROOT = resolve(import.meta.dirname, '../test/fixtures/eval');
const NOW = new Date('2026-11-23T00:00:00Z');
const fold = (s: string) =>
  s.replace(/\s+/g, ' ').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").trim().toLowerCase();
const sets = process.argv.slice(2);
const PRON = /^(?:he|she|they|it|him|her|his)$/i;
function form(mention: string, via: boolean, line: boolean, sentence: number): string {
  const m = mention.trim();
  if (line || sentence < 0) return 'headline';
  if (via) return 'relay';
  if (PRON.test(m)) return `pronoun`;
  if (/^the\s+\p{Ll}/u.test(m)) return 'definite';
  if (/^(?:an?|one|another|some)\s/i.test(m)) return 'indefinite';
  if (/^\p{Ll}/u.test(m)) return 'lowercase-other';
  if (/^(?:Mr|Mrs|Ms|Dr)\.?\s+\S+$/.test(m) || /^\p{Lu}[\p{L}'’-]+$/u.test(m)) return 'one-name';
  return 'named';
}
/** Where the speaker was last named before its mention: same sentence, sentences back, or an earlier paragraph. */
function antecedent(text: string, names: readonly string[], at: number): string {
  const before = text.slice(0, at);
  let last = -1;
  for (const n of names) {
    if (n.length < 3) continue;
    const i = before.lastIndexOf(n);
    if (i > last) last = i;
  }
  if (last < 0) return 'unnamed';
  const between = before.slice(last);
  if (/\n\s*\n/.test(between)) return 'earlier-paragraph';
  const stops = between.match(/[.!?][”"’']?\s+(?=[“"‘'(\p{Lu}\d])/gu)?.length ?? 0;
  return stops === 0 ? 'same-sentence' : stops === 1 ? 'one-back' : 'further-back';
}
function namesOf(e: { name: string; aliases?: string[] }): string[] {
  const words = e.name.split(/\s+/);
  return [e.name, ...(e.aliases ?? []), ...(words.length > 1 ? [words.at(-1)!] : [])];
}
/** The mechanism, as far as the output shows it: how the mention relates to the quote and the text before. */
function path(text: string, s: Statement, shared: boolean): string {
  const m = s.mention.trim();
  const f = form(m, !!s.via, s.line === 'headline', s.sentence);
  if (f === 'headline' || f === 'relay') return f;
  if (shared) return 'joint';
  const ctx = text.slice(s.context.start, s.context.end);
  const esc = m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`(?<![\\p{L}])${esc}(?![\\p{L}])`, 'u').exec(ctx);
  const mi = s.context.start + (found?.index ?? 0);
  const tail = mi >= s.quote.end ? 'tail' : 'front';
  if (new RegExp(`according to\\s+${esc}`, 'i').test(ctx)) return `according-to ${f}`;
  if (f === 'one-name' && s.speaker.id.startsWith('gov-')) return 'place-for-government';
  if (f === 'pronoun') {
    const body = /^(?:it|they)$/i.test(m) ? ' body' : '';
    return `pronoun${body} ${antecedent(text, namesOf(s.speaker), mi)}`;
  }
  if (f === 'definite' || f === 'indefinite' || f === 'lowercase-other')
    return `${f} ${antecedent(text, namesOf(s.speaker), mi)} ${tail}`;
  return `${f} ${tail}`;
}
const rows: Record<string, string | number>[] = [];
for (const set of sets) {
  const dir = join(ROOT, set);
  for (const n of readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(dir, n.replace(/\.txt$/, '.gold.json')), 'utf8')) as {
      statements: { speaker: string; quoteStart: string }[];
    };
    const tmp = mkdtempSync(join(tmpdir(), 'kb-cal-'));
    copyFileSync(join(dir, n), join(tmp, n));
    const corpus = await loadCorpus(tmp);
    rmSync(tmp, { recursive: true, force: true });
    const doc = corpus.documents[0]!;
    const { byDoc } = extractCorpus(corpus.documents, NOW);
    const st = byDoc.get(doc.id)!.statements;
    const pred = st.map((s) => ({
      s,
      speaker: s.speaker.id,
      asText: `text:${slug(s.speaker.name)}`,
      quote: fold(doc.text.slice(s.quote.start, Math.max(s.quote.end, s.quote.start + 40))),
    }));
    const used = new Set<number>();
    const same = (p: (typeof pred)[number], g: string) =>
      p.speaker === g ||
      p.asText === g ||
      ownedRoleMatches(g, p.speaker, p.s.mention, p.s.via?.id, p.s.speaker.name);
    for (const g of gold.statements) {
      const i = pred.findIndex(
        (p, j) => !used.has(j) && same(p, g.speaker) && p.quote.startsWith(fold(g.quoteStart).slice(0, 20)),
      );
      if (i >= 0) used.add(i);
    }
    pred.forEach((p, j) => {
      let verdict = 'right';
      let want = '';
      if (!used.has(j)) {
        const g = gold.statements.find((g) => p.quote.startsWith(fold(g.quoteStart).slice(0, 20)));
        verdict = g ? 'wrong' : 'spurious';
        want = g?.speaker ?? '';
      }
      rows.push({
        set,
        file: n,
        verdict,
        form: form(p.s.mention, !!p.s.via, p.s.line === 'headline', p.s.sentence),
        path: path(
          doc.text,
          p.s,
          pred.some((o) => o !== p && o.s.quote.start === p.s.quote.start && o.speaker !== p.speaker),
        ),
        mention: p.s.mention,
        speaker: p.speaker,
        want,
        sentence: p.s.sentence,
        quote: p.quote.slice(0, 60),
        at: p.s.context.start,
      });
    });
  }
}
const out = process.env.OUT ?? join(tmpdir(), 'speaker-paths.json');
writeFileSync(out, JSON.stringify(rows));
for (const key of ['form', 'path'] as const) {
  const tally = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const t = tally.get(r[key] as string) ?? { right: 0, wrong: 0, spurious: 0 };
    t[r.verdict as string]!++;
    tally.set(r[key] as string, t);
  }
  console.log(`by ${key}: right wrong spurious right%`);
  for (const [k, t] of [...tally].sort()) {
    const n = t.right! + t.wrong! + t.spurious!;
    console.log(k.padEnd(36), t.right, t.wrong, t.spurious, `${Math.round((100 * t.right!) / n)}%`);
  }
}
