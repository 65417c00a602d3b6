import type { SourceDate } from '../../corpus/types.ts';
import { dayNumber, daysInMonth, isValidDay, MONTH_NAMES } from './calendar.ts';
import type { ScannedDocument, ScannedMention } from './scan.ts';
import type { Tense } from './tense.ts';

/** A month and day with no year: most seeds state no year, so the reasoning starts here. */
export interface MonthDay {
  month: number;
  day: number;
}

/**
 * The days the document may speak from, as month-days (the year is what inference looks for):
 * its stated date, or, lacking one, after the latest event it tells as past and before the
 * first one it tells as still to come.
 */
export interface ReferenceWindow {
  lo?: MonthDay;
  hi?: MonthDay;
  /** How the window was found, for reasons shown to users. */
  basis: string;
}

const ordinal = (md: MonthDay) => md.month * 100 + md.day;
const sameMonthDay = (a: MonthDay, b: MonthDay) => a.month === b.month && a.day === b.day;

export function monthDayDayNumber(md: MonthDay, year: number): number {
  const day = isValidDay(year, md.month, md.day) ? md.day : daysInMonth(year, md.month);
  return dayNumber(year, md.month, day);
}

/** A single day of a text date (start of a range), when it has one and no stated year is needed. */
export function mentionMonthDay(m: ScannedMention): MonthDay | null {
  const f = m.expression.form;
  return f.kind === 'calendar' && f.day !== undefined ? { month: f.month, day: f.day } : null;
}

export function windowFromReference(reference: SourceDate | null): ReferenceWindow | null {
  if (!reference || reference.month === undefined) return null;
  if (reference.precision === 'day' && reference.day !== undefined) {
    const lo = { month: reference.month, day: reference.day };
    const hi =
      reference.end?.day !== undefined
        ? { month: reference.end.month ?? reference.month, day: reference.end.day }
        : lo;
    return { lo, hi, basis: 'the document date' };
  }
  if (reference.precision === 'month') {
    return {
      lo: { month: reference.month, day: 1 },
      hi: { month: reference.month, day: daysInMonth(2001, reference.month) },
      basis: 'the document month',
    };
  }
  return null;
}

/** How a window read off the body's tenses opens its basis ("written after … (told as past)"). */
export const TENSE_WINDOW_BASIS = 'written ';

/** A full date with its weekday, in the lead or the paragraph after it ("on Thursday, 7 December 2023"). */
export function weekdayNamedInLead(scanned: ScannedDocument, m: ScannedMention): boolean {
  const f = m.expression.form;
  if (f.kind !== 'calendar' || f.weekday === undefined || f.year === undefined || f.day === undefined)
    return false;
  const lead = scanned.leadParagraph;
  return lead !== null && m.paragraph !== undefined && m.paragraph >= lead && m.paragraph <= lead + 1;
}

export function windowFromMentions(scanned: ScannedDocument): ReferenceWindow {
  let lo: MonthDay | undefined;
  let hi: MonthDay | undefined;
  for (const m of scanned.mentions) {
    if (m.role !== 'text') continue;
    const md = mentionMonthDay(m);
    const f = m.expression.form;
    if (!md) continue;
    // A stated year bounds the year instead, but a lead's weekday date is of the week the piece is written in.
    if (f.kind === 'calendar' && f.year !== undefined) {
      if (m.tense === 'past' && weekdayNamedInLead(scanned, m) && (!lo || ordinal(md) > ordinal(lo))) lo = md;
      continue;
    }
    const last =
      f.kind === 'calendar' && f.end?.day !== undefined
        ? { month: f.end.month ?? f.month, day: f.end.day }
        : md;
    if (m.tense === 'past' && (!lo || ordinal(last) > ordinal(lo))) lo = last;
    if (m.tense === 'future' && (!hi || ordinal(md) < ordinal(hi))) hi = md;
  }
  if (hi) hi = dayBefore(hi);
  if (lo && hi && ordinal(lo) > ordinal(hi))
    return { basis: 'dated events in the text disagree on when it was written' };
  const told = [
    lo && `after ${fmt(lo)} (told as past)`,
    hi && `before ${fmt(dayAfter(hi))} (told as still to come)`,
  ]
    .filter(Boolean)
    .join(' and ');
  return {
    ...(lo && { lo }),
    ...(hi && { hi }),
    basis: told ? `${TENSE_WINDOW_BASIS}${told}` : 'no date in the text',
  };
}

function dayBefore(md: MonthDay): MonthDay {
  if (md.day > 1) return { month: md.month, day: md.day - 1 };
  const month = md.month === 1 ? 12 : md.month - 1;
  return { month, day: daysInMonth(2001, month) };
}

function dayAfter(md: MonthDay): MonthDay {
  if (md.day < daysInMonth(2001, md.month)) return { month: md.month, day: md.day + 1 };
  return { month: md.month === 12 ? 1 : md.month + 1, day: 1 };
}

export const fmt = (md: MonthDay) => `${MONTH_NAMES[md.month - 1]} ${md.day}`;

/**
 * The year of a month-day told in a document written in `year`: the nearest occurrence to the
 * document's date, preferring the past for events told as past and the future for scheduled ones
 * ("December 31" in a piece of January 3 is the previous year).
 */
/**
 * A day on the far side of the document's date from a tense the text marks is taken only when it
 * is much nearer: "stepped down in March", in November, is this March (eight months back), not
 * next March (four months on); a few days' slack covers a stale document date. A clause that
 * marks no tense ("record date Dec. 15") leans less on the default past reading.
 */
const AGAINST_MARKED_TENSE = 12;
const AGAINST_DEFAULT_TENSE = 2;
/** Days a document's date may lag the events it tells (a piece filed just before the month turned). */
const NOT_BEGUN_SLACK = 3;

export function yearForMonthDay(
  md: MonthDay,
  tense: Tense,
  window: ReferenceWindow | null,
  year: number,
  marked = false,
  placedByPastVerb = false,
): number {
  const against = marked ? AGAINST_MARKED_TENSE : AGAINST_DEFAULT_TENSE;
  if (!window?.lo && !window?.hi) return year;
  const ref = tense === 'past' ? (window.hi ?? window.lo)! : (window.lo ?? window.hi)!;
  const r = monthDayDayNumber(ref, year);
  let best = year;
  let bestScore = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const d = monthDayDayNumber(md, y);
    // "told parliament in October", in a piece of September 12: an October not yet begun is told in no past
    // tense, nor is "withdrew on October 3".
    if (placedByPastVerb && tense === 'past' && d > r + NOT_BEGUN_SLACK) continue;
    const score =
      tense === 'past' ? (d <= r ? r - d : against * (d - r)) : d >= r ? d - r : against * (r - d);
    if (score < bestScore) [best, bestScore] = [y, score];
  }
  return best;
}

/** The year (of three about `year`) that puts a month-day nearest the window's one day; null when the window spans days. */
export function nearestYearForMonthDay(md: MonthDay, window: ReferenceWindow, year: number): number | null {
  if (!window.lo || !window.hi || !sameMonthDay(window.lo, window.hi)) return null;
  const r = monthDayDayNumber(window.lo, year);
  const years = [year - 1, year, year + 1];
  const distance = (y: number) => Math.abs(monthDayDayNumber(md, y) - r);
  return years.reduce((best, y) => (distance(y) < distance(best) ? y : best));
}

/**
 * The days a weekday-only expression can name: within the week up to the document's date (or from
 * it, when scheduled); when the document's day is not one known day, no earlier than the first dated
 * event of that week the text tells. The document's own day told again in the body ("on June 15" in a
 * piece of June 15) bounds nothing: it would leave that day as the only one a weekday could name.
 */
export function weekdayWindow(
  scanned: ScannedDocument,
  mention: ScannedMention,
  window: ReferenceWindow | null,
  year: number,
  narrowLead = true,
  /** The clause is in the past perfect: a day the piece dates that week bounds nothing before it. */
  beforeThePast = false,
): { first: number; last: number } | null {
  // "promised a briefing on Friday": told ahead in a past report, the day nearest the piece's (three days either side).
  if (mention.toldAhead && window?.lo && window.hi && sameMonthDay(window.lo, window.hi)) {
    const day = monthDayDayNumber(window.lo, year);
    return { first: day - 3, last: day + 3 };
  }
  if (mention.tense === 'past') {
    if (!window?.hi) return null;
    const last = monthDayDayNumber(window.hi, year);
    if (narrowLead && isLeadOfDatedPiece(scanned, mention, window)) return { first: last - 1, last };
    let first = last - 6;
    // A piece of one known day: the week before it holds each weekday once, and a day the text dates does not
    // bound it ("Zelensky said on Sunday", after "on 13 September" in a piece of the 14th, is the 11th).
    if (beforeThePast || (window.lo && sameMonthDay(window.lo, window.hi))) return { first, last };
    const dated = datedDays(scanned, window, year, 'past').filter((d) => d >= last - 6 && d < last);
    if (dated.length) first = Math.min(...dated);
    return { first, last };
  }
  if (!window?.lo) return null;
  const first = monthDayDayNumber(window.lo, year);
  let last = first + 6;
  const dated = datedDays(scanned, window, year, 'future').filter((d) => d > first && d <= first + 6);
  if (dated.length) last = Math.max(...dated);
  return { first, last };
}

/**
 * The distinct days the document's dated events fall on, worked out once per document, window,
 * year and tense. Every weekday of a document asks; scanning every mention for each made ingest
 * quadratic in the document's size (an 8 MB file took about a minute). Distinct days are at most
 * a few years' worth, so the callers' filter stays short however long the document.
 */
/** "As of 2 October", "since Monday": a day that bounds a state is no event a weekday must follow. */
const BOUNDS_A_STATE = /^(?:as of|since|until|till|by)\s/i;
const datedDaysMemo = new WeakMap<ScannedDocument, WeakMap<ReferenceWindow, Map<string, number[]>>>();

function datedDays(scanned: ScannedDocument, window: ReferenceWindow, year: number, tense: Tense): number[] {
  let byWindow = datedDaysMemo.get(scanned);
  if (!byWindow) datedDaysMemo.set(scanned, (byWindow = new WeakMap()));
  let byKey = byWindow.get(window);
  if (!byKey) byWindow.set(window, (byKey = new Map()));
  const key = `${year}:${tense}`;
  const known = byKey.get(key);
  if (known) return known;
  const days = new Set<number>();
  for (const m of scanned.mentions) {
    if (m.role !== 'text' || m.tense !== tense || BOUNDS_A_STATE.test(m.expression.text)) continue;
    if (onCaptionLine(scanned.doc.text, m.expression.start)) continue;
    const md = mentionMonthDay(m);
    const f = m.expression.form;
    if (!md || (f.kind === 'calendar' && f.year !== undefined)) continue;
    days.add(monthDayDayNumber(md, yearForMonthDay(md, tense, window, year)));
  }
  const list = [...days];
  byKey.set(key, list);
  return list;
}

/**
 * "Photo: Residents queue for bread, 14 December": a caption tells the day its picture was taken, which says
 * nothing of where the story's weekdays fall.
 */
const CAPTION_LABEL = /^(?:photo|picture|image|caption)s?(?:\s+caption)?\s*:/i;

function onCaptionLine(text: string, at: number): boolean {
  return CAPTION_LABEL.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
}

/**
 * In the lead of a piece with a known day, a weekday names the day's news: the piece's date or the
 * day before ("Friday, Pompeo called…" in a piece dated Saturday 24 October).
 */
export function isLeadOfDatedPiece(
  scanned: ScannedDocument,
  mention: ScannedMention,
  window: ReferenceWindow | null,
): boolean {
  if (!window?.lo || !window.hi || window.lo.month !== window.hi.month || window.lo.day !== window.hi.day)
    return false;
  return mention.paragraph === scanned.leadParagraph && window.basis === 'the document date';
}
