import type { Statement } from '../types.ts';

const WEEKDAY_OR_MONTH =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)';

/**
 * Where or when something was said, and nothing else: "in Paris", "on Tuesday", "at the UN in
 * Geneva", "last week". A preposition and proper names, or a time phrase.
 */
const PLACE_OR_TIME_ONLY = new RegExp(
  "^(?:(?:in|at|on|from|near|outside|during)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'.-]*(?:\\s+(?:of\\s+|in\\s+)?(?:the\\s+)?\\p{Lu}[\\p{L}’'.-]*){0,4}" +
    `|(?:on\\s+)?${WEEKDAY_OR_MONTH}(?:\\s+\\d{1,2})?|(?:last|this|next)\\s+(?:week|month|year|night|${WEEKDAY_OR_MONTH})|(?:yesterday|today))[.,;]?$`,
  'u',
);

/**
 * "Hollande said Tuesday in Paris, noting …": a reported clause that is only the place or the
 * time of the saying is the saying's setting, not what was said. The words said stand elsewhere
 * (often before the verb) or nowhere; no statement is better than a setting as its content.
 * A direct quote is someone's own words, whatever they are, and is kept.
 */
export function saysOnlyWhereOrWhen(text: string, s: Statement): boolean {
  if (s.kind !== 'reported' || s.continuation?.length) return false;
  return PLACE_OR_TIME_ONLY.test(text.slice(s.quote.start, s.quote.end).trim());
}
