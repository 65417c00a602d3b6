import type { SourceDate } from '../../corpus/types.ts';
import { dayNumber, daysInMonth, MONTH_NAMES, SEASON_MONTHS } from './calendar.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date at the precision its source holds: `2023-09-19`, `2023-09`, `2023`, `fall 2020`,
 * `early 1990s`, ranges `2023-09-19/20`, `2023-09-30/10-01`; an unknown year reads
 * `09-19 (year not established)`.
 */
export function formatSourceDate(d: SourceDate): string {
  const start = formatPoint(d);
  const range = d.end ? formatEnd(d) : '';
  const body = start + range;
  return d.year === undefined && needsYear(d) ? `${body} (year not established)` : body;
}

function needsYear(d: SourceDate): boolean {
  return d.precision !== 'decade';
}

function formatPoint(d: SourceDate): string {
  const y = d.year === undefined ? '' : String(d.year);
  switch (d.precision) {
    case 'day':
      return [y, pad(d.month ?? 0), pad(d.day ?? 0)].filter(Boolean).join('-');
    case 'month':
      return y ? `${y}-${pad(d.month ?? 0)}` : (monthWord(d.month) ?? '??');
    case 'season':
      return y ? `${d.season} ${y}` : `${d.season}`;
    case 'year':
      return y || 'year unknown';
    case 'decade': {
      const decade = d.year === undefined ? '??' : `${d.year}s`;
      return d.decadePart ? `${d.decadePart} ${decade}` : decade;
    }
  }
}

function monthWord(month: number | undefined): string | undefined {
  return month === undefined ? undefined : MONTH_NAMES[month - 1];
}

function formatEnd(d: SourceDate): string {
  const end = d.end!;
  if (d.precision === 'day') {
    if (end.year !== undefined && end.year !== d.year)
      return `/${end.year}-${pad(end.month ?? 0)}-${pad(end.day ?? 0)}`;
    if (end.month !== undefined && end.month !== d.month) return `/${pad(end.month)}-${pad(end.day ?? 0)}`;
    return `/${pad(end.day ?? 0)}`;
  }
  if (d.precision === 'month') {
    if (end.year !== undefined && end.year !== d.year) return `/${end.year}-${pad(end.month ?? 0)}`;
    return `/${pad(end.month ?? 0)}`;
  }
  if (d.precision === 'year' && end.year !== undefined) return `/${end.year}`;
  return '';
}

/** The first and last day a date covers, as day numbers; null when the year is not known. */
export function dayBounds(d: SourceDate): { first: number; last: number } | null {
  if (d.year === undefined) return null;
  const y = d.year;
  let first: number;
  let last: number;
  switch (d.precision) {
    case 'day':
      first = dayNumber(y, d.month ?? 1, d.day ?? 1);
      last = first;
      break;
    case 'month':
      first = dayNumber(y, d.month ?? 1, 1);
      last = dayNumber(y, d.month ?? 12, daysInMonth(y, d.month ?? 12));
      break;
    case 'season': {
      const s = SEASON_MONTHS[d.season ?? 'spring'];
      first = dayNumber(y, s.first, 1);
      const lastYear = s.last < s.first ? y + 1 : y;
      last = dayNumber(lastYear, s.last, daysInMonth(lastYear, s.last));
      break;
    }
    case 'year':
      first = dayNumber(y, 1, 1);
      last = dayNumber(y, 12, 31);
      break;
    case 'decade': {
      const [a, b] =
        d.decadePart === 'early'
          ? [0, 3]
          : d.decadePart === 'mid'
            ? [3, 6]
            : d.decadePart === 'late'
              ? [7, 9]
              : [0, 9];
      first = dayNumber(y + a, 1, 1);
      last = dayNumber(y + b, 12, 31);
      break;
    }
  }
  if (d.end) {
    const ey = d.end.year ?? y;
    const em = d.end.month ?? d.month ?? 12;
    if (d.precision === 'day') last = dayNumber(ey, em, d.end.day ?? d.day ?? 1);
    else if (d.precision === 'month') last = dayNumber(ey, em, daysInMonth(ey, em));
    else if (d.precision === 'year') last = dayNumber(ey, 12, 31);
  }
  return { first, last };
}

const PRECISION_RANK: Record<SourceDate['precision'], number> = {
  decade: 0,
  year: 1,
  season: 2,
  month: 3,
  day: 4,
};

/**
 * Sort order: known years first, by first day covered; a wider date before a narrower one that
 * starts the same day (2023 before 2023-09 before 2023-09-19). Unknown years last, by month-day.
 */
export function compareSourceDates(a: SourceDate, b: SourceDate): number {
  return compareDateOrderKeys(dateOrderKey(a), dateOrderKey(b));
}

/** What compareSourceDates compares, read once per date: sorting many dates compares these. */
export interface DateOrderKey {
  /** The first and last day covered; null when the year is not known. */
  bounds: { first: number; last: number } | null;
  precision: number;
  month: number;
  day: number;
}

export function dateOrderKey(d: SourceDate): DateOrderKey {
  return {
    bounds: dayBounds(d),
    precision: PRECISION_RANK[d.precision],
    month: d.month ?? 0,
    day: d.day ?? 0,
  };
}

/** compareSourceDates on the dates' order keys. */
export function compareDateOrderKeys(a: DateOrderKey, b: DateOrderKey): number {
  const ba = a.bounds;
  const bb = b.bounds;
  if (ba && bb) return ba.first - bb.first || a.precision - b.precision || ba.last - bb.last;
  if (ba) return -1;
  if (bb) return 1;
  return a.month - b.month || a.day - b.day || a.precision - b.precision;
}

/**
 * Does the date fall within the user's period? A date wider than the period (2023-09 against
 * 2023-09-19) does not; a day range matches a period it overlaps. Unknown years never match.
 */
export function dateMatchesPeriod(
  d: SourceDate,
  period: { year: number; month?: number; day?: number },
): boolean {
  const bounds = dayBounds(d);
  if (!bounds) return false;
  const p = periodBounds(period);
  if (d.precision === 'day' && d.end) return bounds.first <= p.last && bounds.last >= p.first;
  return bounds.first >= p.first && bounds.last <= p.last;
}

function periodBounds(p: { year: number; month?: number; day?: number }): { first: number; last: number } {
  if (p.month === undefined) return { first: dayNumber(p.year, 1, 1), last: dayNumber(p.year, 12, 31) };
  if (p.day === undefined)
    return {
      first: dayNumber(p.year, p.month, 1),
      last: dayNumber(p.year, p.month, daysInMonth(p.year, p.month)),
    };
  const n = dayNumber(p.year, p.month, p.day);
  return { first: n, last: n };
}
