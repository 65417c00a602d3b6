import type { SourceDate } from '../corpus/types.ts';

/** Character offsets into CorpusDocument.text: text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

export type EntityKind = 'person' | 'organisation' | 'government' | 'place' | 'group' | 'unknown';

/** One canonical speaker or place, as the gazetteer (or the text, for names it lacks) knows it. */
export interface Entity {
  /** Canonical key, stable across documents: "blinken", "mfa-azerbaijan", "text:radio-liberty-armenian". */
  id: string;
  /** Canonical display name: "Antony J. Blinken". */
  name: string;
  /** "US Secretary of State", where known. */
  role?: string;
  kind: EntityKind;
  /**
   * Other names one document uses for this speaker, as written there: an abbreviation it defines
   * ("ANAMA"), a surname of a full name, the body without its country. Set on a document's copy
   * of the entity (see entities/identity.ts); absent when the document uses no other name.
   */
  aliases?: string[];
}

export type StatementKind = 'direct' | 'reported';

export interface Statement {
  id: string;
  docId: string;
  speaker: Entity;
  /** The mention as written in the text ("the Secretary", "He", "Baku"). */
  mention: string;
  /** Who relayed it, when the text says so ("Miller said in a statement that Blinken …"). */
  via?: Entity;
  kind: StatementKind;
  /** Verbatim span of what was said: the quote's inner text, or the reported clause. */
  quote: Span;
  /** Extra spans of the same quote (a quote split by its attribution, or spanning paragraphs). */
  continuation?: Span[];
  /**
   * The reported clause a quote stands in, verbatim and in the same sentence, holding every
   * quoted piece: `he was “proud to be a Democrat”` for `X said he was “proud to be a Democrat”`.
   * Two pieces when a parenthetical attribution splits it (`The levy|, she said, |is “unfair”`).
   * Absent when the quote is all that was said (and for reported speech, whose quote is the clause).
   */
  clause?: Span[];
  /** The whole sentence(s) that carry the statement and its attribution. */
  context: Span;
  /** The sentence's index; -1 for an agency headline above the body ("Pashinyan: …", statements/headline.ts). */
  sentence: number;
  /** When it was said; null is "date not stated". */
  date: SourceDate | null;
  /** "stated in the text" | "document date" | "today in a dated piece" … */
  dateBasis: string;
  /**
   * 'headline': read from the headline, a deck or a post title (statements/headingLine.ts). Its
   * words are the outlet's telling of what the speaker said, shown as such, never as the speaker's own.
   */
  line?: 'headline';
}

export interface DatedEvent {
  id: string;
  docId: string;
  date: SourceDate;
  /** The date expression as written: "On September 19", "the next day". */
  expression: string;
  expressionSpan: Span;
  /** The verbatim excerpt that tells the event (usually its sentence). */
  excerpt: Span;
  sentence: number;
  /** True when the text says it is scheduled / still to come. */
  scheduled: boolean;
}

export type FigureCategory = 'killed' | 'wounded' | 'missing' | 'displaced' | 'evacuated';

interface FigureNumber {
  /** The number with its hedge, as written: "about 5,000", "Six", "30 thousand", "one". */
  text: string;
  /** The hedge word(s) as written, if any: "about", "at least", "more than". */
  hedge: string | null;
  /** Numeric value of the written number (5000 for "about 5,000"). */
  value: number;
  /** Low/high bounds implied by the hedge: "more than 60" → low 61, high null. */
  low: number | null;
  high: number | null;
}

export interface Figure {
  id: string;
  docId: string;
  category: FigureCategory;
  number: FigureNumber;
  /** What is counted, as written: "people", "employees of the Ministry of Internal Affairs of Azerbaijan". */
  counted: string | null;
  /** A figure nested in another ("including four employees …" inside "Six people were killed"). */
  partOf?: string;
  /**
   * Absent: a count ("50,243 people had crossed"). `change`: by how much a count rose or fell
   * ("a figure that rose by more than 15,000"); `rate`: a count per unit of time ("800 people were
   * arriving every hour"). Neither is ever shown or grouped as a total.
   */
  kind?: 'change' | 'rate';
  where: string | null;
  /** The period it covers, as written ("over the past 24 hours", "since September 27"), and resolved. */
  period: { text: string | null; date: SourceDate | null };
  /** Who reports it: an entity where resolvable, and the words the text uses. */
  reporter: { entity: Entity | null; text: string } | null;
  excerpt: Span;
  /** The sentence's index; -1 for a figure in the headline or a line above the body. */
  sentence: number;
  /** 'headline': read from the headline, a deck or another line above the body (figures/headingFigures.ts). */
  line?: 'headline';
}

export interface DocumentExtraction {
  docId: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  statements: Statement[];
  events: DatedEvent[];
  figures: Figure[];
}

/** A date expression found in a document, resolved against the document's reference date. */
export interface DateMention extends Span {
  /** As written: "On September 19", "the next day", "in the fall of 2020". */
  text: string;
  date: SourceDate;
  sentence: number;
  /**
   * Set when the date is the document's own (a Published:/Updated: line, a dateline), not an event's,
   * or part of a document's name ("the trilateral statement of November 9, 2020").
   */
  role?: 'published' | 'updated' | 'dateline' | 'name';
  /** A stretch of time up to the document's date ("over the past 24 hours", "this week"), not a day something happened. */
  duration?: boolean;
  /** "now", "currently": the time the text speaks from, a state at the reference date rather than a day something happened. */
  present?: boolean;
}

/** What the date layer knows about one document; statements and figures read their dates here. */
export interface DocumentTimeline {
  docId: string;
  /** The date the document speaks from (publication, dateline, or inferred); null if unknown. */
  reference: SourceDate | null;
  /** How the reference was obtained ("Published: line", "dateline; year inferred: …"). */
  referenceBasis: string | null;
  /** Every date expression in text order. */
  mentions: DateMention[];
  /**
   * "now", "currently": the reference date, kept apart from `mentions` so that no statement or
   * figure takes the time of writing for the day its sentence names ("who now leads …, said on Monday").
   */
  present?: DateMention[];
  /**
   * "over the past 24 hours", "the past week": a stretch that ends at the reference date. A duration
   * is no date (CONVENTIONS 19), so it is kept apart from `mentions`; figures read their period from it.
   */
  spans?: DateMention[];
}
