import type { SourceDate } from '../corpus/types.ts';
import { compareSourceDates, dateMatchesPeriod, formatSourceDate } from '../extract/dates/format.ts';
import type { DatedEvent } from '../extract/types.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import { formatPeriod, type Period, parsePeriod } from './period.ts';
import { answerStore } from './remember.ts';
import { type Answer, badInput, echo, found, notFound } from './result.ts';

export interface TimelineQuery {
  period?: string;
  about?: string;
}

/** One excerpt and every event (one per document) whose text it is. */
export interface TimelineTelling {
  events: DatedEvent[];
}

/** One date of the timeline: what every document says happened then. */
export interface TimelineEntry {
  date: SourceDate;
  label: string;
  tellings: TimelineTelling[];
}

export interface Timeline {
  period: Period;
  about: string | null;
  entries: TimelineEntry[];
}


export function timeline(kb: KnowledgeBase, query: TimelineQuery): Answer<Timeline> {
  if (!query.period?.trim()) return badInput('Give a month to look at, e.g. `/timeline month:2023-09`.');
  const parsed = parsePeriod(query.period);
  if (!parsed.ok) return badInput(`${echo(query.period)}: ${parsed.problem}`);
  const { period } = parsed;
  const about = query.about?.trim() || null;
  if (about && about.length > 200) return badInput('Keep `about` under 200 characters: a few words.');
  return remembered(kb, `${formatPeriod(period)}|${about ?? ''}`, () => buildTimeline(kb, period, about));
}

const remembered = answerStore<Answer<Timeline>>();

function buildTimeline(kb: KnowledgeBase, period: Period, about: string | null): Answer<Timeline> {
  // With words, the (usually few) matching events are placed in the period, not the period's events searched.
  const candidates = kb.timelineCandidates(period, about ?? undefined);
  // Events loaded from the persisted index share one object per distinct date: each is checked and formatted once.
  const matches = memo((date: SourceDate) => dateMatchesPeriod(date, period));
  const labelOf = memo(formatSourceDate);
  const inPeriod: number[] = [];
  candidates.events.forEach((e, i) => {
    if (matches(e.date)) inPeriod.push(i);
  });
  if (inPeriod.length === 0) return notFound(nothingFound(kb, period, about));

  const byDate = new Map<string, TimelineEntry>();
  const tellingByText = new Map<string, TimelineTelling>();
  for (const i of inPeriod) {
    const event = candidates.events[i]!;
    const label = labelOf(event.date);
    let entry = byDate.get(label);
    if (!entry) byDate.set(label, (entry = { date: event.date, label, tellings: [] }));
    // Tellings merge when their excerpts read the same (white space and case folded); the
    // knowledge base numbers excerpts so, which spares reading the text of every event in the period.
    const key = `${label}\u0000${candidates.excerptKeys[i]}`;
    const same = tellingByText.get(key);
    if (same) same.events.push(event);
    else {
      const telling = { events: [event] };
      tellingByText.set(key, telling);
      entry.tellings.push(telling);
    }
  }
  const entries = [...byDate.values()].sort((a, b) => compareSourceDates(a.date, b.date));
  const docOrder = kb.documentOrder();
  for (const e of entries) e.tellings.sort((a, b) => docOrder(a.events[0]!.docId, b.events[0]!.docId) || a.events[0]!.excerpt.start - b.events[0]!.excerpt.start);
  return found({ period, about, entries });
}

function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) known.set(key, (value = compute(key)));
    return value as V;
  };
}

function nothingFound(kb: KnowledgeBase, period: Period, about: string | null): string {
  const busiest = [...kb.eventMonths()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([m]) => `\`${m}\``).join(', ');
  const what = about ? `matching ${echo(about)} ` : '';
  const hint = busiest ? ` Months with events: ${busiest}.` : ' The corpus has no dated events.';
  return `No dated events ${what}in \`${formatPeriod(period)}\`.${hint}${about ? ' Or leave out `about`.' : ''}`;
}
