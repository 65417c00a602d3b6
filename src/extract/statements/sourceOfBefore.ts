import type { Span } from '../types.ts';

/**
 * "… 32 people have been killed. This was informed by the ombudsman Gegham Stepanyan.": agency
 * copy in translation names who said the sentence before in a passive sentence of its own.
 */
const SOURCE_OF_BEFORE =
  /^\s*(?:This|That|It)\s+(?:was|has\s+been)\s+(?:also\s+)?(?:informed|reported|announced|stated|said|confirmed)(?:\s+to\s+[^,.;:!?]{1,40}?)?\s+by\s+/;

/** Where the source's noun phrase ends: a setting after it ("on Saturday, 26 March"), or the sentence. */
const SETTING_AFTER_SOURCE =
  /\s+(?:on|in|at|during|late|early|earlier|last|this|yesterday|today)\b|[,;:]|[.!]?\s*$/;

/** The words naming the source in a sentence that is nothing but "This was reported by X", or null. */
export function sourceOfSentenceBefore(text: string, unit: Span): Span | null {
  const words = text.slice(unit.start, unit.end);
  const by = SOURCE_OF_BEFORE.exec(words);
  if (!by) return null;
  const rest = words.slice(by[0].length);
  const end = SETTING_AFTER_SOURCE.exec(rest)?.index ?? rest.length;
  if (end < 3 || end > 120) return null;
  const start = unit.start + by[0].length;
  return { start, end: start + end };
}
