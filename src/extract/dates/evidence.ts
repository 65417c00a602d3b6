import type { SourceDate, YearStatus } from '../../corpus/types.ts';
import { dayNumber, dayNumberOfDate, fromDayNumber, WEEKDAYS, weekdayOf } from './calendar.ts';
import { namesEventByYear } from './expressions.ts';
import { dayBounds } from './format.ts';
import type { ScannedDocument, ScannedMention } from './scan.ts';
import {
  fmt,
  isLeadOfDatedPiece,
  mentionMonthDay,
  monthDayDayNumber,
  type ReferenceWindow,
  weekdayNamedInLead,
  weekdayWindow,
  yearForMonthDay,
} from './window.ts';

/** What a document's own text says about the year it was written in. */
export interface YearFinding {
  year?: number;
  status: YearStatus;
  reason: string;
  /** Years its own evidence allows, oldest first; null when nothing bounds them from below. */
  candidates: number[] | null;
  /** Does a year fit its own evidence (used when another document lends one)? */
  fits: (year: number) => boolean;
}

const DEADLINE_OPENING = /^(?:by|until|till|before)\s/i;

interface Bound {
  year: number;
  because: string;
}

interface Filter {
  because: string;
  fits: (year: number) => boolean;
}

const iso = (n: number) => {
  const d = fromDayNumber(n);
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
};

/** Year evidence read off one document whose own date has no year. */
export function inferYear(scanned: ScannedDocument, window: ReferenceWindow | null, now: Date): YearFinding {
  const today = dayNumberOfDate(now);
  const refHi = (y: number) =>
    window?.hi
      ? monthDayDayNumber(window.hi, y)
      : window?.lo
        ? monthDayDayNumber(window.lo, y)
        : dayNumber(y, 12, 31);
  const refLo = (y: number) =>
    window?.lo
      ? monthDayDayNumber(window.lo, y)
      : window?.hi
        ? monthDayDayNumber(window.hi, y)
        : dayNumber(y, 1, 1);

  const upper: Bound = {
    year: fromDayNumber(today).year,
    because: `no article is from the future (today is ${iso(today)})`,
  };
  while (refLo(upper.year) > today) upper.year--;
  let lower: Bound | null = null;
  const filters: Filter[] = [];

  for (const m of scanned.mentions) {
    // "during the 2020 war": a year naming an event dates nothing the text tells, but the event it names is past.
    if (m.role !== 'text' && !(m.role === 'name' && namesEventByYear(scanned.doc.text, m.expression)))
      continue;
    const stated = statedPeriod(m);
    if (stated) {
      if (m.tense === 'past') {
        // "dissolving all institutions by January 1, 2024": a deadline no verb tells as past bounds nothing.
        if (!m.tenseMarked && DEADLINE_OPENING.test(m.expression.text)) continue;
        let y = fromDayNumber(stated.last).year;
        while (refHi(y) < stated.last) y++;
        if (!lower || y > lower.year)
          lower = { year: y, because: `"${m.expression.text}" is told as past, so the piece is later` };
        // "in a statement issued on Thursday, 7 December 2023": the lead of a news story names a day by its
        // weekday only within the week it is written in, so the piece is at most a week later.
        if (weekdayNamedInLead(scanned, m)) {
          const within = fromDayNumber(stated.last + 7).year;
          if (within < upper.year)
            Object.assign(upper, {
              year: within,
              because: `"${m.expression.text}" names its weekday in the lead, so the piece is of that week`,
            });
        }
      } else {
        let y = fromDayNumber(stated.first).year;
        while (refLo(y) > stated.first && y > 0) y--;
        if (y < upper.year)
          Object.assign(upper, { year: y, because: `"${m.expression.text}" is told as still to come` });
      }
      continue;
    }
    const filter = weekdayFilter(scanned, m, window);
    if (filter) filters.push(filter);
  }

  // Remembered per year: resolving asks again for every weekday, and each answer walks every filter.
  const fitting = new Map<number, boolean>();
  const fits = (y: number) => {
    let ok = fitting.get(y);
    if (ok === undefined)
      fitting.set(
        y,
        (ok = y <= upper.year && (!lower || y >= lower.year) && filters.every((f) => f.fits(y))),
      );
    return ok;
  };
  const evidence = [lower?.because, upper.because, ...filters.map((f) => f.because)]
    .filter(Boolean)
    .join('; ');
  if (!lower) {
    const recent = filters.length ? recentFits(upper.year, fits) : [];
    const reason =
      filters.length && recent.length === 0
        ? `year not established: the evidence fits no recent year (${evidence})`
        : filters.length
          ? `year not established: ${evidence}; years that fit include ${recent.join(', ')}`
          : `year not established: the text gives no year and nothing that dates it (${upper.because})`;
    return { status: 'unknown', reason, candidates: null, fits };
  }
  const candidates: number[] = [];
  for (let y = lower.year; y <= upper.year; y++) if (fits(y)) candidates.push(y);
  if (candidates.length === 1) {
    const range = lower.year === upper.year ? `${lower.year}` : `${lower.year}–${upper.year}`;
    return {
      year: candidates[0],
      status: 'inferred',
      reason: `year inferred ${candidates[0]}: ${evidence}; of ${range} only ${candidates[0]} fits`,
      candidates,
      fits,
    };
  }
  if (candidates.length === 0) {
    return {
      status: 'unknown',
      reason: `year not established: the evidence conflicts (${evidence})`,
      candidates,
      fits,
    };
  }
  const list =
    candidates.length > 8 ? `any year from ${candidates[0]} to ${candidates.at(-1)}` : candidates.join(', ');
  return {
    status: 'unknown',
    reason: `year not established: ${evidence}; candidates ${list}`,
    candidates,
    fits,
  };
}

function recentFits(upper: number, fits: (y: number) => boolean): number[] {
  const out: number[] = [];
  for (let y = upper; y > upper - 40 && out.length < 4; y--) if (fits(y)) out.push(y);
  return out;
}

/** The first and last day of a period the text gives with its year ("in the fall of 2020", "November 10, 2020"). */
function statedPeriod(m: ScannedMention): { first: number; last: number } | null {
  const f = m.expression.form;
  let date: SourceDate | null = null;
  if (f.kind === 'calendar' && f.year !== undefined) {
    date = {
      precision: f.day === undefined ? 'month' : 'day',
      year: f.year,
      month: f.month,
      ...(f.day !== undefined && { day: f.day }),
      ...(f.end && { end: f.end }),
      yearStatus: 'stated',
    };
  } else if (f.kind === 'season' && f.year !== undefined) {
    date = { precision: 'season', year: f.year, season: f.season, yearStatus: 'stated' };
  } else if (f.kind === 'year') {
    date = { precision: 'year', year: f.year, ...(f.end && { end: { year: f.end } }), yearStatus: 'stated' };
  } else if (f.kind === 'decade' && f.centuryKnown) {
    date = {
      precision: 'decade',
      year: f.decade,
      ...(f.part && { decadePart: f.part }),
      yearStatus: 'stated',
    };
  }
  return date ? dayBounds(date) : null;
}

/** A weekday fits a day and month only in some years ("on Sunday, October 1"; "on Wednesday" in a dated week). */
function weekdayFilter(
  scanned: ScannedDocument,
  m: ScannedMention,
  window: ReferenceWindow | null,
): Filter | null {
  const f = m.expression.form;
  if (f.kind === 'calendar' && f.weekday !== undefined && f.year === undefined) {
    const md = mentionMonthDay(m);
    if (!md) return null;
    const weekday = f.weekday;
    return {
      because: `"${m.expression.text}" must be a ${WEEKDAYS[weekday]}`,
      fits: (y) => {
        const year = yearForMonthDay(md, m.tense, window, y);
        return weekdayOf(year, md.month, md.day) === weekday;
      },
    };
  }
  if (f.kind !== 'weekday' || !window) return null;
  const probe = weekdayWindow(scanned, m, window, 2001);
  if (!probe || probe.last - probe.first >= 6) return null; // a whole week fits every weekday in every year
  const from = fromDayNumber(probe.first);
  const to = fromDayNumber(probe.last);
  const span = probe.first === probe.last ? fmt(from) : `${fmt(from)} and ${fmt(to)}`;
  const why = isLeadOfDatedPiece(scanned, m, window)
    ? "in the lead, a weekday names the piece's day or the day before"
    : "the week's dated events up to the piece's date";
  return {
    because: `"${m.expression.text}" must fall ${probe.first === probe.last ? 'on' : 'between'} ${span} (${why})`,
    fits: (y) => {
      const w = weekdayWindow(scanned, m, window, y);
      if (!w) return true;
      for (let d = w.first; d <= w.last; d++) if (fromDayNumberWeekday(d) === f.weekday) return true;
      return false;
    },
  };
}

export const fromDayNumberWeekday = (n: number) => ((n % 7) + 11) % 7; // 1970-01-01 was a Thursday (4)
