/**
 * What commands, answers and renderers read of the corpus: the knowledge base's queries, apart
 * from how it is built (build/) and kept (store/). memoryKnowledgeBase.ts holds the one
 * implementation, built in memory from the extraction or from the persisted index.
 */
import type { CorpusDocument, LoadWarning, SourceDate } from '../corpus/types.ts';
import type { DatedEvent, DocumentTimeline, Entity, Figure, Sentence, Statement } from '../extract/types.ts';
import type { PeriodKey } from './dateBuckets.ts';
import type { GroupList } from './figureGroups.ts';
import type { SpeakerMatch } from './speakerLookup.ts';

/** What the answers read of a document's timeline: the date it speaks from, and why. */
export type TimelineHead = Pick<DocumentTimeline, 'docId' | 'reference' | 'referenceBasis'>;

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

/** Events a timeline may show, in its order, with their label and excerpt key (see timelineCandidates). */
export interface TimelineCandidates {
  events: DatedEvent[];
  labels: Uint32Array;
  excerptKeys: Uint32Array;
  /** Per event, its document's number (0 to documents.size - 1): counted without reading ids. */
  documents: Uint32Array;
}

/**
 * Everything the answers read: the documents, what was extracted from them, speakers by name,
 * and the searches each command makes, each answered without scanning, sorting or grouping
 * every item.
 */
export interface KnowledgeBase {
  /** In corpus order. */
  readonly documents: ReadonlyMap<string, CorpusDocument>;
  /** What the corpus loader reported about files it skipped or read in part. */
  readonly warnings: readonly LoadWarning[];
  readonly timelines: ReadonlyMap<string, TimelineHead>;
  readonly statements: readonly Statement[];
  readonly events: readonly DatedEvent[];
  readonly figures: readonly Figure[];
  /** Most statements first. */
  readonly speakers: readonly SpeakerSummary[];

  /** The document with this id; throws for an unknown id. */
  document(id: string): CorpusDocument;
  /** The text of a span of a document. */
  slice(docId: string, span: { start: number; end: number }): string;
  sentencesOf(docId: string): readonly Sentence[];
  /** How many statements, events and figures a document gave. */
  countsOf(docId: string): DocumentCounts;

  /** The speaker `/who-said speaker:` words name, or why there is none. */
  findSpeaker(words: string): SpeakerMatch<SpeakerSummary>;
  /** Speakers for autocomplete: names beginning with what was typed, then close spellings. */
  findSpeakers(words: string, limit?: number): SpeakerSummary[];
  /**
   * Statements the speaker made or relayed (any speaker when null) whose quote or speaker holds
   * every word (or a close spelling; any statement when null), oldest first: statements without
   * a date last, then by document and place in it.
   */
  statementsSaid(speakerId: string | null, words: string | null): Statement[];
  /** The statements statementsSaid gives, as positions in `statements`, in the same order. */
  statementPositionsSaid(speakerId: string | null, words: string | null): Uint32Array;
  /**
   * What a timeline reads: the events that could fall in the period (a superset: the caller
   * checks each date against it; an event without a year falls in no period), only those
   * matching the words when given, in timeline order (by date, shown date, document, place).
   * With each event two numbers, so a busy month is grouped by comparing numbers: its label
   * (shared by events whose dates are shown the same) and its excerpt key (shared by events
   * whose excerpts read the same once white space and case are folded).
   */
  timelineCandidates(period: PeriodKey, words?: string): TimelineCandidates;
  /** Events per `YYYY-MM` month, for hints when a month has none. */
  eventMonths(): ReadonlyMap<string, number>;
  /** The time a figure speaks of: the period it states, else the date of its document. */
  figureDate(f: Figure): SourceDate | null;
  /**
   * The groups of figures (see FigureGroups) whose time falls in the period and whose text
   * holds every word (or a close spelling), each group showing only the figures selected.
   */
  figureGroupsFor(period: PeriodKey | null, words: string | null): GroupList;
}
