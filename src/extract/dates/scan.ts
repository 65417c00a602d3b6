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
        role: header?.role ?? (isNameDate(doc.text, expression) ? 'name' : 'text'),
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
  return e.form.kind === 'calendar' && inDocumentName(text, e.start, e.end);
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
