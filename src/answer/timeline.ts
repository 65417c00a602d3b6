import type { SourceDate } from '../corpus/types.ts';
import { compareSourceDates, dateMatchesPeriod, formatSourceDate } from '../extract/dates/format.ts';
import type { DatedEvent } from '../extract/types.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import { formatPeriod, type Period, parsePeriod } from './period.ts';
import { type Answer, badInput, clip, found, notFound } from './result.ts';

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

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function timeline(kb: KnowledgeBase, query: TimelineQuery): Answer<Timeline> {
  if (!query.period?.trim()) return badInput('Give a month to look at, e.g. `/timeline month:2023-09`.');
  const parsed = parsePeriod(query.period);
  if (!parsed.ok) return badInput(`\`${clip(query.period)}\`: ${parsed.problem}`);
  const { period } = parsed;
  const about = query.about?.trim() || null;
  if (about && about.length > 200) return badInput('Keep `about` under 200 characters: a few words.');

  const matching = about ? kb.searchEvents(about) : null;
  const inPeriod = kb.eventsPossiblyIn(period).filter((e) => dateMatchesPeriod(e.date, period) && (!matching || matching.has(e.id)));
  if (inPeriod.length === 0) return notFound(nothingFound(kb, period, about));

  const byDate = new Map<string, TimelineEntry>();
  const tellingByText = new Map<string, TimelineTelling>();
  for (const event of inPeriod) {
    const label = formatSourceDate(event.date);
    let entry = byDate.get(label);
    if (!entry) byDate.set(label, (entry = { date: event.date, label, tellings: [] }));
    const key = `${label}\u0000${fold(kb.slice(event.docId, event.excerpt))}`;
    const same = tellingByText.get(key);
    if (same) same.events.push(event);
    else {
      const telling = { events: [event] };
      tellingByText.set(key, telling);
      entry.tellings.push(telling);
    }
  }
  const entries = [...byDate.values()].sort((a, b) => compareSourceDates(a.date, b.date));
  for (const e of entries) e.tellings.sort((a, b) => a.events[0]!.docId.localeCompare(b.events[0]!.docId) || a.events[0]!.excerpt.start - b.events[0]!.excerpt.start);
  return found({ period, about, entries });
}

function nothingFound(kb: KnowledgeBase, period: Period, about: string | null): string {
  const busiest = [...kb.eventMonths()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([m]) => `\`${m}\``).join(', ');
  const what = about ? `matching \`${clip(about)}\` ` : '';
  const hint = busiest ? ` Months with events: ${busiest}.` : ' The corpus has no dated events.';
  return `No dated events ${what}in \`${formatPeriod(period)}\`.${hint}${about ? ' Or leave out `about`.' : ''}`;
}
