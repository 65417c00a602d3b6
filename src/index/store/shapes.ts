/**
 * What the store writes and reads back: the shapes of the persisted index, apart from the
 * knowledge base's query side (knowledgeBase.ts), which never sees them.
 */
import type { LoadWarning } from '../../corpus/types.ts';
import type {
  DatedEvent,
  DocumentTimeline,
  Entity,
  Figure,
  Paragraph,
  Sentence,
  Statement,
} from '../../extract/types.ts';
import type { TimelineHead } from '../knowledgeBase.ts';
import type { DocumentHead } from '../texts.ts';

/** A word index in its persistable form (see termIndex.ts). */
export interface TermIndexParts {
  terms: string[];
  /** Item count; item ids are 0 … items-1. */
  items: number;
  /** postings of term i are postings[offsets[i] … offsets[i+1]), sorted, unique. */
  offsets: Uint32Array;
  postings: Uint32Array;
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
  /** What the speaker merge changed (see build/speakerMerges.ts): it runs once, at ingest. */
  speakerMerges: SpeakerMerges;
}

/**
 * The statements whose speaker or relayer the corpus-wide speaker merge replaced: `changes` holds
 * [statement, speaker, relayer] triples, statements in order, each entity as 1 + its position in
 * `entities` (0: unchanged).
 */
export interface SpeakerMerges {
  entities: Entity[];
  changes: Uint32Array;
}

/** The parts of ItemIndexParts that are one number per item, with the item list each follows. */
export const ITEM_NUMBERS = {
  eventTexts: 'events',
  statementOrder: 'statements',
  eventOrder: 'events',
  eventLabels: 'events',
  figureGroups: 'figures',
} as const satisfies Record<string, 'statements' | 'events' | 'figures'>;

/** The word indexes of ItemIndexParts, by the item list each indexes. */
export type ItemTermIndexes = Pick<ItemIndexParts, 'statements' | 'events' | 'figures'>;

/** One document's items, as the codec writes them. */
export interface DocumentItems {
  statements: Statement[];
  events: DatedEvent[];
  figures: Figure[];
}

/**
 * One document's items as written (see codec.ts): counts, then the flat integers, then items
 * that did not fit the layout, as JSON, by their position among the document's items of their kind.
 */
export interface EncodedItems {
  n: [statements: number, events: number, figures: number];
  v: number[];
  x?: { s?: Record<number, Statement>; e?: Record<number, DatedEvent>; f?: Record<number, Figure> };
}

/** One document as persisted for start-up: what it was extracted from, and its items. */
export interface CachedDocument {
  id: string;
  doc: DocumentHead;
  /** Text, header and metadata of the document (see documentKey). */
  docKey: string;
  timeline: TimelineHead;
  items: DocumentItems;
  /**
   * The file's size, time and inode when it was read (see corpusStamps): while they are the
   * same, a reload takes the document's head from here instead of reading and hashing the file.
   */
  stamp?: string;
}

export interface CachedCorpus {
  corpusKey: string;
  /** Names, sizes and modification times of the corpus files the records were made from. */
  fingerprint: string | null;
  /** The manifest's stamp when the records were made: heads are reused only under the same manifest. */
  manifestStamp: string | null;
  /** The corpus loader's warnings for those files. */
  warnings: LoadWarning[];
  /** In corpus order. */
  documents: Map<string, CachedDocument>;
}

/** What only re-extraction reads: the document's splits and its whole timeline (every date mention). */
export interface CachedSegments {
  id: string;
  docKey: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  timeline: DocumentTimeline;
}

export interface SegmentsFile {
  corpusKey: string;
  documents: Map<string, CachedSegments>;
}

/** What the start-up records are stamped with. */
export interface RecordsHeader {
  extractor: string;
  corpusKey: string;
  fingerprint: string | null;
  manifestStamp?: string | null;
  warnings: readonly LoadWarning[];
}

/** One line of the start-up records file (see fileStore.ts). */
export interface ItemsLine {
  id: string;
  doc: DocumentHead;
  docKey: string;
  /** [reference, referenceBasis] as value numbers. */
  timeline: [number, number];
  items: EncodedItems;
  stamp?: string;
}

/** One line of the segments file (see fileStore.ts). */
export interface SegmentsLine {
  id: string;
  docKey: string;
  /** [start, end] per paragraph, flattened; the index is the position. */
  paragraphs: number[];
  /** [start, end, paragraph] per sentence, flattened. */
  sentences: number[];
  timeline: unknown;
}
