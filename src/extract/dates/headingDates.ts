import { readFieldLine } from '../../corpus/metadata/fields.ts';
import type { CorpusDocument } from '../../corpus/types.ts';
import { splitParagraphs } from '../paragraphs.ts';
import { splitSentences } from '../sentences.ts';
import type { DateMention, Paragraph, Sentence } from '../types.ts';
import { type DateForm, yearBeforeEventNoun } from './expressions.ts';
import { type ResolveContext, resolveMentions } from './resolve.ts';
import { type ScannedDocument, scanDocument } from './scan.ts';

/** A headline or a deck runs to this many words at least; shorter lines above the body are labels and bylines. */
const MIN_HEADING_WORDS = 6;
/** A line above the body with a clock time is a stamp, whatever else it holds. */
const CLOCK = /(?<![\d.])\d{1,2}[:.]\d{2}(?![\d.])/;

/**
 * Dates in the headline and the deck above the body ("… have fled to Armenia since Sunday, officials
 * say"), which the body's sentences leave out. Each line is read alone against the document's date,
 * so nothing it tells moves the body's narrative. A full date (day and year) in a line above the body
 * is the piece's own ("Press Briefing – September 26, 2023"), never an event's: it is left to the
 * header reader, as are stamp lines. A headline drops its articles: "since 2020 war" names the war.
 */
export function headingMentions(
  doc: CorpusDocument,
  sentences: readonly Sentence[],
  context: Omit<ResolveContext, 'scanned'>,
  heading: HeadingScan | null = scanHeading(doc, sentences),
): DateMention[] {
  const out: DateMention[] = [];
  if (!heading) return out;
  const { lines, scan: all } = heading;
  for (const line of lines) {
    const within = (s: { start: number; end: number }) => s.start >= line.start && s.end <= line.end;
    const mentions = all.mentions.filter((m) => within(m.expression));
    if (mentions.length === 0) continue;
    const scanned = { doc, ...all, sentences: all.sentences.filter(within), mentions };
    const notEvent = new Set(
      mentions
        .filter(({ expression: e }) => isFullDate(e.form) || yearBeforeEventNoun(doc.text, e))
        .map((m) => m.expression.start),
    );
    const spans = new Set(
      mentions.filter((m) => m.expression.form.kind === 'pastSpan').map((m) => m.expression.start),
    );
    for (const m of resolveMentions({ ...context, scanned })) {
      if (m.role || m.present || notEvent.has(m.start) || (m.duration && spans.has(m.start))) continue;
      out.push({ ...m, sentence: -1 });
    }
  }
  return out;
}

/** The lines above the body that headingMentions reads, and their one scan (without the document). */
export interface HeadingScan {
  lines: Paragraph[];
  scan: Omit<ScannedDocument, 'doc'>;
}

/**
 * The part of headingMentions that needs the document alone: which lines above the body are a
 * headline or a deck, and their scan. A large ingest reads it on the pool's threads with the
 * document's own scan; the dates pass then only resolves. Null when no line qualifies.
 */
export function scanHeading(doc: CorpusDocument, sentences: readonly Sentence[]): HeadingScan | null {
  if (doc.bodyStart <= 0) return null;
  const lines = splitParagraphs(doc.text.slice(0, doc.bodyStart)).filter((line) => {
    // A caller that reads the lines above the body as sentences has their dates already.
    if (sentences.some((s) => s.start < line.end && s.end > line.start)) return false;
    const written = doc.text.slice(line.start, line.end);
    // "Summary: …", "Tags: …": a header field is the page's record, not its headline.
    return (
      written.split(/\s+/).length >= MIN_HEADING_WORDS && !CLOCK.test(written) && !readFieldLine(written)
    );
  });
  if (lines.length === 0) return null;
  // One scan for all the lines (the header dates are found once); each line is then resolved alone.
  const { doc: _doc, ...scan } = scanDocument(doc, splitSentences(doc.text, lines));
  return { lines, scan };
}

function isFullDate(form: DateForm): boolean {
  return form.kind === 'calendar' && form.day !== undefined && form.year !== undefined;
}
