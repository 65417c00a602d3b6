import { extractFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { extractStatements } from '../../src/extract/statements/index.ts';
import type { DocumentTimeline } from '../../src/extract/types.ts';
import { extractFrom } from './statements.helpers.ts';

/** The casualty figures of sentences written for a test, read as one undated piece. */
export function extracted(text: string) {
  return extractFigures(text, 'doc', splitSentences(text, splitParagraphs(text)), {
    docId: 'doc',
    reference: null,
    referenceBasis: null,
    mentions: [],
  });
}

/** Each figure as [category, number as written, reporter as written or null]. */
export function figuresOf(text: string): [string, string, string | null][] {
  return extracted(text).map((f) => [f.category, f.number.text, f.reporter?.text ?? null]);
}

/** Each figure as [number as written, reporter as written or null], read with the piece's statements. */
export function reportersOf(text: string): [string, string | null][] {
  const timeline: DocumentTimeline = { docId: 'doc', reference: null, referenceBasis: null, mentions: [] };
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const statements = extractStatements(text, 'doc', sentences, paragraphs, timeline);
  return extractFigures(text, 'doc', sentences, timeline, statements).map((f) => [
    f.number.text,
    f.reporter?.text ?? null,
  ]);
}

/** Each figure as [category, number as written, reporter as shown], read with the statements of the same text. */
export function figuresWithStatementsOf(text: string): [string, string, string | null][] {
  const timeline: DocumentTimeline = { docId: 'doc', reference: null, referenceBasis: null, mentions: [] };
  const sentences = splitSentences(text, splitParagraphs(text));
  return extractFigures(text, 'doc', sentences, timeline, extractFrom(text, timeline)).map((f) => [
    f.category,
    f.number.text,
    f.reporter?.text ?? null,
  ]);
}
