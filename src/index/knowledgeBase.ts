import MiniSearch from 'minisearch';
import type { CorpusDocument, LoadWarning } from '../corpus/types.ts';
import type { CorpusExtraction } from '../extract/index.ts';
import type {
  DatedEvent, DocumentTimeline, Entity, Figure, Sentence, Statement,
} from '../extract/types.ts';
import { type ExpansionOptions, TermIndex, type TermIndexParts } from './termIndex.ts';

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
  readonly timelines: ReadonlyMap<string, DocumentTimeline>;
  readonly statements: readonly Statement[];
  readonly events: readonly DatedEvent[];
  readonly figures: readonly Figure[];
  readonly speakers: readonly SpeakerSummary[];
  private readonly sentences: ReadonlyMap<string, readonly Sentence[]>;
  private readonly statementById: Map<string, Statement>;
  private readonly eventById: Map<string, DatedEvent>;
  private readonly figureById: Map<string, Figure>;
  private readonly speakerById: Map<string, SpeakerSummary>;
  private readonly statementsBySpeaker = new Map<string, Statement[]>();
  private readonly countsByDoc = new Map<string, DocumentCounts>();
  private readonly eventBuckets = new EventBuckets();
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

  /**
   * `indexes`, when given, are item indexes persisted for exactly this extraction (same items in
   * the same order); they are used when their item counts agree, else rebuilt from the items.
   */
  constructor(
    documents: readonly CorpusDocument[],
    extraction: CorpusExtraction,
    warnings: readonly LoadWarning[] = [],
    indexes?: ItemIndexParts,
  ) {
    this.documents = new Map(documents.map((d) => [d.id, d]));
    this.warnings = warnings;
    this.timelines = extraction.timelines;
    const ordered = documents.map((d) => extraction.byDoc.get(d.id)).filter((x) => x !== undefined);
    this.sentences = new Map(ordered.map((x) => [x.docId, x.sentences]));
    this.statements = ordered.flatMap((x) => x.statements);
    this.events = ordered.flatMap((x) => x.events);
    this.figures = ordered.flatMap((x) => x.figures);
    for (const x of ordered) {
      this.countsByDoc.set(x.docId, { statements: x.statements.length, events: x.events.length, figures: x.figures.length });
    }
    this.statementById = new Map(this.statements.map((s) => [s.id, s]));
    this.eventById = new Map(this.events.map((e) => [e.id, e]));
    this.figureById = new Map(this.figures.map((f) => [f.id, f]));
    for (const s of this.statements) {
      this.bySpeaker(s.speaker.id).push(s);
      if (s.via && s.via.id !== s.speaker.id) this.bySpeaker(s.via.id).push(s);
    }
    for (const e of this.events) this.eventBuckets.add(e);
    this.speakers = summariseSpeakers(this.statements);
    this.speakerById = new Map(this.speakers.map((s) => [s.entity.id, s]));
    this.speakerIndex.addAll(this.speakers.map((s) => ({
      id: s.entity.id, name: s.entity.name, mentions: s.mentions.join(' '), role: s.entity.role ?? '',
    })));
    const fits = (parts: TermIndexParts | undefined, items: number) => (parts && parts.items === items ? new TermIndex(parts) : undefined);
    this.statementIndex = fits(indexes?.statements, this.statements.length) ?? TermIndex.build(this.statements.map((s) => this.statementText(s)));
    this.eventIndex = fits(indexes?.events, this.events.length) ?? TermIndex.build(this.events.map((e) => this.slice(e.docId, e.excerpt)));
    this.figureIndex = fits(indexes?.figures, this.figures.length) ?? TermIndex.build(this.figures.map((f) => this.figureText(f)));
  }

  private bySpeaker(id: string): Statement[] {
    let list = this.statementsBySpeaker.get(id);
    if (!list) this.statementsBySpeaker.set(id, (list = []));
    return list;
  }

  /** What a statement is found by: its quote, continuations, speaker and relayer. */
  private statementText(s: Statement): string {
    const quote = [s.quote, ...(s.continuation ?? [])].map((span) => this.slice(s.docId, span)).join(' ');
    return `${quote} ${s.speaker.name} ${s.via?.name ?? ''}`;
  }

  private figureText(f: Figure): string {
    return [this.slice(f.docId, f.excerpt), f.counted ?? '', f.where ?? '', f.category, f.reporter?.text ?? ''].join(' ');
  }

  /** The item indexes, to persist beside the extraction they were built from. */
  indexParts(): ItemIndexParts {
    return { statements: this.statementIndex.parts(), events: this.eventIndex.parts(), figures: this.figureIndex.parts() };
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
    return this.sentences.get(docId) ?? [];
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

  /** Statements whose quote or speaker holds every word (or a close spelling), in corpus order. */
  searchStatements(words: string): Statement[] {
    return this.statementIndex.search(words, EXPANSION).map((i) => this.statements[i]!);
  }

  searchEvents(words: string): Set<string> {
    return new Set(this.eventIndex.search(words, EXPANSION).map((i) => this.events[i]!.id));
  }

  searchFigures(words: string): Set<string> {
    return new Set(this.figureIndex.search(words, EXPANSION).map((i) => this.figures[i]!.id));
  }

  /**
   * Every event that could fall in the period (a superset, in corpus order): those dated within
   * its months, those dated only to its year or season, and those the buckets cannot place
   * (no year, decades, ranges across years). The caller checks each against the period.
   */
  eventsPossiblyIn(period: PeriodKey): DatedEvent[] {
    return this.eventBuckets.candidates(period);
  }

  /** Events per `YYYY-MM` month, for hints when a month has none. */
  eventMonths(): ReadonlyMap<string, number> {
    return this.eventBuckets.months;
  }

  event(id: string): DatedEvent | undefined {
    return this.eventById.get(id);
  }

  figure(id: string): Figure | undefined {
    return this.figureById.get(id);
  }
}

/** Events grouped by year and month, so a timeline reads one month instead of every event. */
class EventBuckets {
  /** Positions of events dated within one month (a day, the month itself, a range inside it). */
  private readonly byMonth = new Map<string, number[]>();
  /** Events with a year but no single month (year or season precision, ranges across months). */
  private readonly byYear = new Map<number, number[]>();
  /** Events with no year, decades, ranges across years: always candidates. */
  private readonly unplaced: number[] = [];
  private readonly events: DatedEvent[] = [];
  readonly months = new Map<string, number>();

  add(e: DatedEvent): void {
    const at = this.events.push(e) - 1;
    const d = e.date;
    const endYear = d.end?.year ?? d.year;
    const endMonth = d.end?.month ?? d.month;
    if (d.year === undefined || d.precision === 'decade' || endYear !== d.year) {
      this.unplaced.push(at);
    } else if (d.month !== undefined && endMonth === d.month && (d.precision === 'day' || d.precision === 'month')) {
      const key = monthKey(d.year, d.month);
      push(this.byMonth, key, at);
      this.months.set(key, (this.months.get(key) ?? 0) + 1);
    } else {
      push(this.byYear, d.year, at);
    }
  }

  candidates(period: PeriodKey): DatedEvent[] {
    const lists: number[][] = [this.byYear.get(period.year) ?? [], this.unplaced];
    const months = period.month !== undefined ? [period.month] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    for (const m of months) lists.push(this.byMonth.get(monthKey(period.year, m)) ?? []);
    const nonEmpty = lists.filter((l) => l.length > 0);
    // Each list is in corpus order; merge them back into it.
    const positions = nonEmpty.length === 1 ? nonEmpty[0]! : Int32Array.from(nonEmpty.flat()).sort();
    return Array.from(positions, (i) => this.events[i]!);
  }
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
  for (const st of statements) {
    const speaker = entry(st.speaker);
    speaker.statements++;
    if (st.mention && !/^(he|she|they|it|we|i)$/i.test(st.mention)) speaker.mentions.add(st.mention);
    if (st.via) entry(st.via).relayed++;
  }
  return [...byId.values()]
    .map((s) => ({ entity: s.entity, statements: s.statements, relayed: s.relayed, mentions: [...s.mentions] }))
    .sort((a, b) => b.statements + b.relayed - (a.statements + a.relayed) || a.entity.name.localeCompare(b.entity.name));
}
