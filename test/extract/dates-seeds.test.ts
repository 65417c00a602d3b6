import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CorpusDocument, DocumentMeta } from '../../src/corpus/types.ts';
import { buildTimelines, formatSourceDate } from '../../src/extract/dates/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { DocumentTimeline } from '../../src/extract/types.ts';

const CORPUS = join(import.meta.dirname, '../../corpus');
const NOW = new Date(Date.UTC(2026, 10, 23));
const SEEDS = [
  '000_fa421d02e2779d37',
  '001_d8850208c26a01d9',
  '002_2eb07627606af149',
  '003_21b2102d4012c38e',
  '004_e66b67808a051b34',
];
const NO_META: DocumentMeta = { title: null, outlet: null, published: null, url: null };

/** What the loader is expected to read off the header lines (it may also find nothing: both are tested). */
const LOADER_META: Record<string, DocumentMeta> = {
  '000_fa421d02e2779d37': {
    ...NO_META,
    published: {
      value: { precision: 'day', month: 9, day: 20, yearStatus: 'unknown' },
      how: 'stated',
      why: 'dateline "WASHINGTON, September 20."',
    },
  },
  '004_e66b67808a051b34': {
    ...NO_META,
    published: {
      value: { precision: 'day', year: 2020, month: 10, day: 24, yearStatus: 'stated' },
      how: 'stated',
      why: 'Published: line',
    },
  },
};

function seeds(withMeta: boolean): { docs: CorpusDocument[]; timelines: Map<string, DocumentTimeline> } {
  const docs = SEEDS.map((id): CorpusDocument => {
    const text = readFileSync(join(CORPUS, `${id}.txt`), 'utf8');
    return {
      id,
      file: `${id}.txt`,
      text,
      sha256: '',
      label: `seed ${id.slice(0, 3)}`,
      meta: (withMeta && LOADER_META[id]) || NO_META,
      bodyStart: 0,
    };
  });
  const sentences = new Map(
    docs.map((d) => [d.id, splitSentences(d.text, splitParagraphs(d.text, d.bodyStart))]),
  );
  return { docs, timelines: buildTimelines(docs, sentences, NOW) };
}

const shown = (t: DocumentTimeline, text: string) =>
  t.mentions.filter((m) => m.text === text).map((m) => formatSourceDate(m.date));

describe.each([
  ['the text alone (no loader metadata)', false],
  ['loader metadata (dateline and Published: line already read)', true],
])('dates of the five seeds, from %s', (_, withMeta) => {
  const { timelines } = seeds(withMeta);
  const t = (id: string) => timelines.get(id)!;

  it('001 has no year anywhere: the year is inferred 2023, with a reason a reader can check', () => {
    const ref = t('001_d8850208c26a01d9').reference!;
    expect(ref.year).toBe(2023);
    expect(ref.yearStatus).toBe('inferred');
    expect(ref.yearReason).toContain('"in the fall of 2020" is told as past');
    expect(ref.yearReason).toContain('"on Wednesday morning"');
    expect(ref.yearReason).toContain('only 2023 fits');
    // Told after September 19 and before the scheduled September 21: the piece is of September 19 or 20.
    expect(formatSourceDate(ref)).toBe('2023-09-19/20');
  });

  it("001: each date resolves against 001's own reasoning", () => {
    const d = t('001_d8850208c26a01d9');
    expect(shown(d, 'on Wednesday morning')).toEqual(['2023-09-20']);
    expect(shown(d, 'On September 19')).toEqual(['2023-09-19']);
    expect(shown(d, 'September 21')).toEqual(['2023-09-21']);
    expect(shown(d, 'in the fall of 2020')).toEqual(['fall 2020']);
    expect(shown(d, 'in the early 1990s')).toEqual(['early 1990s']);
    expect(shown(d, 'Since the early 1990s')).toEqual(['early 1990s']);
    // A duration up to the piece's date is kept apart from its dates (CONVENTIONS 19).
    expect(shown(d, 'over the past 24 hours')).toEqual([]);
    expect(
      d.spans?.filter((m) => m.text === 'over the past 24 hours').map((m) => formatSourceDate(m.date)),
    ).toEqual(['2023-09-18/20']);
  });

  it('000 (TASS dateline, no year) borrows 2023 from 001, which tells the same September 19 in the same story', () => {
    const d = t('000_fa421d02e2779d37');
    expect(formatSourceDate(d.reference!)).toBe('2023-09-20');
    expect(d.reference!.yearStatus).toBe('inferred');
    expect(d.reference!.yearReason).toContain('seed 001');
    expect(shown(d, 'today')).toEqual(['2023-09-20']);
    expect(shown(d, 'On September 19')).toEqual(['2023-09-19']);
  });

  it("003 borrows 2023 too; its 'the next day' is the day after 'On September 20', not after the reference", () => {
    const d = t('003_21b2102d4012c38e');
    expect(shown(d, 'the next day')).toEqual(['2023-09-21']);
    expect(shown(d, 'on September 26')).toEqual(['2023-09-26']);
    expect(shown(d, 'on September 24')).toEqual(['2023-09-24']);
    const next = d.mentions.find((m) => m.text === 'the next day')!;
    expect(next.date.yearStatus).toBe('inferred');
    expect(next.date.yearReason).toMatch(/same event as seed 00[01]/);
  });

  it('004 (Published: 2020-10-24, a Saturday): "Friday" is 2020-10-23 and September 27 is 2020-09-27, year from the document', () => {
    const d = t('004_e66b67808a051b34');
    expect(formatSourceDate(d.reference!)).toBe('2020-10-24');
    expect(shown(d, 'Friday')).toEqual(['2020-10-23']);
    const sept27 = d.mentions.find((m) => m.text === 'on September 27')!;
    expect(formatSourceDate(sept27.date)).toBe('2020-09-27');
    expect(sept27.date.yearStatus).toBe('stated');
    expect(sept27.date.yearReason).toContain("document's date");
    expect(shown(d, 'the beginning of the nineties')).toEqual(['early 1990s']);
  });

  it('no date of the 2020 piece lands in 2023', () => {
    for (const m of t('004_e66b67808a051b34').mentions)
      expect(m.date.year === undefined || m.date.year <= 2024).toBe(true);
    const inSept2023 = t('004_e66b67808a051b34').mentions.filter((m) => m.date.year === 2023);
    expect(inSept2023).toEqual([]);
  });

  it("002 states no date and has none to lean on: no reference, and 'this week' is not given a day", () => {
    const d = t('002_2eb07627606af149');
    expect(d.reference).toBeNull();
    expect(d.mentions).toEqual([]);
  });

  it('every mention is a verbatim span of its document', () => {
    const { docs } = seeds(withMeta);
    for (const doc of docs)
      for (const m of timelines.get(doc.id)!.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('buildTimelines cost', () => {
  it('stays well under 50 ms per seed once chrono is warm', () => {
    seeds(false);
    const started = performance.now();
    const rounds = 5;
    for (let i = 0; i < rounds; i++) seeds(false);
    const perDoc = (performance.now() - started) / rounds / SEEDS.length;
    console.log(`buildTimelines: ${perDoc.toFixed(2)} ms per seed document (incl. sentence splitting)`);
    expect(perDoc).toBeLessThan(50);
  });
});
