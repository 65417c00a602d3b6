import type { SourceDate } from '../corpus/types.ts';
import { dateMatchesPeriod, formatSourceDate } from '../extract/dates/format.ts';
import type { DatedEvent } from '../extract/types.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import { lazyList } from '../index/lazyList.ts';
import { type Citation, citeSpan, type ItemList, readAsIterated } from './excerpt.ts';
import { formatPeriod, type Period, parsePeriod } from './period.ts';
import { answerStore } from './remember.ts';
import { type Answer, badInput, found, type Message, notFound, tell, typed } from './result.ts';

export interface TimelineQuery {
  period?: string;
  about?: string;
}

/** One excerpt and every event (one per document) whose text it is. */
interface TimelineTelling {
  /** The first event's excerpt, verbatim. */
  text: string;
  /** The first event was scheduled, as of its source. */
  scheduled: boolean;
  /** One per event, the first event's first: each built as it is read. */
  citations: ItemList<Citation>;
}

/** One date of the timeline: what every document says happened then. */
export interface TimelineEntry {
  date: SourceDate;
  label: string;
  /** Built as they are read: a busy day shows the tellings that fill one page. */
  tellings: ItemList<TimelineTelling>;
  /** Events in all tellings (a telling holds one per document that tells it). */
  reports: number;
}

export interface Timeline {
  period: Period;
  about: string | null;
  /** In day order; counted up front, built as a reply's pages read them. */
  entries: ItemList<TimelineEntry>;
  /** How many documents the entries come from. */
  documents: number;
}

export function timeline(kb: KnowledgeBase, query: TimelineQuery): Answer<Timeline> {
  if (!query.period?.trim()) return badInput(['Give a month to look at, e.g. `/timeline month:2023-09`.']);
  const parsed = parsePeriod(query.period);
  if (!parsed.ok) return badInput(tell`${typed(query.period)}: ${parsed.problem}`);
  const { period } = parsed;
  const about = query.about?.trim() || null;
  if (about && about.length > 200) return badInput(['Keep `about` under 200 characters: a few words.']);
  return remembered(kb, `${formatPeriod(period)}|${about ?? ''}`, () => buildTimeline(kb, period, about));
}

const remembered = answerStore<Answer<Timeline>>();

function buildTimeline(kb: KnowledgeBase, period: Period, about: string | null): Answer<Timeline> {
  // With words, the (usually few) matching events are placed in the period, not the period's events searched.
  const candidates = kb.timelineCandidates(period, about ?? undefined);
  const { events, labels, excerptKeys } = candidates;
  // Candidates come in timeline order (date, shown date, document, place), so events shown with
  // the same date are one run. One pass over numbers keeps those in the period (each shown date
  // checked once), and counts dates and documents; entries are built only when read.
  const inPeriod = new Map<number, boolean>();
  const kept: number[] = [];
  const runStarts: number[] = [];
  const seenDocument = new Uint8Array(kb.documents.size);
  let documents = 0;
  for (let i = 0; i < events.length; i++) {
    const label = labels[i]!;
    let fits = inPeriod.get(label);
    if (fits === undefined) {
      fits = dateMatchesPeriod(events[i]!.date, period);
      inPeriod.set(label, fits);
    }
    if (!fits) continue;
    if (kept.length === 0 || labels[kept[kept.length - 1]!] !== label) runStarts.push(kept.length);
    kept.push(i);
    const doc = candidates.documents[i]!;
    if (!seenDocument[doc]) {
      seenDocument[doc] = 1;
      documents++;
    }
  }
  if (kept.length === 0) return notFound(nothingFound(kb, period, about));
  runStarts.push(kept.length);

  const entry = (run: number): TimelineEntry => {
    const first = events[kept[runStarts[run]!]!]!;
    const tellings: DatedEvent[][] = [];
    // Tellings merge when their excerpts read the same (white space and case folded): the
    // knowledge base numbers excerpts so, which spares reading the text of every event.
    const byText = new Map<number, DatedEvent[]>();
    for (let k = runStarts[run]!; k < runStarts[run + 1]!; k++) {
      const i = kept[k]!;
      const same = byText.get(excerptKeys[i]!);
      if (same) same.push(events[i]!);
      else {
        const telling = [events[i]!];
        byText.set(excerptKeys[i]!, telling);
        tellings.push(telling);
      }
    }
    return {
      date: first.date,
      label: formatSourceDate(first.date),
      tellings: readAsIterated(tellings.length, (t) => tellingOf(kb, tellings[t]!)),
      reports: runStarts[run + 1]! - runStarts[run]!,
    };
  };
  return found({ period, about, entries: lazyList(runStarts.length - 1, entry), documents });
}

function tellingOf(kb: KnowledgeBase, events: readonly DatedEvent[]): TimelineTelling {
  const first = events[0]!;
  return {
    text: kb.slice(first.docId, first.excerpt),
    scheduled: first.scheduled,
    citations: readAsIterated(events.length, (i) => citeSpan(kb, events[i]!.docId, events[i]!.excerpt)),
  };
}

function nothingFound(kb: KnowledgeBase, period: Period, about: string | null): Message {
  const busiest = [...kb.eventMonths()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([m]) => `\`${m}\``)
    .join(', ');
  const what = about ? tell`matching ${typed(about)} ` : '';
  const hint = busiest ? ` Months with events: ${busiest}.` : ' The corpus has no dated events.';
  return tell`No dated events ${what}in \`${formatPeriod(period)}\`.${hint}${about ? ' Or leave out `about`.' : ''}`;
}
