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
      p.speaker === g || p.asText === g || ownedRoleMatches(g, p.speaker, p.s.mention, p.s.via?.id);
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
const tally = new Map<string, Record<string, number>>();
for (const r of rows) {
  const t = tally.get(r.form as string) ?? { right: 0, wrong: 0, spurious: 0 };
  t[r.verdict as string]!++;
  tally.set(r.form as string, t);
}
for (const [k, t] of [...tally].sort()) console.log(k.padEnd(16), t.right, t.wrong, t.spurious);
