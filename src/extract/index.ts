import { readingDocument, readingOf } from '../corpus/readingText.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import { writtenEvents, writtenFigures, writtenStatements } from './asWritten.ts';
import {
  compactedExtraction,
  compactedSegments,
  compactedTimeline,
  storedSegments,
  storedTimeline,
} from './compacted.ts';
import { scanHeading } from './dates/headingDates.ts';
import {
  extractEvents,
  planTimelines as planDocumentTimelines,
  type ScannedDocument,
  scanDocument,
  type TimelinePlan,
} from './dates/index.ts';
import { identifyReporters, identifySpeakers } from './entities/identity.ts';
import { headingFigures } from './figures/headingFigures.ts';
import { extractFigures } from './figures/index.ts';
import { splitParagraphs } from './paragraphs.ts';
import { splitSentences } from './sentences.ts';
import { headlineStatements } from './statements/headline.ts';
import { extractStatements } from './statements/index.ts';
import { leadRoleNamed } from './statements/leadRole.ts';
import { roleDate } from './statements/reading/draft.ts';
import type { DocumentExtraction, DocumentTimeline, Paragraph, Sentence } from './types.ts';

export interface CorpusExtraction {
  byDoc: Map<string, DocumentExtraction>;
  timelines: Map<string, DocumentTimeline>;
}

export interface Segmented {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/** Segments with offsets into the stored text (the extractors read a view: readingText.ts). */
export function segmentDocument(stored: CorpusDocument): Segmented {
  const { view: doc, compaction } = readingOf(stored);
  const paragraphs = splitParagraphs(doc.text, doc.bodyStart);
  const segmented = { paragraphs, sentences: withoutDateline(doc, splitSentences(doc.text, paragraphs)) };
  return compaction ? storedSegments(compaction, segmented) : segmented;
}

/**
 * A dateline (`LONDON, Oct 3 (Reuters) -`) is the document's own metadata, not part of what
 * its first sentence says: the sentence starts after it, so no quote or event swallows it.
 */
function withoutDateline(doc: CorpusDocument, sentences: Sentence[]): Sentence[] {
  const dateline = doc.meta.dateline;
  if (!dateline) return sentences;
  const out: Sentence[] = [];
  for (const s of sentences) {
    if (s.end <= dateline.start || s.start >= dateline.end) {
      out.push({ ...s, index: out.length });
      continue;
    }
    const rest = /^[\s\-–—:.]*/.exec(doc.text.slice(dateline.end, s.end))![0].length;
    const start = Math.max(s.start, dateline.end + rest);
    if (start < s.end) out.push({ ...s, start, index: out.length });
  }
  return out;
}

/**
 * Extraction runs in two passes: segmentation per document, then dates across the corpus
 * (a year pinned in one document can date another that tells the same event), then
 * statements, events and figures per document against its timeline.
 */
export function extractCorpus(
  documents: readonly CorpusDocument[],
  now: Date = new Date(),
): CorpusExtraction {
  const segmented = new Map<string, Segmented>();
  for (const doc of documents) segmented.set(doc.id, segmentDocument(doc));
  const sentencesByDoc = new Map([...segmented].map(([id, s]) => [id, s.sentences]));
  const timelines = buildTimelines([...documents], sentencesByDoc, now);
  const byDoc = new Map<string, DocumentExtraction>();
  for (const doc of documents)
    byDoc.set(doc.id, extractDocument(doc, segmented.get(doc.id)!, timelines.get(doc.id)!));
  return { byDoc, timelines };
}

/** The per-document pass, given the document's timeline (the persisted index reuses it). */
export function extractDocument(
  stored: CorpusDocument,
  segmented: Segmented,
  storedTimeline: DocumentTimeline,
): DocumentExtraction {
  const { view: doc, written, compaction } = readingOf(stored);
  if (compaction) {
    const read = readDocument(
      doc,
      written,
      compactedSegments(compaction, segmented),
      compactedTimeline(compaction, storedTimeline),
    );
    return {
      ...compactedExtraction(compaction, read),
      paragraphs: segmented.paragraphs,
      sentences: segmented.sentences,
    };
  }
  return readDocument(doc, written, segmented, storedTimeline);
}

function readDocument(
  doc: CorpusDocument,
  written: string,
  { paragraphs, sentences }: Segmented,
  timeline: DocumentTimeline,
): DocumentExtraction {
  // One speaker, one entry in the document: the names the text uses for one speaker are joined.
  const identity = identifySpeakers(
    doc.text,
    extractStatements(
      doc.text,
      doc.id,
      sentences,
      paragraphs,
      timeline,
      doc.meta.outlet?.value,
      doc.meta.url?.value,
    ),
  );
  const headlines = headlineStatements({
    doc,
    body: identity.statements,
    canonical: identity.canonical,
    timeline,
    at: roleDate(timeline),
  });
  const body = leadRoleNamed(doc.text, headlines, identity.statements);
  // A line that is only a quotation names no speaker: the outlet's framing, no statement
  // (CONVENTIONS rules 9 and 11); the words are the speaker's where the body says them, once.
  const statements = [...headlines, ...body];
  const events = extractEvents(doc.text, doc.id, sentences, timeline);
  // Figures are read in the body's sentences; the headline's statement stands in none of them.
  // The lines above the body come first, each read alone (figures/headingFigures.ts).
  const figures = identifyReporters(
    [
      ...headingFigures(doc.text, doc.id, doc.bodyStart, timeline, statements),
      ...extractFigures(doc.text, doc.id, sentences, timeline, body),
    ],
    identity.canonical,
  );
  if (doc.text === written) return { docId: doc.id, paragraphs, sentences, statements, events, figures };
  return {
    docId: doc.id,
    paragraphs,
    sentences,
    statements: writtenStatements(doc.text, written, statements),
    events: writtenEvents(doc.text, written, events),
    figures: writtenFigures(doc.text, written, figures),
  };
}

/**
 * One document's part of the dates pass: its date expressions and header dates, read in its view
 * (readingText.ts) as buildTimelines reads them, without the document itself. It depends on the
 * document alone, so a large ingest reads it on several threads (index/extractPool.ts).
 */
export type DocumentScan = Omit<ScannedDocument, 'doc'>;

function scanForTimelines(stored: CorpusDocument, sentences: Sentence[]): DocumentScan {
  const { view, compaction } = readingOf(stored);
  const viewSentences = compaction
    ? compactedSegments(compaction, { paragraphs: [], sentences }).sentences
    : sentences;
  const { doc: _view, ...scan } = scanView(view, viewSentences);
  return scan;
}

/**
 * A view's dates scan with its headline's and deck's, which needs the document alone too: read
 * here, off the serial dates pass, right after the document's (they share its header lines).
 */
function scanView(view: CorpusDocument, sentences: Sentence[]): ScannedDocument {
  return { ...scanDocument(view, sentences), heading: scanHeading(view, sentences) };
}

/** A document's dates scan, and its segments when the job did not give them. */
export interface SegmentedScan {
  segmented: Segmented | null;
  scan: DocumentScan;
}

/**
 * Segmentation and the dates scan of one document: both depend on the document alone, so a large
 * ingest reads them on its threads. Segments given (kept from an earlier ingest) are not read
 * again, nor sent back.
 */
export function segmentAndScan(stored: CorpusDocument, given: Segmented | null): SegmentedScan {
  const segmented = given ?? segmentDocument(stored);
  return { segmented: given ? null : segmented, scan: scanForTimelines(stored, segmented.sentences) };
}

/**
 * Timelines read the documents as the extractors do (readingText.ts): offsets are the stored text's.
 * `scans`: documents' scans already read (scanForTimelines); the others are read here.
 */
export function buildTimelines(
  documents: CorpusDocument[],
  sentencesByDoc: Map<string, Sentence[]>,
  now?: Date,
  scans?: ReadonlyMap<string, DocumentScan>,
): Map<string, DocumentTimeline> {
  const plan = planTimelines(documents, sentencesByDoc, now, scans);
  return new Map(plan.ids.map((id) => [id, plan.timelineOf(id)!]));
}

/** As buildTimelines, each document's timeline resolved when first asked for (dates/index.ts planTimelines). */
export function planTimelines(
  documents: CorpusDocument[],
  sentencesByDoc: Map<string, Sentence[]>,
  now?: Date,
  scans?: ReadonlyMap<string, DocumentScan>,
): TimelinePlan {
  const scan = (view: CorpusDocument, sentences: Sentence[]): ScannedDocument => {
    const read = scans?.get(view.id);
    return read ? { doc: view, ...read } : scanView(view, sentences);
  };
  const readings = documents.map(readingOf);
  if (readings.every((r) => !r.compaction))
    return planDocumentTimelines(documents.map(readingDocument), sentencesByDoc, now, scan);
  const viewSentences = new Map(sentencesByDoc);
  for (const { view, compaction } of readings) {
    const sentences = sentencesByDoc.get(view.id);
    if (compaction && sentences)
      viewSentences.set(view.id, compactedSegments(compaction, { paragraphs: [], sentences }).sentences);
  }
  const plan = planDocumentTimelines(
    readings.map((r) => r.view),
    viewSentences,
    now,
    scan,
  );
  const compactions = new Map(readings.map((r) => [r.view.id, r.compaction]));
  const stored = new Map<string, DocumentTimeline>();
  return {
    ...plan,
    timelineOf: (docId) => {
      const timeline = plan.timelineOf(docId);
      const compaction = compactions.get(docId);
      if (!compaction || !timeline) return timeline;
      let kept = stored.get(docId);
      if (!kept) stored.set(docId, (kept = storedTimeline(compaction, timeline)));
      return kept;
    },
  };
}
