import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import type { SourceDate } from '../../src/corpus/types.ts';
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

/** Each statement of a one-piece corpus with its content's pieces, verbatim, joined by " … ". */
function piecesSaid(text: string): { statement: Statement; said: string }[] {
  const doc = buildDocument('piece.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  return extractCorpus([doc], NOW)
    .byDoc.get(doc.id)!
    .statements.map((statement) => ({
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
  const doc = buildDocument('doc.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  const all = extractCorpus([doc], new Date('2024-01-01')).byDoc.get(doc.id)!.statements;
  const s = all.find((x) => x.context.end <= doc.bodyStart);
  return s ? [s.speaker.id, s.mention, doc.text.slice(s.quote.start, s.quote.end)] : null;
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
