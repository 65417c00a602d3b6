import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { readingText } from '../../src/corpus/readingText.ts';
import { formatSourceDate } from '../../src/extract/dates/format.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import {
  ALL_AT_ONCE,
  foldFormatting,
  foldPageFormatting,
  PAGE_MESS,
  PAGE_REFORMATS,
  REFORMATS,
} from '../support/formatting.ts';

/**
 * Metamorphic check: an article reformatted as real pages bring it (quotes, dashes, spaces, line
 * breaks, a byte-order mark) gives the same statements (speaker, verbatim content), dates and
 * figures (number, kind, reporter). Run over a sample of the eval fixtures and the seeds.
 */
const ROOT = join(import.meta.dirname, '../..');
const NOW = new Date('2026-11-23T00:00:00Z');
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** outlets-fresh-15 and later stay out of the sample so the sample is unchanged. */
const NOT_SAMPLED = new Set([
  'outlets-fresh-15',
  'outlets-fresh-16',
  'outlets-fresh-17',
  'outlets-fresh-18',
  'outlets-fresh-19',
  'outlets-fresh-20',
  'outlets-fresh-21',
  'outlets-fresh-22',
  'outlets-fresh-23',
  'outlets-fresh-24',
  'outlets-fresh-25',
  'outlets-fresh-26',
  'outlets-fresh-27',
  'outlets-fresh-28',
  'outlets-fresh-29',
  'outlets-fresh-30',
  'outlets-fresh-31',
  'outlets-fresh-32',
  'outlets-fresh-33',
  'outlets-fresh-34',
  'outlets-fresh-35',
  'outlets-fresh-36',
  'outlets-fresh-37',
  'outlets-fresh-38',
  'outlets-fresh-39',
  'outlets-fresh-40',
  'outlets-fresh-41',
  'outlets-fresh-42',
  'outlets-fresh-43',
  'outlets-fresh-44',
  'outlets-fresh-45',
  'outlets-fresh-46',
  'outlets-fresh-47',
  'outlets-fresh-48',
  'outlets-fresh-49',
  'outlets-fresh-50',
  'outlets-fresh-51',
  'outlets-fresh-52',
  'outlets-fresh-53',
  'outlets-fresh-54',
  'outlets-fresh-55',
  'outlets-fresh-56',
  'outlets-fresh-57',
  'outlets-fresh-58',
  'outlets-fresh-59',
  'outlets-fresh-60',
  'outlets-fresh-61',
  'outlets-fresh-62',
  'outlets-fresh-63',
  'outlets-fresh-64',
  'outlets-fresh-65',
  'outlets-fresh-66',
  'outlets-fresh-67',
  'outlets-fresh-68',
  'outlets-fresh-69',
  'outlets-fresh-70',
  'outlets-fresh-71',
  'outlets-fresh-72',
  'outlets-fresh-73',
  'outlets-fresh-74',
  'outlets-fresh-75',
  'outlets-fresh-76',
  'outlets-fresh-77',
  'outlets-fresh-78',
  'outlets-fresh-79',
  'outlets-fresh-80',
  'outlets-fresh-81',
  'outlets-fresh-82',
  'outlets-fresh-83',
  'outlets-fresh-84',
  'outlets-fresh-85',
  'outlets-fresh-86',
]);

function articles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return NOT_SAMPLED.has(name) ? [] : articles(path);
      return name.endsWith('.txt') ? [path] : [];
    });
}

const ALL = [...articles(join(ROOT, 'test/fixtures/eval')), ...articles(join(ROOT, 'corpus'))];
/** Every fourth article: a spread of outlets and layouts that keeps the run to seconds. */
const SAMPLE = ALL.filter((_, i) => i % 4 === 0);

/** What a reader takes from the article, folded for the formatting the changes vary. */
function readOff(text: string, bom = false, fold = foldFormatting): string[] {
  const encoded = new TextEncoder().encode(text);
  const bytes = bom ? new Uint8Array([...BOM, ...encoded]) : encoded;
  const doc = buildDocument('article.txt', bytes);
  if (!isDocument(doc)) return [`skipped: ${doc.reason}`];
  const { byDoc, timelines } = extractCorpus([doc], NOW);
  const x = byDoc.get(doc.id)!;
  const reference = timelines.get(doc.id)!.reference;
  const said = (s: { start: number; end: number }) => doc.text.slice(s.start, s.end);
  const date = (d: Parameters<typeof formatSourceDate>[0] | null) => (d ? formatSourceDate(d) : '-');
  return [
    `published ${date(reference)}`,
    // A title is given with its white space folded: a thin space grouping digits reads as a space.
    `title ${fold(doc.meta.title?.value ?? '').replace(/(\d) (?=\d{3}\b)/g, '$1')}`,
    ...x.statements.map(
      (s) =>
        `statement ${s.speaker.id} via ${s.via?.id ?? '-'} ${s.kind} ${date(s.date)}: ` +
        fold([s.quote, ...(s.continuation ?? [])].map(said).join(' ')),
    ),
    ...x.events.map((e) => `date ${formatSourceDate(e.date)} ${fold(e.expression)}`),
    ...x.figures.map(
      (f) =>
        `figure ${f.category} ${f.number.value} ${f.kind ?? 'count'} ${f.partOf ? 'nested' : 'total'} ` +
        `by ${f.reporter?.entity?.id ?? fold(f.reporter?.text ?? '-')}`,
    ),
  ].sort();
}

describe('extraction does not depend on formatting', () => {
  it('samples articles from several sets', () => {
    expect(SAMPLE.length).toBeGreaterThanOrEqual(12);
  });

  for (const file of SAMPLE) {
    it(`reads ${relative(ROOT, file)} alike in every formatting`, () => {
      const text = readFileSync(file, 'utf8');
      const original = readOff(text);
      for (const [name, reformat] of Object.entries(REFORMATS))
        expect(readOff(reformat(text)), name).toEqual(original);
      expect(readOff(text, true), 'byte-order mark').toEqual(original);
      expect(readOff(ALL_AT_ONCE(text), true), 'all at once').toEqual(original);
    });
  }
});

/** Another spread of articles for the changes real pages bring (page changes): see PAGE_REFORMATS. */
const PAGE_SAMPLE = ALL.filter((_, i) => i % 4 === 2);
/** Changes whose reading is ambiguous by design: a capitals kicker line reads as the headline. */
const AMBIGUOUS = new Set(['capitals title']);

/** Every excerpt the article's statements quote, which must be exact substrings of its text. */
function quotedExcerpts(text: string): { text: string; excerpts: string[] } {
  const doc = buildDocument('article.txt', new TextEncoder().encode(text));
  if (!isDocument(doc)) return { text, excerpts: [] };
  const x = extractCorpus([doc], NOW).byDoc.get(doc.id)!;
  const excerpts = x.statements.flatMap((s) =>
    [s.quote, s.context, ...(s.continuation ?? []), ...(s.clause ?? [])].map((p) =>
      doc.text.slice(p.start, p.end),
    ),
  );
  return { text: doc.text, excerpts };
}

describe('extraction does not depend on what real pages leave in the text', () => {
  const folded = (text: string) => readOff(text, false, foldPageFormatting);
  for (const file of PAGE_SAMPLE) {
    it(`reads ${relative(ROOT, file)} alike with entities, invisible characters, runs of spaces …`, () => {
      const text = readFileSync(file, 'utf8');
      const original = folded(text);
      for (const [name, reformat] of Object.entries(PAGE_REFORMATS))
        if (!AMBIGUOUS.has(name)) expect(folded(reformat(text)), name).toEqual(original);
      const messy = PAGE_MESS(text);
      expect(folded(messy), 'page mess').toEqual(original);
      const quoted = quotedExcerpts(messy);
      for (const excerpt of quoted.excerpts) expect(quoted.text.includes(excerpt)).toBe(true);
    });
  }
});

describe('the reading view of any text', () => {
  const pieces = fc.constantFrom(
    'word',
    'Aliyev',
    ' ',
    '\n',
    '\r\n',
    '\n\n',
    '\u00a0',
    '\u2009',
    '\t',
    '--',
    '---',
    '\u2019',
    "'",
    '5',
    '000',
    ',',
    '.',
    'a line of some seventy characters that a wrapper would have to break.',
  );
  const texts = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(''));

  it('keeps the length and changes only spaces, apostrophes, dashes and digit-group marks', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const read = readingText(text);
        expect(read).toHaveLength(text.length);
        for (let i = 0; i < text.length; i++) {
          if (read[i] === text[i]) continue;
          expect(`${text[i]}>${read[i]}`).toMatch(
            /^(?:\s> |[\u00a0\u2009\u202f]>,|[\u2019\u02bc]>'|->[\u2014 ])$/u,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
