import type { Paragraph, Sentence, Span } from '../types.ts';
import { COMMUNICATION_VERB } from './lexicon.ts';
import type { Quote } from './quotes.ts';

/**
 * A unit is a sentence, or consecutive sentences that one quote holds together (a quote of
 * several sentences, or one running over paragraphs): attribution is read per unit.
 */
export interface Unit extends Span {
  sentences: number[];
  firstParagraph: number;
  /** Quotes that open inside the unit. */
  quotes: Quote[];
}

/** The paragraph a unit opens, or undefined when the unit starts inside its paragraph. */
export function paragraphOpenedBy(paragraphs: readonly Paragraph[], unit: Unit): Paragraph | undefined {
  const p = paragraphs[unit.firstParagraph];
  return p && unit.start === p.start ? p : undefined;
}

function quoteEnd(q: Quote): number {
  const last = q.parts[q.parts.length - 1]!;
  return last.close ?? last.end;
}

export function buildUnits(sentences: readonly Sentence[], quotes: readonly Quote[]): Unit[] {
  const units: Unit[] = [];
  let q = 0;
  for (let i = 0; i < sentences.length; i++) {
    const first = sentences[i]!;
    let end = first.end;
    const members = [i];
    const held: Quote[] = [];
    while (q < quotes.length && quotes[q]!.parts[0]!.open < first.start) q++;
    for (;;) {
      while (q < quotes.length && quotes[q]!.parts[0]!.open < end) {
        held.push(quotes[q]!);
        end = Math.max(end, quoteEnd(quotes[q]!));
        q++;
      }
      const next = sentences[members[members.length - 1]! + 1];
      if (!next || next.start >= end) break;
      members.push(next.index);
      end = Math.max(end, next.end);
    }
    const lastSentence = sentences[members[members.length - 1]!]!;
    units.push({
      start: first.start,
      end: Math.max(end, lastSentence.end),
      sentences: members,
      firstParagraph: first.paragraph,
      quotes: held,
    });
    i = members[members.length - 1]!;
  }
  return units;
}

/**
 * Headlines, bylines and metadata lines end without a full stop or a closing quote: no statements
 * there. A line ending with a colon introduces what follows ("The ministry said:").
 */
export function isHeading(text: string, p: Paragraph): boolean {
  const line = text.slice(p.start, p.end).trimEnd();
  if (line.endsWith(':')) return !SPEECH_VERB_BEFORE_COLON.test(line);
  return !/[.!?…"”’'»)]$/.test(line);
}

/** "… said:", "… told reporters on Friday:": a verb of saying shortly before the closing colon. */
const SPEECH_VERB_BEFORE_COLON = new RegExp(
  `(?:${COMMUNICATION_VERB.source}|(?<![\\p{L}-])(?:react(?:s|ed)?|post(?:s|ed))(?![\\p{L}-]))(?:\\s+[^\\s.;:]+){0,8}:$`,
  'u',
);
