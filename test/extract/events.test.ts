import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import {
  buildTimelines,
  dateMatchesPeriod,
  extractEvents,
  formatSourceDate,
} from '../../src/extract/dates/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { DatedEvent } from '../../src/extract/types.ts';

const NOW = new Date(Date.UTC(2026, 10, 23));
const CORPUS = join(import.meta.dirname, '../../corpus');
const SEEDS = [
  '000_fa421d02e2779d37',
  '001_d8850208c26a01d9',
  '002_2eb07627606af149',
  '003_21b2102d4012c38e',
  '004_e66b67808a051b34',
];

function doc(id: string, text: string): CorpusDocument {
  return {
    id,
    file: `${id}.txt`,
    text,
    sha256: '',
    label: id,
    meta: { title: null, outlet: null, published: null, url: null },
    bodyStart: 0,
  };
}

function eventsOf(docs: CorpusDocument[]): Map<string, DatedEvent[]> {
  const sentences = new Map(docs.map((d) => [d.id, splitSentences(d.text, splitParagraphs(d.text))]));
  const timelines = buildTimelines(docs, sentences, NOW);
  return new Map(
    docs.map((d) => [d.id, extractEvents(d.text, d.id, sentences.get(d.id)!, timelines.get(d.id)!)]),
  );
}

const seedDocs = SEEDS.map((id) => doc(id, readFileSync(join(CORPUS, `${id}.txt`), 'utf8')));
const seedEvents = eventsOf(seedDocs);
const all = [...seedEvents.values()].flat();
const textOf = (e: DatedEvent) =>
  seedDocs.find((d) => d.id === e.docId)!.text.slice(e.excerpt.start, e.excerpt.end);

describe('dated events of the seed corpus', () => {
  it('September 2023 has events on the 19th, 20th, 21st (scheduled and told), 24th and 26th', () => {
    const sept = all.filter((e) => dateMatchesPeriod(e.date, { year: 2023, month: 9 }));
    const days = [...new Set(sept.map((e) => formatSourceDate(e.date)))].sort();
    expect(days).toEqual(['2023-09-19', '2023-09-20', '2023-09-21', '2023-09-24', '2023-09-26']);
    const on21 = sept.filter((e) => formatSourceDate(e.date) === '2023-09-21');
    expect(on21.some((e) => e.scheduled && textOf(e).includes('is scheduled for September 21'))).toBe(true);
    expect(on21.some((e) => !e.scheduled && e.expression === 'the next day')).toBe(true);
  });

  it('three seeds tell September 19; each telling is its own sentence, verbatim', () => {
    const on19 = all.filter((e) => formatSourceDate(e.date) === '2023-09-19');
    expect(new Set(on19.map((e) => e.docId))).toEqual(
      new Set(['000_fa421d02e2779d37', '001_d8850208c26a01d9', '003_21b2102d4012c38e']),
    );
    expect(on19.map(textOf)).toContain('On September 19, tensions flared up again in Nagorno-Karabakh.');
  });

  it('the 2020 piece: Friday is 2020-10-23, September 27 is 2020-09-27; nothing of it in September 2023', () => {
    const pompeo = seedEvents.get('004_e66b67808a051b34')!;
    expect(pompeo.map((e) => [e.expression, formatSourceDate(e.date)])).toEqual(
      expect.arrayContaining([
        ['Friday', '2020-10-23'],
        ['on September 27', '2020-09-27'],
      ]),
    );
    expect(pompeo.some((e) => dateMatchesPeriod(e.date, { year: 2023, month: 9 }))).toBe(false);
  });

  it("header lines and datelines are not events: no 'Published:', 'Last Updated:' or 'WASHINGTON, September 20.' event", () => {
    const expressions = all.map((e) => e.expression);
    expect(expressions).not.toContain('2020-10-24 16:27');
    expect(expressions).not.toContain('2024-04-16 12:40');
    expect(expressions).not.toContain('September 20');
    expect(all.some((e) => e.date.year === 2024)).toBe(false);
  });

  it("stretches and bounds are not events: 'over the past 24 hours', 'Since the early 1990s'", () => {
    const expressions = all.map((e) => e.expression);
    expect(expressions).not.toContain('over the past 24 hours');
    expect(expressions).not.toContain('Since the early 1990s');
  });

  it('ids are docId#eN in text order; spans are verbatim', () => {
    for (const [id, events] of seedEvents) {
      events.forEach((e, i) => {
        expect(e.id).toBe(`${id}#e${i + 1}`);
        const text = seedDocs.find((d) => d.id === id)!.text;
        expect(text.slice(e.expressionSpan.start, e.expressionSpan.end)).toBe(e.expression);
        expect(e.expressionSpan.start).toBeGreaterThanOrEqual(e.excerpt.start);
        expect(e.expressionSpan.end).toBeLessThanOrEqual(e.excerpt.end);
      });
    }
  });

  it('a piece with no dates has no events', () => {
    expect(seedEvents.get('002_2eb07627606af149')).toEqual([]);
  });
});

describe('dated events of articles in other styles', () => {
  it('wire copy: the dateline is not an event; the lead weekday, a past range and a scheduled summit are', () => {
    const text =
      'LONDON, Oct 3, 2023 (Reuters) - Britain on Tuesday imposed sanctions on three officials, the Foreign Office said.\n\nMore than 100,000 people left after the offensive of Sept. 19-20.\n\nEuropean leaders are due to meet in Granada on Oct. 5.\n';
    const events = eventsOf([doc('wire', text)]).get('wire')!;
    expect(events.map((e) => [e.expression, formatSourceDate(e.date), e.scheduled])).toEqual([
      ['on Tuesday', '2023-10-03', false],
      ['Sept. 19-20', '2023-09-19/20', false],
      ['on Oct. 5', '2023-10-05', true],
    ]);
  });

  it('British date order and a sentence with two events gives two events with the same excerpt', () => {
    const text =
      'Published: 22 September 2023\n\nA ceasefire was agreed on 20 September 2023 and talks began in Yevlakh the following day.\n';
    const events = eventsOf([doc('uk', text)]).get('uk')!;
    expect(events.map((e) => formatSourceDate(e.date))).toEqual(['2023-09-20', '2023-09-21']);
    expect(events[0]!.excerpt).toEqual(events[1]!.excerpt);
  });

  it('a date of unknown year still makes an event, shown without a year and matching no month', () => {
    const text = 'On March 3, the two sides exchanged prisoners near the border.\n';
    const [event] = eventsOf([doc('bare', text)]).get('bare')!;
    expect(formatSourceDate(event!.date)).toBe('03-03 (year not established)');
    expect(dateMatchesPeriod(event!.date, { year: 2023, month: 3 })).toBe(false);
  });
});
