import type { CorpusDocument, LoadWarning, SourceDate } from '../corpus/types.ts';
import { dateMatchesPeriod } from '../extract/dates/format.ts';
import { placeSynonyms } from '../extract/entities/placeNames.ts';
import type { DatedEvent, Figure, Sentence, Statement } from '../extract/types.ts';
import { type BuildOptions, type BuiltParts, buildParts, type KnowledgeSource } from './build/parts.ts';
import type { DateBuckets, PeriodKey } from './dateBuckets.ts';
import type { FigureGroups, GroupList } from './figureGroups.ts';
import type {
  DocumentCounts,
  KnowledgeBase,
  SpeakerSummary,
  TimelineCandidates,
  TimelineHead,
} from './knowledgeBase.ts';
import { memoize, positionsByRank, sortByRank } from './orders.ts';
import { finish, inSlices } from './slices.ts';
import { SpeakerLookup, type SpeakerMatch } from './speakerLookup.ts';
import type { ItemIndexParts, SpeakerMerges } from './store/shapes.ts';
import type { ExpansionOptions, TermIndex } from './termIndex.ts';

interface KnowledgeBaseOptions extends BuildOptions {
  /** Sentence splits of documents whose items came without them (persisted, read when asked for). */
  sentences?: (docId: string) => readonly Sentence[];
  /** What buildParts made of these arguments (MemoryKnowledgeBase.build builds it in slices). */
  built?: BuiltParts;
}

/** Fuzzy only on longer terms and prefix only past three letters: typo-tolerant without noise. */
const EXPANSION: ExpansionOptions = {
  fuzzy: (term: string) => (term.length > 4 ? 0.25 : false),
  prefix: (term: string) => term.length > 3,
  synonyms: placeSynonyms, // either name of a contested place finds both
};

const NO_COUNTS: DocumentCounts = { statements: 0, events: 0, figures: 0 };

/**
 * The knowledge base held in memory: the documents, what was extracted from them, word indexes
 * over the text of statements, events and figures (minisearch's tokenizer and term expansion,
 * AND semantics: see termIndex.ts), speakers by name (speakerLookup.ts), lookups by speaker, by
 * month and by document, and the orders and groups answers list items in (built by
 * build/parts.ts, persisted with the indexes), so no answer scans, sorts or groups every item.
 */
export class MemoryKnowledgeBase implements KnowledgeBase {
  readonly documents: ReadonlyMap<string, CorpusDocument>;
  readonly warnings: readonly LoadWarning[];
  readonly timelines: ReadonlyMap<string, TimelineHead>;
  readonly statements: readonly Statement[];
  readonly events: readonly DatedEvent[];
  readonly figures: readonly Figure[];
  readonly speakers: readonly SpeakerSummary[];
  /** True when persisted indexes were given but some part did not fit and was rebuilt: persist them again. */
  readonly rebuiltPersistedParts: boolean;
  private readonly speakerMerges: () => SpeakerMerges;
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
    this.speakerMerges = built.speakerMerges;
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
  ): Promise<MemoryKnowledgeBase> {
    const built = await inSlices(buildParts(documents, extraction, indexes, options), sliceMs);
    return new MemoryKnowledgeBase(documents, extraction, warnings, indexes, { ...options, built });
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
      speakerMerges: this.speakerMerges(),
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

  countsOf(docId: string): DocumentCounts {
    return this.countsByDoc.get(docId) ?? NO_COUNTS;
  }

  /**
   * Speakers by name, built on first use (speakerLookup.ts). It answers /who-said instead of
   * a fuzzy index, which found "side" for "Biden".
   */
  private speakerLookup: SpeakerLookup<SpeakerSummary> | undefined;

  findSpeaker(words: string): SpeakerMatch<SpeakerSummary> {
    return this.speakersByName().find(words);
  }

  findSpeakers(words: string, limit = 25): SpeakerSummary[] {
    return this.speakersByName().complete(words, limit);
  }

  private speakersByName(): SpeakerLookup<SpeakerSummary> {
    this.speakerLookup ??= new SpeakerLookup(this.speakers);
    return this.speakerLookup;
  }

  /**
   * Builds what the first question of a kind would build on first use (the speaker lookup: every
   * mention of every speaker, normalised), for a bot that reads ahead after loading.
   */
  warmLookups(): void {
    this.speakersByName();
  }

  statementsSaid(speakerId: string | null, words: string | null): Statement[] {
    return Array.from(this.statementPositionsSaid(speakerId, words), (i) => this.statements[i]!);
  }

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

  figureDate(f: Figure): SourceDate | null {
    return f.period.date ?? this.timelines.get(f.docId)?.reference ?? null;
  }

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

  eventMonths(): ReadonlyMap<string, number> {
    return this.eventBuckets.months;
  }
}

/** The positions of `a` also in `b` (both of items numbered below `size`), in `a`'s order. */
function intersect(a: ArrayLike<number>, b: ArrayLike<number>, size: number): number[] {
  const inB = new Uint8Array(size);
  for (let i = 0; i < b.length; i++) inB[b[i]!] = 1;
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) if (inB[a[i]!]) out.push(a[i]!);
  return out;
}
