import { allMatches } from '../../extract/statements/allMatches.ts';
import { MONTH_NAMES, WEEKDAYS } from '../calendarNames.ts';
import { type DateParts, parseWholeDate } from './dateText.ts';
import { FOREIGN_PUBLISHED_WORDS, FOREIGN_REVISION_WORDS } from './revisionWords.ts';

/**
 * Date lines in layouts other than the agencies' (dateline.ts reads those):
 *   (Yerevan, November 14, 2023) – …          a rights group's or an NGO's release
 *   Baku, 5 October 2023, No:512/23           a ministry's place and date with its file number
 */

/** One place: "Yerevan", "New York", "Washington, D.C." is two. */
const PLACE = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}$/u;
/** The bracket, then a dash, or (with a full date inside) straight into the sentence. */
const BRACKETED = /^\(([^()\n]{3,80})\)(?:[ \t]*[-–—]+(?=\s)|(?=[ \t]+\p{Lu}))/u;
/** "GENEVA (26 September 2023) – The …": the place outside the bracket, a sentence after the dash. */
const PLACE_THEN_BRACKET =
  /^(\p{Lu}[^()\n]{1,40}?)[ \t]*\(([^()\n]{3,40})\)[ \t]*[-–—]+(?=\s+["“‘'\p{Lu}\p{N}])/u;

/**
 * "(Yerevan, November 14, 2023) –", "(Brussels, 26 September 2023) The …", "GENEVA (26 September
 * 2023) –": places and a date in brackets, the way rights groups and UN agencies open releases.
 */
export function readBracketedDateline(head: string): { end: number; date: DateParts } | null {
  const outside = PLACE_THEN_BRACKET.exec(head);
  if (outside) {
    const date = parseWholeDate(outside[2]!);
    const places = outside[1]!.split(/\s*,\s*/);
    if (date?.day !== undefined && places.every((p) => PLACE.test(p)))
      return { end: outside[0].length, date };
  }
  const m = BRACKETED.exec(head);
  if (!m) return null;
  const dashed = /[-–—]$/.test(m[0]);
  const segments = m[1]!.trim().split(/\s*,\s*/);
  for (let k = 1; k < segments.length; k++) {
    if (!PLACE.test(segments[k - 1]!)) return null;
    const date = parseWholeDate(segments.slice(k).join(', '));
    if (date && (dashed || (date.day !== undefined && date.year !== undefined)))
      return { end: m[0].length, date };
    if (date) return null;
  }
  return null;
}

/** ", No:512/23", "No. 0417/2023", "Ref. 12-34": an office's file number closing its date line. */
const FILE_NUMBER = /[ \t]*,?[ \t]*(?:No|Nr|Ref|№)\.?[ \t]*:?[ \t]*[\p{N}][\p{L}\p{N}./-]*[ \t]*$/u;

/** The line without a file number at its end, or null when it ends with none. */
export function withoutFileNumber(line: string): string | null {
  const m = FILE_NUMBER.exec(line);
  return m && m.index > 0 ? line.slice(0, m.index) : null;
}

/** "Department Press Briefing – September 26, 2023", "Daily briefing | 26.09.2023": a title, a dash, the day. */
const AFTER_DASH = /\s[–—|-]\s+([^–—|]{6,40})$/u;
/**
 * Records issued day by day are titled with their day; any other headline ending with a date
 * ("The day the city fell – September 19, 2023") may name the day of its story.
 */
const RECORD_TITLE =
  /\b(?:briefings?|press\s+conference|news\s+conference|transcript|remarks|readout|statement|press\s+release|bulletin|update|digest|situation\s+report|daily|weekly|round-?up)\b/i;

/** The full date (day and year) a record's title ends with after a dash or bar, with the words that gave it. */
export function dateEndingHeadline(headline: string): { date: DateParts; written: string } | null {
  const m = AFTER_DASH.exec(headline);
  if (!m || !RECORD_TITLE.test(headline.slice(0, m.index))) return null;
  const date = m && parseWholeDate(m[1]!);
  if (!date || date.day === undefined || date.year === undefined) return null;
  return { date, written: m![1]!.trim() };
}

/**
 * "03/10/2023", "03.10.2023", "03-10-2023", "08/14/23": day and month in an order the writing may not tell.
 * A two-digit year is the writer's own, in full (as in an agency's "03.03.21").
 */
const SLASH_DATE = /^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?=$|[\s,|·•–—-])/;
const fullYear = (y: string) => (y.length === 4 ? y : String((Number(y) < 70 ? 2000 : 1900) + Number(y)));
/**
 * "announced on Tuesday", or as wire copy writes it, "announced Tuesday", "early Tuesday": the day told,
 * not one counted from it ("last Tuesday", "since Tuesday") nor a day's thing ("Tuesday's vote").
 */
const NOT_TOLD_BEFORE = String.raw`(?<!\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast|[Pp]revious|[Ff]ollowing|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter|[Ee]very|[Ee]ach|[Tt]hrough|[Tt]o)\s+)`;
const LEAD_WEEKDAY = new RegExp(
  `(?:\\b(?:on|On)\\s+|${NOT_TOLD_BEFORE}\\b)(${WEEKDAYS.join('|')})\\b(?!['’]s\\b)`,
);
/**
 * "Actualizado:10/11/2020 12:41h", "Pubblicato il 05/10/2023": a stamp labelled in a language other than
 * English is the site's own, and every language whose labels we read writes the day first; the lead's days
 * (which a translated lead may tell in any order, or from weeks back) do not turn it.
 */
const FOREIGN_LABEL = new RegExp(
  `(?:^|[^\\p{L}])(${FOREIGN_REVISION_WORDS}|${FOREIGN_PUBLISHED_WORDS})(?![\\p{L}])`,
  'iu',
);
/** The lead is the first paragraph of running text: at least this many words. */
const LEAD_WORDS = 8;

/**
 * "03/10/2023 - 16:42": day and month order is not written, so a slash date is read only when one
 * order alone is a date (13/10/2023), both orders are the same day, or the lead settles it: a
 * weekday in the lead ("announced on Tuesday") is the piece's day or the day before, as wire
 * copy tells the day's news, and it fits one reading only; with no weekday, the first day the lead
 * names with its month ("Since 19 September") falls in the month before the piece for one reading
 * only; the weekdays told further down may settle a slash date but not turn a dotted one. Otherwise a
 * dotted date is read day first, and a slash or dash date not at all.
 */
export function readSlashDate(
  value: string,
  body: string,
  line = '',
): { date: DateParts; why: string } | null {
  const read = readNumericDate(value, body, line);
  if (read) return read;
  // Unsettled, a dotted date is read day first: dots part the numbers of day-first writing (European,
  // Asian), while the US writes slashes; the one outlet in the evaluation sets that dots a date month first
  // (Reason) tells its day in the lead.
  // A weekday written beside it that fits neither order still dates nothing.
  const dated = value.replace(WEEKDAY_BEFORE, '');
  const m = SLASH_DATE.exec(dated);
  if (!m || m[2] !== '.' || WEEKDAY_BEFORE.test(value) || WEEKDAY_AFTER.test(dated.slice(m[0].length)))
    return null;
  const date = parseWholeDate(`${fullYear(m[4]!)}-${m[3]!}-${m[1]!}${dated.slice(m[0].length)}`);
  return date && { date, why: 'read day first, as dotted dates are written' };
}

function readNumericDate(value: string, body: string, line: string): { date: DateParts; why: string } | null {
  const before = WEEKDAY_BEFORE.exec(value);
  const dated = before ? value.slice(before[0].length) : value;
  const m = SLASH_DATE.exec(dated);
  if (!m) return null;
  const [a, b, year] = [m[1]!, m[3]!, fullYear(m[4]!)];
  const after = WEEKDAY_AFTER.exec(dated.slice(m[0].length));
  const rest = dated.slice(m[0].length + (after?.[0].length ?? 0));
  const readings = [
    { order: 'day first', date: parseWholeDate(`${year}-${b}-${a}${rest}`) },
    { order: 'month first', date: parseWholeDate(`${year}-${a}-${b}${rest}`) },
  ].filter((r): r is { order: string; date: DateParts } => r.date !== null);
  if (readings.length === 0) return null;
  const weekdayWritten = weekdayIndex((before ?? after)?.[1]);
  if (weekdayWritten !== null) return readByWeekday(readings, weekdayWritten, a === b);
  if (readings.length === 1 || a === b)
    return { date: readings[0]!.date, why: 'the only order that is a date' };
  const evidence = `${line}\n${body.slice(0, ORDER_EVIDENCE_CHARS)}`;
  const shown = orderShown(evidence, m[2]!);
  const written = shown && readings.find((r) => r.order === shown.order);
  if (written)
    return { date: written.date, why: `read ${shown.order}, as "${shown.written}" on the page is` };
  const label = FOREIGN_LABEL.exec(line);
  const dayFirst = label && readings.find((r) => r.order === 'day first');
  if (dayFirst) return { date: dayFirst.date, why: `read day first, as "${label![1]}" stamps are written` };
  const [lead = null, next] = openingParagraphs(body);
  const datelined = lead === null ? null : readByDatelineDay(readings, lead);
  if (datelined) return datelined;
  // A lead with no day of its own often names it in the paragraph after ("announced today. … on Saturday").
  const leadDay = lead === null ? null : leadWeekday(lead);
  const nextDay = leadDay === null && next !== undefined ? leadWeekday(next) : null;
  const weekday = leadDay ?? nextDay;
  const named = weekday === null && lead !== null ? leadNamedDay(lead) : null;
  if (weekday === null && !named) {
    // The recent days the story names ("on July 28", "on the night of August 3") tell more than the
    // order its prose (or its translation) writes them in, which need not be the site's stamp's.
    const recent = readByNamedDays(readings, body.slice(0, ORDER_EVIDENCE_CHARS));
    if (recent) return recent;
    // Last, as the date layer settles its dotted dates: the one order the page writes its dates out in.
    // Not for a dotted stamp: sites that part dates with dots write them day first, whatever order the
    // prose (often a translation's, "September 20") spells its dates in; that order would turn it.
    const spelled = m[2] === '.' ? null : writtenOrderShown(evidence);
    const reading = spelled && readings.find((r) => r.order === spelled.order);
    return reading
      ? { date: reading.date, why: `read ${spelled.order}, as the page writes "${spelled.written}"` }
      : readByLaterWeekdays(readings, body, m[2] === '.');
  }
  const fitsDay = (r: { date: DateParts }, told: number) => dayOrDayBefore(r.date, told);
  // "talks which began on Monday ended on Thursday": the lead's first weekday may open a story days long,
  // and the day it closed on is the piece's; the first weekday that fits a reading at all decides.
  const told =
    weekday === null
      ? null
      : (leadWeekdays((leadDay === null ? next : lead)!).find((w) => readings.some((r) => fitsDay(r, w))) ??
        weekday);
  const fitting = readings.filter((r) => {
    const at = Date.UTC(r.date.year!, r.date.month! - 1, r.date.day!);
    if (named) return [0, 1].some((back) => dayFitsBefore(at, r.date.year! - back, named));
    return fitsDay(r, told!);
  });
  // "Since November 10, 2020, 146 …": a day the lead names that is over a month back under either reading
  // opens a long span and tells nothing of the piece's day; the weekdays the piece tells may.
  if (named && fitting.length === 0) return readByLaterWeekdays(readings, body, m[2] === '.');
  // "gathered on Sunday evening" under 5.10.2020: Sunday is 10 May and the day before 5 October, so the
  // lead settles nothing; the weekdays the piece tells further on ("early on Monday") may.
  // The days the story names with their month ("on September 25") are surer than the later weekdays, which
  // a story days long tells from further back ("on Tuesday" under a Thursday's piece).
  if (!named && fitting.length === 2)
    return (
      readByNamedDays(readings, body.slice(0, ORDER_EVIDENCE_CHARS)) ??
      readByLaterWeekdays(readings, body, m[2] === '.')
    );
  if (fitting.length !== 1) return null;
  const other = readings.find((r) => r !== fitting[0])!.date;
  const cue = named
    ? `"${named.written}" falls within a month before it`
    : `"on ${WEEKDAYS[told!]}" is that day or the day before`;
  return {
    date: fitting[0]!.date,
    why: `read ${fitting[0]!.order}: the ${nextDay === null ? 'lead' : 'second paragraph'}'s ${cue}, not near ${other.day} ${MONTH_NAMES[other.month! - 1]}`,
  };
}

/**
 * The weekdays told below the lead are weak evidence: "On Wednesday night, … cancelled" under a Thursday's
 * 05.10.2023 fits 10 May as well as 5 October, and a later "agreed on Tuesday" need not be the day before the
 * piece's. They may settle a slash date, not turn a dotted one from the day-first order dots are written in
 * (European and Asian sites); a lead's weekday that fits one order only still may (Reason's 10.12.2020).
 */
function readByLaterWeekdays(
  readings: { order: string; date: DateParts }[],
  body: string,
  dotted: boolean,
): { date: DateParts; why: string } | null {
  const read = readByBodyWeekdays(readings, body.slice(0, ORDER_EVIDENCE_CHARS));
  const dayFirst = readings.find((r) => r.order === 'day first');
  if (!dotted || !dayFirst || read?.date === dayFirst.date) return read;
  return { date: dayFirst.date, why: 'read day first, as dotted dates are written' };
}

/** The date falls on the weekday told, or the day after it: wire copy tells the day's and yesterday's news. */
function dayOrDayBefore(date: DateParts, told: number): boolean {
  const day = new Date(Date.UTC(date.year!, date.month! - 1, date.day!)).getUTCDay();
  return day === told || (day + 6) % 7 === told;
}

/**
 * "…, told the channel on Monday" far below a lead that names no day: when every "on <weekday>" the piece
 * tells is its day or the day before under one reading only, that reading is the piece's day. A weekday
 * that fits neither reading (an earlier day of the week, a day ahead) leaves the order unread.
 */
function readByBodyWeekdays(
  readings: { order: string; date: DateParts }[],
  body: string,
): { date: DateParts; why: string } | null {
  const told = [...new Set(leadWeekdays(body))];
  if (told.length === 0) return null;
  const fitting = readings.filter((r) => told.every((w) => dayOrDayBefore(r.date, w)));
  if (fitting.length !== 1) return null;
  const named = told.map((w) => `"on ${WEEKDAYS[w]}"`).join(', ');
  return {
    date: fitting[0]!.date,
    why: `read ${fitting[0]!.order}: the piece's ${named} is that day or the day before`,
  };
}

/** A word that makes the day after it a span's start or a deadline. */
const SPAN_WORD_BEFORE = /\b(?:since|until|till|by|from|before)\s+$/i;

/**
 * Days the piece names with their month and no year ("on July 28", "on 3 August"): when some fall within
 * a month before one reading and none before the other, that reading is the piece's day.
 */
function readByNamedDays(
  readings: { order: string; date: DateParts }[],
  body: string,
): { date: DateParts; why: string } | null {
  if (readings.length !== 2) return null;
  const named = allMatches(new RegExp(DAY_MONTH.source, 'g'), body)
    // "Since September 27, the fighting has claimed …", "by November 20": a span's start or a deadline
    // tells no recent day, as "since Tuesday" tells no day told (NOT_TOLD_BEFORE).
    .filter(
      (m) => m[5] === undefined && !SPAN_WORD_BEFORE.test(body.slice(Math.max(0, m.index - 8), m.index)),
    )
    .map((m) => ({ month: monthOfWritten((m[2] ?? m[3])!), day: Number(m[1] ?? m[4]), written: m[0] }))
    .filter((d) => d.day >= 1 && d.day <= 31);
  const fits = readings.map((r) => {
    const at = Date.UTC(r.date.year!, r.date.month! - 1, r.date.day!);
    return named.filter((d) => [0, 1].some((back) => dayFitsBefore(at, r.date.year! - back, d)));
  });
  const only =
    fits[0]!.length > 0 && fits[1]!.length === 0 ? 0 : fits[1]!.length > 0 && fits[0]!.length === 0 ? 1 : -1;
  if (only < 0) return null;
  const [chosen, other] = [readings[only]!, readings[1 - only]!.date];
  return {
    date: chosen.date,
    why: `read ${chosen.order}: the piece's "${fits[only]![0]!.written}" falls within a month before it, not before ${other.day} ${MONTH_NAMES[other.month! - 1]}`,
  };
}

/** "Tuesday, 10.11.2020", "10.11.2020, Tuesday 14:35": the stamp names the day of the week beside the date. */
const WEEKDAY_NAME = '(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday|rsday)?';
const WEEKDAY_BEFORE = new RegExp(`^\\s*${WEEKDAY_NAME}\\.?,?\\s+(?=\\d)`, 'i');
const WEEKDAY_AFTER = new RegExp(`^\\s*,?\\s*${WEEKDAY_NAME}\\.?,?(?=\\s|$)`, 'i');

function weekdayIndex(written: string | undefined): number | null {
  if (written === undefined) return null;
  const at = WEEKDAYS.findIndex((w) => w.slice(0, 3).toLowerCase() === written.slice(0, 3).toLowerCase());
  return at < 0 ? null : at;
}

/**
 * A weekday written beside the date settles its order outright: 10.11.2020 is a Tuesday read day first and
 * a Sunday read month first. A weekday that fits no reading makes the line unreadable, not a guess.
 */
function readByWeekday(
  readings: { order: string; date: DateParts }[],
  weekday: number,
  sameEitherWay: boolean,
): { date: DateParts; why: string } | null {
  const fitting = readings.filter(
    (r) => new Date(Date.UTC(r.date.year!, r.date.month! - 1, r.date.day!)).getUTCDay() === weekday,
  );
  const chosen = fitting[0];
  if (!chosen || (fitting.length > 1 && !sameEitherWay)) return null;
  const { day, month, year } = chosen.date;
  const order =
    readings.length === 1 || sameEitherWay ? 'the only order that is a date' : `read ${chosen.order}`;
  return {
    date: chosen.date,
    why: `${order}: ${day} ${MONTH_NAMES[month! - 1]} ${year} was a ${WEEKDAYS[weekday]}, as the line says`,
  };
}

/** The page's other dates are looked for this far into the text after the stamp. */
const ORDER_EVIDENCE_CHARS = 20_000;
const NUMERIC_DATES = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/-]|\.\d)/g;

/**
 * The order the page writes its numeric dates in, shown by one that only one order makes a date
 * ("Updated 14/12/2022" beside "Published 04/12/2022"): the same separator, and one order alone shown.
 */
function orderShown(text: string, separator: string): { order: string; written: string } | null {
  let found: { order: string; written: string } | null = null;
  for (const m of allMatches(NUMERIC_DATES, text)) {
    if (m[2] !== separator) continue;
    const [a, b] = [Number(m[1]), Number(m[3])];
    const order =
      a > 12 && b >= 1 && b <= 12 ? 'day first' : b > 12 && a >= 1 && a <= 12 ? 'month first' : null;
    if (order === null || b > 31 || a > 31) continue;
    if (found && found.order !== order) return null;
    found ??= { order, written: m[0] };
  }
  return found;
}

/** A month as news writes it, in full or short ("Sept. 27", "5 Oct"). */
const MONTH_WRITTEN = `${MONTH_NAMES.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?`;
const monthOfWritten = (word: string) => MONTH_NAMES.findIndex((n) => n.startsWith(word.slice(0, 3))) + 1;
const WRITTEN_DAY_FIRST = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_WRITTEN})(?!\\w)`);
const WRITTEN_MONTH_FIRST = new RegExp(`\\b(?:${MONTH_WRITTEN})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?![\\d:])`);

/**
 * The order the page writes its dates out in, when it writes them one way only: "On 29 September" is day
 * first, "On September 29" month first. The date layer reads the page's dotted dates in that order (see
 * settleDottedOrder in src/extract/dates/scan.ts), so the stamp it dates the piece by is Published too.
 */
function writtenOrderShown(text: string): { order: string; written: string } | null {
  const dayFirst = WRITTEN_DAY_FIRST.exec(text);
  const monthFirst = WRITTEN_MONTH_FIRST.exec(text);
  if (dayFirst && !monthFirst) return { order: 'day first', written: dayFirst[0] };
  if (monthFirst && !dayFirst) return { order: 'month first', written: monthFirst[0] };
  return null;
}

/** "06-10-2023 | Article": a date in an order not written, beside labels or a byline, settled as readSlashDate does. */
export function readSlashDateInParts(line: string, body: string): { date: DateParts; why: string } | null {
  if (!/\d[/.-]\d{1,2}[/.-]\d/.test(line)) return null;
  let found: string | null = null;
  for (const part of splitParts(bylineDashAsBar(withoutRevisionStamp(line.trim())))) {
    if (SLASH_DATE.test(part)) {
      if (found !== null) return null;
      found = part;
    } else if (
      NOT_PUBLISHED.test(part) ||
      !OTHER_PARTS.some((re) => re.test(part.replace(LEADING_MARKS, '')))
    )
      return null;
  }
  return found === null ? null : readSlashDate(found, body);
}

/** A day in the lead falls this many days before the piece at most: the lead tells recent news. */
const LEAD_DAY_SPAN = 31;
const MONTH_WORD = `(${MONTH_WRITTEN})`;
const DAY_MONTH = new RegExp(
  `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD}(?!\\w)|${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)(?:,?\\s+(\\d{4})\\b)?`,
);

/** The first day the lead writes with its month ("Since 19 September", "on September 19, 2023"). */
function leadNamedDay(lead: string): { month: number; day: number; year?: number; written: string } | null {
  const m = DAY_MONTH.exec(lead);
  if (!m) return null;
  const month = monthOfWritten((m[2] ?? m[3])!);
  const day = Number(m[1] ?? m[4]);
  if (day < 1 || day > 31) return null;
  return { month, day, ...(m[5] && { year: Number(m[5]) }), written: m[0] };
}

/** A dateline's date sits in its first characters: "Moscow, 12 Nov /Agerpres/ -", "YEREVAN, March 3 (AP) —". */
const DATELINE_DATE_CHARS = 40;

/**
 * "Data publicarii: 12-11-2020 16:40" over "Moscow, 12 Nov /Agerpres/ - …": an agency's dateline repeats the
 * day of its stamp with the month named, so the one reading that is that very day is the stamp's order.
 */
function readByDatelineDay(
  readings: { order: string; date: DateParts }[],
  lead: string,
): { date: DateParts; why: string } | null {
  const opening = lead.trimStart();
  const m = DAY_MONTH.exec(opening);
  if (!m || m.index > DATELINE_DATE_CHARS) return null;
  const named = leadNamedDay(m[0]);
  if (!named) return null;
  const same = readings.filter(
    (r) =>
      r.date.month === named.month &&
      r.date.day === named.day &&
      (named.year === undefined || named.year === r.date.year),
  );
  if (same.length !== 1) return null;
  return { date: same[0]!.date, why: `read ${same[0]!.order}, as the dateline's "${named.written}" is` };
}

function dayFitsBefore(
  at: number,
  year: number,
  named: { month: number; day: number; year?: number },
): boolean {
  if (named.year !== undefined && named.year !== year) return false;
  const days = (at - Date.UTC(year, named.month - 1, named.day)) / 86_400_000;
  return days >= 0 && days <= LEAD_DAY_SPAN;
}

/**
 * The first two paragraphs of running text, each long enough and ending like a sentence (a headline below
 * the stamp does not): the lead and the one after it.
 */
function openingParagraphs(body: string): string[] {
  const found: string[] = [];
  for (const paragraph of body.split(/\n\s*\n/)) {
    const t = paragraph.trim();
    if (t.split(/\s+/).length >= LEAD_WORDS && /[.!?]["”’)]?$/.test(t) && found.push(paragraph) === 2) break;
  }
  return found;
}

function leadWeekdays(lead: string): number[] {
  return allMatches(new RegExp(LEAD_WEEKDAY.source, 'g'), lead).map((m) => WEEKDAYS.indexOf(m[1]!));
}

function leadWeekday(lead: string): number | null {
  const m = LEAD_WEEKDAY.exec(lead);
  return m ? WEEKDAYS.indexOf(m[1]!) : null;
}

/**
 * A site's date line in parts: "By Jane Doe | September 26, 2023", "News | 26 September 2023",
 * "Sep 26, 2023 · 3 min read", "4 October 2023 · 41 min" (a podcast's length), "September 26, 2023 By Jane Doe",
 * "Jane Doe   |26.09.2023", "⚡️ Monitor |
 * Evening digest, 26.09.2023". One part is the full date (alone, or after an edition's label); the
 * others are a byline, a section or a name, a reading time or a clock time. A revision stamp closing
 * the line ("- Update : 27.09.2023") is set aside; a line that otherwise says "updated" or "modified"
 * is not read: that date is not the publication's. "Published on <date>, at <time>" is read here too, and a
 * name and a date with no separator ("Nune Harutyunyan Oct 4, 2023") unless `bylineWithoutSeparator` is false.
 */
const PART_SEPARATOR = /\s+[|·•]\s*|\s*[|·•]\s+|\s+(?=[Bb]y\s+\p{Lu})/u;
/** What every PART_SEPARATOR match holds: a line without it is one part, and is not scanned for one. */
const MAY_PART = /[|·•]|[Bb]y\s/;
const splitParts = (line: string): string[] => (MAY_PART.test(line) ? line.split(PART_SEPARATOR) : [line]);
/**
 * "BY JANE DOE, OPINION CONTRIBUTOR - 08/14/23 2:00 PM ET", "By Jane Doe, Reuters — September 26, 2023": a
 * byline (with its role or outlet after a comma), a dash, the date. Only after a byline is the dash a
 * separator: in a headline ("Department Press Briefing – September 26, 2023") it is part of the title.
 */
const BYLINE_DASH = /^([Bb][Yy]\s+\p{Lu}[\p{L}\p{M}.'’ ,-]{1,80}?)\s+[-–—]\s+(?=\d|\p{Lu})/u;

function bylineDashAsBar(line: string): string {
  const m = BYLINE_DASH.exec(line);
  return m ? `${m[1]} | ${line.slice(m[0].length)}` : line;
}
const NOT_PUBLISHED = new RegExp(
  `\\b(?:updated?|modified|edited|revised|last|${FOREIGN_REVISION_WORDS})\\b`,
  'i',
);
/** A month or weekday name, written out or cut to three letters ("Dec", "Thu."), then a space. */
const CALENDAR_WORD = `(?:${[...WEEKDAYS, ...MONTH_NAMES].map((n) => n.slice(0, 3)).join('|')})[a-z]*\\.?\\s`;
/**
 * "- Update : 28.09.2023", ", updated at 6:03 pm", "| Last modified Sep 27, 2023", "(updated: 19:05 14.09.2022)":
 * a revision stamp after the date.
 */
const REVISION_STAMP = new RegExp(
  `[|·•–—,;(-]\\s*(?:(?:last\\s+)?(?:updated?|modified|edited|revised)|${FOREIGN_REVISION_WORDS})(?:\\s+(?:on|at))?\\s*:?\\s*(?:\\d|${CALENDAR_WORD})[^|·•]*$`,
  'i',
);
/** Emoji and marks a channel puts before its name ("⚡️ Karabakh Monitor"). */
const LEADING_MARKS = /^[^\p{L}\p{N}"“]+/u;
const OTHER_PARTS = [
  /^by\s+\p{Lu}[\p{L}\p{M}.'’ -]{1,60}(?:,\s*\p{Lu}[\p{L}\p{M}.'’ -]{1,40})?$/iu,
  // "3 min read", a podcast's or a video's length: "41 min", "1 hr 5 min", "12 min listen".
  /^(?:\d{1,2}\s*(?:h|hrs?|hours?)\s*)?\d{1,3}\s*(?:min|mins|minutes?)(?:\s+(?:read|listen|watch))?$/i,
  /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/i,
  /^\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+[\p{L}\p{M}.'’&-]+){0,3}$/u,
  // A broadcast rundown's or a print page's slot: "ITEM 03", "Page 4", "Issue No. 12" (never a month's day).
  new RegExp(`^(?!${CALENDAR_WORD})\\p{Lu}[\\p{L}]{2,9}\\.?\\s+(?:no\\.?\\s*|#\\s*)?\\d{1,4}$`, 'iu'),
  // "RUNDOWN: EVENING BULLETIN 21:00", "Programme: World Tonight", "LATE NEWS 22:30": a show, maybe its hour.
  /^(?:\p{Lu}[\p{L} ]{1,20}:\s+)?\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+[\p{L}\p{M}.'’&-]+){0,3}(?:\s+\d{1,2}[:.]\d{2})?$/u,
];

export function readDateInParts(line: string, { bylineWithoutSeparator = true } = {}): DateParts | null {
  const whole = line.trim();
  const kept = withoutRevisionStamp(whole);
  const parts = splitParts(bylineDashAsBar(kept)).flatMap((p) =>
    bylineWithoutSeparator ? dashedParts(p) : [p],
  );
  if (NOT_PUBLISHED.test(kept.replace(EDITIONS, ''))) return null;
  const stamped = readPublishedStamp(kept);
  if (stamped) return stamped;
  // "26.09.2023 - Update : 27.09.2023": the date before the stamp is the publication's.
  if (parts.length < 2) {
    if (kept !== whole) return fullDate(parseWholeDate(kept));
    return (
      readDateThenCommaParts(kept) ??
      (bylineWithoutSeparator ? (readBylineAndDate(kept) ?? readDateThenPlace(kept)) : null)
    );
  }
  let found: DateParts | null = null;
  for (const part of parts) {
    const date = parseWholeDate(part) ?? readEditionDate(part);
    if (date?.day !== undefined && date.year !== undefined) {
      if (found) return null;
      found = date;
    } else if (!isOtherPart(part) && !isSectionList(part)) return null;
  }
  return found;
}

const isOtherPart = (part: string) => OTHER_PARTS.some((re) => re.test(part.replace(LEADING_MARKS, '')));

/** "World, Asia-Pacific": the sections a site files a piece under, named after its date. */
const isSectionList = (part: string) => part.includes(',') && part.split(/\s*,\s*/).every(isOtherPart);

/**
 * "KYODO NEWS - Sep 29, 2023 - 21:14": below the headline a wire's stamp sets its name, the day and the
 * hour apart with spaced dashes. A part that holds no date by itself is read in those pieces.
 */
const SPACED_DASH = /\s+[-–—]\s+/u;

function dashedParts(part: string): string[] {
  if (!SPACED_DASH.test(part) || parseWholeDate(part)) return [part];
  return part.split(SPACED_DASH);
}

/**
 * A serial's edition, closing its label: a digest, bulletin, newsletter, situation report, a numbered update,
 * a spokesperson's Q&A ("Armenia – Q&A (26 Sept. 2023)"), a monitoring service's press review.
 */
const EDITION =
  /\b(?:digest|edition|bulletin|newsletter|briefing|round-?up|sitrep|situation\s+report|(?:press|media|news)\s+review|q\s?&\s?a|update(?=\s+(?:no\.?|#|n°)\s*\d))(?:\s+(?:no\.?|#|n°)\s*\d+)?$/i;
/**
 * "Evening digest, 17.04.2024", "Press briefing of 26 September 2023", "Flash Update No. 3 (as of 3 October
 * 2023)": the label, then its day.
 */
const EDITION_AND_DATE =
  /^([^:]{3,60}?)(?:,\s*|\s+[–—-]\s+|\s+of\s+|\s*\((?:as\s+(?:of|at)\s+)?)([^,()]{6,40}?)\)?$/iu;
const EDITIONS = new RegExp(EDITION.source.replace(/\$$/, ''), 'gi');
/**
 * "No. 212 (5431), 17 November 2021": a printed paper's issue line, the year's issue number (maybe the
 * running one in brackets), then the day that issue came out.
 */
const ISSUE = /^(?:issue\s+)?(?:no\.|n°|№|#)\s*\d{1,5}(?:\s*\(\d{1,6}\))?$/iu;
/**
 * "FALTER 41/2023", "Issue 41/2023", "Nr. 51-52/2023": a weekly or monthly numbers its issues within the year,
 * after its masthead (a few capitalised words) or an issue word. The year written after the slash must be the
 * year of the day the line gives.
 */
const YEAR_ISSUE =
  /^(?:\p{Lu}[\p{L}\p{M}'’&.-]*\s+){0,3}(?:(?:[Ii]ssue|[Nn]o\.|[Nn]r\.|n°|№|#)\s*)?\d{1,3}(?:[-–]\d{1,3})?\/(\d{4})$/u;
const MAX_EDITION_LABEL_WORDS = 6;

/**
 * The day of a serial's edition, from a header line naming the edition and one full date:
 * "Evening digest, 17.04.2024", "Situation Report No. 12 (as of 3 October 2023)", a paper's issue line
 * "No. 212 (5431), 17 November 2021". Revision words
 * ("Last updated, …") are no edition.
 */
export function readEditionDate(line: string, body = ''): DateParts | null {
  return readEdition(line, body)?.date ?? null;
}

/**
 * As readEditionDate, with how a numeric day's order was settled when the line alone does not show it: a
 * weekly's issue line "FALTER 41/2023 of 11.10.2023" writes its day as its home country does, in numbers.
 */
export function readEdition(line: string, body = ''): { date: DateParts; why?: string } | null {
  const m = EDITION_AND_DATE.exec(line.replace(LEADING_MARKS, '').trim());
  if (!m) return null;
  const label = m[1]!;
  const issueYear = YEAR_ISSUE.exec(label.trim())?.[1];
  if (issueYear) {
    const written = fullDate(parseWholeDate(m[2]!));
    const read = written ? { date: written } : readSlashDate(m[2]!, body);
    return read?.date.year === Number(issueYear) ? read : null;
  }
  const date = readEditionLabel(label, m[2]!);
  return date && { date };
}

function readEditionLabel(label: string, written: string): DateParts | null {
  if (ISSUE.test(label.trim())) return fullDate(parseWholeDate(written));
  if (!EDITION.test(label) || NOT_PUBLISHED.test(label.replace(EDITIONS, ''))) return null;
  if (label.split(/\s+/).length > MAX_EDITION_LABEL_WORDS) return null;
  return fullDate(parseWholeDate(written));
}

/** The line without a revision stamp at its end ("…, updated at 6:03 pm"); the line itself when it has none. */
export function withoutRevisionStamp(line: string): string {
  const stamp = REVISION_STAMP.exec(line);
  // The stamp's pattern does not take the spaces before it (a leading \s* made the search slow).
  const kept = stamp ? line.slice(0, stamp.index).trimEnd() : '';
  return kept ? kept : line;
}

/**
 * "Published on December 15, 2022, at 11:52 am (Paris), updated at 6:03 pm", "Posted 26 September 2023":
 * the field word without a colon, then a full date and nothing but a time or a revision stamp.
 */
const PUBLISHED_STAMP = /^(published|first published|posted)(?:\s+(?:on|at))?\s+(.+)$/i;

function readPublishedStamp(line: string): DateParts | null {
  const m = PUBLISHED_STAMP.exec(line.trimStart());
  return m ? fullDate(parseWholeDate(withoutRevisionStamp(m[2]!))) : null;
}

/** One word of a person's name in a byline: "Harutyunyan", "O’Neill", "Jean-Luc", an initial "J.". */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$|^\p{Lu}\.$/u;
/** "By" and four names, a weekday, a date and a clock time fit in this. */
const MAX_BYLINE_CHARS = 80;
const CALENDAR_NAMES = new Set([...WEEKDAYS, ...MONTH_NAMES].map((n) => n.toLowerCase()));

/**
 * "Nune Harutyunyan Oct 4, 2023", "By Jane Doe 26 September 2023": a byline with the full date after the
 * name and no separator, as many sites set them. The name is two to four capitalised words, none a
 * month or weekday; anything else before the date (a headline's words) gives no date.
 */
function readBylineAndDate(line: string): DateParts | null {
  if (line.length > MAX_BYLINE_CHARS || !/\d/.test(line)) return null;
  const words = line.trim().split(/\s+/);
  const first = /^by$/i.test(words[0] ?? '') ? 1 : 0;
  for (let k = first + 2; k <= Math.min(first + 4, words.length - 1); k++) {
    const date = fullDate(parseWholeDate(words.slice(k).join(' ')));
    if (!date) continue;
    const name = words.slice(first, k);
    const isName = name.every(
      (w) => NAME_WORD.test(w) && !CALENDAR_NAMES.has(w.replace(/\.$/, '').toLowerCase()),
    );
    return isName ? date : null;
  }
  return null;
}

/** One to three capitalised words: a place ("Goris", "New York") or an office. */
const PLACE_WORDS = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}$/u;

/**
 * "28 September 2023          Goris": an official paper's date with its place set far to the right; the
 * reading keeps one space of the gap. Below the headline only: a full date, then a place, nothing else.
 */
function readDateThenPlace(line: string): DateParts | null {
  if (line.length > MAX_BYLINE_CHARS || !/\d/.test(line)) return null;
  const words = line.trim().split(/\s+/);
  for (let k = words.length - 1; k >= Math.max(1, words.length - 3); k--) {
    const date = fullDate(parseWholeDate(words.slice(0, k).join(' ')));
    if (!date) continue;
    const place = words.slice(k).join(' ');
    const named = words.slice(k).every((w) => !CALENDAR_NAMES.has(w.replace(/\.$/, '').toLowerCase()));
    return PLACE_WORDS.test(place) && named ? date : null;
  }
  return null;
}

/**
 * "Saturday September 30 2023, 12.01am, The Times", "March 4, 2024, 09:30": a full date opening the line,
 * then only a time, an outlet or a place, set off by commas.
 */
function readDateThenCommaParts(line: string): DateParts | null {
  if (line.length > MAX_BYLINE_CHARS || !line.includes(',')) return null;
  const segments = line.split(/\s*,\s*/);
  for (let k = 1; k < segments.length; k++) {
    const date = fullDate(parseWholeDate(segments.slice(0, k).join(', ')));
    if (!date) continue;
    const rest = segments.slice(k);
    return rest.every((p) => OTHER_PARTS.some((re) => re.test(p.replace(LEADING_MARKS, '')))) ? date : null;
  }
  return null;
}

function fullDate(date: DateParts | null): DateParts | null {
  return date?.day !== undefined && date.year !== undefined ? date : null;
}

/**
 * "Text of report by Azerbaijani state television AzTV on 11 April 2024", "Excerpt from article by Russian
 * newspaper Kommersant on 3 March 2021": a monitoring service's source line, naming what it translates and the
 * day that source ran it. The source's "today" and "last night" are that day's, so the item is dated by it.
 */
const SOURCE_LINE =
  /^(?:(?:text|excerpts?|summary|translation|transcript)\s+(?:of|from)\s+(?:an?\s+)?(?:\p{L}+\s+){0,2}(?:report|article|interview|commentary|programme|program|broadcast|bulletin|editorial|statement|post)s?\b)[^\n]{3,120}?\s(?:on|dated)\s+(.{6,40}?)[.:]?$/iu;

export function readSourceLine(line: string): DateParts | null {
  const m = SOURCE_LINE.exec(line.trim());
  return m ? fullDate(parseWholeDate(withoutRevisionStamp(m[1]!))) : null;
}
