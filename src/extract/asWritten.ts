import type { DatedEvent, Figure, Span, Statement } from './types.ts';

/**
 * The extractors read a view of the text (src/corpus/readingText.ts) with the same offsets as the
 * stored text. Words they keep "as written" (a speaker's mention, a date expression, a figure's
 * words) are given back as the stored text writes them: its apostrophes and dashes, white space folded.
 */
function asWritten(view: string, stored: string, value: string, within: Span): string {
  let at = view.indexOf(value, within.start);
  if (at < 0 || at + value.length > within.end) at = view.indexOf(value);
  return at < 0 ? value : stored.slice(at, at + value.length).replace(/\s+/g, ' ');
}

export function writtenStatements(view: string, stored: string, statements: Statement[]): Statement[] {
  return statements.map((s) => ({ ...s, mention: asWritten(view, stored, s.mention, s.context) }));
}

export function writtenEvents(view: string, stored: string, events: DatedEvent[]): DatedEvent[] {
  return events.map((e) => ({ ...e, expression: asWritten(view, stored, e.expression, e.expressionSpan) }));
}

export function writtenFigures(view: string, stored: string, figures: Figure[]): Figure[] {
  const written = (value: string, f: Figure) => asWritten(view, stored, value, f.excerpt);
  const maybe = (value: string | null, f: Figure) => (value === null ? null : written(value, f));
  return figures.map((f) => ({
    ...f,
    number: { ...f.number, text: written(f.number.text, f) },
    counted: maybe(f.counted, f),
    where: maybe(f.where, f),
    period: { ...f.period, text: maybe(f.period.text, f) },
    reporter: f.reporter && { ...f.reporter, text: written(f.reporter.text, f) },
  }));
}
