import type { Span } from '../types.ts';
import { reportedContent } from './attribution/content.ts';
import { trimSpan } from './attribution/tail.ts';
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
  /(?:^|[\s,])(?:quot|cit)(?:es|ed|e)\s+([^,;:\u2591]{2,90}?(?:,\s+\p{Lu}[^,;:\u2591]{1,60}?,)?)\s+as\s+(?:saying|telling\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+|stating|claiming|writing)(?:\s+that)?(?=[\s:,\u2591])/u;

/**
 * The closing order after a quote: "“…,” Uali quoted Tokayev as saying.", "“…,” the ministry quoted
 * its team leader, Arman Avetisyan, as saying.": the words are the quote the unit opens with.
 */
const QUOTE_THEN_AS_SAYING =
  /^\s*(\u2591+)[\s,]*(\p{Lu}[^,;:.!?\u2591]{0,50}?|the\s[^,;:.!?\u2591]{1,50}?)\s(?:quot|cit)(?:es|ed)\s+([^,;:\u2591]{2,90}?(?:,\s+\p{Lu}[^,;:\u2591]{1,60}?,)?)\s+as\s+(?:saying|stating|telling\s+(?:\p{Ll}+\s+)?\p{Ll}+)[\s.!?]*$/du;

/** "the commander of the force, Lieutenant General Rustam Muradov": the name set beside a description. */
const APPOSED_NAME = /,\s+(\p{Lu}[^,]*?),$/u;

/** The one quoted: the name beside a description when one is set off, else the words as written. */
function quotedOne(at: number, words: string): Span {
  const apposed = APPOSED_NAME.exec(words);
  if (!apposed) return { start: at, end: at + words.length };
  const start = at + apposed.index + apposed[0].indexOf(apposed[1]!, 1);
  return { start, end: start + apposed[1]!.length };
}

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
  const closing = QUOTE_THEN_AS_SAYING.exec(region);
  if (closing) {
    const [quote, medium, quoted] = [1, 2, 3].map((g) => closing.indices![g]!);
    return {
      speaker: quotedOne(from + quoted![0], closing[3]!),
      medium: { start: from + medium![0], end: from + medium![1] },
      content: { start: from + quote![0], end: from + quote![1] },
    };
  }
  const m = AS_SAYING.exec(region) ?? REPORTS_THAT.exec(region);
  if (!m) return null;
  const at = from + m.index + m[0].indexOf(m[1]!, 1);
  const speaker = quotedOne(at, m[1]!);
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
