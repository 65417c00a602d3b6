import type { DateExpression } from './expressions.ts';

/**
 * "between October 20 and November 6" is one stretch of days, not two days on which something
 * happened: two calendar days joined by "between … and" become one expression with an end.
 * A year written on either end is the other's too ("between 20 October and 6 November 2023").
 */
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const AND_BETWEEN = /^\s+and\s+$/;

type Calendar = Extract<DateExpression['form'], { kind: 'calendar' }>;

const isDay = (e: DateExpression | undefined): e is DateExpression & { form: Calendar } =>
  e?.form.kind === 'calendar' && e.form.day !== undefined && !e.form.end && e.form.weekday === undefined;

export function joinBetweenSpans(text: string, found: DateExpression[]): DateExpression[] {
  const out: DateExpression[] = [];
  for (let i = 0; i < found.length; i++) {
    const first = found[i];
    const last = found[i + 1];
    const start =
      first &&
      first.start -
        (BETWEEN_BEFORE.exec(text.slice(Math.max(0, first.start - 12), first.start))?.[0].length ?? 0);
    if (
      !isDay(first) ||
      !isDay(last) ||
      start === first.start ||
      !AND_BETWEEN.test(text.slice(first.end, last.start))
    ) {
      out.push(first!);
      continue;
    }
    const a = first.form;
    const b = last.form;
    const endYear = b.year ?? (a.year === undefined ? undefined : a.year + (b.month < a.month ? 1 : 0));
    const startYear = a.year ?? (b.year === undefined ? undefined : b.year - (b.month < a.month ? 1 : 0));
    const form: Calendar = {
      kind: 'calendar',
      month: a.month,
      day: a.day!,
      ...(startYear !== undefined && { year: startYear }),
      end: { month: b.month, day: b.day!, ...(endYear !== undefined && { year: endYear }) },
    };
    const stretch =
      Date.UTC(endYear ?? 2001, b.month - 1, b.day!) - Date.UTC(startYear ?? 2001, a.month - 1, a.day!);
    // "between November 6 and October 20" or a stretch past a year is not read as one.
    if (stretch <= 0 && endYear !== undefined) {
      out.push(first);
      continue;
    }
    out.push({ start: start!, end: last.end, text: text.slice(start!, last.end), form });
    i++;
  }
  return out;
}
