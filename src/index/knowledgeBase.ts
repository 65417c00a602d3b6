import MiniSearch from 'minisearch';
import type { CorpusDocument, LoadWarning } from '../corpus/types.ts';
import type { CorpusExtraction } from '../extract/index.ts';
import type {
  DatedEvent, DocumentTimeline, Entity, Figure, Sentence, Statement,
} from '../extract/types.ts';

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

interface TextDoc {
  id: string;
  text: string;
  who: string;
}

/** Fuzzy only on longer terms and prefix only past three letters: typo-tolerant without noise. */
const SEARCH_OPTIONS = {
  fuzzy: (term: string) => (term.length > 4 ? 0.25 : false),
  prefix: (term: string) => term.length > 3,
  combineWith: 'AND' as const,
};

function textIndex(): MiniSearch<TextDoc> {
  return new MiniSearch<TextDoc>({ fields: ['text', 'who'], storeFields: [], searchOptions: { ...SEARCH_OPTIONS, boost: { who: 2 } } });
}

/**
 * Everything the answers read: the documents, what was extracted from them, and minisearch
 * indexes over speakers and over the text of statements, events and figures. Only extracted
 * items are indexed (not every sentence), which keeps memory and start-up small at scale.
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
  private readonly speakerIndex = new MiniSearch<SpeakerDoc>({
    fields: ['name', 'mentions', 'role'],
    storeFields: [],
    searchOptions: { fuzzy: 0.3, prefix: true, boost: { name: 3, mentions: 2 } },
  });
  private readonly statementIndex = textIndex();
  private readonly eventIndex = textIndex();
  private readonly figureIndex = textIndex();

  constructor(documents: readonly CorpusDocument[], extraction: CorpusExtraction, warnings: readonly LoadWarning[] = []) {
    this.documents = new Map(documents.map((d) => [d.id, d]));
    this.warnings = warnings;
    this.timelines = extraction.timelines;
    const all = [...extraction.byDoc.values()];
    this.sentences = new Map(all.map((x) => [x.docId, x.sentences]));
    this.statements = all.flatMap((x) => x.statements);
    this.events = all.flatMap((x) => x.events);
    this.figures = all.flatMap((x) => x.figures);
    this.statementById = new Map(this.statements.map((s) => [s.id, s]));
    this.eventById = new Map(this.events.map((e) => [e.id, e]));
    this.figureById = new Map(this.figures.map((f) => [f.id, f]));
    this.speakers = summariseSpeakers(this.statements);
    this.speakerIndex.addAll(this.speakers.map((s) => ({
      id: s.entity.id, name: s.entity.name, mentions: s.mentions.join(' '), role: s.entity.role ?? '',
    })));
    this.statementIndex.addAll(this.statements.map((s) => ({
      id: s.id,
      text: this.slice(s.docId, s.quote) + ' ' + (s.continuation ?? []).map((c) => this.slice(s.docId, c)).join(' '),
      who: [s.speaker.name, s.via?.name ?? ''].join(' '),
    })));
    this.eventIndex.addAll(this.events.map((e) => ({ id: e.id, text: this.slice(e.docId, e.excerpt), who: '' })));
    this.figureIndex.addAll(this.figures.map((f) => ({
      id: f.id,
      text: [this.slice(f.docId, f.excerpt), f.counted ?? '', f.where ?? '', f.category].join(' '),
      who: f.reporter?.text ?? '',
    })));
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

  /** Speakers whose name, role or written forms match the words, best first. */
  findSpeakers(words: string): SpeakerSummary[] {
    const byId = new Map(this.speakers.map((s) => [s.entity.id, s]));
    return this.speakerIndex.search(words).map((r) => byId.get(String(r.id))!).filter(Boolean);
  }

  searchStatements(words: string): Statement[] {
    return this.statementIndex.search(words).map((r) => this.statementById.get(String(r.id))!);
  }

  searchEvents(words: string): Set<string> {
    return new Set(this.eventIndex.search(words).map((r) => String(r.id)));
  }

  searchFigures(words: string): Set<string> {
    return new Set(this.figureIndex.search(words).map((r) => String(r.id)));
  }

  event(id: string): DatedEvent | undefined {
    return this.eventById.get(id);
  }

  figure(id: string): Figure | undefined {
    return this.figureById.get(id);
  }
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
