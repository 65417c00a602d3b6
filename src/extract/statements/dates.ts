import type { SourceDate } from '../../corpus/types.ts';
import { mentionsWithin } from '../dates/within.ts';
import type { DateMention, DocumentTimeline, Span } from '../types.ts';
import { allMatches } from './allMatches.ts';
import { CONVERSATION_WORD } from './lexicon.ts';

export interface StatementDate {
  date: SourceDate | null;
  dateBasis: string;
}

const TODAY = /^(?:today|this (?:morning|afternoon|evening)|tonight)$/i;

function inside(m: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => m.start >= s.start && m.end <= s.end);
}

function fromMention(m: DateMention, basis: string): StatementDate {
  return { date: m.date, dateBasis: TODAY.test(m.text.trim()) ? 'today in a dated piece' : basis };
}

/**
 * When a statement was made. A date in the attribution ("said on Wednesday morning that …")
 * is the statement's own. A date inside what was said tells of the events it reports, not of
 * the saying, unless the words report a conversation ("spoke with Aliyev today", "a phone call
 * … took place on September 26"): a readout is given the day of the call. Otherwise the
 * document's date, and without one, "date not stated".
 */
export function statementDate(
  text: string,
  timeline: DocumentTimeline,
  context: Span,
  said: readonly Span[],
  previous: Span | null = null,
): StatementDate {
  // "Citing the statement of November 9, 2020, X said": a document's name dates no saying.
  const near = mentionsWithin(timeline.mentions, context.start, context.end).filter((m) => m.role !== 'name');
  const inAttribution = outsideRelativeClauses(
    text,
    context,
    near.filter((m) => !inside(m, said)),
  );
  if (inAttribution) return fromMention(inAttribution, 'stated in the text');
  const before = previous && !near.length ? narrativeDate(text, timeline, context, said, previous) : null;
  if (before) return before;
  for (const m of near) {
    const sentenceOfIt = said.find((s) => m.start >= s.start && m.end <= s.end)!;
    const before = text.slice(Math.max(sentenceOfIt.start, m.start - 200), m.start);
    const clause = before.slice(Math.max(before.lastIndexOf('. '), 0));
    if (CONVERSATION_WORD.test(clause))
      return fromMention(m, 'stated in the text (the day of the conversation it reports)');
  }
  if (timeline.reference) return { date: timeline.reference, dateBasis: 'document date' };
  return { date: null, dateBasis: 'date not stated' };
}

const PAST_SAYING_WORD = /(?<![\p{L}])(?:said|told|wrote|\p{L}{3,}ed)(?![\p{L}])/u;

/** A verb in the past outside what was said: "Baku announced …", "the ministry said …". */
function toldInThePast(text: string, context: Span, said: readonly Span[]): boolean {
  let frame = '';
  let at = context.start;
  for (const q of [...said].sort((a, b) => a.start - b.start)) {
    if (q.start > at) frame += text.slice(at, q.start);
    at = Math.max(at, q.end);
  }
  frame += text.slice(at, context.end);
  return PAST_SAYING_WORD.test(frame);
}

/**
 * "On September 19, tensions flared. Baku announced …": a statement told in the past right
 * after a sentence of the same paragraph that gives one day is dated by it, when its own
 * sentence gives none. A span of time ("over the past week") or two dates there date nothing.
 */
function narrativeDate(
  text: string,
  timeline: DocumentTimeline,
  context: Span,
  said: readonly Span[],
  previous: Span,
): StatementDate | null {
  const there = mentionsWithin(timeline.mentions, previous.start, previous.end).filter(
    (m) => !m.role && !m.duration,
  );
  if (there.length !== 1 || there[0]!.date.precision !== 'day' || !toldInThePast(text, context, said))
    return null;
  return fromMention(there[0]!, 'stated in the text (the sentence before)');
}

/**
 * Of the dates in the attribution, one in a relative clause about the speaker ("who took office
 * five years ago, said on Monday") dates the speaker's past, not the statement: the first date
 * outside such clauses is taken ("On Monday, X, who visited Baku on Sunday, said" → Monday).
 */
function outsideRelativeClauses(text: string, context: Span, dates: DateMention[]): DateMention | undefined {
  if (dates.length < 2) return dates[0];
  const clauses = allMatches(RELATIVE_CLAUSE, text.slice(context.start, context.end)).map((c) => ({
    start: context.start + c.index,
    end: context.start + c.index + c[0].length,
  }));
  // A date that opens inside the clause belongs to it, even past a comma of its own ("on May 8, 2018").
  return dates.find((m) => !clauses.some((c) => m.start >= c.start && m.start < c.end)) ?? dates[0];
}

/** ", who took office in 2018," — up to the next comma (or the end of the sentence). */
const RELATIVE_CLAUSE = /,\s*(?:who|whom|whose|which)\b[^,.;:!?]*/giu;
