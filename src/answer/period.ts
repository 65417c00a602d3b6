import { MONTH_NAMES } from '../extract/dates/calendar.ts';

/** A period the user asks about: a year, a month or a day. */
export interface Period {
  year: number;
  month?: number;
  day?: number;
}

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());

export const PERIOD_FORMS = '`2023-09`, `2023`, `2023-09-19` or `September 2023`';

export type PeriodResult = { ok: true; period: Period } | { ok: false; problem: string };

function monthFromName(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(w) && w.length >= 3);
  return i >= 0 ? i + 1 : undefined;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `September 2023`, `Sep 2023`, `19 September 2023`
 * and `September 19, 2023`. Anything else is a problem the user is told about in one line.
 */
export function parsePeriod(raw: string): PeriodResult {
  const input = raw.trim().replace(/\s+/g, ' ');
  if (!input) return { ok: false, problem: `Give a period such as ${PERIOD_FORMS}.` };
  if (input.length > 40)
    return { ok: false, problem: `That period is too long to be a date. Use ${PERIOD_FORMS}.` };
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(input);
  if (m)
    return check(
      Number(m[1]),
      m[2] === undefined ? undefined : Number(m[2]),
      m[3] === undefined ? undefined : Number(m[3]),
    );
  m = /^(\p{L}+\.?) (\d{4})$/u.exec(input);
  if (m) {
    const month = monthFromName(m[1]!);
    if (month) return check(Number(m[2]), month);
  }
  m = /^(\d{1,2}) (\p{L}+\.?),? (\d{4})$/u.exec(input) ?? null;
  if (m) {
    const month = monthFromName(m[2]!);
    if (month) return check(Number(m[3]), month, Number(m[1]));
  }
  m = /^(\p{L}+\.?) (\d{1,2}),? (\d{4})$/u.exec(input);
  if (m) {
    const month = monthFromName(m[1]!);
    if (month) return check(Number(m[3]), month, Number(m[2]));
  }
  return { ok: false, problem: `I can't read that as a date. Use ${PERIOD_FORMS}.` };
}

function check(year: number, month?: number, day?: number): PeriodResult {
  if (year < 1000)
    return { ok: false, problem: `The year must have four digits from 1000 on. Use ${PERIOD_FORMS}.` };
  if (month !== undefined && (month < 1 || month > 12)) {
    return {
      ok: false,
      problem: `There is no month ${month}: months run from 01 to 12. Use ${PERIOD_FORMS}.`,
    };
  }
  if (day !== undefined && month !== undefined && (day < 1 || day > daysIn(year, month))) {
    return { ok: false, problem: `There is no day ${day} in that month. Use ${PERIOD_FORMS}.` };
  }
  return {
    ok: true,
    period: { year, ...(month !== undefined && { month }), ...(day !== undefined && { day }) },
  };
}

export function formatPeriod(p: Period): string {
  const mm = p.month === undefined ? '' : `-${String(p.month).padStart(2, '0')}`;
  const dd = p.day === undefined ? '' : `-${String(p.day).padStart(2, '0')}`;
  return `${p.year}${mm}${dd}`;
}
