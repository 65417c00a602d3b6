import type { NumberKind } from './numbers.ts';

/**
 * The words that qualify a number, kept exactly as written, and the bounds they honestly imply.
 * We never invent a band: "about 5,000" has no stated low or high, so both stay null.
 */
type HedgeSense =
  | 'approximate' // about, around, some: no bound is stated
  | 'above' // more than, over: low is N + 1
  | 'atLeast' // at least: low is N
  | 'atMost' // up to, nearly, almost, as many as: high is N
  | 'below'; // fewer than, less than: high is N - 1

const HEDGES: [string, HedgeSense][] = [
  ['no fewer than', 'atLeast'],
  ['no less than', 'atLeast'],
  ['at least', 'atLeast'],
  ['a minimum of', 'atLeast'],
  ['more than', 'above'],
  ['in excess of', 'above'],
  ['upwards of', 'above'],
  ['well over', 'above'],
  ['just over', 'above'],
  ['well above', 'above'],
  ['over', 'above'],
  ['above', 'above'],
  ['past', 'above'],
  ['no more than', 'atMost'],
  ['as many as', 'atMost'],
  ['a maximum of', 'atMost'],
  ['at most', 'atMost'],
  ['up to', 'atMost'],
  ['nearly', 'atMost'],
  ['almost', 'atMost'],
  ['close to', 'atMost'],
  ['just under', 'atMost'],
  // "the toll was approaching 5,000", "nearing 100,000": below the number, and close to it.
  ['approaching', 'atMost'],
  ['nearing', 'atMost'],
  ['fewer than', 'below'],
  ['less than', 'below'],
  ['under', 'below'],
  ['approximately', 'approximate'],
  ['an estimated', 'approximate'],
  ['estimated', 'approximate'],
  ['roughly', 'approximate'],
  ['around', 'approximate'],
  ['about', 'approximate'],
  ['some', 'approximate'],
  ['circa', 'approximate'],
  ['approx.', 'approximate'],
];

/** "The toll passed 300", "exceeded 100,000": the verb says the count is above the number. */
const THRESHOLD_VERBS = [
  'exceeded',
  'exceeds',
  'surpassed',
  'surpasses',
  'passed',
  'passes',
  'topped',
  'tops',
  'crossed',
  'crosses',
];
const THRESHOLD_BEFORE = new RegExp(String.raw`\b(${THRESHOLD_VERBS.join('|')})\s+$`, 'i');

const RAISING_BEFORE =
  /\b(?:revised|revise[sd]?|revising|raised|raises?|raising|adjusted|pushed|went|gone|moved|ramped|scaled|climbed|risen|rose|increased|brought|taken|took)(?:\s+(?:it|them|(?:the|its|their|his|her)\s+(?:[a-z]+\s+){0,2}(?:figure|number|toll|count|total|tally|estimate)(?:\s+of\s+[a-z]+){0,2}))?\s+$/i;

const SENSE = new Map<string, HedgeSense>([
  ...HEDGES.map(([words, sense]): [string, HedgeSense] => [words, sense]),
  ...THRESHOLD_VERBS.map((verb): [string, HedgeSense] => [verb, 'above']),
]);

/** A verb right before a number that bounds it from below ("passed 300"); kept as the figure's hedge. */
export function thresholdVerbBefore(before: string): HedgeMatch | null {
  const m = THRESHOLD_BEFORE.exec(before);
  return m ? { text: m[1]!, start: m.index } : null;
}
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const HEDGE_BEFORE = new RegExp(String.raw`\b(${HEDGES.map(([w]) => escapeRegExp(w)).join('|')})\s+$`, 'i');

export interface HedgeMatch {
  /** As written, case kept: "At least". */
  text: string;
  /** Offset where the hedge starts, in the same coordinates as `before`. */
  start: number;
}

/** The hedge written right before a number, if any. `before` is the text up to the number. */
export function hedgeBefore(before: string): HedgeMatch | null {
  const m = HEDGE_BEFORE.exec(before);
  if (!m) return null;
  // "was revised up to 215", "raised it up to 40", "revised the number of wounded up to four": a verb's
  // particle, not a hedge.
  if (/^up\s+to$/i.test(m[1]!) && RAISING_BEFORE.test(before.slice(0, m.index))) return null;
  // "the total past 50,000" is a hedge; "the past 24 hours" a period.
  if (
    /^past$/i.test(m[1]!) &&
    /\b(?:the|this|these|those|its|their|his|her|our)\s+$/i.test(before.slice(0, m.index))
  )
    return null;
  return { text: m[1]!, start: m.index };
}

/**
 * Bounds for a written number. Exact numbers bound themselves; a vague plural ("dozens") only
 * gives a floor; an approximate word ("a dozen") gives none. A hedge overrides both.
 */
export function boundsOf(
  value: number,
  kind: NumberKind,
  hedge: string | null,
  upper?: number,
): { low: number | null; high: number | null } {
  // "between 30 and 40": the range states both ends; "some 30 to 40" states none.
  if (upper !== undefined)
    return SENSE.get(hedge?.toLowerCase().replace(/\s+/g, ' ') ?? '') === 'approximate'
      ? { low: null, high: null }
      : { low: value, high: upper };
  if (hedge) {
    switch (SENSE.get(hedge.toLowerCase().replace(/\s+/g, ' '))) {
      case 'above':
        return { low: Number.isInteger(value) ? value + 1 : Math.ceil(value), high: null };
      case 'atLeast':
        return { low: value, high: null };
      case 'atMost':
        return { low: null, high: value };
      case 'below':
        return { low: null, high: Number.isInteger(value) ? value - 1 : Math.floor(value) };
      default:
        return { low: null, high: null };
    }
  }
  if (kind === 'vague') return { low: value, high: null };
  if (kind === 'approximate') return { low: null, high: null };
  return { low: value, high: value };
}
