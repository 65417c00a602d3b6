import type { DocumentTimeline, Paragraph, Span, Statement } from '../types.ts';

/**
 * A quote set alone on a heading line: a headline or deck above the body, or a subheading between
 * its paragraphs ('"The phone lines are dead"'). The outlet lifts a speaker's words from the body
 * and names no one: the words are that speaker's, told by the outlet (a headline statement). Only
 * when one speaker's words in the body hold the heading's words verbatim, and that speaker is named
 * by a proper name: an epithet's or a pronoun's reading is left to the body, never repeated here.
 */

/** A line that is one quotation and nothing else, a list dash aside. */
const QUOTE_LINE = /^[ \t]*(?:[-–—][ \t]*)?(["“«])([^"“”«»\n]{3,160})(["”»])[ \t]*$/u;
const MIN_WORDS = 3;

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function quoteHeadingStatements(
  doc: { id: string; text: string; bodyStart: number },
  paragraphs: readonly Paragraph[],
  body: readonly Statement[],
  timeline: DocumentTimeline,
): Statement[] {
  const { text } = doc;
  const lines: Span[] = [];
  // Above the body, line by line; in the body, a paragraph that is one line.
  for (let start = 0; start < doc.bodyStart; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 || nl > doc.bodyStart ? doc.bodyStart : nl;
    if (end > start) lines.push({ start, end });
    start = end + 1;
  }
  for (const p of paragraphs)
    if (
      p.start >= doc.bodyStart &&
      p.end - p.start <= 170 &&
      !text.slice(p.start, p.end).trim().includes('\n')
    )
      lines.push({ start: p.start, end: p.end });
  const found: Statement[] = [];
  for (const line of lines) {
    const m = QUOTE_LINE.exec(text.slice(line.start, line.end));
    if (!m) continue;
    const inner = m[2]!.replace(/[\s.,;:!…]+$/u, '');
    const words = fold(inner);
    if (words.split(' ').length < MIN_WORDS) continue;
    const quoteStart = line.start + m.index + m[0].indexOf(m[2]!);
    const quote = { start: quoteStart, end: quoteStart + inner.length };
    const holders = body.filter(
      (s) =>
        !s.line &&
        // In the body, a quote line after the words it repeats is a pull quote: nothing new said.
        (line.start >= doc.bodyStart
          ? s.quote.start >= line.end
          : s.quote.end <= line.start || s.quote.start >= line.end) &&
        ` ${fold(text.slice(s.quote.start, s.quote.end))} `.includes(` ${words} `),
    );
    const speakers = new Set(holders.map((s) => s.speaker.id));
    const source = holders[0];
    if (speakers.size !== 1 || !source || !/^\p{Lu}/u.test(source.speaker.name)) continue;
    found.push({
      id: `${doc.id}#q${found.length + 1}`,
      docId: doc.id,
      speaker: source.speaker,
      mention: source.speaker.name,
      kind: 'direct',
      quote,
      context: line,
      sentence: -1,
      date: timeline.reference,
      dateBasis: timeline.reference ? 'document date' : 'date not stated',
      line: 'headline',
    });
  }
  return found;
}
