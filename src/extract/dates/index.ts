import type { CorpusDocument, SourceDate } from '../../corpus/types.ts';
import type { DateMention, DocumentTimeline, Sentence } from '../types.ts';
import { joinDayPairs } from './dayPairs.ts';
import { inferYear, type YearFinding } from './evidence.ts';
import { headingMentions } from './headingDates.ts';
import { type DocumentYear, type LendingInput, lendYearsInSteps, needsLending } from './lending.ts';
import { referenceFromHeaders } from './reference.ts';
import { resolveMentions } from './resolve.ts';
import { type ScannedDocument, scanDocument, settleByOutlet } from './scan.ts';
import { windowFromMentions, windowFromReference } from './window.ts';

export { extractEvents } from './events.ts';
export { compareSourceDates, dateMatchesPeriod, formatSourceDate } from './format.ts';
export type { ScannedDocument } from './scan.ts';
export { scanDocument } from './scan.ts';

/**
 * Dates for every document, in two passes: each document's own evidence for its date and year,
 * then years lent between documents that tell the same dated event; then every date expression
 * is resolved against its document's date.
 */
export function buildTimelines(
  docs: CorpusDocument[],
  sentencesByDoc: Map<string, Sentence[]>,
  now: Date = new Date(),
  scan: (doc: CorpusDocument, sentences: Sentence[]) => ScannedDocument = scanDocument,
): Map<string, DocumentTimeline> {
  const plan = planTimelines(docs, sentencesByDoc, now, scan);
  return new Map(plan.ids.map((id) => [id, plan.timelineOf(id)!]));
}

/**
 * The dates pass with its last step left to the caller: each document's years are read (and
 * lent) first; its date expressions are resolved when its timeline is first asked for. That
 * step needs the document alone, so a large ingest resolves each share of documents just before
 * it is read, while other threads read the items of the documents resolved before.
 */
export interface TimelinePlan {
  /** The documents' ids, in the order buildTimelines returns them. */
  ids: string[];
  /** A document's timeline, resolved once; undefined for a document not planned. */
  timelineOf(docId: string): DocumentTimeline | undefined;
  /** Does the document's timeline wait for years lent by others (see lending.ts)? */
  waitsForLending(docId: string): boolean;
  /**
   * The lending, a step at a time, for a caller that sees to other work between steps; a
   * timeline that waits for it and is asked for first finishes it at once.
   */
  lend(): Generator<void, void>;
}

type PlannedDocument = LendingInput & { header: ReturnType<typeof referenceFromHeaders> };

export function planTimelines(
  docs: CorpusDocument[],
  sentencesByDoc: Map<string, Sentence[]>,
  now: Date = new Date(),
  scan: (doc: CorpusDocument, sentences: Sentence[]) => ScannedDocument = scanDocument,
): TimelinePlan {
  const inputs: PlannedDocument[] = [];
  const scans = settleByOutlet(docs.map((doc) => scan(doc, sentencesByDoc.get(doc.id) ?? [])));
  for (const scanned of scans) {
    const doc = scanned.doc;
    const header = referenceFromHeaders(doc, scanned.headers);
    const window = windowFromReference(header.date) ?? windowFromMentions(scanned);
    let own: DocumentYear;
    let finding: YearFinding | null = null;
    if (header.date?.year !== undefined) {
      const status = header.date.yearStatus === 'unknown' ? 'stated' : header.date.yearStatus;
      own = {
        year: header.date.year,
        status,
        reason: header.date.yearReason ?? `year stated in the ${header.basis ?? 'document'}`,
      };
    } else {
      finding = inferYear(scanned, window, now);
      own = {
        ...(finding.year !== undefined && { year: finding.year }),
        status: finding.status,
        reason: finding.reason,
      };
    }
    inputs.push({ scanned, window, own, finding, header });
  }

  const byId = new Map(inputs.map((input) => [input.scanned.doc.id, input]));
  const done = new Map<string, DocumentTimeline>();
  const lending = lendYearsInSteps(inputs);
  let years: Map<string, DocumentYear> | null = null;
  const lent = () => {
    while (!years) {
      const step = lending.next();
      if (step.done) years = step.value;
    }
    return years;
  };
  return {
    ids: inputs.map((input) => input.scanned.doc.id),
    timelineOf: (docId) => {
      const kept = done.get(docId);
      if (kept) return kept;
      const input = byId.get(docId);
      if (!input) return undefined;
      // Lending changes no year but a borrower's: the others need not wait for it.
      const year = needsLending(input) ? lent().get(docId)! : input.own;
      const timeline = resolveTimeline(input, year, now);
      done.set(docId, timeline);
      return timeline;
    },
    waitsForLending: (docId) => {
      const input = byId.get(docId);
      return input !== undefined && needsLending(input);
    },
    *lend() {
      while (!years) {
        const step = lending.next();
        if (step.done) years = step.value;
        else yield;
      }
    },
  };
}

/** Every date expression of one document, resolved against its date and year. */
function resolveTimeline(input: PlannedDocument, documentYear: DocumentYear, now: Date): DocumentTimeline {
  const { scanned, window, header } = input;
  const reference = referenceDate(header.date, window, documentYear);
  const yearNote = documentYear.status === 'stated' ? null : documentYear.reason;
  const basis = header.date ? header.basis : window?.lo && window.hi ? window.basis : null;
  const referenceBasis = reference ? [basis, yearNote].filter(Boolean).join('; ') || null : null;
  const yearFits = documentYear.status === 'unknown' ? input.finding?.fits : undefined;
  const context = {
    window,
    documentYear,
    referenceBasis: header.basis,
    now,
    ...(yearFits && { yearFits }),
  };
  const resolved = resolveMentions({ scanned, ...context });
  const spanStarts = new Set(
    scanned.mentions.filter((m) => m.expression.form.kind === 'pastSpan').map((m) => m.expression.start),
  );
  const isSpan = (m: DateMention) => m.duration === true && spanStarts.has(m.start);
  const mentions = [
    ...headingMentions(scanned.doc, scanned.sentences, context, scanned.heading),
    ...joinDayPairs(
      scanned.doc.text,
      resolved.filter((m) => !m.present && !isSpan(m)),
    ),
  ];
  const present = resolved.filter((m) => m.present);
  const spans = resolved.filter(isSpan);
  return {
    docId: scanned.doc.id,
    reference,
    referenceBasis,
    mentions,
    ...(present.length > 0 && { present }),
    ...(spans.length > 0 && { spans }),
  };
}

function referenceDate(
  header: SourceDate | null,
  window: ReturnType<typeof windowFromMentions> | null,
  year: DocumentYear,
): SourceDate | null {
  if (header) return withYear(header, year);
  if (!window?.lo || !window.hi) return null;
  const { lo, hi } = window;
  const date: SourceDate = { precision: 'day', month: lo.month, day: lo.day, yearStatus: 'unknown' };
  if (lo.month !== hi.month || lo.day !== hi.day) date.end = { month: hi.month, day: hi.day };
  return withYear(date, year);
}

function withYear(d: SourceDate, year: DocumentYear): SourceDate {
  if (d.year !== undefined || year.year === undefined)
    return year.status === 'unknown' && d.year === undefined
      ? { ...d, yearStatus: 'unknown', yearReason: year.reason }
      : d;
  const end = d.end && {
    ...d.end,
    year: year.year + ((d.end.month ?? d.month ?? 0) < (d.month ?? 0) ? 1 : 0),
  };
  return { ...d, year: year.year, ...(end && { end }), yearStatus: 'inferred', yearReason: year.reason };
}
