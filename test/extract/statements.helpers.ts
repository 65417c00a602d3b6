import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import type { CorpusDocument, SourceDate } from '../../src/corpus/types.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { saidSpans } from '../../src/extract/statements/clause.ts';
import { extractStatements } from '../../src/extract/statements/index.ts';
import type { DateMention, DocumentTimeline, Statement } from '../../src/extract/types.ts';

export interface Seen {
  speaker: string;
  via?: string;
  kind: Statement['kind'];
  quote: string;
  continuation?: string[];
}

/** A hand-built timeline: each date expression is found in the text by its first occurrence. */
export function timelineFor(
  text: string,
  reference: SourceDate | null,
  dates: [string, SourceDate][] = [],
): DocumentTimeline {
  const mentions: DateMention[] = dates.map(([expression, date]) => {
    const start = text.indexOf(expression);
    if (start < 0) throw new Error(`"${expression}" is not in the text`);
    return { start, end: start + expression.length, text: expression, date, sentence: 0 };
  });
  return { docId: 'doc', reference, referenceBasis: reference ? 'hand-built' : null, mentions };
}

export function extractFrom(
  text: string,
  timeline: DocumentTimeline = timelineFor(text, null),
  docId = 'doc',
): Statement[] {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  return extractStatements(text, docId, sentences, paragraphs, timeline);
}

function seen(text: string, statements: Statement[]): Seen[] {
  return statements.map((s) => {
    const out: Seen = { speaker: s.speaker.id, kind: s.kind, quote: text.slice(s.quote.start, s.quote.end) };
    if (s.via) out.via = s.via.id;
    if (s.continuation) out.continuation = s.continuation.map((c) => text.slice(c.start, c.end));
    return out;
  });
}

export function statementsOf(text: string, timeline?: DocumentTimeline): Seen[] {
  return seen(text, extractFrom(text, timeline));
}

const NOW = new Date('2026-11-23T00:00:00Z');

/** One piece as the corpus reads it (header lines, then body) and every statement the whole extraction gives it. */
export interface PieceRead {
  doc: CorpusDocument;
  statements: Statement[];
}

/** A one-piece corpus read on `now`: metadata from its header, document speakers joined (entities/identity.ts). */
export function readPiece(text: string, now: Date = NOW): PieceRead {
  const doc = buildDocument('piece.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  return { doc, statements: extractCorpus([doc], now).byDoc.get(doc.id)!.statements };
}

/** A statement's quoted words, verbatim from the piece. */
const wordsIn = (doc: CorpusDocument, s: Statement): string => doc.text.slice(s.quote.start, s.quote.end);

/** The statements the lines above a piece's body give (headline, deck). */
const aboveBody = ({ doc, statements }: PieceRead): Statement[] =>
  statements.filter((s) => s.context.end <= doc.bodyStart);

/** Each statement of a one-piece corpus as "speaker id: words". */
export const speakerQuoteLinesInPiece = (text: string): string[] => {
  const { doc, statements } = readPiece(text);
  return statements.map((s) => `${s.speaker.id}: ${wordsIn(doc, s)}`);
};

/** The statements above a piece's body as [speaker id, words, line mark]. */
export function headingSaid(text: string): [string, string, string | undefined][] {
  const read = readPiece(text);
  return aboveBody(read).map((s) => [s.speaker.id, wordsIn(read.doc, s), s.line]);
}

/** Each statement of a one-piece corpus with its content's pieces, verbatim, joined by " … ". */
function piecesSaid(text: string): { statement: Statement; said: string }[] {
  const { doc, statements } = readPiece(text);
  return statements.map((statement) => ({
    statement,
    said: saidSpans(statement)
      .map((q) => doc.text.slice(q.start, q.end))
      .join(' … '),
  }));
}

/** Each statement of a one-piece corpus as "mention: content". */
export function saidInPiece(text: string): string[] {
  return piecesSaid(text).map(({ statement, said }) => `${statement.mention}: ${said}`);
}

/** Each statement of a one-piece corpus as "kind: mention | content". */
export function kindSaidInPiece(text: string): string[] {
  return piecesSaid(text).map(({ statement, said }) => `${statement.kind}: ${statement.mention} | ${said}`);
}

/** The headline's statement (above the body) as speaker id, mention and words; null when none. */
export function headlineSaid(text: string): [string, string, string] | null {
  const read = readPiece(text, new Date('2024-01-01'));
  const s = aboveBody(read)[0];
  return s ? [s.speaker.id, s.mention, wordsIn(read.doc, s)] : null;
}

/** Every statement above a piece's body (headline, deck, subheads) as speaker id, mention and words. */
export function headingMentionsSaid(text: string): [string, string, string][] {
  const read = readPiece(text, new Date('2024-01-01'));
  return aboveBody(read).map((s) => [s.speaker.id, s.mention, wordsIn(read.doc, s)]);
}

/** Speaker ids of a document whose metadata names its outlet (and, optionally, its address). */
export function speakerIdsFrom(
  outlet: string | null | undefined,
  text: string,
  url: string | null = null,
): string[] {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  return extractStatements(text, 'doc', sentences, paragraphs, timelineFor(text, null), outlet, url).map(
    (s) => s.speaker.id,
  );
}

/** Each statement's speaker id, in text order. */
export const speakersShown = (text: string): string[] => statementsOf(text).map((s) => s.speaker);

/** Each statement as [speaker id, its words verbatim]. */
export const speakersAndQuotes = (text: string): [string, string][] =>
  statementsOf(text).map((s) => [s.speaker, s.quote]);

/** Each statement as [speaker id, the first `n` characters of its words]. */
export const speakersAndOpenings = (text: string, n = 24): [string, string][] =>
  statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, n)]);

/** Each statement as [speaker id, relayer id or undefined, its words]. */
export const speakersViaAndQuotes = (text: string): [string, string | undefined, string][] =>
  statementsOf(text).map((s) => [s.speaker, s.via, s.quote]);

/** Each statement as "speaker id: words". */
export const speakerQuoteLines = (text: string): string[] =>
  statementsOf(text).map((s) => `${s.speaker}: ${s.quote}`);

/** Each statement as "speaker id via relayer id: words", the via part only for a relay. */
export const speakerViaQuoteLines = (text: string): string[] =>
  statementsOf(text).map((s) => `${s.speaker}${s.via ? ` via ${s.via}` : ''}: ${s.quote}`);

/** Each statement as [speaker id, how the text names the speaker there]. */
export const speakersAndMentions = (text: string): [string, string][] =>
  extractFrom(text).map((s) => [s.speaker.id, s.mention]);

/** Each statement as [speaker id, how the text names the speaker there, its words]. */
export const speakersMentionsAndQuotes = (text: string): [string, string, string][] =>
  extractFrom(text).map((s) => [s.speaker.id, s.mention, text.slice(s.quote.start, s.quote.end)]);

/** Each statement as { id: speaker id, said: its words }. */
export const idsAndWords = (text: string): { id: string; said: string }[] =>
  extractFrom(text).map((s) => ({ id: s.speaker.id, said: text.slice(s.quote.start, s.quote.end) }));

/** The statements read from the lines above a document's body, as of `at`: speaker and words. */
export function headingStatements(text: string, at: string): [string, string][] {
  const doc = buildDocument('doc.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  return extractCorpus([doc], new Date(at))
    .byDoc.get(doc.id)!
    .statements.filter((s) => s.context.end <= doc.bodyStart)
    .map((s) => [s.speaker.id, doc.text.slice(s.quote.start, s.quote.end)]);
}
