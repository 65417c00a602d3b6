import { isPhotoCaption } from '../../corpus/metadata/caption.ts';
import { readSlashDate } from '../../corpus/metadata/dateLayouts.ts';
import type { CorpusDocument } from '../../corpus/types.ts';
import type { Sentence } from '../types.ts';
import { joinBetweenSpans } from './betweenSpans.ts';
import { inDocumentName } from './documentName.ts';
import { type DateExpression, findDateExpressions, namesEventByYear } from './expressions.ts';
import type { HeadingScan } from './headingDates.ts';
import { recordLabelAt } from './recordLabel.ts';
import { findHeaderDates, type HeaderDate, type HeaderRole } from './reference.ts';
import { type Tense, tenseReadingKept, toldAheadInThePast } from './tense.ts';

/** A date expression in a document with what the surrounding text says about it. */
export interface ScannedMention {
  expression: DateExpression;
  sentence: number;
  paragraph: number;
  /** Header lines and datelines date the document, not an event; nor does a date in a document's name. */
  role: HeaderRole | 'name' | 'text';
  tense: Tense;
  /** Does the text mark the tense (a past verb, future wording), or is it the default reading? */
  tenseMarked: boolean;
  /** A plan, call or deadline told in a past report (toldAheadInThePast): its day is the nearest to the piece's. */
  toldAhead?: boolean;
}

export interface ScannedDocument {
  doc: CorpusDocument;
  sentences: Sentence[];
  headers: HeaderDate[];
  mentions: ScannedMention[];
  /** The paragraph that opens the story (after headline and header lines), where the day's news is told. */
  leadParagraph: number | null;
  /**
   * Dotted dates in either order that the document itself shows no order for: the mentions and headers
   * before they were left out, for the outlet's other documents to settle (see settleByOutlet).
   */
  undecidedDotted?: { mentions: ScannedMention[]; headers: HeaderDate[] };
  /** The lines above the body, scanned with the document on the pool's threads (headingDates.ts). */
  heading?: HeadingScan | null;
}

export function scanDocument(doc: CorpusDocument, sentences: Sentence[]): ScannedDocument {
  const paragraphStarts = firstSentenceStarts(sentences);
  const headers = findHeaderDates(doc.text, [...new Set([0, ...paragraphStarts])]); // a Set: indexOf was quadratic
  const mentions: ScannedMention[] = [];
  let dottedEither = false;
  for (const sentence of sentences) {
    const found = findDateExpressions(doc.text, sentence.start, sentence.end);
    let previous: ScannedMention | undefined;
    for (const expression of joinBetweenSpans(doc.text, found)) {
      if (expression.form.kind === 'calendar' && expression.form.dotted === 'either') dottedEither = true;
      const header = headers.find((h) => expression.start >= h.line.start && expression.end <= h.line.end);
      const record = header ? null : recordLabel(doc.text, expression, headers);
      mentions.push(
        (previous = {
          expression,
          sentence: sentence.index,
          paragraph: sentence.paragraph,
          role:
            header?.role ??
            record ??
            (isNameDate(doc.text, expression) || nextNameInList(doc.text, previous, expression)
              ? 'name'
              : isStampLine(doc.text, expression)
                ? 'updated'
                : 'text'),
          // "will mark the 2020 war": the war named by its year has happened, whatever the clause's tense.
          ...(expression.form.kind === 'year' && expression.form.past
            ? { tense: 'past' as const, tenseMarked: true }
            : tenseReadingKept(doc.text, sentence, expression)),
          ...(toldAheadInThePast(doc.text, sentence, expression) && { toldAhead: true }),
        }),
      );
    }
  }
  const scanned: ScannedDocument = {
    doc,
    sentences,
    headers,
    mentions,
    leadParagraph: leadParagraph(doc.text, sentences),
  };
  if (!dottedEither && !headers.some(isDottedEither)) return scanned;
  const order = dottedOrderShown(mentions, headers);
  const settled = settleDottedOrder(
    doc.text,
    mentions,
    headers,
    order,
    "as the page's other dates are written",
    !showsDottedOrder(mentions, headers),
  );
  const undecided = settled.mentions.length < mentions.length || settled.headers.length < headers.length;
  return {
    ...scanned,
    ...settled,
    ...(order === 'none' && undecided && { undecidedDotted: { mentions, headers } }),
  };
}

/**
 * The order an outlet writes its dates in, from its other documents: dotted dates in either order in a
 * document that shows none are read in it. An outlet whose documents show both orders settles nothing.
 */
export function settleByOutlet(scanned: ScannedDocument[]): ScannedDocument[] {
  if (!scanned.some((s) => s.undecidedDotted)) return scanned;
  const outletOf = (s: ScannedDocument) => s.doc.meta.outlet?.value.toLowerCase() ?? null;
  const shown = new Map<string, DottedOrder>();
  for (const s of scanned) {
    const outlet = outletOf(s);
    if (outlet === null) continue;
    const order = dottedOrderShown(s.mentions, s.headers);
    const before = shown.get(outlet) ?? 'none';
    shown.set(outlet, before === 'none' ? order : order === 'none' || order === before ? before : 'both');
  }
  return scanned.map((s) => {
    const outlet = outletOf(s);
    const order = outlet === null ? undefined : shown.get(outlet);
    if (!s.undecidedDotted || (order !== 'dayFirst' && order !== 'monthFirst')) return s;
    const { undecidedDotted, ...rest } = s;
    return {
      ...rest,
      ...settleDottedOrder(
        s.doc.text,
        undecidedDotted.mentions,
        undecidedDotted.headers,
        order,
        `as ${s.doc.meta.outlet?.value ?? 'the outlet'}'s other pieces write their dates`,
      ),
    };
  });
}

type DottedOrder = 'dayFirst' | 'monthFirst' | 'none' | 'both';

const WRITTEN_DAY_FIRST = /(?:^|\s)\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\p{Lu}\p{Ll}/u;
const WRITTEN_MONTH_FIRST = /\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?!\d)/u;

/** The order a document's own dates show: dotted ones only one order allows, or ones written out. */
function dottedOrderShown(mentions: ScannedMention[], headers: HeaderDate[] = []): DottedOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const { expression: e } of [...mentions, ...headers]) {
    if (e.form.kind !== 'calendar' || e.form.day === undefined) continue;
    if (e.form.dotted === 'dayFirst') dayFirst = true;
    else if (e.form.dotted === 'monthFirst') monthFirst = true;
    else if (e.form.dotted === undefined && /\d/.test(e.text)) {
      if (WRITTEN_DAY_FIRST.test(e.text)) dayFirst = true;
      else if (WRITTEN_MONTH_FIRST.test(e.text)) monthFirst = true;
    }
  }
  return dayFirst ? (monthFirst ? 'both' : 'dayFirst') : monthFirst ? 'monthFirst' : 'none';
}

/**
 * "04.11.2021" may be 4 November or 11 April: the writer's order shows in the document's other dates, a
 * dotted one only one order allows ("13.09.2022") or one written out ("13 September" is day first,
 * "September 13" month first). Shown one order only, the document's ambiguous dotted dates are read in it;
 * shown none (and its outlet none) or both, they are left undated rather than read in a guessed order. A
 * header's date line may also be settled as the header reader settles it (a weekday in the lead);
 * unsettled, it dates nothing.
 */
function settleDottedOrder(
  text: string,
  mentions: ScannedMention[],
  headers: HeaderDate[],
  order: DottedOrder,
  orderWhy: string,
  leadFirst = false,
): { mentions: ScannedMention[]; headers: HeaderDate[] } {
  const out: ScannedMention[] = [];
  const settledHeaders = new Map<HeaderDate, HeaderDate | null>();
  for (const m of mentions) {
    const f = m.expression.form;
    if (f.kind !== 'calendar' || f.dotted !== 'either') {
      out.push(m);
      continue;
    }
    const header =
      m.role === 'text' ? undefined : headers.find((h) => h.expression.start === m.expression.start);
    const settledHead = header && settledHeader(text, header, order, orderWhy, leadFirst);
    // Unsettled, a dotted date is read day first: dots part the numbers of day-first writing (European,
    // Asian), while the US writes slashes; no outlet in the evaluation sets prints a dotted date month first.
    let swap = order === 'monthFirst';
    // The header's expression is read apart from the sentence's: the same reading has another form object.
    const head = settledHead?.expression.form;
    if (head?.kind === 'calendar') swap = head.month !== f.month;
    const form = swap ? { ...f, month: f.day!, day: f.month } : f;
    const expression = { ...m.expression, form };
    out.push({ ...m, expression });
    if (header && settledHead) settledHeaders.set(header, { ...settledHead, expression });
  }
  // A stamp above the body ("03.10.2023" under the headline) is no sentence's mention: it is settled the same way.
  for (const header of headers) {
    if (settledHeaders.has(header) || !isDottedEither(header)) continue;
    settledHeaders.set(header, settledHeader(text, header, order, orderWhy, leadFirst));
  }
  if (!settledHeaders.size) return { mentions: out, headers };
  const kept = headers.flatMap((h) => {
    const settled = settledHeaders.get(h);
    return settled === undefined ? [h] : settled === null ? [] : [settled];
  });
  return { mentions: out, headers: kept };
}

function isDottedEither(h: HeaderDate): boolean {
  return h.expression.form.kind === 'calendar' && h.expression.form.dotted === 'either';
}

/**
 * The page's (or its outlet's) order, else the lead's day as the header reader reads it; else nothing.
 * `leadFirst`: the page's order shows only in dates written out ("On April 11"), the style of its prose
 * (or its translation), not of the site's numeric stamp, so the lead's day is asked first.
 */
function settledHeader(
  text: string,
  header: HeaderDate,
  order: DottedOrder,
  orderWhy: string,
  leadFirst: boolean,
): HeaderDate | null {
  const f = header.expression.form;
  if (f.kind !== 'calendar') return header;
  const byLead = () => {
    const lead = readSlashDate(header.expression.text.replace(/^\D+/, ''), text.slice(header.line.end));
    if (!lead) return null;
    const form = lead.date.month !== f.month ? { ...f, month: f.day!, day: f.month } : f;
    return { ...header, expression: { ...header.expression, form }, order: lead.why };
  };
  const first = leadFirst ? byLead() : null;
  if (first) return first;
  // "12.06.2024 13:41" over prose that spells "June 12": sites that part a stamp's numbers with dots write
  // them day first, whatever order the prose (often a translation's) spells its dates in.
  if (leadFirst && order === 'monthFirst' && /^\D*\d{1,2}\.\d{1,2}\./.test(header.expression.text))
    return { ...header, order: 'read day first, as dotted stamps are written' };
  if (order === 'dayFirst' || order === 'monthFirst') {
    const form = order === 'monthFirst' ? { ...f, month: f.day!, day: f.month } : f;
    const how = order === 'dayFirst' ? 'day first' : 'month first';
    return { ...header, expression: { ...header.expression, form }, order: `read ${how}, ${orderWhy}` };
  }
  return (leadFirst ? null : byLead()) ?? { ...header, order: 'read day first, as dotted dates are written' };
}

/** Whether a dotted date only one order allows ("13.09.2022") shows the page's order, not only prose. */
function showsDottedOrder(mentions: ScannedMention[], headers: HeaderDate[]): boolean {
  return [...mentions, ...headers].some(({ expression: e }) => {
    const dotted = e.form.kind === 'calendar' ? e.form.dotted : undefined;
    return dotted === 'dayFirst' || dotted === 'monthFirst';
  });
}

/**
 * A record's label line ("tabled on 2 October 2023") names the record; "Answered on 10 October 2023" is the
 * day a written answer was published, a header date as a Published: line is.
 */
function recordLabel(text: string, e: DateExpression, headers: HeaderDate[]): 'published' | 'name' | null {
  if (e.form.kind !== 'calendar') return null;
  const label = recordLabelAt(text, e.start, e.end);
  if (label !== 'answered') return label && 'name';
  if (e.form.year === undefined || e.form.day === undefined) return 'name';
  const lineStart = text.lastIndexOf('\n', e.start - 1) + 1;
  headers.push({
    start: e.start,
    end: e.end,
    role: 'published',
    expression: e,
    line: { start: lineStart, end: e.end },
  });
  return 'published';
}

/** "by Orders of 7 December 2021 and 22 February 2023": the next date in a list of the instruments' dates. */
function nextNameInList(text: string, previous: ScannedMention | undefined, e: DateExpression): boolean {
  // "the conflicts of the 1990s and 2020": a year after an event's named year or decade names one too.
  const listed =
    e.form.kind === 'calendar' ||
    ((e.form.kind === 'year' || e.form.kind === 'decade') &&
      (previous?.expression.form.kind === 'year' || previous?.expression.form.kind === 'decade'));
  if (previous?.role !== 'name' || !listed) return false;
  return /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(previous.expression.end, e.start));
}

function isNameDate(text: string, e: DateExpression): boolean {
  // A span of years names a series of documents as a year names one ("the trilateral statements of
  // 2020-2022"): a name, no event (CONVENTIONS row AR).
  const named = e.form.kind === 'calendar' || e.form.kind === 'year';
  return (named && inDocumentName(text, e.start, e.end)) || namesEventByYear(text, e);
}

/** A stamp is short: a clock time, a zone and a full date. */
const MAX_STAMP_CHARS = 60;
const CLOCK = /\d{1,2}[:.]\d{2}/;
/** What may stand beside the date on a stamp's line: separators, a clock time, a zone. */
const STAMP_REST =
  /^[\s,|·•–—-]*(?:(?:[Aa]t\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?)?[\s,|·•–—-]*$/;

/**
 * "Source: AzTV, Baku, in Azeri 1700 gmt 11 Apr 24", "Source: Defence Ministry, 12 March 2024": a credit line
 * names where the text came from and when that source ran it, never an event the text tells.
 */
const SOURCE_CREDIT = /^[ \t]*(?:sources?|credit)[ \t]*:[^\n]{0,80}$/i;

/**
 * "9:12 p.m. ET, September 19, 2023" alone on its line: a live page stamps each post with its time
 * and day, anywhere down the page. The stamp dates the post, not an event the post tells.
 */
function isStampLine(text: string, e: DateExpression): boolean {
  if (e.form.kind !== 'calendar') return false;
  const lineStart = text.lastIndexOf('\n', e.start - 1) + 1;
  if (SOURCE_CREDIT.test(text.slice(lineStart, e.start))) return true;
  if (e.form.year === undefined || e.form.day === undefined) return false;
  const next = text.indexOf('\n', e.end);
  const lineEnd = next < 0 ? text.length : next;
  if (lineEnd - lineStart > MAX_STAMP_CHARS) return false;
  if (!CLOCK.test(text.slice(lineStart, lineEnd))) return false;
  return STAMP_REST.test(`${text.slice(lineStart, e.start)} ${text.slice(e.end, lineEnd)}`);
}

/** Headlines and header lines are short or unpunctuated; the lead is the first paragraph that reads as prose. */
function leadParagraph(text: string, sentences: Sentence[]): number | null {
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    // A photo caption atop the body tells what the picture shows, not the day's news.
    if (s.index < 3 && isPhotoCaption(lineAt(text, s.start))) continue;
    if (body.split(/\s+/).length >= 8 && /[.!?]["”’)]?$/.test(body)) return s.paragraph;
  }
  return null;
}

function firstSentenceStarts(sentences: Sentence[]): number[] {
  const starts: number[] = [];
  let last = -1;
  for (const s of sentences) {
    if (s.paragraph !== last) starts.push(s.start);
    last = s.paragraph;
  }
  return starts;
}

/** The line of text around an offset. */
function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}
