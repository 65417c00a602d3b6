import type { Span } from '../types.ts';
import { reportedContent, trimSpan } from './attribution.ts';
import { MASK } from './mask.ts';

/**
 * A medium relaying someone's words: "Interfax quoted Lavrov as saying that …", "The paper quotes
 * Aliyev as saying …", "It cites an unnamed source in the Foreign Ministry as saying that …",
 * "Respublika quotes Armenian media reports that …". The one quoted said it; the quoting outlet
 * only carried it. Read on the masked text (quotes blanked), only when the unit holds the literal words.
 */

/** Cheap pre-test on literal words. */
const QUOTE_VERB = /\b(?:quot|cit)(?:es|ed|ing|e)\s/;

/** "<medium> quoted <speaker> as saying (that)", "… as telling reporters (that)"; "media quote <speaker> as saying". */
const AS_SAYING =
  /(?:^|[\s,])(?:quot|cit)(?:es|ed|e)\s+([^,;:\u2591]{2,90}?)\s+as\s+(?:saying|telling\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+|stating|claiming|writing)(?:\s+that)?(?=[\s:,\u2591])/u;

/** "<medium> quotes Armenian media reports that", "cites local press reports saying": the reports said it. */
const REPORTS_THAT =
  /(?:^|[\s,])(?:quot|cit)(?:es|ed|e)\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:media|press|news|television|TV|radio|agency|official|government)(?:\s+\p{Ll}+)?)\s+reports?\s+(?:that|saying(?:\s+that)?)\s/u;

export interface QuotedAsSaying {
  /** The one quoted, as written. */
  speaker: Span;
  /** The medium that quoted them ("Interfax", "The paper", "It"). */
  medium: Span;
  content: Span;
}

export function quotedAsSaying(masked: string, from: number, to: number): QuotedAsSaying | null {
  const region = masked.slice(from, to);
  if ((!region.includes('quot') && !region.includes('cit')) || !QUOTE_VERB.test(region)) return null;
  const m = AS_SAYING.exec(region) ?? REPORTS_THAT.exec(region);
  if (!m) return null;
  const at = from + m.index + m[0].indexOf(m[1]!, 1);
  const speaker = { start: at, end: at + m[1]!.length };
  // The medium: the clause's words before the verb ("Interfax", "The paper", "TASS on Monday").
  const verbAt = from + m.index + (/^[\s,]/.test(m[0]) ? 1 : 0);
  const opening = masked.slice(from, verbAt);
  const comma = Math.max(opening.lastIndexOf(', '), opening.lastIndexOf('; '));
  const clauseFrom = comma < 0 ? 0 : comma + 2;
  const medium = trimSpan(masked, from + clauseFrom, verbAt);
  if (medium.end <= medium.start) return null;
  const content = reportedContent(masked, trimSpan(masked, from + m.index + m[0].length, to));
  const words = masked.slice(content.start, content.end);
  if (words.split(/\s+/).filter(Boolean).length < 3 && !words.startsWith(MASK)) return null;
  return { speaker, medium, content };
}
