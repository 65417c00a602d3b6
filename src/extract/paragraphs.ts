import type { Paragraph } from './types.ts';

/**
 * Paragraphs are runs of non-blank lines; in wire copy every line is usually its own
 * paragraph, so a single newline also ends one. Offsets exclude surrounding white space.
 */
export function splitParagraphs(text: string, from = 0): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const line = /[^\r\n]+/g;
  line.lastIndex = from;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = m.index + lead;
    paragraphs.push({ index: paragraphs.length, start, end: start + body.length });
  }
  return paragraphs;
}
