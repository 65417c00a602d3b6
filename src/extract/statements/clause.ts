import type { Span, Statement } from '../types.ts';
import { COMMUNICATION_VERB, LEADING_CONNECTIVE } from './lexicon.ts';
import { MASK } from './mask.ts';

/**
 * The reported clause a quote stands in. In `X said he was "proud to be a Democrat"` the quoted
 * words are the speaker's, but what X said is the whole clause: `he was "proud to be a Democrat"`.
 * The quote stays the statement's `quote`; the clause, a verbatim span of the same sentence that
 * holds every quoted piece, is kept next to it so a reader sees whom and what the words are about.
 * Works on the masked text (quotes and their marks blanked), so only the writer's words are read.
 */

/** Words that add nothing a reader needs before a quote: "said that “…”", "said, “…”", "vowed to “…”". */
const NOTHING_BEFORE = /^[\s,;—–-]*(?:that|to)?[\s,;—–-]*$/i;

function trimmed(masked: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:—–-]/.test(masked[start]!)) start++;
  while (end > start && /[\s,;:—–-]/.test(masked[end - 1]!)) end--;
  return { start, end };
}

const WRITERS_TAIL =
  /^[\s,;]*(?:[—–]|-{1,2}\s|\p{L}+ing(?![\p{L}])|but(?![\p{L}])|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/u;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * The clause around the quoted pieces, or null when there is none worth showing. `region` is
 * what the attribution found said (the reported clause), `attribution` its own words (speaker
 * and verb), `quoted` the quotes' spans from opening to closing mark, in order.
 * Null when the region does not hold every quote, holds nothing but them (and a "that"), or is
 * not one clause of what was said: a colon before the quote ends a sentence of the writer's
 * ("Clinton seemed irritated: “…”"), and a verb of saying outside the quotes starts another saying.
 */
export function quoteClause(
  masked: string,
  region: Span,
  attribution: readonly Span[],
  quoted: readonly Span[],
  lead?: Span,
  quoteGoesOn = false,
  lastRunsOn = false,
): Span[] | null {
  const first = quoted[0];
  const last = quoted[quoted.length - 1];
  if (!first || !last) return null;
  const clause = clauseAround(masked, region, attribution, quoted, first, last, lastRunsOn);
  // "The levy, she said, is “unfair”": the words before a parenthetical attribution open the clause.
  if (!lead || lead.end > first.start || masked.slice(lead.start, lead.end).includes(MASK))
    return clause && [clause];
  if (clause) return [lead, clause];
  const rest = masked.slice(region.start, first.start);
  const quotesOnly = quoted.every((q) => q.start >= region.start && q.end <= region.end + 1);
  // Only a quote that goes on with the lead's sentence ("It is time, she said, “not only …”"); one
  // that opens a sentence of its own ("After the vote, she said, “We won.”") leaves the lead a setting.
  return quoteGoesOn && quotesOnly && NOTHING_BEFORE.test(rest)
    ? [lead, { start: first.start, end: last.end }]
    : null;
}

const SPACE_THEN_GERUND = /^\s+\p{L}+ing(?![\p{L}])/u;

function clauseAround(
  masked: string,
  region: Span,
  attribution: readonly Span[],
  quoted: readonly Span[],
  first: Span,
  last: Span,
  lastRunsOn: boolean,
): Span | null {
  let clause = trimmed(masked, region);
  // "But the tone “…”", "And he was “…”": a connective joins the sentence to the one before.
  const connective = LEADING_CONNECTIVE.exec(masked.slice(clause.start, clause.end));
  if (connective && clause.start + connective[0].length <= first.start)
    clause = trimmed(masked, { start: clause.start + connective[0].length, end: clause.end });
  if (clause.start > first.start || clause.end < last.end - 1) return null;
  if (quoted.some((q) => q.start < clause.start || q.end > clause.end + 1)) return null;
  if (attribution.some((a) => overlaps(a, clause))) return null;
  // The clause ends with the last quote's closing mark when it ends there.
  if (clause.end < last.end) clause = { start: clause.start, end: last.end };
  const before = masked.slice(clause.start, first.start);
  const after = masked.slice(last.end, clause.end);
  if (NOTHING_BEFORE.test(before) && !/[\p{L}\p{N}]/u.test(after)) return null;
  // After the last quote, a dash, a participle, a "but" or a weekday opens the writer's words:
  // "“…” - the first to …", "“…,” referring to …", "“…,” but in fact …", "“…” on Friday".
  // "would “certainly look into” releasing …": after a quote with no stop of its own, an -ing word is its object.
  const runsOn = lastRunsOn && SPACE_THEN_GERUND.test(after);
  if (!runsOn && WRITERS_TAIL.test(after)) {
    if (NOTHING_BEFORE.test(before)) return null;
    clause = { start: clause.start, end: last.end };
  }
  const outside = masked.slice(clause.start, clause.end).replaceAll(MASK, ' ');
  if (before.includes(':') || COMMUNICATION_VERB.test(outside)) return null;
  return clause;
}

/**
 * What a statement says, as shown and scored: its clause when it has one (verbatim with its own
 * quote marks), then each piece of the quote outside the clause; else the quote and its continuations.
 */
export function saidSpans(s: Statement): Span[] {
  const pieces = [s.quote, ...(s.continuation ?? [])];
  const clause = s.clause;
  if (!clause) return pieces;
  const inClause = (p: Span) => clause.some((c) => p.start >= c.start && p.end <= c.end);
  return [...clause, ...pieces.filter((p) => !inClause(p))];
}
