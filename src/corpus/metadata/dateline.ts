import { readBracketedDateline, withoutFileNumber } from './dateLayouts.ts';
import { type DateParts, parseDateAtStart, parseWholeDate } from './dateText.ts';
import { dateOfLocalMonthStamp, isLocalWeekday } from './localMonths.ts';
import { FOREIGN_REVISION_WORDS } from './revisionWords.ts';

/**
 * A wire-style dateline at the start of the body: a place, maybe a date, and the agency.
 *   WASHINGTON, September 20. /TASS/.        BAKU, 20 September 2023 /Trend/
 *   LONDON, Oct 3 (Reuters) -                 YEREVAN, September 21 (AP) —
 *   (Reuters) -                               BAKU, Azerbaijan (APA) –
 * A place and a date followed by a dash (`KYIV, March 3 — …`) is a dateline without an agency.
 * The agencies' other forms are read by one grammar (see readDatedLead):
 *   GANJA, March 3, 2021.                     Baku/03.03.21/ Turan:
 *   Tbilisi, Mar 3 (EFE).-                    March 3, Fineko/abc.az.
 *   Baku (EFE).-
 *   YEREVAN, MARCH 3, ARMENPRESS.             BAKU, Azerbaijan, Mar. 3 / Trend:
 *   MOSCOW, 19 Jan — RIA Novosti.             Baku, 14 September 2022   (alone on its line)
 *   MOSCOW. Sept 24 (Interfax) -            AGI - Yerevan, 7 Dec. -
 */

export interface Dateline {
  /** Offsets of the dateline itself, separator included, trailing space excluded. */
  start: number;
  end: number;
  /** The dateline as written, for explanations. */
  text: string;
  agency: string | null;
  date: DateParts | null;
}

/** How far into the first line an agency marker may sit. */
const MAX_PREFIX = 70;
const AGENCY = String.raw`(?:\p{Lu}|\p{N})[\p{L}\p{N}.&'’ -]{0,30}?`;
// "Baku (EFE).-": Spanish-language wires put a full stop between the agency and its dash.
const IN_PARENS = new RegExp(String.raw`\((${AGENCY}(?:/[\p{L}\p{N}.&'’ -]{1,15})?)\)\.?[ \t]*[-–—:]+`, 'u');
const IN_SLASHES = new RegExp(String.raw`\/(${AGENCY}(?:/[\p{L}\p{N}.&'’ -]{1,15})?)\/\.?(?=\s|$)`, 'u');
const DASH_ONLY = /[ \t][-–—]+(?=[ \t])/u;
/** One part of a place: "WASHINGTON", "New York", "Nagorno-Karabakh", "N.Y.". */
const PLACE = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|of|de|la|el|al-\p{L}+)){0,3}$/u;

/** "Yerevan 14 May (TASR) -": before an agency marker, a place may run into its date with no comma. */
const PLACE_THEN_DATE = /^(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2})\s+(\d.*)$/u;

/** "Updated, 2 October 2023" dates a revision: the word is no place, the date not the piece's. */
const REVISION_WORD = new RegExp(
  `^(?:(?:last\\s+)?(?:updated?|modified|edited|revised)|${FOREIGN_REVISION_WORDS})$`,
  'i',
);

/**
 * "Friday, 30 March 2024", "Rabu, 19 September 2023": a weekday before its date, in English or a language
 * here, is no place; its date is checked against it where the stamp is read.
 */
const WEEKDAY_WORD =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;

const isWeekday = (word: string) => WEEKDAY_WORD.test(word) || isLocalWeekday(word);

/**
 * `prefix` (what precedes the agency marker) must be empty, or places, or places then a date:
 * "LONDON, Oct 3", "BAKU, Azerbaijan, September 20, 2023", "WASHINGTON, September 20.".
 */
function readPrefix(prefix: string, allowEmpty: boolean): { ok: boolean; date: DateParts | null } {
  const trimmed = prefix.trim().replace(/[.,]$/, '').trim();
  if (trimmed === '') return { ok: allowEmpty, date: null };
  const segments = trimmed.split(/\s*,\s*/);
  if (segments.length === 1) {
    const placeThenDate = PLACE_THEN_DATE.exec(trimmed);
    const place = placeThenDate?.[1] ?? '';
    const date =
      placeThenDate && !REVISION_WORD.test(place) && !isWeekday(place) && parseWholeDate(placeThenDate[2]!);
    if (date) return { ok: true, date };
  }
  if (!PLACE.test(segments[0]!) || REVISION_WORD.test(segments[0]!) || isWeekday(segments[0]!))
    return { ok: false, date: null };
  for (let k = 1; k <= segments.length; k++) {
    if (k < segments.length && !segments.slice(1, k).every((s) => PLACE.test(s))) break;
    if (k === segments.length) return { ok: segments.slice(1).every((s) => PLACE.test(s)), date: null };
    // "Lisboa, 07 dez 2023 (Lusa)": a translated wire keeps its dateline's month in the agency's language.
    const written = segments.slice(k).join(', ');
    const date = parseWholeDate(written) ?? dateOfLocalMonthStamp(written);
    if (date) return { ok: true, date };
  }
  return { ok: false, date: null };
}

function looksLikeAgency(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length <= 4 && !parseWholeDate(name) && !/\b(?:photo|video|file|updated?)\b/i.test(name);
}

export function readDateline(text: string, from: number): Dateline | null {
  let start = from;
  while (start < text.length && /[ \t]/.test(text[start]!)) start++;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd === -1) lineEnd = text.length;
  const head = text.slice(start, Math.min(lineEnd, start + MAX_PREFIX + 40)).replace(/\r$/, '');

  for (const marker of [IN_PARENS, IN_SLASHES]) {
    const m = marker.exec(head);
    if (!m || m.index > MAX_PREFIX) continue;
    const agency = m[1]!.trim();
    if (!looksLikeAgency(agency)) continue;
    const prefix = readPrefix(head.slice(0, m.index), marker === IN_PARENS);
    if (!prefix.ok) continue;
    // "/TASS/." keeps its full stop; "(Reuters) -" its dash.
    const end = m.index + m[0].length;
    return { start, end: start + end, text: head.slice(0, end), agency, date: prefix.date };
  }

  const bracketed = readBracketedDateline(head);
  if (bracketed) {
    const { end, date } = bracketed;
    return { start, end: start + end, text: head.slice(0, end), agency: null, date };
  }

  const lead = readDatedLead(head);
  if (lead)
    return {
      start,
      end: start + lead.end,
      text: head.slice(0, lead.end),
      agency: lead.agency,
      date: lead.date,
    };

  const agencyFirst = agencyBeforeDateline(text, start, head);
  if (agencyFirst) return agencyFirst;

  const dash = DASH_ONLY.exec(head);
  if (dash && dash.index <= MAX_PREFIX) {
    const prefix = readPrefix(head.slice(0, dash.index), false);
    if (prefix.ok && prefix.date) {
      const end = dash.index + dash[0].length;
      return { start, end: start + end, text: head.slice(0, end), agency: null, date: prefix.date };
    }
  }
  return numberedDateLine(head, start);
}

/** "AGI - ", "ANSA – ": an agency's name in capitals, then a dash, opening the line. */
const AGENCY_THEN_DASH = /^(\p{Lu}{2,}[\p{Lu}\p{N}&.]*)[ \t]+[-–—][ \t]+/u;

/**
 * "AGI - Yerevan, 7 Dec. -", "ANSA - Rome, 7 Dec. -": Italian agencies name themselves first, then the
 * place and the date closed by a dash. What follows the agency must be a dated dateline of its own.
 */
function agencyBeforeDateline(text: string, start: number, head: string): Dateline | null {
  const m = AGENCY_THEN_DASH.exec(head);
  if (!m) return null;
  const rest = readDateline(text, start + m[0].length);
  if (!rest?.date || rest.agency) return null;
  return { start, end: rest.end, text: text.slice(start, rest.end), agency: m[1]!, date: rest.date };
}

/** "Baku, 5 October 2023, No:512/23": a date line alone on its line, closed by the office's file number. */
function numberedDateLine(head: string, start: number): Dateline | null {
  const bare = withoutFileNumber(head);
  const line = bare === null ? null : readDatedLead(bare);
  if (!line || line.agency || bare!.slice(line.end).trim() !== '') return null;
  return { start, end: start + head.length, text: head, agency: null, date: line.date };
}

/**
 * The date-line grammar: [places, each followed by ",", "/" or "."] date [time] [agency marker]
 * terminator. The agency marker is "(EFE)", "/ Trend:", "/Turan/", ", ARMENPRESS.", ". Trend:",
 * "— RIA Novosti." or ", AZERTAC" ending its line; the terminator a full stop, ".-", a dash, a
 * colon, or the end of the line.
 * Without an agency a place is required (a sentence may open with a bare date), and a line
 * ending right after the date is a date line only when it holds nothing else.
 */
const PLACE_AT =
  /\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,3}[ \t]*(?:,|\/|\.(?=[ \t]))[ \t]*/uy;
/**
 * "17:05", "11:20 am EST", "17:05 (GMT+4)", "14:22 GMT+4": a clock time and its zone after the date, maybe set
 * apart as a stamp's parts are, by a comma, a dash, a bar or a spaced slash ("Nov 16, 2020 / 11:20 am").
 */
const TIME_AT =
  /[ \t]*(?:(?:[,|–—-]|\/(?=[ \t]))[ \t]*)?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*\((?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?\)|[ \t]+(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[ \t]+[A-Z]{2,5})?(?=[\s,.(/:–—-]|$)/iy;
/** An agency's name: capitalised words or web names, at most four ("RIA Novosti", "Fineko/abc.az"). */
const AGENCY_WORD = String.raw`\p{Lu}[\p{L}\p{N}&'’-]*(?:[./][\p{L}\p{N}&'’-]+)*`;
const AGENCY_NAME = String.raw`${AGENCY_WORD}(?:[ \t]+${AGENCY_WORD}){0,3}`;
const MARKERS: RegExp[] = [
  /[ \t]*\(([^()\n]{1,30})\)[ \t]*(?:\.-|\.?[ \t]*[-–—]+|:|\.)?/uy,
  /[ \t]*\/[ \t]*([^/:\n]{1,30}?)[ \t]*(?:\/\.?|:)/uy,
  new RegExp(String.raw`[ \t]*[,.]?[ \t]*[-–—][ \t]*(${AGENCY_NAME})(?:\.|:)`, 'uy'),
  new RegExp(String.raw`[ \t]*,[ \t]*(${AGENCY_NAME})(?:\.-|\.|:|[ \t]+[-–—]+)`, 'uy'),
  // "BAKU, Azerbaijan, September 22. Trend:", "Moscow. 21 September. INTERFAX.RU -": the date's full
  // stop, then the agency and a colon or a dash.
  new RegExp(String.raw`(?:[ \t]*\.|(?<=\.))[ \t]+(${AGENCY_NAME})(?::|[ \t]+[-–—]+)`, 'uy'),
  // "Baku, September 20, AZERTAC" alone on its line: an agency in capitals, or a web name, ends it.
  new RegExp(String.raw`[ \t]*,[ \t]*(\p{Lu}{3,}[\p{Lu}\p{N}&-]*|${AGENCY_WORD}\.\p{Ll}{2,4})[ \t]*$`, 'uy'),
];
const BARE_END = /[ \t]*(?:\.-|[.:]|[ \t]*[-–—]+)?(?=\s|$)/uy;

function readDatedLead(head: string): { end: number; agency: string | null; date: DateParts } | null {
  let pos = 0;
  let places = 0;
  let date = parseDateAtStart(head);
  while (!date && places < 3) {
    PLACE_AT.lastIndex = pos;
    const place = PLACE_AT.exec(head);
    const placeName = place?.[0].replace(/[\s,./]+$/u, '') ?? '';
    if (!place || REVISION_WORD.test(placeName) || isWeekday(placeName)) return null;
    pos += place[0].length;
    places++;
    date = parseDateAtStart(head.slice(pos));
  }
  if (!date) return null;
  pos += date.length;
  TIME_AT.lastIndex = pos;
  const time = TIME_AT.exec(head);
  if (time) pos += time[0].length;
  for (const marker of MARKERS) {
    marker.lastIndex = pos;
    const m = marker.exec(head);
    if (!m || !looksLikeAgency(m[1]!)) continue;
    let end = pos + m[0].length;
    // "Moscow, May 25 (Prensa Latina) Russian President …": an agency in brackets may close the dateline
    // with no dash when the lead's first sentence opens right after it.
    if (end < head.length && !/\s/u.test(head[end]!)) {
      const bracketedThenSentence =
        marker === MARKERS[0] && /\)\s+$/u.test(m[0]) && /\p{Lu}/u.test(head[end]!);
      if (!bracketedThenSentence) continue;
      end = pos + m[0].trimEnd().length;
    }
    return { end, agency: m[1]!.trim(), date: date.parts };
  }
  if (places === 0) return null;
  BARE_END.lastIndex = pos;
  const end = BARE_END.exec(head);
  if (!end) return null;
  const stop = pos + end[0].length;
  // "Baku, 14 September 2022" alone on its line; "GANJA, March 3, 2021. The missile …" opens the body.
  if (end[0].trim() === '' && head.slice(stop).trim() !== '') return null;
  return { end: stop, agency: null, date: date.parts };
}
