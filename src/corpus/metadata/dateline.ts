import { parseWholeDate, type DateParts } from './dateText.ts';

/**
 * A wire-style dateline at the start of the body: a place, maybe a date, and the agency.
 *   WASHINGTON, September 20. /TASS/.        BAKU, 20 September 2023 /Trend/
 *   LONDON, Oct 3 (Reuters) -                 YEREVAN, September 21 (AP) —
 *   (Reuters) -                               BAKU, Azerbaijan (APA) –
 * A place and a date followed by a dash (`KYIV, March 3 — …`) is a dateline without an agency.
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
const IN_PARENS = new RegExp(String.raw`\((${AGENCY}(?:/[\p{L}\p{N}.&'’ -]{1,15})?)\)[ \t]*[-–—:]+`, 'u');
const IN_SLASHES = new RegExp(String.raw`\/(${AGENCY}(?:/[\p{L}\p{N}.&'’ -]{1,15})?)\/\.?(?=\s|$)`, 'u');
const DASH_ONLY = /[ \t][-–—]+(?=[ \t])/u;
/** One part of a place: "WASHINGTON", "New York", "Nagorno-Karabakh", "N.Y.". */
const PLACE = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|of|de|la|el|al-\p{L}+)){0,3}$/u;

/**
 * `prefix` (what precedes the agency marker) must be empty, or places, or places then a date:
 * "LONDON, Oct 3", "BAKU, Azerbaijan, September 20, 2023", "WASHINGTON, September 20.".
 */
function readPrefix(prefix: string, allowEmpty: boolean): { ok: boolean; date: DateParts | null } {
  const trimmed = prefix.trim().replace(/[.,]$/, '').trim();
  if (trimmed === '') return { ok: allowEmpty, date: null };
  const segments = trimmed.split(/\s*,\s*/);
  if (!PLACE.test(segments[0]!)) return { ok: false, date: null };
  for (let k = 1; k <= segments.length; k++) {
    if (k < segments.length && !segments.slice(1, k).every((s) => PLACE.test(s))) break;
    if (k === segments.length) return { ok: segments.slice(1).every((s) => PLACE.test(s)), date: null };
    const date = parseWholeDate(segments.slice(k).join(', '));
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

  const dash = DASH_ONLY.exec(head);
  if (dash && dash.index <= MAX_PREFIX) {
    const prefix = readPrefix(head.slice(0, dash.index), false);
    if (prefix.ok && prefix.date) {
      const end = dash.index + dash[0].length;
      return { start, end: start + end, text: head.slice(0, end), agency: null, date: prefix.date };
    }
  }
  return null;
}
