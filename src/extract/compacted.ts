import { type Compaction, compactSpan, storedSpan } from '../corpus/compactText.ts';
import type { DocumentExtraction, DocumentTimeline, Paragraph, Sentence, Span } from './types.ts';

/**
 * A document whose reading is compacted (src/corpus/compactText.ts) is segmented, dated and read
 * in the compact text's offsets; these carry every span between the two, so what leaves
 * extraction points into the stored text and what enters it points into the compact one.
 */
interface Segments {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

const mapSpans = <T extends Span>(spans: T[], map: (s: T) => T) => spans.map(map);

export function storedSegments(c: Compaction, s: Segments): Segments {
  const toStored = <T extends Span>(x: T) => storedSpan(c, x);
  return { paragraphs: mapSpans(s.paragraphs, toStored), sentences: mapSpans(s.sentences, toStored) };
}

export function compactedSegments(c: Compaction, s: Segments): Segments {
  const toCompact = <T extends Span>(x: T) => compactSpan(c, x);
  return { paragraphs: mapSpans(s.paragraphs, toCompact), sentences: mapSpans(s.sentences, toCompact) };
}

function mapTimeline(t: DocumentTimeline, map: <T extends Span>(x: T) => T): DocumentTimeline {
  const mapped: DocumentTimeline = { ...t, mentions: t.mentions.map(map) };
  if (t.present) mapped.present = t.present.map(map);
  if (t.spans) mapped.spans = t.spans.map(map);
  return mapped;
}

export const storedTimeline = (c: Compaction, t: DocumentTimeline) => mapTimeline(t, (x) => storedSpan(c, x));
export const compactedTimeline = (c: Compaction, t: DocumentTimeline) =>
  mapTimeline(t, (x) => compactSpan(c, x));

/** Statements, events and figures read off the compact text, with stored offsets. */
export function compactedExtraction(
  c: Compaction,
  x: DocumentExtraction,
): Pick<DocumentExtraction, 'docId' | 'statements' | 'events' | 'figures'> {
  const span = (s: Span): Span => storedSpan(c, s);
  return {
    docId: x.docId,
    statements: x.statements.map((s) => {
      const out = { ...s, quote: span(s.quote), context: span(s.context) };
      if (s.continuation) out.continuation = s.continuation.map(span);
      if (s.clause) out.clause = s.clause.map(span);
      return out;
    }),
    events: x.events.map((e) => ({ ...e, expressionSpan: span(e.expressionSpan), excerpt: span(e.excerpt) })),
    figures: x.figures.map((f) => ({ ...f, excerpt: span(f.excerpt) })),
  };
}
