import type { CorpusDocument } from '../../corpus/types.ts';
import type { Sentence } from '../types.ts';
import { joinBetweenSpans } from './betweenSpans.ts';
import { inDocumentName } from './documentName.ts';
import { type DateExpression, findDateExpressions } from './expressions.ts';
import { findHeaderDates, type HeaderDate, type HeaderRole } from './reference.ts';
import { type Tense, tenseReading } from './tense.ts';

/** A date expression in a document with what the surrounding text says about it. */
export interface ScannedMention {
  expression: DateExpression;
  sentence: number;
  paragraph: number;
  /** Header lines and datelines date the document, not an event; nor does a date in a document's name. */
  role: HeaderRole | 'name' | 'text';
  tense: Tense;
  /** Does the text mark the tense (a past verb, future wording), or is it the default reading? */
  tenseMarked: boolean;
}

export interface ScannedDocument {
  doc: CorpusDocument;
  sentences: Sentence[];
  headers: HeaderDate[];
  mentions: ScannedMention[];
  /** The paragraph that opens the story (after headline and header lines), where the day's news is told. */
  leadParagraph: number | null;
}

export function scanDocument(doc: CorpusDocument, sentences: Sentence[]): ScannedDocument {
  const paragraphStarts = firstSentenceStarts(sentences);
  const headers = findHeaderDates(doc.text, [...new Set([0, ...paragraphStarts])]); // a Set: indexOf was quadratic
  const mentions: ScannedMention[] = [];
  for (const sentence of sentences) {
    const found = findDateExpressions(doc.text, sentence.start, sentence.end);
    for (const expression of joinBetweenSpans(doc.text, found)) {
      const header = headers.find((h) => expression.start >= h.line.start && expression.end <= h.line.end);
      mentions.push({
        expression,
        sentence: sentence.index,
        paragraph: sentence.paragraph,
        role:
          header?.role ??
          (isNameDate(doc.text, expression)
            ? 'name'
            : isStampLine(doc.text, expression)
              ? 'updated'
              : 'text'),
        // "will mark the 2020 war": the war named by its year has happened, whatever the clause's tense.
        ...(expression.form.kind === 'year' && expression.form.past
          ? { tense: 'past' as const, tenseMarked: true }
          : tenseReading(doc.text, sentence, expression)),
      });
    }
  }
  return { doc, sentences, headers, mentions, leadParagraph: leadParagraph(doc.text, sentences) };
}

function isNameDate(text: string, e: DateExpression): boolean {
  // A span of years ("the trilateral statements of 2020-2022") tells when a series was issued, not one name.
  const named = e.form.kind === 'calendar' || (e.form.kind === 'year' && e.form.end === undefined);
  return named && inDocumentName(text, e.start, e.end);
}

/** A stamp is short: a clock time, a zone and a full date. */
const MAX_STAMP_CHARS = 60;
const CLOCK = /\d{1,2}[:.]\d{2}/;
/** What may stand beside the date on a stamp's line: separators, a clock time, a zone. */
const STAMP_REST =
  /^[\s,|·•–—-]*(?:(?:[Aa]t\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?)?[\s,|·•–—-]*$/;

/**
 * "9:12 p.m. ET, September 19, 2023" alone on its line: a live page stamps each post with its time
 * and day, anywhere down the page. The stamp dates the post, not an event the post tells.
 */
function isStampLine(text: string, e: DateExpression): boolean {
  if (e.form.kind !== 'calendar' || e.form.year === undefined || e.form.day === undefined) return false;
  const lineStart = text.lastIndexOf('\n', e.start - 1) + 1;
  const next = text.indexOf('\n', e.end);
  const lineEnd = next < 0 ? text.length : next;
  if (lineEnd - lineStart > MAX_STAMP_CHARS) return false;
  if (!CLOCK.test(text.slice(lineStart, lineEnd))) return false;
  return STAMP_REST.test(`${text.slice(lineStart, e.start)} ${text.slice(e.end, lineEnd)}`);
}

/** Headlines and header lines are short or unpunctuated; the lead is the first paragraph that reads as prose. */
function leadParagraph(text: string, sentences: Sentence[]): number | null {
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    if (body.split(/\s+/).length >= 8 && /[.!?]["”’)]?$/.test(body)) return s.paragraph;
  }
  return null;
}

function firstSentenceStarts(sentences: Sentence[]): number[] {
  const starts: number[] = [];
  let last = -1;
  for (const s of sentences) {
    if (s.paragraph !== last) starts.push(s.start);
    last = s.paragraph;
  }
  return starts;
}
