import { readClosingDateLine, readClosingPrintLine } from '../../corpus/metadata/closingLine.ts';
import {
  readDateInParts,
  readEditionDate,
  readSlashDateInParts,
  readSourceLine,
} from '../../corpus/metadata/dateLayouts.ts';
import { readDateline } from '../../corpus/metadata/dateline.ts';
import { parseWholeDate } from '../../corpus/metadata/dateText.ts';
import { datedHeadLines } from '../../corpus/metadata/lines.ts';
import { dateOfOtherCalendarStamp } from '../../corpus/metadata/otherCalendar.ts';
import {
  FOREIGN_PUBLISHED_WORDS,
  FOREIGN_REVISION_WORDS,
  WORD_END,
} from '../../corpus/metadata/revisionWords.ts';
import { type HeaderStamp, readHeaderStamp } from '../../corpus/metadata/stampAnatomy.ts';
import type { CorpusDocument, SourceDate } from '../../corpus/types.ts';
import type { Span } from '../types.ts';
import { type DateExpression, findDateExpressions } from './expressions.ts';
import { findPieceNotes } from './pieceNote.ts';
import { TENSE_WINDOW_BASIS } from './window.ts';

/** A date the document states about itself rather than about events: header lines and datelines. */
export type HeaderRole = 'published' | 'updated' | 'dateline';

export interface HeaderDate extends Span {
  role: HeaderRole;
  expression: DateExpression;
  /** The whole header line or dateline lead ("WASHINGTON, September 20. /TASS/."). */
  line: Span;
  /** How a dotted date's order was settled ("read day first, as the outlet's other pieces write dates"). */
  order?: string;
}

/** Tried at each line start (sticky): a multiline `^` over the whole text tests every position. */
const PUBLISHED_LINE = new RegExp(
  `[ \\t]*(published|posted|date|dated|first published|publication date|${FOREIGN_PUBLISHED_WORDS})${WORD_END}[^\\n:]{0,20}?:?[ \\t]*(.+)$`,
  'imy',
);
/** "Update: April, 28/2023 - 08:45": the bare noun only before its colon ("UPDATE 2-Azerbaijan, …" is a wire slug). */
const UPDATED_LINE = new RegExp(
  `[ \\t]*(last updated|updated|last modified|modified|update(?=[ \\t]*:)|${FOREIGN_REVISION_WORDS})${WORD_END}[^\\n:]{0,20}?:?[ \\t]*(.+)$`,
  'imy',
);
/** What a multiline `^` follows. */
const LINE_BREAK = /[\n\r\u2028\u2029]/g;
/** The first letters of the header words above, after the spaces and tabs a line may open with. */
const HEADER_WORD_START = /[ \t]*[pdflumsgzabovyú]/iy;

/**
 * The matches of a sticky line pattern at each line start, as a global multiline `^` pattern
 * would find them: in text order, a line start inside an earlier match is not tried.
 */
function* atLineStarts(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  LINE_BREAK.lastIndex = 0;
  for (let start = 0; start <= text.length; ) {
    HEADER_WORD_START.lastIndex = start;
    pattern.lastIndex = start;
    const m = HEADER_WORD_START.test(text) ? pattern.exec(text) : null;
    if (m) {
      yield m;
      LINE_BREAK.lastIndex = Math.max(LINE_BREAK.lastIndex, m.index + m[0].length);
    }
    const lineBreak = LINE_BREAK.exec(text);
    if (!lineBreak) break;
    start = lineBreak.index + 1;
  }
}
/**
 * A dateline opens a paragraph: a place in capitals, maybe a region, then the date, then the
 * agency or a dash: "WASHINGTON, September 20. /TASS/.", "LONDON, Oct 3 (Reuters) -",
 * "BAKU, Azerbaijan, Sept. 20, 2023 (AP) —".
 */
const DATELINE_PLACE = /^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{Lu}][\p{L}\p{M} .'’-]{1,30})?,\s*/u;
const DATELINE_TAIL = /^[.,]?\s*(?:\/[^/\n]{1,30}\/\.?|\([^)\n]{1,30}\)\s*[-–—]?|[-–—])/u;
/**
 * "Baku, June 12 (BTA correspondent Petar Vasilev)": a place written as a name, not in capitals, is a dateline
 * only when the place, the date and a credit in brackets make up the whole line.
 */
const CREDIT_LINE_END = /^\s*\([^()\n]{1,60}\)(?=[ \t]*(?:\n|$))/u;

/** Header dates (Published:, Updated:) and datelines, in text order. */
export function findHeaderDates(text: string, paragraphStarts: number[]): HeaderDate[] {
  const found = [...lineHeaderDates(text)];
  for (const start of paragraphStarts.slice(0, 4)) {
    const dateline = datelineAt(text, start) ?? agencyDateLine(text, start);
    if (dateline) found.push(dateline);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The last text's header lines: a document's scan and its heading's scan (headingDates.ts) read the
 * same text one after the other, with other paragraph starts. One entry, so memory stays flat.
 */
let lastLines: { text: string; found: readonly HeaderDate[] } | null = null;

/** The header dates that depend on the text alone (all but the datelines), in the order found. */
function lineHeaderDates(text: string): readonly HeaderDate[] {
  if (lastLines?.text === text) return lastLines.found;
  const found: HeaderDate[] = [];
  for (const [pattern, role] of [
    [PUBLISHED_LINE, 'published'],
    [UPDATED_LINE, 'updated'],
  ] as const) {
    for (const m of atLineStarts(pattern, text)) {
      if (role === 'published' && /^[ \t]*(last updated|updated)/i.test(m[0])) continue;
      const valueStart = m.index + m[0].length - m[2]!.length;
      if (m[2]!.length > 60) continue;
      const expression = findDateExpressions(text, valueStart, m.index + m[0].length).find(
        (e) => e.form.kind === 'calendar',
      );
      if (!expression) continue;
      found.push({
        start: expression.start,
        end: expression.end,
        role,
        expression,
        line: { start: m.index, end: m.index + m[0].length },
      });
    }
  }
  for (const line of standaloneDateLines(text)) found.push(line);
  // "This article was first published on September 19, 2023.": the note's date is the piece's own.
  for (const note of findPieceNotes(text)) {
    const expression = findDateExpressions(text, note.start, note.end).find(
      (e) => e.form.kind === 'calendar' && e.form.day !== undefined && e.form.year !== undefined,
    );
    if (expression)
      found.push({ start: expression.start, end: expression.end, role: note.role, expression, line: note });
  }
  const closing = closingDateLine(text) ?? closingPrintLine(text);
  if (closing) found.push(closing);
  lastLines = { text, found };
  return found;
}

/** A byline, a date and a revision stamp fit in this; longer lines are running text. */
const MAX_HEADER_LINE_CHARS = 100;

/** A header line that is only a date ("Thursday 21 September 2023", "Sept. 20, 2023 10:14 GMT") dates the piece. */
function standaloneDateLines(text: string): HeaderDate[] {
  const found: HeaderDate[] = [];
  for (const { start, end, text: written, n } of datedHeadLines(text)) {
    // A calendar date with its day and year written has digits: a line without one is not read.
    if (!/\d/.test(written)) continue;
    const expressions = written.length > MAX_HEADER_LINE_CHARS ? [] : findDateExpressions(text, start, end);
    const date = expressions.find(
      (e) => e.form.kind === 'calendar' && e.form.year !== undefined && e.form.day !== undefined,
    );
    if (!date) {
      // "BY ASBAREZ STAFF SEPTEMBER 19, 2023", a stamp past the usual length: the parts tell the date.
      const stamp = stampRead(text, written, end, n);
      const other = stamp ? null : otherStampLine(text, { start, end });
      if (stamp) found.push(stampHeader(text, { start, end }, stamp));
      else if (other) found.push(other);
      continue;
    }
    const rest = (text.slice(start, date.start) + text.slice(date.end, end)).replace(
      /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}[:.]\d{2}\b|\b(?:am|pm|gmt|utc|bst|cet|est|edt|msk)\b|[+\-\d|,.()]/gi,
      '',
    );
    // "By Jane Doe | September 26, 2023", "News · 26 September 2023": a byline or section beside it;
    // "Evening digest, 17.04.2024": an edition's day; "… | Update : 27.09.2023": a revision stamp after it.
    // "Nune Harutyunyan Oct 4, 2023": a name before the date is a byline below the first line, never the headline.
    // "05.10.2023 | Article": an order the lead settles, as the header reader settles it (readSlashDateInParts).
    if ((rest.trim() || written.length > 60) && !inParts(text, written, end, n)) {
      const stamp = stampRead(text, written, end, n);
      if (stamp) found.push(stampHeader(text, { start, end }, stamp));
      continue;
    }
    found.push({
      start: date.start,
      end: date.end,
      role: 'published',
      expression: date,
      line: { start, end },
    });
  }
  return found;
}

/**
 * "… · Posted: Oct 05, 2020 4:12 PM ET | Last Updated: …": a stamp read by its parts (stampAnatomy.ts).
 * As the header reader does (header.ts): the first line may be a title ending with a date.
 * `written` is the header line `n` (from 1) of the text, ending at `end`.
 */
function stampRead(text: string, written: string, end: number, n: number): HeaderStamp | null {
  const read = readHeaderStamp(written, text.slice(end));
  return read && (read.marked || n > 1) ? read : null;
}

/** A header line's date read by its parts: a byline, an edition, a source line or a slashed date beside it. */
function inParts(text: string, written: string, end: number, n: number) {
  return (
    readDateInParts(written, { bylineWithoutSeparator: n > 1 }) ??
    readEditionDate(written, text.slice(end)) ??
    readSourceLine(written) ??
    readSlashDateInParts(written, text.slice(end))?.date ??
    // "Tuesday, 2 Aban 1402 - 24 October 2023": the day in two calendars, the Gregorian one read.
    dateOfOtherCalendarStamp(written)
  );
}

/**
 * "2022. szeptember 13. 11:20", "Sunday 12 Azar 1402 - 10:40": a whole line the body's date reader does not
 * read as a day (a month's name in another language, another calendar), given as the header reader reads it.
 */
function otherStampLine(text: string, line: Span): HeaderDate | null {
  const written = text.slice(line.start, line.end);
  const date = dateOfOtherCalendarStamp(written.trim());
  if (date?.day === undefined || date.year === undefined || date.month === undefined) return null;
  const { year, month, day } = date;
  const expression: DateExpression = {
    start: line.start,
    end: line.end,
    text: written,
    form: { kind: 'calendar', month, day, year },
  };
  return { start: line.start, end: line.end, role: 'published', expression, line };
}

/** A stamp line's header date: the expression its published (or only) part is written in, or that part's date as read. */
function stampHeader(text: string, line: Span, stamp: HeaderStamp): HeaderDate {
  const at = text.slice(line.start, line.end).indexOf(stamp.written);
  const from = at < 0 ? line.start : line.start + at;
  const to = at < 0 ? line.end : from + stamp.written.length;
  const { year, month, day } = stamp.date;
  const expression = findDateExpressions(text, from, to).find((e) => e.form.kind === 'calendar') ?? {
    start: from,
    end: to,
    text: text.slice(from, to),
    form: { kind: 'calendar', month: month!, ...(day && { day }), ...(year && { year }) },
  };
  return { start: expression.start, end: expression.end, role: stamp.role, expression, line };
}

/** "Yerevan, 20 September 2023" closing a statement: the date it bears (see readClosingDateLine). */
function closingDateLine(text: string): HeaderDate | null {
  const line = readClosingDateLine(text);
  const expression =
    line && findDateExpressions(text, line.start, line.end).find((e) => e.form.kind === 'calendar');
  if (!line || !expression) return null;
  const span = { start: line.start, end: line.end };
  return { start: expression.start, end: expression.end, role: 'dateline', expression, line: span };
}

/** "Tue, Apr 25, 2023 page6" closing a clipping: the day it ran (see readClosingPrintLine), never an event. */
function closingPrintLine(text: string): HeaderDate | null {
  const printed = readClosingPrintLine(text);
  const start = printed ? text.trimEnd().lastIndexOf(printed.line) : -1;
  if (!printed || start < 0) return null;
  const span = { start, end: start + printed.line.length };
  const expression = findDateExpressions(text, span.start, span.end).find((e) => e.form.kind === 'calendar');
  if (!expression) return null;
  return { start: expression.start, end: expression.end, role: 'published', expression, line: span };
}

const TWO_CAPITALS = /\p{Lu}{2}/u;
/** "Baku, ": one capitalised word (maybe two) before the date; read as a dateline only with CREDIT_LINE_END. */
const NAMED_PLACE = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?,\s*/u;
function datelineAt(text: string, start: number): HeaderDate | null {
  const head = text.slice(start, start + 120);
  const place = DATELINE_PLACE.exec(head) ?? NAMED_PLACE.exec(head);
  if (!place) return null;
  const capitals = TWO_CAPITALS.test(place[0]);
  const dateFrom = start + place[0].length;
  const expression = findDateExpressions(text, dateFrom, Math.min(text.length, dateFrom + 40))[0];
  if (expression?.form.kind !== 'calendar' || expression.start - dateFrom > 3) return null;
  const after = text.slice(expression.end, expression.end + 80);
  const tail = capitals ? DATELINE_TAIL.exec(after) : CREDIT_LINE_END.exec(after);
  if (!tail) return null;
  return {
    start: expression.start,
    end: expression.end,
    role: 'dateline',
    expression,
    line: { start, end: expression.end + tail[0].length },
  };
}

/**
 * The date-line forms the corpus reader knows (src/corpus/metadata/dateline.ts): "Baku/03.03.21/ Turan:",
 * "Tbilisi, Mar 3 (EFE).-", "YEREVAN, MARCH 3, ARMENPRESS.", "20:17, 3 March 2021", "March 3, 2021 — 10:15 am EST".
 * The date they hold is the piece's own, never an event.
 */
function agencyDateLine(text: string, start: number): HeaderDate | null {
  const head = text.slice(start, start + 120);
  const lineEnd = head.search(/[\r\n]|$/);
  const wholeParts = parseWholeDate(head.slice(0, lineEnd));
  const dateline = wholeParts ? null : readDateline(text, start);
  const parts = wholeParts ?? dateline?.date;
  if (!parts?.month) return null;
  const end = dateline ? dateline.end : start + lineEnd;
  // "03.03.21", "MARCH 3": forms the body's date reader does not take are given as the line reads them.
  const { year, month, day } = parts;
  const expression = findDateExpressions(text, start, end).find((e) => e.form.kind === 'calendar') ?? {
    start,
    end,
    text: text.slice(start, end),
    form: { kind: 'calendar', month, ...(day && { day }), ...(year && { year }) },
  };
  const role = dateline ? 'dateline' : 'published';
  return { start: expression.start, end: expression.end, role, expression, line: { start, end } };
}

/** A calendar expression as a SourceDate at its own precision (no inference). */
function statedDate(e: DateExpression): SourceDate | null {
  if (e.form.kind !== 'calendar') return null;
  const { year, month, day } = e.form;
  if (year !== undefined) {
    return {
      precision: day === undefined ? 'month' : 'day',
      year,
      month,
      ...(day !== undefined && { day }),
      yearStatus: 'stated',
    };
  }
  return {
    precision: day === undefined ? 'month' : 'day',
    month,
    ...(day !== undefined && { day }),
    yearStatus: 'unknown',
  };
}

export interface DocumentReference {
  date: SourceDate | null;
  basis: string | null;
}

/** Marks a reference read off an Updated: stamp, the only date the page gives. */
const REVISION_ONLY = '(no earlier date given)';

/**
 * A reference read off an Updated: stamp dates the timeline (the piece came out that day or before) but is no
 * publication date: where a publication date is asked for, it is not stated.
 */
export function isRevisionBasis(basis: string | null): boolean {
  return basis?.includes(REVISION_ONLY) ?? false;
}

/**
 * A reference read off the body's tenses ("written after September 13 (told as past) and before September 14
 * …", see windowFromMentions) dates the timeline, but nothing printed it: no publication date either.
 */
export function isTenseWindowBasis(basis: string | null): boolean {
  return basis?.startsWith(TENSE_WINDOW_BASIS) ?? false;
}

/** The document's own date: its metadata if the loader found one, else a Published: line or a date line, else its dateline, else an Updated: line. */
export function referenceFromHeaders(doc: CorpusDocument, headers: HeaderDate[]): DocumentReference {
  if (doc.meta.published) return { date: { ...doc.meta.published.value }, basis: doc.meta.published.why };
  for (const role of ['published', 'dateline', 'updated'] as const) {
    const header = headers.find((h) => h.role === role);
    const date = header && statedDate(header.expression);
    if (!header || !date) continue;
    const line = doc.text.slice(header.line.start, header.line.end).trim();
    const basis =
      role === 'dateline'
        ? `dateline "${header.expression.text}"`
        : role === 'published'
          ? `"${line}" line`
          : `"${line}" line ${REVISION_ONLY}`;
    return { date, basis: header.order ? `${basis}, ${header.order}` : basis };
  }
  return { date: null, basis: null };
}
