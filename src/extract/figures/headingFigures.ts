import { splitParagraphs } from '../paragraphs.ts';
import { splitSentences } from '../sentences.ts';
import type { DocumentTimeline, Figure, Statement } from '../types.ts';
import { extractFigures } from './index.ts';
import { findNumbers } from './numbers.ts';

/**
 * Figures in the headline, deck and other lines above the body ("Armenia says 105 of its soldiers
 * killed; Baku puts its losses at 50"), read as the body's sentences are. Each line is read alone,
 * as a document of its own: its reporter is one the line itself names ("…, ministry says",
 * "Papikyan: …"), never one carried from another line, and nothing in it nests in a body total or
 * a body figure in it. Marked as the headline's (Figure.line), sentence -1 as headline statements.
 */
export function headingFigures(
  text: string,
  docId: string,
  bodyStart: number,
  timeline: DocumentTimeline,
  statements: readonly Statement[],
): Figure[] {
  const out: Figure[] = [];
  if (bodyStart <= 0) return out;
  for (const line of splitParagraphs(text.slice(0, bodyStart))) {
    const ids = new Map<string, string>();
    for (const f of extractFigures(text, docId, splitSentences(text, [line]), timeline, statements)) {
      if (isVague(f)) continue;
      const id = `${docId}#h${out.length + 1}`;
      ids.set(f.id, id);
      const partOf = f.partOf && ids.get(f.partOf);
      const { partOf: _, ...rest } = f;
      out.push({ ...rest, id, ...(partOf ? { partOf } : {}), sentence: -1, line: 'headline' });
    }
  }
  return out;
}

/**
 * "Dozens dead as fuel depot explodes", "Hundreds injured": a headline's vague amount sums up the body,
 * which gives the count; it has no number to show (CONVENTIONS.md 22).
 */
function isVague(f: Figure): boolean {
  return findNumbers(f.number.text).at(-1)?.kind === 'vague';
}
