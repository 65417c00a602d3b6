import type { SourceDate } from '../corpus/types.ts';
import { dateMatchesPeriod, formatSourceDate } from '../extract/dates/format.ts';
import { AFFILIATIONS, type Affiliation, SPEAKING_SIDES } from '../extract/entities/affiliations.ts';
import type { DatedEvent, Entity } from '../extract/types.ts';
import { type FramingEntry, framingEntries } from '../index/characterisations.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import {
  type Citation,
  citeSpan,
  type Excerpt,
  excerptOf,
  type ItemList,
  readAsIterated,
} from './excerpt.ts';
import { PERIOD_FORMS, type Period, parsePeriod } from './period.ts';
import { matchesWords } from './placeWords.ts';
import { answerStore } from './remember.ts';
import { type Answer, badInput, found, type Message, notFound, tell, typed } from './result.ts';

/** One party's words, told the same way by one or more documents (each cited). */
export interface Wording {
  speaker: Entity | null;
  side: Affiliation;
  /** The speaker as the first telling writes it. */
  mention: string;
  /** The quoted words, verbatim (the first telling's). */
  phrase: string;
  /** The sentence holding them, verbatim (the first telling's). */
  context: string;
  /** Where the sentence is, one per document that tells the same words in the same sentence. */
  citations: Citation[];
}

/** One side's words for a date, as a list of dates shows them. */
interface SideWording {
  side: Affiliation;
  /** The quoted words, verbatim. */
  phrase: string;
  /** Where the sentence holding them is. */
  citation: Citation;
}

/** A date with every side's words for it. */
export interface FramedDate {
  date: SourceDate;
  label: string;
  words: SideWording[];
}

interface SideWords {
  side: Affiliation;
  wordings: Wording[];
}

export type Framing =
  | {
      kind: 'event';
      date: SourceDate;
      label: string;
      /** The timeline's excerpts for the date, for the reader to see what is being named; read as shown. */
      told: ItemList<Excerpt>;
      bySide: SideWords[];
      /** The parties and outside states and bodies with no words for it in the corpus. */
      none: Affiliation[];
    }
  | {
      kind: 'events';
      /** What was asked, or null for the events characterised by more than one side. */
      asked: string | null;
      /** Built as they are read. */
      entries: ItemList<FramedDate>;
    };

const PARTIES = SPEAKING_SIDES;

/** Two sides or more besides the press and the unknown. */
function fromSeveralSides(entry: FramingEntry): boolean {
  return [...entry.sides].filter((s) => PARTIES.includes(s)).length > 1;
}

export function framing(kb: KnowledgeBase, query: { event?: string }): Answer<Framing> {
  const raw = query.event?.trim() ?? '';
  if (raw.length > 200) return badInput(['Keep `event` under 200 characters: a date and a few words.']);
  const asked = splitEventQuery(raw);
  if (!asked.ok) return badInput(asked.problem);
  return remembered(kb, raw.toLowerCase(), () => answerFraming(kb, raw, asked.period, asked.words));
}

const remembered = answerStore<Answer<Framing>>();

function answerFraming(
  kb: KnowledgeBase,
  raw: string,
  period: Period | null,
  words: string,
): Answer<Framing> {
  const all = framingEntries(kb);
  if (!raw) {
    const several = all.filter(fromSeveralSides);
    if (several.length === 0) {
      return notFound([`No event in the corpus has words from more than one side. ${datesHint(all)}`]);
    }
    return found({ kind: 'events', asked: null, entries: framedDates(kb, several) });
  }
  const matching = all.filter(
    (e) => (!period || dateMatchesPeriod(e.date, period)) && (!words || entryMatches(kb, e, words)),
  );
  if (matching.length === 1) return found(eventFraming(kb, matching[0]!));
  if (matching.length > 1) return found({ kind: 'events', asked: raw, entries: framedDates(kb, matching) });
  // A date of the timeline that no side named: said so, with every party listed as having none.
  const told = period?.day !== undefined ? timelineEvents(kb, period, words) : [];
  if (told.length) {
    const date = told[0]!.date;
    return found({
      kind: 'event',
      date,
      label: formatSourceDate(date),
      told: excerpts(kb, told),
      bySide: [],
      none: [...PARTIES],
    });
  }
  return notFound(tell`No side’s words for an event matching ${typed(raw)} in the corpus. ${datesHint(all)}`);
}

function excerpts(kb: KnowledgeBase, events: readonly DatedEvent[]): ItemList<Excerpt> {
  return readAsIterated(events.length, (i) => excerptOf(kb, events[i]!.docId, events[i]!.excerpt));
}

function framedDates(kb: KnowledgeBase, entries: readonly FramingEntry[]): ItemList<FramedDate> {
  return readAsIterated(entries.length, (i) => {
    const { date, label, characterisations } = entries[i]!;
    const words = characterisations.map((c) => ({
      side: c.side,
      phrase: kb.slice(c.docId, c.phrase),
      citation: citeSpan(kb, c.docId, c.context),
    }));
    return { date, label, words };
  });
}

function datesHint(all: readonly FramingEntry[]): string {
  if (all.length === 0) return 'The corpus reports no side’s words for a dated event.';
  const dates = all
    .slice(0, 6)
    .map((e) => `\`${e.label}\``)
    .join(', ');
  return `Dates with some: ${dates}. Try \`/framing event:${all[0]!.label}\`.`;
}

/** The timeline's events on one day (words narrowing them), one per excerpt. */
function timelineEvents(kb: KnowledgeBase, period: Period, words: string): DatedEvent[] {
  const candidates = kb.timelineCandidates(period, words || undefined);
  return candidates.events.filter((e) => dateMatchesPeriod(e.date, period));
}

function entryMatches(kb: KnowledgeBase, entry: FramingEntry, words: string): boolean {
  const texts = entry.characterisations.flatMap((c) => [
    kb.slice(c.docId, c.context),
    kb.slice(c.docId, c.event.excerpt),
  ]);
  return matchesWords(texts.join(' '), words);
}

/** How two tellings are compared: white space, case and the style of quotation marks folded. */
const fold = (s: string) =>
  s
    .replace(/[“”«»"]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

function eventFraming(kb: KnowledgeBase, entry: FramingEntry): Framing {
  const wordings = new Map<string, Wording>();
  for (const c of entry.characterisations) {
    const phrase = kb.slice(c.docId, c.phrase);
    const context = kb.slice(c.docId, c.context);
    const key = `${c.speaker?.id ?? ''}|${c.side}|${fold(phrase)}|${fold(context)}`;
    const citation = citeSpan(kb, c.docId, c.context);
    const same = wordings.get(key);
    if (same) same.citations.push(citation);
    else
      wordings.set(key, {
        speaker: c.speaker,
        side: c.side,
        mention: c.mention,
        phrase,
        context,
        citations: [citation],
      });
  }
  const bySide = AFFILIATIONS.map((a) => ({
    side: a.id,
    wordings: [...wordings.values()].filter((w) => w.side === a.id),
  })).filter((g) => g.wordings.length > 0);
  const told = uniqueEvents(
    kb,
    entry.characterisations.map((c) => c.event),
  );
  return {
    kind: 'event',
    date: entry.date,
    label: entry.label,
    told: excerpts(kb, told),
    bySide,
    none: PARTIES.filter((p) => !entry.sides.has(p)),
  };
}

function uniqueEvents(kb: KnowledgeBase, events: readonly DatedEvent[]): DatedEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = fold(kb.slice(e.docId, e.excerpt));
    return !seen.has(key) && seen.add(key);
  });
}

type EventQuery = { ok: true; period: Period | null; words: string } | { ok: false; problem: Message };

/**
 * `2023-09-19`, `September 19, 2023`, `2023-09-19 anti-terrorist`, `Yevlakh talks 2023-09`:
 * a date at the start or end (as /timeline takes it), the rest words; or words alone.
 */
export function splitEventQuery(raw: string): EventQuery {
  const input = raw.trim().replace(/\s+/g, ' ');
  if (!input) return { ok: true, period: null, words: '' };
  const tokens = input.split(' ');
  for (let n = Math.min(4, tokens.length); n >= 1; n--) {
    for (const [dateWords, rest] of [
      [tokens.slice(0, n), tokens.slice(n)],
      [tokens.slice(-n), tokens.slice(0, -n)],
    ] as const) {
      const parsed = parsePeriod(dateWords.join(' '));
      if (parsed.ok) return { ok: true, period: parsed.period, words: rest.join(' ') };
    }
  }
  if (/^\d{4}-\d/.test(input) || /\b\d{4}-\d{1,2}(?:-\d{1,2})?\b/.test(input)) {
    return {
      ok: false,
      problem: tell`${typed(input)} has a date that is not one. Use ${PERIOD_FORMS}, or words alone.`,
    };
  }
  return { ok: true, period: null, words: input };
}
