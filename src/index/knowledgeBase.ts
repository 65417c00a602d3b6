import type { CorpusDocument, LoadWarning, SourceDate } from '../corpus/types.ts';
import { dateMatchesPeriod } from '../extract/dates/format.ts';
import { mergeSpeakerVariants } from '../extract/entities/merge.ts';
import { placeSynonyms } from '../extract/entities/placeNames.ts';
import type { DatedEvent, DocumentTimeline, Entity, Figure, Sentence, Statement } from '../extract/types.ts';
import { DateBuckets, type PeriodKey } from './dateBuckets.ts';
import { FigureGroups, figureGroupIds, type GroupList } from './figureGroups.ts';
import {
  documentRanks,
  eventLabelIds,
  eventTimelineRanks,
  memoize,
  positionsByRank,
  sortByRank,
  statementDateRanks,
} from './orders.ts';
import { SpeakerLookup, type SpeakerMatch } from './speakerLookup.ts';
import { type ExpansionOptions, TermIndex, type TermIndexParts } from './termIndex.ts';

export type { PeriodKey } from './dateBuckets.ts';

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
  /** What buildParts made of these arguments (KnowledgeBase.build builds it in slices). */
  built?: BuiltParts;
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

/** How many items one document gave, for /sources. */
export interface DocumentCounts {
  statements: number;
  events: number;
  figures: number;
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
  /** Per statement, its rank oldest first (see orders.ts): who-said lists without sorting dates. */
  statementOrder: Uint32Array;
  /** Per event, its rank in timeline order (see orders.ts). */
  eventOrder: Uint32Array;
  /** Per event, a number shared by events whose dates are shown the same (see orders.ts). */
  eventLabels: Uint32Array;
  /** Per figure, its group (see figureGroups.ts): the corpus is grouped once, at ingest. */
  figureGroups: Uint32Array;
}

/** Events a timeline may show, in its order, with their label and excerpt key (see timelineCandidates). */
export interface TimelineCandidates {
  events: DatedEvent[];
  labels: Uint32Array;
  excerptKeys: Uint32Array;
  /** Per event, its document's number (0 to documents.size - 1): counted without reading ids. */
  documents: Uint32Array;
}

/** The parts of ItemIndexParts that are one number per item, with the item list each follows. */
export const ITEM_NUMBERS = {
  eventTexts: 'events',
  statementOrder: 'statements',
  eventOrder: 'events',
  eventLabels: 'events',
  figureGroups: 'figures',
} as const satisfies Record<string, 'statements' | 'events' | 'figures'>;

/** Fuzzy only on longer terms and prefix only past three letters: typo-tolerant without noise. */
const EXPANSION: ExpansionOptions = {
  fuzzy: (term: string) => (term.length > 4 ? 0.25 : false),
  prefix: (term: string) => term.length > 3,
  synonyms: placeSynonyms, // either name of a contested place finds both
};

const NO_COUNTS: DocumentCounts = { statements: 0, events: 0, figures: 0 };

/**
 * Everything the answers read: the documents, what was extracted from them, word indexes over
 * the text of statements, events and figures (minisearch's tokenizer and term expansion, AND
 * semantics: see termIndex.ts), speakers by name (speakerLookup.ts), lookups by speaker, by month
 * and by document, and the orders and groups answers list items in (computed once, persisted
 * with the indexes), so no answer scans, sorts or groups every item.
 */
export class KnowledgeBase {
  readonly documents: ReadonlyMap<string, CorpusDocument>;
  readonly warnings: readonly LoadWarning[];
  readonly timelines: ReadonlyMap<string, TimelineHead>;
  readonly statements: readonly Statement[];
  readonly events: readonly DatedEvent[];
  readonly figures: readonly Figure[];
  readonly speakers: readonly SpeakerSummary[];
  /** True when persisted indexes were given but some part did not fit and was rebuilt: persist them again. */
  readonly rebuiltPersistedParts: boolean;
  private readonly sentences: Map<string, readonly Sentence[]>;
  private readonly sentenceSource: ((docId: string) => readonly Sentence[]) | undefined;
  /** Positions of the statements each speaker made or relayed, in corpus order. */
  private readonly statementsBySpeaker: Map<string, number[]>;
  private readonly countsByDoc: Map<string, DocumentCounts>;
  private readonly eventBuckets: DateBuckets;
  private readonly statementIndex: TermIndex;
  private readonly eventIndex: TermIndex;
  private readonly figureIndex: TermIndex;
  private readonly eventTexts: Uint32Array;
  private readonly statementOrder: Uint32Array;
  private readonly eventOrder: Uint32Array;
  private readonly eventLabels: Uint32Array;
  /** Per event, the number of its document in corpus order. */
  private readonly eventDocs: Uint32Array;
  private readonly figureGroupIds: Uint32Array;
  private readonly figureGroups: FigureGroups;
  /** Figures by the year and month of figureDate, for /casualties with a period. */
  private readonly figureBuckets: DateBuckets;
  /** Inverses of the orders, built on first use. */
  private statementsByRank: Uint32Array | undefined;
  private eventsByRank: Uint32Array | undefined;

  /**
   * `indexes`, when given, are item indexes persisted for exactly this extraction (same items in
   * the same order); each is used when its item count agrees, else rebuilt from the items.
   */
  constructor(
    documents: readonly CorpusDocument[],
    extraction: KnowledgeSource,
    warnings: readonly LoadWarning[] = [],
    indexes?: ItemIndexParts,
    options: KnowledgeBaseOptions = {},
  ) {
    const built = options.built ?? finish(buildParts(documents, extraction, indexes, options));
    this.documents = built.documents;
    this.warnings = warnings;
    this.timelines = built.timelines;
    this.sentenceSource = options.sentences;
    this.sentences = built.sentences;
    this.countsByDoc = built.countsByDoc;
    this.statements = built.statements;
    this.events = built.events;
    this.figures = built.figures;
    this.eventDocs = built.eventDocs;
    this.statementsBySpeaker = built.statementsBySpeaker;
    this.speakers = built.speakers;
    this.statementIndex = built.statementIndex;
    this.eventIndex = built.eventIndex;
    this.figureIndex = built.figureIndex;
    this.eventTexts = built.eventTexts;
    this.statementOrder = built.statementOrder;
    this.eventOrder = built.eventOrder;
    this.eventLabels = built.eventLabels;
    this.eventBuckets = built.eventBuckets;
    this.figureGroupIds = built.figureGroupIds;
    this.figureGroups = built.figureGroups;
    this.figureBuckets = built.figureBuckets;
    this.rebuiltPersistedParts = built.rebuilt;
  }

  /**
   * The same knowledge base as the constructor builds, built in slices of about `sliceMs` with
   * the event loop turning between them: a bot loading a reload's index keeps answering.
   */
  static async build(
    documents: readonly CorpusDocument[],
    extraction: KnowledgeSource,
    warnings: readonly LoadWarning[] = [],
    indexes?: ItemIndexParts,
    options: KnowledgeBaseOptions = {},
    sliceMs = 20,
  ): Promise<KnowledgeBase> {
    const steps = buildParts(documents, extraction, indexes, options);
    let sliceStart = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done)
        return new KnowledgeBase(documents, extraction, warnings, indexes, { ...options, built: step.value });
      if (performance.now() - sliceStart >= sliceMs) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
  }

  /** The item indexes and orders, to persist beside the extraction they were built from. */
  indexParts(): ItemIndexParts {
    return {
      statements: this.statementIndex.parts(),
      events: this.eventIndex.parts(),
      figures: this.figureIndex.parts(),
      eventTexts: this.eventTexts,
      statementOrder: this.statementOrder,
      eventOrder: this.eventOrder,
      eventLabels: this.eventLabels,
      figureGroups: this.figureGroupIds,
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

  /**
   * Speakers by name, built on first use (speakerLookup.ts). It answers /who-said instead of
   * a fuzzy index, which found "side" for "Biden".
   */
  private speakerLookup: SpeakerLookup<SpeakerSummary> | undefined;

  /** The speaker `/who-said speaker:` words name, or why there is none. */
  findSpeaker(words: string): SpeakerMatch<SpeakerSummary> {
    return this.speakersByName().find(words);
  }

  /** Speakers for autocomplete: names beginning with what was typed, then close spellings. */
  findSpeakers(words: string, limit = 25): SpeakerSummary[] {
    return this.speakersByName().complete(words, limit);
  }

  private speakersByName(): SpeakerLookup<SpeakerSummary> {
    return (this.speakerLookup ??= new SpeakerLookup(this.speakers));
  }

  /**
   * Statements the speaker made or relayed (any speaker when null) whose quote or speaker holds
   * every word (or a close spelling; any statement when null), oldest first: statements without
   * a date last, then by document and place in it.
   */
  statementsSaid(speakerId: string | null, words: string | null): Statement[] {
    return Array.from(this.statementPositionsSaid(speakerId, words), (i) => this.statements[i]!);
  }

  /** The statements statementsSaid gives, as positions in `statements`, in the same order. */
  statementPositionsSaid(speakerId: string | null, words: string | null): Uint32Array {
    let positions: ArrayLike<number>;
    const own = speakerId === null ? null : (this.statementsBySpeaker.get(speakerId) ?? []);
    if (words === null) positions = own ?? Uint32Array.from(this.statements.keys());
    else {
      const found = this.statementIndex.search(words, EXPANSION);
      positions = own ? intersect(found, own, this.statements.length) : found;
    }
    this.statementsByRank ??= positionsByRank(this.statementOrder);
    return sortByRank(positions, this.statementOrder, this.statementsByRank);
  }

  /** Statements whose quote or speaker holds every word (or a close spelling), in corpus order. */
  searchStatements(words: string): Statement[] {
    return this.statementIndex.search(words, EXPANSION).map((i) => this.statements[i]!);
  }

  /**
   * What a timeline reads: the events that could fall in the period (a superset: the caller
   * checks each date against it; an event without a year falls in no period), only those
   * matching the words when given, in timeline order (by date, shown date, document, place).
   * With each event two numbers, so a busy month is grouped by comparing numbers: its label
   * (shared by events whose dates are shown the same) and its excerpt key (shared by events
   * whose excerpts read the same once white space and case are folded).
   */
  timelineCandidates(period: PeriodKey, words?: string): TimelineCandidates {
    let ordered: Uint32Array;
    if (words === undefined)
      ordered = this.eventBuckets.candidatePositions(period); // filed in timeline order
    else {
      const found = this.eventIndex
        .search(words, EXPANSION)
        .filter((i) => this.eventBuckets.couldBeIn(i, period));
      this.eventsByRank ??= positionsByRank(this.eventOrder);
      ordered = sortByRank(found, this.eventOrder, this.eventsByRank);
    }
    return {
      events: Array.from(ordered, (i) => this.events[i]!),
      labels: Uint32Array.from(ordered, (i) => this.eventLabels[i]!),
      excerptKeys: Uint32Array.from(ordered, (i) => this.eventTexts[i]!),
      documents: Uint32Array.from(ordered, (i) => this.eventDocs[i]!),
    };
  }

  /** The time a figure speaks of: the period it states, else the date of its document. */
  figureDate(f: Figure): SourceDate | null {
    return f.period.date ?? this.timelines.get(f.docId)?.reference ?? null;
  }

  /**
   * The groups of figures (see FigureGroups) whose time falls in the period and whose text
   * holds every word (or a close spelling), each group showing only the figures selected.
   */
  figureGroupsFor(period: PeriodKey | null, words: string | null): GroupList {
    let positions: ArrayLike<number>;
    if (period) {
      const matches = memoize((date: SourceDate) => dateMatchesPeriod(date, period));
      positions = this.figureBuckets
        .candidatePositions(period)
        .filter((i) => matches(this.figureDate(this.figures[i]!)!));
    } else positions = words === null ? Uint32Array.from(this.figures.keys()) : [];
    if (words !== null) {
      const found = this.figureIndex.search(words, EXPANSION);
      positions = period ? intersect(positions, found, this.figures.length) : found;
    }
    return this.figureGroups.groupsOf(positions);
  }

  /** Events per `YYYY-MM` month, for hints when a month has none. */
  eventMonths(): ReadonlyMap<string, number> {
    return this.eventBuckets.months;
  }
}

/** The persisted lists that are ranks (see orders.ts). */
const RANKS = new Set<keyof typeof ITEM_NUMBERS>(['statementOrder', 'eventOrder']);

function isPermutation(ranks: Uint32Array): boolean {
  const seen = new Uint8Array(ranks.length);
  for (const r of ranks) {
    if (r >= ranks.length || seen[r]) return false;
    seen[r] = 1;
  }
  return true;
}

/** The positions of `a` also in `b` (both of items numbered below `size`), in `a`'s order. */
function intersect(a: ArrayLike<number>, b: ArrayLike<number>, size: number): number[] {
  const inB = new Uint8Array(size);
  for (let i = 0; i < b.length; i++) inB[b[i]!] = 1;
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) if (inB[a[i]!]) out.push(a[i]!);
  return out;
}

/** Everything the constructor derives from its arguments, built by buildParts. */
interface BuiltParts {
  documents: ReadonlyMap<string, CorpusDocument>;
  timelines: ReadonlyMap<string, TimelineHead>;
  sentences: Map<string, readonly Sentence[]>;
  countsByDoc: Map<string, DocumentCounts>;
  statements: readonly Statement[];
  events: readonly DatedEvent[];
  figures: readonly Figure[];
  eventDocs: Uint32Array;
  statementsBySpeaker: Map<string, number[]>;
  speakers: readonly SpeakerSummary[];
  statementIndex: TermIndex;
  eventIndex: TermIndex;
  figureIndex: TermIndex;
  eventTexts: Uint32Array;
  statementOrder: Uint32Array;
  eventOrder: Uint32Array;
  eventLabels: Uint32Array;
  eventBuckets: DateBuckets;
  figureGroupIds: Uint32Array;
  figureGroups: FigureGroups;
  figureBuckets: DateBuckets;
  rebuilt: boolean;
}

/** Items handled between two points where a sliced build may pause. */
const STEP = 2_000;

function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Builds the knowledge base's parts, yielding every few thousand items (and between phases) so
 * that KnowledgeBase.build can let the event loop turn; the constructor runs it through at once.
 */
function* buildParts(
  documents: readonly CorpusDocument[],
  extraction: KnowledgeSource,
  indexes: ItemIndexParts | undefined,
  options: KnowledgeBaseOptions,
): Generator<void, BuiltParts> {
  const building = new Map(documents.map((d) => [d.id, d]));
  yield;
  const answerDocuments = options.answerDocuments
    ? new Map(options.answerDocuments.map((d) => [d.id, d]))
    : building;
  yield;
  const timelines = new Map<string, TimelineHead>();
  for (const [id, t] of extraction.timelines) {
    timelines.set(id, { docId: t.docId, reference: t.reference, referenceBasis: t.referenceBasis });
    if (timelines.size % STEP === 0) yield;
  }
  const sentences = new Map<string, readonly Sentence[]>();
  const countsByDoc = new Map<string, DocumentCounts>();
  const ordered = documents.map((d) => extraction.byDoc.get(d.id)).filter((x) => x !== undefined);
  const written: Statement[] = [];
  const events: DatedEvent[] = [];
  const figures: Figure[] = [];
  const eventDocs: number[] = [];
  for (const [doc, x] of ordered.entries()) {
    for (const s of x.statements) written.push(s);
    for (const e of x.events) {
      events.push(e);
      eventDocs.push(doc);
    }
    for (const f of x.figures) figures.push(f);
    if (x.sentences) sentences.set(x.docId, x.sentences);
    countsByDoc.set(x.docId, {
      statements: x.statements.length,
      events: x.events.length,
      figures: x.figures.length,
    });
    if (doc % 100 === 99) yield;
  }
  // One speaker, one entry: spellings of one speaker across the corpus are merged.
  const statements = mergeSpeakerVariants(written);
  yield;
  const statementsBySpeaker = new Map<string, number[]>();
  const bySpeaker = (id: string) => {
    let list = statementsBySpeaker.get(id);
    if (!list) statementsBySpeaker.set(id, (list = []));
    return list;
  };
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    bySpeaker(s.speaker.id).push(i);
    if (s.via && s.via.id !== s.speaker.id) bySpeaker(s.via.id).push(i);
    if (i % STEP === STEP - 1) yield;
  }
  const speakers = yield* summariseSpeakers(statements);
  yield;
  const slice = (docId: string, span: { start: number; end: number }) =>
    building.get(docId)!.text.slice(span.start, span.end);
  // Persisted parts are used when they fit these items (one entry per item, and a rank list a
  // permutation: a damaged one could drop items); else they are rebuilt and the load writes them again.
  let rebuilt = false;
  const fits = (parts: TermIndexParts | undefined, items: number) => {
    if (parts && parts.items === items) return new TermIndex(parts);
    if (indexes) rebuilt = true;
    return undefined;
  };
  const statementIndex =
    fits(indexes?.statements, statements.length) ??
    TermIndex.build(statements.map((s) => statementText(s, slice)));
  yield;
  const eventIndex =
    fits(indexes?.events, events.length) ?? TermIndex.build(events.map((e) => slice(e.docId, e.excerpt)));
  yield;
  const figureIndex =
    fits(indexes?.figures, figures.length) ?? TermIndex.build(figures.map((f) => figureText(f, slice)));
  yield;
  const items = { statements, events, figures };
  const persisted = <K extends keyof typeof ITEM_NUMBERS>(key: K, build: () => Uint32Array): Uint32Array => {
    const numbers = indexes?.[key];
    const usable =
      numbers &&
      numbers.length === items[ITEM_NUMBERS[key]].length &&
      (!RANKS.has(key) || isPermutation(numbers));
    if (usable) return numbers;
    if (indexes) rebuilt = true;
    return build();
  };
  const docRank = lazyDocRank(answerDocuments.keys());
  const eventTexts = persisted('eventTexts', () => excerptKeys(events, slice));
  yield;
  const statementOrder = persisted('statementOrder', () => statementDateRanks(statements, docRank()));
  yield;
  const eventOrder = persisted('eventOrder', () => eventTimelineRanks(events, docRank()));
  yield;
  const eventLabels = persisted('eventLabels', () => eventLabelIds(events));
  yield;
  const eventBuckets = new DateBuckets(
    events.map((e) => e.date),
    eventOrder,
  );
  yield;
  const groupIds = persisted('figureGroups', () => figureGroupIds(figures));
  yield;
  const figureGroups = new FigureGroups(figures, groupIds);
  yield;
  const figureDate = (f: Figure) => f.period.date ?? timelines.get(f.docId)?.reference ?? null;
  const figureBuckets = new DateBuckets(figures.map(figureDate));
  return {
    documents: answerDocuments,
    timelines,
    sentences,
    countsByDoc,
    statements,
    events,
    figures,
    eventDocs: Uint32Array.from(eventDocs),
    statementsBySpeaker,
    speakers,
    statementIndex,
    eventIndex,
    figureIndex,
    eventTexts,
    statementOrder,
    eventOrder,
    eventLabels,
    eventBuckets,
    figureGroupIds: groupIds,
    figureGroups,
    figureBuckets,
    rebuilt,
  };
}

/** Document ranks, computed only if an order has to be built (not when it was persisted). */
function lazyDocRank(ids: Iterable<string>): () => (docId: string) => number {
  let rank: ((docId: string) => number) | undefined;
  return () => {
    if (!rank) {
      const ranks = documentRanks(ids);
      rank = (docId) => ranks.get(docId) ?? Number.MAX_SAFE_INTEGER;
    }
    return rank;
  };
}

type Slice = (docId: string, span: { start: number; end: number }) => string;

/** What a statement is found by: its quote, continuations, speaker and relayer. */
function statementText(s: Statement, slice: Slice): string {
  const quote = [s.quote, ...(s.continuation ?? [])].map((span) => slice(s.docId, span)).join(' ');
  return `${quote} ${s.speaker.name} ${s.via?.name ?? ''}`;
}

function figureText(f: Figure, slice: Slice): string {
  return [slice(f.docId, f.excerpt), f.counted ?? '', f.where ?? '', f.category, f.reporter?.text ?? ''].join(
    ' ',
  );
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

function* summariseSpeakers(statements: readonly Statement[]): Generator<void, SpeakerSummary[]> {
  const byId = new Map<
    string,
    { entity: Entity; statements: number; relayed: number; mentions: Set<string> }
  >();
  const entry = (entity: Entity) => {
    let s = byId.get(entity.id);
    if (!s)
      byId.set(entity.id, (s = { entity, statements: 0, relayed: 0, mentions: new Set([entity.name]) }));
    return s;
  };
  const pronoun = new Map<string, boolean>(); // mentions repeat: test each once
  const isPronoun = (m: string) =>
    pronoun.get(m) ?? pronoun.set(m, /^(he|she|they|it|we|i)$/i.test(m)).get(m)!;
  let done = 0;
  for (const st of statements) {
    if (++done % STEP === 0) yield;
    const speaker = entry(st.speaker);
    speaker.statements++;
    if (st.mention && !isPronoun(st.mention)) speaker.mentions.add(st.mention);
    if (st.via) entry(st.via).relayed++;
  }
  return [...byId.values()]
    .map((s) => ({
      entity: s.entity,
      statements: s.statements,
      relayed: s.relayed,
      mentions: [...s.mentions],
    }))
    .sort(
      (a, b) =>
        b.statements + b.relayed - (a.statements + a.relayed) || a.entity.name.localeCompare(b.entity.name),
    );
}
