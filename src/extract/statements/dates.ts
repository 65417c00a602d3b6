import type { SourceDate } from '../../corpus/types.ts';
import type { DateMention, DocumentTimeline, Span } from '../types.ts';
import { CONVERSATION_WORD, SPEECH_VERB } from './lexicon.ts';

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
  text: string, timeline: DocumentTimeline, context: Span, said: readonly Span[],
): StatementDate {
  const near = timeline.mentions.filter((m) => m.start >= context.start && m.end <= context.end);
  const inAttribution = nextToSpeechVerb(text, context, near.filter((m) => !inside(m, said)), said);
  if (inAttribution) return fromMention(inAttribution, 'stated in the text');
  for (const m of near) {
    const sentenceOfIt = said.find((s) => m.start >= s.start && m.end <= s.end)!;
    const before = text.slice(Math.max(sentenceOfIt.start, m.start - 200), m.start);
    const clause = before.slice(Math.max(before.lastIndexOf('. '), 0));
    if (CONVERSATION_WORD.test(clause)) return fromMention(m, 'stated in the text (the day of the conversation it reports)');
  }
  if (timeline.reference) return { date: timeline.reference, dateBasis: 'document date' };
  return { date: null, dateBasis: 'date not stated' };
}

/**
 * Of the dates in the attribution, the one next to the verb of saying dates the statement ("who
 * took office five years ago, said on Monday" → Monday); the first when no verb is found.
 */
function nextToSpeechVerb(text: string, context: Span, dates: DateMention[], said: readonly Span[]): DateMention | undefined {
  if (dates.length < 2) return dates[0];
  const verbs = [...text.slice(context.start, context.end).matchAll(SPEECH_VERB)]
    .map((v) => ({ start: context.start + v.index, end: context.start + v.index + v[0].length }))
    .filter((v) => !inside(v, said));
  if (!verbs.length) return dates[0];
  const gap = (m: DateMention) => Math.min(...verbs.map((v) => (m.start >= v.end ? m.start - v.end : Math.max(0, v.start - m.end))));
  return dates.reduce((best, m) => (gap(m) < gap(best) ? m : best));
}
