import type { SourceDate } from '../../corpus/types.ts';
import { mentionsWithin } from '../dates/within.ts';
import type { DateMention } from '../types.ts';

/**
 * The period a figure covers, as written ("over the past 24 hours", "since September 27",
 * "in the 1990s war", "the beginning of the nineties"), dated by the date layer's mention that
 * overlaps it when there is one. A date mention alone in the sentence ("On Tuesday, 12 …") is
 * the period when no period phrase is written.
 */

export interface PeriodMatch {
  text: string;
  start: number;
  end: number;
}

const UNIT = String.raw`(?:hours?|days?|nights?|weeks?|weekend|months?|years?|decades?)`;
const COUNT = String.raw`(?:\d+|[a-z]+(?:-[a-z]+)?)`;
const DECADE = String.raw`(?:\d{3}0s|'\d0s|(?:nineteen[- ])?(?:seventies|eighties|nineties)|twenties|thirties)`;
const STOP = String.raw`(?=\s*[,.;:!?()]|\s+(?:and|but|while|according|as|when|after|before|that|which|who)\b|\s+(?:in|near|across)\s+\p{Lu}|$)`;

const PERIOD_PATTERNS: RegExp[] = [
  new RegExp(
    String.raw`\b(?:over|in|during|within|for|throughout)\s+the\s+(?:past|last|previous|preceding)\s+(?:${COUNT}\s+)?${UNIT}\b`,
    'i',
  ),
  new RegExp(String.raw`\b[Ss]ince\s+[^,.;:!?()]{1,60}?${STOP}`, 'u'),
  /\b[Ss]ince\s+(?:the\s+\p{L}+\s+of\s+\p{L}+(?:\s+on\s+\p{L}+\s+\d{1,2})?|\p{Lu}\p{L}+\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{L}+|\d{4})/u,
  new RegExp(
    String.raw`\b(?:in|during|of)\s+the\s+(?:(?:\d{4}s?|${DECADE}|\d{4}[-–]\d{2,4}|\d+-day|(?:first|second|third|last|previous|recent)|(?:early|mid|late)[- ]?${DECADE})\s+)(?:(?:\p{Lu}[\p{L}-]*)\s+)*(?:war|conflict|fighting|hostilities|clashes|offensive|escalation)\b`,
    'iu',
  ),
  new RegExp(
    String.raw`\b(?:(?:at|in|by)\s+)?the\s+(?:(?:beginning|start|end|middle)\s+of\s+the\s+|(?:early|mid|late)[- ]?)?${DECADE}`,
    'i',
  ),
  /\b(?:so\s+far\s+this\s+year|so\s+far|to\s+date|this\s+year|last\s+year|this\s+week|last\s+week)\b/i,
];

/** "as of Thursday", "as of 1 October": the date a count stands at, whatever other period the sentence names. */
const CLOCK = String.raw`(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.m\.|\d{1,2}\s*[ap]m\b)(?:\s+(?:\p{Lu}{2,5}|GMT[+-]\d{1,2}))?`;
/** "As of 10:00, 65,036 …", "as of 09:00 on Thursday": a clock time is part of the date a count stands at. */
const AS_OF = new RegExp(
  String.raw`\b[Aa]s\s+of\s+(?:${CLOCK}(?:\s+on\s+|\s*,\s*(?=\p{Lu}[a-z]+\s+\d|\d{1,2}\s+\p{Lu}))?)?(?:\s*[^,.;:!?()\s][^,.;:!?()]{0,39}?)?${STOP}`,
  'u',
);

export function findPeriod(sentence: string): PeriodMatch | null {
  const asOf = AS_OF.exec(sentence);
  if (asOf) return { text: asOf[0], start: asOf.index, end: asOf.index + asOf[0].length };
  let best: PeriodMatch | null = null;
  for (const pattern of PERIOD_PATTERNS) {
    const m = pattern.exec(sentence);
    if (m && (!best || m.index < best.start))
      best = { text: m[0], start: m.index, end: m.index + m[0].length };
  }
  return best;
}

const COMPARISON = /\b(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b|\bagainst\s+(?:about\s+|some\s+)?\d/i;

/** The date mention overlapping a span (absolute offsets), preferring the widest overlap. */
export function mentionOverlapping(
  mentions: readonly DateMention[],
  start: number,
  end: number,
): DateMention | null {
  let best: DateMention | null = null;
  let bestOverlap = 0;
  for (const m of mentions) {
    const overlap = Math.min(end, m.end) - Math.max(start, m.start);
    if (overlap > bestOverlap) {
      best = m;
      bestOverlap = overlap;
    }
  }
  return best;
}

export interface ResolvedPeriod {
  text: string | null;
  date: SourceDate | null;
  /** Absolute offsets of the written period, to keep other fields from claiming it. */
  span: { start: number; end: number } | null;
}

/**
 * Period for a figure: the period phrase written in its sentence (`written`, from findPeriod on
 * the sentence), else the date mention in the sentence nearest the number (absolute offsets).
 */
export function periodFor(
  text: string,
  sentence: { start: number; end: number },
  written: PeriodMatch | null,
  mentions: readonly DateMention[],
  numberSpan: { start: number; end: number },
  reference: SourceDate | null = null,
): ResolvedPeriod {
  const own = written;
  if (own) {
    const start = sentence.start + own.start;
    // "since the start of the hostilities 42 civilians had been killed": the period ends before the count.
    const end =
      start < numberSpan.start && numberSpan.start < sentence.start + own.end
        ? start + text.slice(start, numberSpan.start).trimEnd().length
        : sentence.start + own.end;
    const date =
      mentionOverlapping(mentionsWithin(mentions, sentence.start, sentence.end), start, end)?.date ?? null;
    const written = text.slice(start, end);
    return {
      text: written,
      date: date && /^since\b/i.test(written) ? sinceSpan(date, reference) : date,
      span: { start, end },
    };
  }
  // "climbed to 88,780 on Friday, up from 84,770 a day earlier": a date after a comparison is the
  // compared count's, never this one's.
  const inSentence = mentionsWithin(mentions, sentence.start, sentence.end).filter(
    (m) =>
      m.end <= numberSpan.start ||
      (m.start >= numberSpan.end && !COMPARISON.test(text.slice(numberSpan.end, m.start))),
  );
  if (inSentence.length === 0) return { text: null, date: null, span: null };
  const distance = (m: DateMention) =>
    Math.min(Math.abs(m.start - numberSpan.end), Math.abs(numberSpan.start - m.end));
  const nearest = inSentence.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  return {
    text: text.slice(nearest.start, nearest.end),
    date: nearest.date,
    span: { start: nearest.start, end: nearest.end },
  };
}

/**
 * "since September 19" in a piece of September 28 covers the 19th to the 28th: a span starting
 * then, up to the piece's own date. Without a known, later reference day it stays the start day.
 */
function sinceSpan(start: SourceDate, reference: SourceDate | null): SourceDate {
  if (start.precision !== 'day' || start.end || start.year === undefined) return start;
  if (reference?.precision !== 'day' || reference.year === undefined || reference.end) return start;
  const key = (d: { year?: number; month?: number; day?: number }) =>
    (d.year ?? 0) * 10_000 + (d.month ?? 0) * 100 + (d.day ?? 0);
  if (key(reference) <= key(start)) return start;
  return { ...start, end: { year: reference.year, month: reference.month, day: reference.day } };
}
