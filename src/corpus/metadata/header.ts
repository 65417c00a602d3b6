import type { SourceDate, Sourced } from '../types.ts';
import { isPhotoCaption } from './caption.ts';
import {
  dateEndingHeadline,
  readDateInParts,
  readEdition,
  readSlashDate,
  readSlashDateInParts,
  readSourceLine,
  withoutRevisionStamp,
} from './dateLayouts.ts';
import { readDateline } from './dateline.ts';
import { type DateParts, parseWholeDate, toSourceDate, withAsciiDigits } from './dateText.ts';
import { type FieldLine, readFieldLine, readUrlLine } from './fields.ts';
import { DATED_HEAD_LINES, type Line, linesFrom } from './lines.ts';
import { dateOfOtherCalendarStamp } from './otherCalendar.ts';
import { FOREIGN_REVISION_WORDS, WORD_END } from './revisionWords.ts';
import { type HeaderStamp, readHeaderStamp } from './stampAnatomy.ts';

/**
 * The header block at the top of an article: a headline, field lines (`Published: …`),
 * subheadlines, section labels ("World"), repeated headlines, a byline, a date line.
 * The body begins at the first line that reads as running text (it ends like a sentence,
 * or is long) or at a dateline. Without a headline or fields, the body begins at offset 0.
 */

export interface Header {
  bodyStart: number;
  title: Sourced<string> | null;
  outlet: Sourced<string> | null;
  published: Sourced<SourceDate> | null;
  url: Sourced<string> | null;
}

/** Past this many non-blank lines without running text, the "header" is really the body. */
const MAX_HEADER_LINES = 15;
const MAX_HEADLINE_CHARS = 200;
/** An edition's name and day ("Evening digest, 17.04.2024") is read in this many first lines only. */
const EDITION_LINES = 5;
const MAX_HEADLINE_WORDS = 30;
/** One- and two-word lines above a headline are section labels ("World", "Middle East"). */
const MIN_HEADLINE_WORDS = 3;
const MARKDOWN_HEADING = /^#{1,6}\s+(.*?)\s*#*$/;
const BYLINE = /^by\s+\p{Lu}[^.!?]*$/iu;
/** "Briefing by the Spokeswoman, Moscow, October 5, 2023": a transcript's headline ends with where and when. */
const PLACE_AND_DATE_AT_END = /,\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s*([^,]+(?:,\s*\d{4})?)$/u;
const DATE_LINE_YEAR = { stated: 'the date line gives the year', missing: 'the date line gives no year' };
/**
 * "Published 28 September 2023", "Summary posted January 11, 2024", "This content was published on July 26,
 * 2023 - 16:45": the field word without a colon (after the kind of page it dates, maybe as a short sentence
 * about the page itself), then a date and nothing else.
 */
const PUBLISHED_WITHOUT_COLON =
  /^(?:(?:summary|story|article|report|transcript|statement)\s+|this\s+(?:content|article|story|page|report|item|piece|post)\s+(?:was|is|has\s+been)\s+)?(published|first published|posted)(?:\s+(?:on|at))?\s+(.+)$/i;
/** Not a letter of the Latin, Greek or Cyrillic scripts: "Обновлено 09:10 Опубликовано …" holds a second field. */
const NO_LETTER = '[^a-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF]';
const UPDATED_WITHOUT_COLON = new RegExp(
  `^(?:(?:last\\s+)?(?:updated|modified)|${FOREIGN_REVISION_WORDS})(?:\\s+(?:on|at))?\\s+${NO_LETTER}*\\d${NO_LETTER}*$`,
  'i',
);
/** "Updated Thursday, 21 September 2023 - 09:48": the field word, then a date and nothing else. */
const UPDATED_THEN_DATE = new RegExp(
  `^(?:(?:last\\s+)?(?:updated|modified)|${FOREIGN_REVISION_WORDS})(?:\\s+(?:on|at))?\\s+(.+)$`,
  'i',
);
function revisionDateLine(line: string): boolean {
  const m = UPDATED_THEN_DATE.exec(line);
  return !!m && parseWholeDate(m[1]!) !== null;
}
const AS_OF = /\(\s*as\s+(?:of|at)\s/i;
const TRAILING_CLOSERS = /["”’'»)\]*_\s]+$/u;
/** A line ending like this is running text, or continues into the next line. */
const SENTENCE_END = /[.…:;,]$/u;

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

const OPENS_LINE = /^[\p{Lu}\p{Lo}\p{N}"“‘'«#*]/u;
/**
 * "(LEAD) S. Korea welcomes …", "(2nd LD) …", "(URGENT) …", "[EXCLUSIVE] …": a wire's bracketed tag for the
 * take or the kind of story, set before its headline.
 */
const WIRE_TAG = /^[([][\p{Lu}\p{N}][\p{L}\p{N} .&'’-]{0,30}[)\]]\s+/u;
/** Short, starts like a title, does not end like a sentence: a headline, subheadline or label. */
function isHeadingLike(line: string): boolean {
  if (line.length > MAX_HEADLINE_CHARS || wordCount(line) > MAX_HEADLINE_WORDS) return false;
  if (!OPENS_LINE.test(line.replace(WIRE_TAG, ''))) return false;
  return !SENTENCE_END.test(line.replace(TRAILING_CLOSERS, ''));
}

/** "[Translated from Danish]", "[Machine translation]": a short note in square brackets, alone on its line. */
const EDITORS_NOTE = /^\[[^[\]]{1,60}\]$/;

const MAX_LABEL_WORDS = 8;

const LOWER_CASE = /^\p{Ll}/u;
function isLabelAtop(line: string): boolean {
  return (
    LOWER_CASE.test(line) &&
    wordCount(line) <= MAX_LABEL_WORDS &&
    !SENTENCE_END.test(line.replace(TRAILING_CLOSERS, '')) &&
    !/[.!?]$/.test(line.replace(TRAILING_CLOSERS, ''))
  );
}

function stripMarkup(line: string): string {
  return line.replace(/^[*_]+|[*_]+$/g, '').trim();
}

interface ScanState extends Header {
  headline: Line | null;
  /** A `Published:`-style field set the date: a date line, stated too, does not replace it, nor the reverse. */
  publishedByField?: true;
}

/** `body`: the text after the line, where the order of a slash date may be settled (see readSlashDate). */
function recordField(state: ScanState, field: FieldLine, where: string, body = '', line = ''): void {
  const why = where === 'front matter' ? `front matter ${field.key}:` : `${field.key}: line`;
  if (field.kind === 'title' && field.value && state.title?.how !== 'stated') {
    state.title = { value: field.value, how: 'stated', why };
  } else if (field.kind === 'outlet' && field.value && !state.outlet) {
    state.outlet = { value: field.value, how: 'stated', why };
  } else if (field.kind === 'url' && !state.url) {
    state.url = { value: field.value, how: 'stated', why };
  } else if (field.kind === 'published' && !state.publishedByField) {
    // "Publish date: Wednesday 23 Shahrivar 1401 - 14:12": a Solar Hijri day alone, converted, as on a date line.
    const parts =
      parseWholeDate(field.value) ?? dateBeforeByline(field.value) ?? dateOfOtherCalendarStamp(field.value);
    if (parts) {
      const date = toSourceDate(parts, {
        stated: `the ${field.key}: line gives the year`,
        missing: `the ${field.key}: line gives no year`,
      });
      state.published = { value: date, how: 'stated', why };
      state.publishedByField = true;
    } else if (!recordSlashDate(state, field.value, body, why, line)) {
      // "Published: 19 September ,2023: 10:12 AM GST Last Updated: …": the field's line read by its parts.
      const stamp = line ? readHeaderStamp(line, body) : null;
      if (stamp?.role === 'published') state.published = stampPublished(stamp, line);
    }
  } else if (field.kind === 'other' && line && !state.published && REVISION_KEY.test(field.key)) {
    // "Last Updated: Nov 11, 2020 | Published: Nov 10, 2020": a revision first, then the day of publication,
    // read by the line's parts as under a standfirst.
    const stamp = readHeaderStamp(line, body);
    if (stamp?.role === 'published') state.published = stampPublished(stamp, line);
  }
}

const REVISION_KEY = new RegExp(
  `^(?:(?:last\\s+)?(?:updated|modified)|${FOREIGN_REVISION_WORDS})${WORD_END}`,
  'i',
);

/** "September 15, 2023, by Capitol Hearing Watch staff (D. Ortner)": a full date, then who filed it. */
const THEN_BYLINE = /^(.{6,40}?),?\s+by\s+\p{L}/u;

function dateBeforeByline(value: string): DateParts | null {
  const m = THEN_BYLINE.exec(value);
  const date = m && parseWholeDate(m[1]!);
  return date?.day !== undefined && date.year !== undefined ? date : null;
}

/** A slash date whose order the text settles is inferred: the reading, not the line, gives its day. */
function recordSlashDate(state: ScanState, value: string, body: string, line: string, whole = ''): boolean {
  const slash = readSlashDate(value, body, whole);
  if (!slash) return false;
  const date = toSourceDate(slash.date, DATE_LINE_YEAR);
  state.published = { value: date, how: 'inferred', why: `${line}, ${slash.why}` };
  return true;
}

const DATE_LIKE_START = /^\d|^\p{L}{3,9}\.?,?\s+\d/u;
export function readHeader(text: string): Header {
  const state: ScanState = {
    bodyStart: 0,
    title: null,
    outlet: null,
    published: null,
    url: null,
    headline: null,
  };
  let bodyStart: number | null = null;
  let nonBlank = 0;
  let frontMatter: 'none' | 'open' | 'closed' = 'none';

  for (const line of linesFrom(text)) {
    const t = line.text.trim();
    if (t === '') continue;
    if (frontMatter === 'none' && nonBlank === 0 && t === '---') {
      frontMatter = 'open';
      continue;
    }
    if (frontMatter === 'open') {
      if (t === '---' || t === '...') frontMatter = 'closed';
      else {
        const field = readFieldLine(t);
        if (field) recordField(state, field, 'front matter');
      }
      continue;
    }
    if (++nonBlank > MAX_HEADER_LINES) break;
    // "Updated Thursday, 21 September 2023 - 09:48": a revision's day, never a place's date line.
    if (revisionDateLine(t)) continue;
    const dateline = readDateline(text, line.start);
    // A place and a date alone on their line ("Baku, 14 September 2022") date the piece; the body follows.
    if (dateline?.date && !dateline.agency && text.slice(dateline.end, line.end).trim() === '') {
      state.published ??= {
        value: toSourceDate(dateline.date, DATE_LINE_YEAR),
        how: 'stated',
        why: `date line at the top ("${t}")`,
      };
      continue;
    }
    if (dateline) {
      bodyStart = line.start;
      break;
    }
    const field = readFieldLine(t);
    if (field) {
      recordField(state, field, 'header', text.slice(line.next), t);
      continue;
    }
    const url = readUrlLine(t);
    if (url) {
      state.url ??= { value: url, how: 'inferred', why: 'web address on its own line at the top' };
      continue;
    }
    // "Updated 19:40, 27.09.2023": a header line that dates a revision, never the headline.
    if (UPDATED_WITHOUT_COLON.test(t)) continue;
    // "[Translated from Danish]": an editor's note in brackets among the header lines, not the body's start;
    // nor is it one of the head's lines a stamp is looked for in.
    if (EDITORS_NOTE.test(t)) {
      nonBlank--;
      continue;
    }
    const keyed = PUBLISHED_WITHOUT_COLON.exec(t);
    // "Published on December 15, 2022, at 11:52 am (Paris), updated at 6:03 pm": the revision is set aside.
    const keyedDate = keyed && parseWholeDate(withoutRevisionStamp(keyed[2]!));
    if (keyed && keyedDate && !state.publishedByField) {
      const reason = {
        stated: `the ${keyed[1]} line gives the year`,
        missing: `the ${keyed[1]} line gives no year`,
      };
      state.published = { value: toSourceDate(keyedDate, reason), how: 'stated', why: `"${t}" line` };
      state.publishedByField = true;
      continue;
    }
    if (
      keyed &&
      !state.publishedByField &&
      recordSlashDate(state, withoutRevisionStamp(keyed[2]!), text.slice(line.next), `"${t}" line`, t)
    )
      continue;
    const date = parseWholeDate(t) ?? dateOfOtherCalendarStamp(t);
    if (date) {
      state.published ??= {
        value: toSourceDate(date, {
          stated: 'the date line gives the year',
          missing: 'the date line gives no year',
        }),
        how: 'stated',
        why: `date line at the top ("${t}")`,
      };
      continue;
    }
    // "03.10.2023" alone on its line (maybe after its weekday): the order of its day and month settled by the
    // lead, as a keyed line's is.
    if (
      !state.published &&
      DATE_LIKE_START.test(t) &&
      recordSlashDate(state, t, text.slice(line.next), `date line "${t}"`, t)
    )
      continue;
    // A name before a date with no separator is a byline only under a headline, never the headline itself.
    const inParts = readDateInParts(t, { bylineWithoutSeparator: state.headline !== null });
    if (inParts) {
      state.published ??= {
        value: toSourceDate(inParts, DATE_LINE_YEAR),
        how: 'stated',
        why: `date line at the top ("${t}")`,
      };
      continue;
    }
    // "06-10-2023 | Article": a date in an order not written, settled by the lead or not read.
    const unordered = /\d/.test(t) ? readSlashDateInParts(t, text.slice(line.next)) : null;
    if (unordered) {
      state.published ??= {
        value: toSourceDate(unordered.date, DATE_LINE_YEAR),
        how: 'inferred',
        why: `date line at the top ("${t}"), ${unordered.why}`,
      };
      continue;
    }
    // "Marc Lessard · CBC News · Posted: Oct 05, 2020 4:12 PM ET | Last Updated: …", "Politics 17.08.2023 15:42".
    const stamp = readHeaderStamp(t, text.slice(line.next));
    // Where the headline may stand, "Border Talks - Oct 4, 2023" is a title: only a marked stamp is read there.
    if (stamp && (stamp.marked || state.headline !== null)) {
      if (stamp.role === 'published') state.published ??= stampPublished(stamp, t);
      continue;
    }
    if (BYLINE.test(t) && wordCount(t) <= 10) continue;
    const source = readSourceLine(t);
    if (source) {
      state.published ??= {
        value: toSourceDate(source, DATE_LINE_YEAR),
        how: 'stated',
        why: `source line at the top ("${t}"): the day the source ran it`,
      };
      continue;
    }
    // "Flash Update No. 3 (as of 3 October 2023)": a serial's edition line near the top, headline or not.
    const edition = nonBlank <= EDITION_LINES ? readEdition(t, text.slice(line.next)) : null;
    // "(as of 3 October 2023)" is the day of the figures: the edition came out that day or later.
    if (edition)
      state.published ??= AS_OF.test(t)
        ? {
            value: toSourceDate(edition.date, DATE_LINE_YEAR),
            how: 'inferred',
            why: `edition line at the top ("${t}"): the figures' date; published then or after`,
          }
        : {
            value: toSourceDate(edition.date, DATE_LINE_YEAR),
            how: edition.why ? 'inferred' : 'stated',
            why: `edition line at the top ("${t}")${edition.why ? `, ${edition.why}` : ''}`,
          };
    // "… in Goris on 27 September 2023. AFP - ALAIN JOCARD": a photo caption under the headline is running
    // text (its date is the picture's), though its credit makes it end like a subheadline.
    if (state.headline && isPhotoCaption(t)) {
      bodyStart = line.start;
      if (!state.published) readStampUnderDeck(text, line, nonBlank, state);
      break;
    }
    const heading = MARKDOWN_HEADING.exec(t);
    if (heading || isHeadingLike(t)) {
      if (!state.headline && !state.title) {
        const value = stripMarkup(heading ? heading[1]! : t);
        if (heading || wordCount(value) >= MIN_HEADLINE_WORDS) {
          state.headline = line;
          const first = nonBlank === 1;
          const why = heading
            ? 'Markdown heading at the top'
            : first
              ? 'first line (headline)'
              : 'headline at the top';
          if (value) state.title = { value, how: 'inferred', why };
          const placeDate = PLACE_AND_DATE_AT_END.exec(value);
          const ended = placeDate && parseWholeDate(placeDate[1]!);
          if (ended?.day !== undefined && ended.year !== undefined) {
            state.published ??= {
              value: toSourceDate(ended, {
                stated: 'the headline gives the year',
                missing: 'the headline gives no year',
              }),
              how: 'inferred',
              why: `place and date ending the headline ("${placeDate![0].replace(/^,\s*/, '')}")`,
            };
          }
          const dashed = dateEndingHeadline(value);
          if (dashed)
            state.published ??= {
              value: toSourceDate(dashed.date, DATE_LINE_YEAR),
              how: 'inferred',
              why: `date ending the headline ("${dashed.written}")`,
            };
        }
      }
      continue;
    }
    // "issued by the Registrar of the Court": a short lowercase label alone atop a release, not its body.
    if (nonBlank === 1 && isLabelAtop(t) && /^[ \t]*\r?\n/.test(text.slice(line.next))) continue;
    bodyStart = line.start;
    if (state.headline && !state.published) readStampUnderDeck(text, line, nonBlank, state);
    break;
  }

  if (bodyStart === null) return fallback(text, state);
  return { bodyStart, title: state.title, outlet: state.outlet, published: state.published, url: state.url };
}

/** A standfirst under the headline is one paragraph of a few sentences at most. */
const MAX_DECK_CHARS = 400;
/** Lines after the standfirst that may hold the byline and stamps ("Le Monde with AFP", "Published on …"). */
const STAMP_LINES = 3;
const MAX_STAMP_CHARS = 100;

/**
 * Many sites set a standfirst (a sentence or two under the headline) before the byline and the date:
 *   Headline / Standfirst. / Nune Harutyunyan Oct 4, 2023 / Body …
 *   Headline / Standfirst. / Le Monde with AFP / Published on December 15, 2022, at 11:52 am … / Body …
 * The body still begins at the standfirst; the first stamp line below it, among a few short lines that
 * are not sentences, gives Published when it is a full date (day and year) and nothing but a date, a
 * byline, a time or a revision stamp. "Updated …" lines are never read. A line with a verb is a
 * sentence (it ends like one, or runs long), and the search stops there. When more lines further down are
 * only dates, they head a chronology's entries, and none dates the piece.
 */
function readStampUnderDeck(text: string, deck: Line, deckLine: number, state: ScanState): void {
  if (deck.text.trim().length > MAX_DECK_CHARS) return;
  // The standfirst tells the day's news as the lead does ("… released fifteen prisoners on Saturday"): its
  // weekday settles a stamp's order as the lead's would. A photo caption's day is the picture's.
  const deckNews = isPhotoCaption(deck.text) ? '' : `${deck.text}\n\n`;
  let seen = 0;
  for (const line of linesFrom(text, deck.next)) {
    const t = line.text.trim();
    if (t === '') continue;
    // Below the dated head the date layer reads a date line as an event: no stamp is read there.
    if (++seen > STAMP_LINES || deckLine + seen > DATED_HEAD_LINES) return;
    // "TOI Desk / SITE.COM / Updated: … / Published: …": a stamp of many parts may run longer.
    // "۱۴۰۱/۰۷/۲۸": Persian or Arabic digits are read as 0–9; the line itself is quoted as written.
    const digits = withAsciiDigits(t);
    const body = deckNews + text.slice(line.next);
    if (t.length > MAX_STAMP_CHARS && !readHeaderStamp(digits, body)) return;
    // A stamp holds a full date: a line without a digit can only be a byline or a label.
    const date = /\d/.test(digits) ? stampDate(digits, body) : null;
    if (date) {
      if (laterDateHeading(text, line.next)) return;
      state.published = {
        value: toSourceDate(date, DATE_LINE_YEAR),
        how: 'stated',
        why: `date line under the standfirst ("${t}")`,
      };
      return;
    }
    if (!isHeadingLike(t) && !LOWER_CASE_BYLINE.test(t)) return;
  }
}

/**
 * "de Andrei Munteanu", "par Camille Durand", "von Anna Meier": a byline whose "by" a translated page kept in
 * the outlet's language (Romanian, Spanish, French, German, Italian, Spanish and Portuguese, Dutch, Swedish,
 * Danish) opens lower case; only the word and a name of two to four capitalised words.
 */
const LOWER_CASE_BYLINE =
  /^(?:by|de|par|von|di|por|door|av|af)\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){1,3}$/u;

/** "Published: …", a date alone, or a date among a byline, a time and a revision stamp. */
function stampDate(line: string, body: string): DateParts | null {
  const field = readFieldLine(line);
  const fieldValue = field?.kind === 'published' ? withoutRevisionStamp(field.value) : null;
  // "Publicat: 7 iun. 2023": the key's value may be a stamp in the outlet's language.
  const fieldDate =
    fieldValue === null ? null : (parseWholeDate(fieldValue) ?? dateOfOtherCalendarStamp(fieldValue));
  const stamp = () => readHeaderStamp(line, body);
  return (
    fullDayAndYear(fieldDate ?? parseWholeDate(line)) ??
    readDateInParts(line) ??
    (stamp()?.role === 'published' ? stamp()!.date : null) ??
    // "FALTER 41/2023 of 11.10.2023": a weekly's issue line under the standfirst, as at the top.
    readEdition(line, body)?.date ??
    // "14 Mayıs 2021 Cuma 16:48", "22 Aban 1399 (12 November 2020)": a stamp as a site in another language
    // or calendar prints it, as read on a date line at the top.
    fullDayAndYear(dateOfOtherCalendarStamp(line))
  );
}

/** A stamp read by its parts: stated as written, or inferred when the body settled a slash date's order. */
function stampPublished(stamp: HeaderStamp, line: string): Sourced<SourceDate> {
  const value = toSourceDate(stamp.date, DATE_LINE_YEAR);
  return stamp.why
    ? { value, how: 'inferred', why: `stamp line at the top ("${line}"), ${stamp.why}` }
    : { value, how: 'stated', why: `stamp line at the top ("${line}")` };
}

/** Another line that is only a date further down: the dates head a chronology's entries, not the piece. */
function laterDateHeading(text: string, from: number): boolean {
  for (const line of linesFrom(text, from)) {
    const t = withAsciiDigits(line.text.trim());
    if (t.length <= MAX_STAMP_CHARS && /\d/.test(t) && parseWholeDate(t)?.day !== undefined) return true;
  }
  return false;
}

function fullDayAndYear(date: DateParts | null): DateParts | null {
  return date?.day !== undefined && date.year !== undefined ? date : null;
}

/**
 * No running text was found near the top (a document of short lines): keep only the first
 * line as a headline, if anything follows it, and start the body right after it.
 */
function fallback(text: string, state: ScanState): Header {
  const { headline } = state;
  const hasMore = headline !== null && text.slice(headline.next).trim() !== '';
  const title = hasMore ? state.title : state.title?.how === 'stated' ? state.title : null;
  return {
    bodyStart: hasMore ? headline.next : 0,
    title,
    outlet: state.outlet,
    published: state.published,
    url: state.url,
  };
}
