import MiniSearch from 'minisearch';
import type { CorpusDocument, LoadWarning } from '../corpus/types.ts';
import type {
  DatedEvent, DocumentTimeline, Entity, Figure, Sentence, Statement,
} from '../extract/types.ts';
import { daysInMonth, dayNumber } from '../extract/dates/calendar.ts';
import { dayBounds } from '../extract/dates/format.ts';
import { type ExpansionOptions, TermIndex, type TermIndexParts } from './termIndex.ts';

/** What the answers read of a document's timeline: the date it speaks from, and why. */
export type TimelineHead = Pick<DocumentTimeline, 'docId' | 'reference' | 'referenceBasis'>;

/** One document's items (a DocumentExtraction is one; its sentences are kept when given). */
export interface KnowledgeItems {
  docId: string;
  statements: readonly Statement[];
  events: readonly DatedEvent[];
  figures: readonly Figure[];
  sentences?: readonly Sentence[];
}

/** What a knowledge base is built from (a CorpusExtraction is one). */
export interface KnowledgeSource {
  byDoc: ReadonlyMap<string, KnowledgeItems>;
  timelines: ReadonlyMap<string, TimelineHead>;
}

export interface KnowledgeBaseOptions {
  /**
   * The documents as answers will read them (texts read on demand, see texts.ts). The
   * constructor's `documents` are then only read while building, so their texts can be freed.
   */
  answerDocuments?: readonly CorpusDocument[];
  /** Sentence splits of documents whose items came without them (persisted, read when asked for). */
  sentences?: (docId: string) => readonly Sentence[];
}

export interface SpeakerSummary {
  entity: Entity;
  /** Statements the speaker made (relayed ones included). */
  statements: number;
  /** Statements the speaker relayed for someone else. */
  relayed: number;
  /** Every way the corpus writes this speaker. */
  mentions: string[];
}

interface SpeakerDoc {
  id: string;
  name: string;
  mentions: string;
  role: string;
}

/** How many items one document gave, for /sources. */
export interface DocumentCounts {
  statements: number;
  events: number;
  figures: number;
}

export type StatementOrder = (a: Statement, b: Statement) => number;

/** A period as the timeline asks for it (see src/answer/period.ts). */
export interface PeriodKey {
  year: number;
  month?: number;
  day?: number;
}

/** The item indexes in their persistable form, in kb.statements / events / figures order. */
export interface ItemIndexParts {
  statements: TermIndexParts;
  events: TermIndexParts;
  figures: TermIndexParts;
  /**
   * Per event, a number shared by events whose excerpts read the same (white space and case
   * folded): a timeline merges such tellings without reading every excerpt's document.
   */
  eventTexts: Uint32Array;
}

/** Fuzzy only on longer terms and prefix only past three letters: typo-tolerant without noise. */
const EXPANSION: ExpansionOptions = {
  fuzzy: (term: string) => (term.length > 4 ? 0.25 : false),
  prefix: (term: string) => term.length > 3,
};

const NO_COUNTS: DocumentCounts = { statements: 0, events: 0, figures: 0 };

/**
 * Everything the answers read: the documents, what was extracted from them, word indexes over
 * the text of statements, events and figures (minisearch's tokenizer and term expansion, AND
 * semantics: see termIndex.ts), a minisearch index over speakers, and lookups by speaker, by
 * month and by document so no answer scans every item. Only extracted items are indexed (not
 * every sentence), which keeps memory and start-up small at scale.
 */
export class KnowledgeBase {
  readonly documents: ReadonlyMap<string, CorpusDocument>;
  readonly warnings: readonly LoadWarning[];
  readonly timelines: ReadonlyMap<string, TimelineHead>;
  readonly statements: readonly Statement[];
  readonly events: readonly DatedEvent[];
  readonly figures: readonly Figure[];
  readonly speakers: readonly SpeakerSummary[];
  private readonly sentences = new Map<string, readonly Sentence[]>();
  private readonly sentenceSource: ((docId: string) => readonly Sentence[]) | undefined;
  private readonly speakerById: Map<string, SpeakerSummary>;
  private readonly statementsBySpeaker = new Map<string, Statement[]>();
  private readonly countsByDoc = new Map<string, DocumentCounts>();
  private readonly eventBuckets: EventBuckets;
  private readonly speakerIndex = new MiniSearch<SpeakerDoc>({
    fields: ['name', 'mentions', 'role'],
    storeFields: [],
    searchOptions: { fuzzy: 0.3, prefix: true, boost: { name: 3, mentions: 2 } },
  });
  /** Rank of every statement under an order an answer asked for, computed once per order. */
  private readonly statementRanks = new Map<StatementOrder, { sorted: Statement[]; rank: Map<Statement, number> }>();
  private readonly statementIndex: TermIndex;
  private readonly eventIndex: TermIndex;
  private readonly figureIndex: TermIndex;
  private readonly eventTexts: Uint32Array;
  /** Built on first use: most answers never look items up by id or position. */
  private lookups: Lookups | undefined;
  private docRanks: Map<string, number> | undefined;

  /**
   * `indexes`, when given, are item indexes persisted for exactly this extraction (same items in
   * the same order); they are used when their item counts agree, else rebuilt from the items.
   */
  constructor(
    documents: readonly CorpusDocument[],
    extraction: KnowledgeSource,
    warnings: readonly LoadWarning[] = [],
    indexes?: ItemIndexParts,
    options: KnowledgeBaseOptions = {},
  ) {
    const building = new Map(documents.map((d) => [d.id, d]));
    this.documents = options.answerDocuments ? new Map(options.answerDocuments.map((d) => [d.id, d])) : building;
    this.warnings = warnings;
    this.timelines = new Map([...extraction.timelines].map(([id, t]) => [id, { docId: t.docId, reference: t.reference, referenceBasis: t.referenceBasis }]));
    this.sentenceSource = options.sentences;
    const ordered = documents.map((d) => extraction.byDoc.get(d.id)).filter((x) => x !== undefined);
    const statements: Statement[] = [];
    const events: DatedEvent[] = [];
    const figures: Figure[] = [];
    for (const x of ordered) {
      for (const s of x.statements) statements.push(s);
      for (const e of x.events) events.push(e);
      for (const f of x.figures) figures.push(f);
      if (x.sentences) this.sentences.set(x.docId, x.sentences);
      this.countsByDoc.set(x.docId, { statements: x.statements.length, events: x.events.length, figures: x.figures.length });
    }
    this.statements = statements;
    this.events = events;
    this.figures = figures;
    for (const s of statements) {
      this.bySpeaker(s.speaker.id).push(s);
      if (s.via && s.via.id !== s.speaker.id) this.bySpeaker(s.via.id).push(s);
    }
    this.eventBuckets = new EventBuckets(events);
    this.speakers = summariseSpeakers(statements);
    this.speakerById = new Map(this.speakers.map((s) => [s.entity.id, s]));
    this.speakerIndex.addAll(this.speakers.map((s) => ({
      id: s.entity.id, name: s.entity.name, mentions: s.mentions.join(' '), role: s.entity.role ?? '',
    })));
    const slice = (docId: string, span: { start: number; end: number }) => building.get(docId)!.text.slice(span.start, span.end);
    const fits = (parts: TermIndexParts | undefined, items: number) => (parts && parts.items === items ? new TermIndex(parts) : undefined);
    this.statementIndex = fits(indexes?.statements, statements.length)
      ?? TermIndex.build(statements.map((s) => statementText(s, slice)));
    this.eventIndex = fits(indexes?.events, events.length) ?? TermIndex.build(events.map((e) => slice(e.docId, e.excerpt)));
    this.figureIndex = fits(indexes?.figures, figures.length) ?? TermIndex.build(figures.map((f) => figureText(f, slice)));
    this.eventTexts = indexes?.eventTexts.length === events.length ? indexes.eventTexts : excerptKeys(events, slice);
  }

  private bySpeaker(id: string): Statement[] {
    let list = this.statementsBySpeaker.get(id);
    if (!list) this.statementsBySpeaker.set(id, (list = []));
    return list;
  }

  /** Each lookup is built the first time an answer needs it. */
  private lookup(): Lookups {
    if (this.lookups) return this.lookups;
    const lazy = <T>(build: () => T) => {
      let value: T | undefined;
      return () => (value ??= build());
    };
    const statementAt = lazy(() => new Map(this.statements.map((s, i) => [s, i])));
    const eventAt = lazy(() => new Map(this.events.map((e, i) => [e, i])));
    const eventById = lazy(() => new Map(this.events.map((e) => [e.id, e])));
    const figureById = lazy(() => new Map(this.figures.map((f) => [f.id, f])));
    return (this.lookups = {
      get statementAt() { return statementAt(); },
      get eventAt() { return eventAt(); },
      get eventById() { return eventById(); },
      get figureById() { return figureById(); },
    });
  }

  /** The item indexes, to persist beside the extraction they were built from. */
  indexParts(): ItemIndexParts {
    return {
      statements: this.statementIndex.parts(),
      events: this.eventIndex.parts(),
      figures: this.figureIndex.parts(),
      eventTexts: this.eventTexts,
    };
  }

  document(id: string): CorpusDocument {
    const doc = this.documents.get(id);
    if (!doc) throw new Error(`unknown document ${id}`);
    return doc;
  }

  slice(docId: string, span: { start: number; end: number }): string {
    return this.document(docId).text.slice(span.start, span.end);
  }

  sentencesOf(docId: string): readonly Sentence[] {
    return this.sentences.get(docId) ?? this.sentenceSource?.(docId) ?? [];
  }

  /** How many statements, events and figures a document gave. */
  countsOf(docId: string): DocumentCounts {
    return this.countsByDoc.get(docId) ?? NO_COUNTS;
  }

  /** Speakers whose name, role or written forms match the words, best first. */
  findSpeakers(words: string): SpeakerSummary[] {
    return this.speakerIndex.search(words).map((r) => this.speakerById.get(String(r.id))).filter((s) => s !== undefined);
  }

  /** Statements a speaker made or relayed, in corpus order. */
  statementsOf(speakerId: string): readonly Statement[] {
    return this.statementsBySpeaker.get(speakerId) ?? [];
  }

  /**
   * The statements in the given order. The whole corpus is sorted once per order (the first
   * call pays for it); after that a sort is a sort of integers, fast for 10,000s of items.
   */
  sortStatements(items: readonly Statement[], order: StatementOrder): Statement[] {
    let ranked = this.statementRanks.get(order);
    if (!ranked) {
      const sorted = [...this.statements].sort(order);
      ranked = { sorted, rank: new Map(sorted.map((s, i) => [s, i])) };
      this.statementRanks.set(order, ranked);
    }
    const { sorted, rank } = ranked;
    const positions = new Uint32Array(items.length);
    let n = 0;
    const strays: Statement[] = []; // not from this knowledge base: sorted the slow way
    for (const s of items) {
      const r = rank.get(s);
      if (r === undefined) strays.push(s);
      else positions[n++] = r;
    }
    const result = Array.from(positions.subarray(0, n).sort(), (r) => sorted[r]!);
    return strays.length ? [...result, ...strays].sort(order) : result;
  }

  /**
   * Statements whose quote or speaker holds every word (or a close spelling), in corpus order;
   * with `within`, only those of `within` (in its order), without a lookup by id per statement.
   */
  searchStatements(words: string, within?: readonly Statement[]): Statement[] {
    const ids = this.statementIndex.search(words, EXPANSION);
    if (!within) return ids.map((i) => this.statements[i]!);
    const hit = new Uint8Array(this.statements.length);
    for (const i of ids) hit[i] = 1;
    const at = this.lookup().statementAt;
    return within.filter((s) => hit[at.get(s) ?? -1] === 1);
  }

  searchEvents(words: string): Set<string> {
    return new Set(this.eventIndex.search(words, EXPANSION).map((i) => this.events[i]!.id));
  }

  /** Events whose excerpt holds every word (or a close spelling), in corpus order. */
  searchEventList(words: string): DatedEvent[] {
    return this.eventIndex.search(words, EXPANSION).map((i) => this.events[i]!);
  }

  searchFigures(words: string): Set<string> {
    return new Set(this.figureIndex.search(words, EXPANSION).map((i) => this.figures[i]!.id));
  }

  /**
   * Every event that could fall in the period (a superset, in corpus order): those dated within
   * its months, those dated only to its year or season, and those the buckets cannot place
   * (decades, ranges across years) whose days overlap it; an event without a year matches no
   * period and is left out. The caller checks each against the period.
   * With `only` (events of this knowledge base, in corpus order), candidates among those.
   */
  eventsPossiblyIn(period: PeriodKey, only?: readonly DatedEvent[]): DatedEvent[] {
    if (!only) return this.eventBuckets.candidates(period);
    const at = this.lookup().eventAt;
    return only.filter((e) => {
      const i = at.get(e);
      return i !== undefined && this.eventBuckets.couldBeIn(i, period);
    });
  }

  /**
   * What a timeline reads: the events that could fall in the period (as eventsPossiblyIn), only
   * those matching the words when given, each with its excerpt key (see excerptKey). Works on
   * positions throughout, so it needs no lookup from event to position.
   */
  timelineCandidates(period: PeriodKey, words?: string): { events: DatedEvent[]; excerptKeys: number[] } {
    const positions = words === undefined
      ? this.eventBuckets.candidatePositions(period)
      : this.eventIndex.search(words, EXPANSION).filter((i) => this.eventBuckets.couldBeIn(i, period));
    return { events: positions.map((i) => this.events[i]!), excerptKeys: positions.map((i) => this.eventTexts[i]!) };
  }

  /**
   * A number shared by events whose excerpts read the same once white space and case are
   * folded; undefined for an event not from this knowledge base.
   */
  excerptKey(event: DatedEvent): number | undefined {
    const i = this.lookup().eventAt.get(event);
    return i === undefined ? undefined : this.eventTexts[i];
  }

  /**
   * Compares two document ids as `a.localeCompare(b)` does, through ranks computed once, so
   * sorting thousands of items by document costs no collation each time.
   */
  documentOrder(): (a: string, b: string) => number {
    if (!this.docRanks) {
      const collate = new Intl.Collator().compare;
      const ids = [...this.documents.keys()].sort(collate);
      const ranks = new Map<string, number>();
      ids.forEach((id, i) => ranks.set(id, i > 0 && collate(ids[i - 1]!, id) === 0 ? ranks.get(ids[i - 1]!)! : i));
      this.docRanks = ranks;
    }
    const ranks = this.docRanks;
    return (a, b) => {
      const ra = ranks.get(a);
      const rb = ranks.get(b);
      return ra !== undefined && rb !== undefined ? ra - rb : a.localeCompare(b);
    };
  }

  /** Events per `YYYY-MM` month, for hints when a month has none. */
  eventMonths(): ReadonlyMap<string, number> {
    return this.eventBuckets.months;
  }

  event(id: string): DatedEvent | undefined {
    return this.lookup().eventById.get(id);
  }

  figure(id: string): Figure | undefined {
    return this.lookup().figureById.get(id);
  }
}

interface Lookups {
  statementAt: Map<Statement, number>;
  eventAt: Map<DatedEvent, number>;
  eventById: Map<string, DatedEvent>;
  figureById: Map<string, Figure>;
}

type Slice = (docId: string, span: { start: number; end: number }) => string;

/** What a statement is found by: its quote, continuations, speaker and relayer. */
function statementText(s: Statement, slice: Slice): string {
  const quote = [s.quote, ...(s.continuation ?? [])].map((span) => slice(s.docId, span)).join(' ');
  return `${quote} ${s.speaker.name} ${s.via?.name ?? ''}`;
}

function figureText(f: Figure, slice: Slice): string {
  return [slice(f.docId, f.excerpt), f.counted ?? '', f.where ?? '', f.category, f.reporter?.text ?? ''].join(' ');
}

/** How a timeline compares two excerpts: white space folded, case ignored. */
export const foldExcerpt = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

function excerptKeys(events: readonly DatedEvent[], slice: Slice): Uint32Array {
  const ids = new Map<string, number>();
  const keys = new Uint32Array(events.length);
  events.forEach((e, i) => {
    const text = foldExcerpt(slice(e.docId, e.excerpt));
    let id = ids.get(text);
    if (id === undefined) ids.set(text, (id = ids.size));
    keys[i] = id;
  });
  return keys;
}

/** Events grouped by year and month, so a timeline reads one month instead of every event. */
class EventBuckets {
  /** Positions of events dated within one month (a day, the month itself, a range inside it). */
  private readonly byMonth = new Map<number, number[]>();
  /** Events with a year but no single month (year or season precision, ranges across months). */
  private readonly byYear = new Map<number, number[]>();
  /** Events the buckets cannot place (decades, ranges across years), with their day bounds. */
  private readonly unplaced: { at: number; first: number; last: number }[] = [];
  /** Per event: NEVER (no year: no period holds it), UNPLACED, or year * 16 + month (month 0: the year's bucket). */
  private readonly placeOf: Uint32Array;
  readonly months = new Map<string, number>();

  constructor(private readonly events: readonly DatedEvent[]) {
    this.placeOf = new Uint32Array(events.length);
    const monthCounts = new Map<number, number>();
    events.forEach((e, at) => {
      const d = e.date;
      const endYear = d.end?.year ?? d.year;
      const endMonth = d.end?.month ?? d.month;
      if (d.year === undefined) {
        this.placeOf[at] = NEVER;
      } else if (d.precision === 'decade' || endYear !== d.year) {
        const bounds = dayBounds(d);
        if (bounds) this.unplaced.push({ at, ...bounds });
        this.placeOf[at] = bounds ? UNPLACED : NEVER;
      } else if (d.month !== undefined && endMonth === d.month && (d.precision === 'day' || d.precision === 'month')) {
        const key = d.year * 16 + d.month;
        push(this.byMonth, key, at);
        monthCounts.set(key, (monthCounts.get(key) ?? 0) + 1);
        this.placeOf[at] = key;
      } else {
        push(this.byYear, d.year, at);
        this.placeOf[at] = d.year * 16;
      }
    });
    for (const [key, n] of monthCounts) this.months.set(monthKey(Math.floor(key / 16), key % 16), n);
  }

  /**
   * Every event that could fall in the period, in corpus order: a superset of those whose date
   * matches it. An event without a year matches no period (its day bounds are unknown).
   */
  candidates(period: PeriodKey): DatedEvent[] {
    return this.candidatePositions(period).map((i) => this.events[i]!);
  }

  candidatePositions(period: PeriodKey): number[] {
    const lists: number[][] = [this.byYear.get(period.year) ?? []];
    const months = period.month !== undefined ? [period.month] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    for (const m of months) lists.push(this.byMonth.get(period.year * 16 + m) ?? []);
    const bounds = periodBounds(period);
    lists.push(this.unplaced.filter((u) => u.first <= bounds.last && u.last >= bounds.first).map((u) => u.at));
    const nonEmpty = lists.filter((l) => l.length > 0);
    // Each list is in corpus order; merge them back into it.
    return nonEmpty.length === 1 ? nonEmpty[0]! : Array.from(Int32Array.from(nonEmpty.flat()).sort());
  }

  /** Whether the event at this position is among candidates(period). */
  couldBeIn(at: number, period: PeriodKey): boolean {
    const place = this.placeOf[at]!;
    if (place === NEVER) return false;
    if (place === UNPLACED) {
      const bounds = periodBounds(period);
      const bounds2 = dayBounds(this.events[at]!.date)!;
      return bounds2.first <= bounds.last && bounds2.last >= bounds.first;
    }
    if (Math.floor(place / 16) !== period.year) return false;
    const month = place % 16;
    return month === 0 || period.month === undefined || month === period.month;
  }
}

const NEVER = 0;
const UNPLACED = 1;

function periodBounds(p: PeriodKey): { first: number; last: number } {
  const lastMonth = p.month ?? 12;
  return {
    first: dayNumber(p.year, p.month ?? 1, p.day ?? 1),
    last: dayNumber(p.year, lastMonth, p.day ?? daysInMonth(p.year, lastMonth)),
  };
}

function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function summariseSpeakers(statements: readonly Statement[]): SpeakerSummary[] {
  const byId = new Map<string, { entity: Entity; statements: number; relayed: number; mentions: Set<string> }>();
  const entry = (entity: Entity) => {
    let s = byId.get(entity.id);
    if (!s) byId.set(entity.id, (s = { entity, statements: 0, relayed: 0, mentions: new Set([entity.name]) }));
    return s;
  };
  const pronoun = new Map<string, boolean>(); // mentions repeat: test each once
  const isPronoun = (m: string) => pronoun.get(m) ?? pronoun.set(m, /^(he|she|they|it|we|i)$/i.test(m)).get(m)!;
  for (const st of statements) {
    const speaker = entry(st.speaker);
    speaker.statements++;
    if (st.mention && !isPronoun(st.mention)) speaker.mentions.add(st.mention);
    if (st.via) entry(st.via).relayed++;
  }
  return [...byId.values()]
    .map((s) => ({ entity: s.entity, statements: s.statements, relayed: s.relayed, mentions: [...s.mentions] }))
    .sort((a, b) => b.statements + b.relayed - (a.statements + a.relayed) || a.entity.name.localeCompare(b.entity.name));
}
