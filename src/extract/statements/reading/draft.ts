import { DEFAULT_ROLE_DATE, type RoleDate } from '../../entities/resolve.ts';
import type { DocumentTimeline, Entity, Sentence, Span, Statement, StatementKind } from '../../types.ts';
import { parseAttributionTail } from '../attribution/tail.ts';
import { statementDate } from '../dates.ts';
import type { Quote } from '../quotes.ts';
import type { Unit } from '../units.ts';

/** The last statement made, for a quote that goes on without a new attribution. */
export interface Previous {
  statement: Statement;
  unitIndex: number;
  paragraph: number;
}

export function roleDate(timeline: DocumentTimeline): RoleDate {
  const ref = timeline.reference;
  if (!ref || ref.year === undefined || ref.yearStatus === 'unknown') return DEFAULT_ROLE_DATE;
  return ref.month ? { year: ref.year, month: ref.month } : { year: ref.year };
}

export interface Draft {
  speaker: Entity;
  mention: string;
  via?: Entity;
  kind: StatementKind;
  quote: Span;
  continuation: Span[];
  /** The reported clause around the quote, when it says more than the quote: see clause.ts. */
  clause?: Span[];
  /** Everything the speaker is credited with saying (for dating: dates in it are not of the saying). */
  said: Span[];
  context: Span;
  sentence: number;
}

/** The sentence before, when it stands in the same paragraph: a narrative the statement may continue. */
export function previousInParagraph(sentences: readonly Sentence[], index: number): Span | null {
  const here = sentences[index];
  const before = sentences[index - 1];
  return here && before && before.paragraph === here.paragraph ? before : null;
}

export function finish(
  text: string,
  docId: string,
  n: number,
  draft: Draft,
  timeline: DocumentTimeline,
  previous: Span | null,
): Statement {
  const { date, dateBasis } = statementDate(text, timeline, draft.context, draft.said, previous);
  const statement: Statement = {
    id: `${docId}#s${n}`,
    docId,
    speaker: draft.speaker,
    mention: draft.mention,
    kind: draft.kind,
    quote: draft.quote,
    context: draft.context,
    sentence: draft.sentence,
    date,
    dateBasis,
  };
  if (draft.via) statement.via = draft.via;
  if (draft.continuation.length) statement.continuation = draft.continuation;
  if (draft.clause) statement.clause = draft.clause;
  return statement;
}

export function quoteClose(q: Quote): number {
  const last = q.parts[q.parts.length - 1]!;
  return (last.close ?? last.end - 1) + 1;
}

/**
 * A quote ending in "?" or "!" ends its sentence, so its attribution may stand alone in the next
 * one ("“How many times?” Clinton said."): that next unit, when it is nothing but an attribution.
 */
export function tailInNextUnit(
  text: string,
  masked: string,
  first: Quote,
  next: Unit | undefined,
): { speaker: Span; verbEnd: number } | null {
  if (!next || next.quotes.length || next.firstParagraph !== first.parts[first.parts.length - 1]!.paragraph)
    return null;
  const mark = /([?!.])\s*$/.exec(text.slice(quoteClose(first) - 3, quoteClose(first) - 1))?.[1];
  if (!mark) return null;
  if (!/^\s*$/.test(text.slice(quoteClose(first), next.start))) return null;
  const tail = parseAttributionTail(masked, next.start, next.end, true);
  // After a full stop, only a bare attribution ("…emails.” Trump said."), never a sentence of its own.
  if (tail && mark === '.' && !/^[\s.]*$/.test(masked.slice(tail.verbEnd, next.end))) return null;
  return tail;
}

/** A signature line: a name of two to four capitalised words, then maybe ", role", and no full stop. */
const SIGNATURE = /^(\p{Lu}[\p{L}.’'-]+(?:\s+\p{Lu}[\p{L}.’'-]+){1,3})(?:,\s+[^.!?\n"“”]{2,100})?$/u;

const ARTICLE_OPENER = /^(?:The|A|An)\s/;

/**
 * A press release's quote block: a paragraph that is one quote, then a line with the name (and
 * title) of who said it ("Janez Lenarčič, Commissioner for Crisis Management"). The name's span.
 */
export function signatureAfter(text: string, unit: Unit, quote: Quote, next: Unit | undefined): Span | null {
  const last = quote.parts[quote.parts.length - 1]!;
  if (!next || next.quotes.length || next.firstParagraph !== last.paragraph + 1) return null;
  if (!/^\s*$/.test(text.slice(quoteClose(quote), unit.end))) return null;
  // "“We will come every day,” she said. “What else can a mother do?” | The Armenian Weekly": a
  // quote after a saying in its paragraph is no quote block, and a line opening with an article
  // names a paper or a body, never a person signing (an outlet's closing credit).
  const open = quote.parts[0]!.open;
  if (!/^\s*$/.test(text.slice(text.lastIndexOf('\n', open - 1) + 1, open))) return null;
  const line = text.slice(next.start, next.end);
  const m = SIGNATURE.exec(line.trim());
  if (!m || ARTICLE_OPENER.test(m[1]!)) return null;
  const start = next.start + line.indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}
