/**
 * The README's style guide, held: the bot's own words (everything outside quotes, block quotes,
 * citations and echoed input) use none of the guide's words and give both names of a place.
 * Checked on every template's string literals and on the replies to every example.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import { answerLine } from '../src/console/answerLine.ts';
import { AFFILIATIONS } from '../src/extract/entities/affiliations.ts';
import { GAZETTEER } from '../src/extract/entities/gazetteer.ts';
import { bothNames, CONTESTED_PLACES, formsOf, withBothNames } from '../src/extract/entities/placeNames.ts';
import type { KnowledgeBase } from '../src/index/knowledgeBase.ts';
import { loadKnowledgeBase } from '../src/index/load.ts';
import type { Reply } from '../src/render/payload.ts';

const ROOT = resolve(import.meta.dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const STYLE_WORDS = /<!-- style-words -->([\s\S]*?)<!-- \/style-words -->/
  .exec(README)![1]!
  .split(',')
  .map((w) => w.trim())
  .filter(Boolean);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const STYLE_WORD = new RegExp(
  `(?<![\\p{L}-])(?:${STYLE_WORDS.map(escapeRegExp).join('|')})(?![\\p{L}-])`,
  'giu',
);

/** Contested forms left in own words once every "A / B" pair is taken out ("Karabakh" alone is both sides’ word). */
function unpairedPlaces(own: string): string[] {
  let rest = own;
  for (const place of CONTESTED_PLACES) rest = rest.split(bothNames(place)).join(' ');
  const forms = CONTESTED_PLACES.flatMap(formsOf)
    .filter((f) => f !== 'Karabakh')
    .sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}-])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}-])`, 'giu');
  return [...rest.matchAll(pattern)].map((m) => m[0]);
}

function styleProblems(own: string): string[] {
  return [
    ...[...own.matchAll(STYLE_WORD)].map((m) => `word "${m[0]}"`),
    ...unpairedPlaces(own).map((p) => `place "${p}" without its other name`),
  ];
}

/** The bot's own words in a reply: block quotes, citation lines, inline quotes and code spans removed. */
function ownWords(reply: Reply): string {
  const texts = reply.pages.flatMap((p) => [
    p.content ?? '',
    ...(p.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? '']),
  ]);
  return (
    texts
      .join('\n')
      .replace(/\\([\\*_~`|[\]#>+-])/g, '$1')
      .split('\n')
      // Block quotes, citations and a document's own title (/sources) are the source's words.
      .filter((line) => !/^\s*>/.test(line) && !/^\s*— /.test(line) && !/^Title: /.test(line))
      .join('\n')
      .replace(/`[^`]*`/g, ' ')
      .replace(/“[^”]*”|"[^"\n]*"/g, ' ')
      .replace(/ — \*[^\n]*/g, ' ')
  ); // an inline citation after a quote: the source’s title
}

describe('the style guide is in the README and names its words', () => {
  it('lists the words the bot never uses in its own voice', () => {
    expect(STYLE_WORDS).toContain('terrorist');
    expect(STYLE_WORDS).toContain('self-proclaimed');
    expect(STYLE_WORDS.length).toBeGreaterThan(20);
  });
});

describe('every template holds to it', () => {
  const files = ['src/render', 'src/answer', 'commands']
    .flatMap((dir) =>
      readdirSync(join(ROOT, dir))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join(dir, f)),
    )
    .concat(['src/dispatch.ts', 'src/validateArgs.ts']);
  it.each(files)('%s', (file) => {
    const code = readFileSync(join(ROOT, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, ' ')
      .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
    const literals = [...code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)].map(
      (m) => m[0],
    );
    expect(literals.flatMap((l) => styleProblems(l).map((p) => `${p} in ${l.slice(0, 80)}`))).toEqual([]);
  });

  it('the names and roles the bot shows for speakers, and the sides’ names', () => {
    const shown = [
      ...GAZETTEER.filter((e) => e.kind !== 'place').flatMap((e) => [e.name, e.role ?? '']),
      ...AFFILIATIONS.map((a) => a.label),
    ];
    // Names are shown with both names of a place (withBothNames, as the renders do).
    expect(shown.flatMap((s) => styleProblems(withBothNames(s)).map((p) => `${p} in ${s}`))).toEqual([]);
  });
});

describe('every reply on the seeds holds to it', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await loadKnowledgeBase({ corpusDir: join(ROOT, 'corpus'), now: new Date('2026-11-23T00:00:00Z') });
  });
  const EXTRA = [
    '/casualties about:Shushi',
    '/casualties about:Shusha',
    '/who-said about:Khankendi',
    '/timeline month:2023-09 about:Stepanakert',
    '/framing event:2023-09-24',
    '/framing event:Artsakh',
    '/who-said side:Narnia',
    '/timeline month:2023-13',
    '/who-said about:hostilities side:Armenia',
  ];
  const lines = () => [...commands.flatMap((c) => c.examples), ...EXTRA];

  it('every example of every command, and searches naming places', () => {
    const problems = lines().flatMap((line) =>
      styleProblems(ownWords(answerLine(line, { kb }))).map((p) => `${line}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('a place in the bot’s words has both names; the same place in a quote stays as the source wrote it', () => {
    const reply = answerLine('/casualties about:Shushi', { kb });
    const description = reply.pages[0]!.embeds![0]!.description!;
    expect(description).toContain('resident of the city of Shushi / Shusha');
    expect(description).toContain('> Baku reported the death of one resident of the city of Shusha.');
  });
});
