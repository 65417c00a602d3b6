/**
 * Building a knowledge base: from the extraction's items (and the item indexes persisted with
 * them, when they fit), the lists, lookups, word indexes, orders and groups the queries read.
 */
import type { CorpusDocument } from '../../corpus/types.ts';
import { mergeSpeakerVariants } from '../../extract/entities/merge.ts';
import type { DatedEvent, Figure, Sentence, Statement } from '../../extract/types.ts';
import { DateBuckets } from '../dateBuckets.ts';
import { FigureGroups, figureGroupIds } from '../figureGroups.ts';
import type { DocumentCounts, SpeakerSummary, TimelineHead } from '../knowledgeBase.ts';
import { documentRanks, eventLabelIds, eventTimelineRanks, statementDateRanks } from '../orders.ts';
import { STEP } from '../slices.ts';
import type { ItemIndexParts, SpeakerMerges } from '../store/shapes.ts';
import { TermIndex } from '../termIndex.ts';
import { excerptKeys, figureText, statementText } from './itemTexts.ts';
import { PersistedParts } from './persistedParts.ts';
import { recordMerges } from './speakerMerges.ts';
import { statementsBySpeaker, summariseSpeakers } from './speakers.ts';

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

export interface BuildOptions {
  /**
   * The documents as answers will read them (texts read on demand, see texts.ts). The
   * `documents` built from are then only read while building, so their texts can be freed.
   */
  answerDocuments?: readonly CorpusDocument[];
}

/** Everything a knowledge base derives from what it is built from. */
export interface BuiltParts {
  documents: ReadonlyMap<string, CorpusDocument>;
  timelines: ReadonlyMap<string, TimelineHead>;
  sentences: Map<string, readonly Sentence[]>;
  countsByDoc: Map<string, DocumentCounts>;
  statements: readonly Statement[];
  events: readonly DatedEvent[];
  figures: readonly Figure[];
  /** Per event, the number of its document in corpus order. */
  eventDocs: Uint32Array;
  /** Positions of the statements each speaker made or relayed, in corpus order. */
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
  /** Figures by the year and month of their date (figureDate), for /casualties with a period. */
  figureBuckets: DateBuckets;
  /** What the speaker merge changed, to persist (computed only when it was not read back). */
  speakerMerges: () => SpeakerMerges;
  /** True when persisted indexes were given but some part did not fit and was rebuilt. */
  rebuilt: boolean;
}

/**
 * Builds the knowledge base's parts, yielding every few thousand items (and between phases) so
 * that a sliced build can let the event loop turn. `indexes`, when given, are item indexes
 * persisted for exactly this extraction (same items in the same order); each is used when it
 * fits the items (see PersistedParts), else rebuilt from them.
 */
export function* buildParts(
  documents: readonly CorpusDocument[],
  extraction: KnowledgeSource,
  indexes: ItemIndexParts | undefined,
  options: BuildOptions,
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
  const persisted = new PersistedParts(indexes, {
    statements: written.length,
    events: events.length,
    figures: figures.length,
  });
  // One speaker, one entry: spellings of one speaker across the corpus are merged (at ingest;
  // a start from the persisted index reads what the merge changed).
  const statements = persisted.mergedStatements(written, () => mergeSpeakerVariants(written));
  yield;
  const bySpeaker = yield* statementsBySpeaker(statements);
  const speakers = yield* summariseSpeakers(statements);
  yield;
  const slice = (docId: string, span: { start: number; end: number }) =>
    building.get(docId)!.text.slice(span.start, span.end);
  const statementIndex = persisted.termIndex('statements', () =>
    TermIndex.build(statements.map((s) => statementText(s, slice))),
  );
  yield;
  const eventIndex = persisted.termIndex('events', () =>
    TermIndex.build(events.map((e) => slice(e.docId, e.excerpt))),
  );
  yield;
  const figureIndex = persisted.termIndex('figures', () =>
    TermIndex.build(figures.map((f) => figureText(f, slice))),
  );
  yield;
  const docRank = lazyDocRank(answerDocuments.keys());
  const eventTexts = persisted.numbers('eventTexts', () => excerptKeys(events, slice));
  yield;
  const statementOrder = persisted.numbers('statementOrder', () => statementDateRanks(statements, docRank()));
  yield;
  const eventOrder = persisted.numbers('eventOrder', () => eventTimelineRanks(events, docRank()));
  yield;
  const eventLabels = persisted.numbers('eventLabels', () => eventLabelIds(events));
  yield;
  const eventBuckets = new DateBuckets(
    events.map((e) => e.date),
    eventOrder,
  );
  yield;
  const groupIds = persisted.numbers('figureGroups', () => figureGroupIds(figures));
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
    statementsBySpeaker: bySpeaker,
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
    speakerMerges: () =>
      persisted.mergesRead && indexes ? indexes.speakerMerges : recordMerges(written, statements),
    rebuilt: persisted.rebuilt,
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
