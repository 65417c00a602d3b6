import type { SourceDate } from '../corpus/types.ts';
import { dateMatchesPeriod, formatSourceDate } from '../extract/dates/format.ts';
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
  /** Events in all tellings (a telling holds one per document that tells it). */
  reports: number;
}

export interface Timeline {
  period: Period;
  about: string | null;
  entries: TimelineEntry[];
  /** How many documents the entries come from. */
  documents: number;
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
  // Candidates come in timeline order (date, shown date, document, place), and events shown
  // with the same date share a label number: each label's date is checked and formatted once.
  const inPeriod = new Map<number, boolean>();
  const byLabel = new Map<number, TimelineEntry>();
  const tellingByText = new Map<number, TimelineTelling>();
  const documents = new Set<string>();
  candidates.events.forEach((event, i) => {
    const label = candidates.labels[i]!;
    let fits = inPeriod.get(label);
    if (fits === undefined) inPeriod.set(label, (fits = dateMatchesPeriod(event.date, period)));
    if (!fits) return;
    let entry = byLabel.get(label);
    if (!entry) byLabel.set(label, (entry = { date: event.date, label: formatSourceDate(event.date), tellings: [], reports: 0 }));
    // Tellings merge when their excerpts read the same (white space and case folded): the
    // knowledge base numbers excerpts so, which spares reading the text of every event.
    const key = label * 2 ** 32 + candidates.excerptKeys[i]!;
    const same = tellingByText.get(key);
    if (same) same.events.push(event);
    else {
      const telling = { events: [event] };
      tellingByText.set(key, telling);
      entry.tellings.push(telling);
    }
    entry.reports++;
    documents.add(event.docId);
  });
  if (byLabel.size === 0) return notFound(nothingFound(kb, period, about));
  return found({ period, about, entries: [...byLabel.values()], documents: documents.size });
}

function nothingFound(kb: KnowledgeBase, period: Period, about: string | null): string {
  const busiest = [...kb.eventMonths()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([m]) => `\`${m}\``).join(', ');
  const what = about ? `matching ${echo(about)} ` : '';
  const hint = busiest ? ` Months with events: ${busiest}.` : ' The corpus has no dated events.';
  return `No dated events ${what}in \`${formatPeriod(period)}\`.${hint}${about ? ' Or leave out `about`.' : ''}`;
}
