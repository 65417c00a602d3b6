import type { SourceDate } from '../../src/corpus/types.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
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
