import { slug } from '../entities/normalise.ts';
import { CITY_HOME, DOMAIN_HOME, type HomeCountry, OUTLET_HOME } from './homeCountryData.ts';
import { stanceCountry } from './homeStance.ts';
import type { DocumentOutlet } from './ownOutlet.ts';

/** The outlets above by the slugs a document's metadata names them with ("news-am"). */
const OUTLET_BY_SLUG = new Map([...OUTLET_HOME].map(([name, country]) => [slug(name), country]));

/** Outlets name themselves and date lines stand in the opening; later mentions cite others. */
const LEAD_LENGTH = 1500;

const NAME = String.raw`\p{Lu}[\p{L}\p{N}]*(?:\.\p{L}+)?(?:\s(?:of\s)?\p{Lu}[\p{L}\p{N}]*){0,3}`;
/**
 * An outlet naming itself: "…, AzVision.az reports citing …", "Public Radio of Armenia's
 * correspondent reports", "Trend informs." (present tense only: "X reported" cites another
 * outlet), a masthead, byline or sign-off opening a paragraph ("News.az", "By The Moscow Times",
 * "ArmInfo. The number …"), or
 * the agency's tag in its date line ("YEREVAN, April 20. /ARKA/.", "BAKU, Mar. 3 / Trend:").
 */
const SELF_NAMED = new RegExp(
  String.raw`(${NAME})(?:(?:['’]s)?\s+correspondent)?\s+(?:reports|informs)\b|^(?:By\s+)?(${NAME})(?:\.\s|\s*$|\s+[-–—]\s)|^\p{Lu}[^\n/()]{0,60}?[/(]\s*(${NAME})\s*[/):]`,
  'gmu',
);

const TRANSLATED = /^Text of \p{Ll}+ by [^\n]*?\b(\p{Lu}[\p{L}\p{N}.]*)\s+(?:on|in|at)\s/mu;

/**
 * "YEREVAN, April 20.", "Baku/03.03.21/", "GORIS, Armenia —", "Moscow, 3 March (TASS)", "Baku.
 * Trend.": a date line's city.
 */
const DATELINE_CITY =
  /^(\p{Lu}[\p{L}-]+)(,?\s+[-–—(]|\s*\/|,\s+|\.\s+(?=\p{Lu}[\p{L}\p{N}]*(?:\.\p{L}+)?\.\s))/muy;
const MONTH_OR_DAY =
  /^(?:(?:Armenia|Azerbaijan|Russia),\s+)?(?:\d|[-–—(]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s)/iu;

const DOMAIN_SUFFIX = /\.(\p{L}+)$/u;

function outletCountry(name: string): HomeCountry | null {
  const listed = OUTLET_HOME.get(name);
  if (listed) return listed;
  const domain = DOMAIN_SUFFIX.exec(name)?.[1]?.toLowerCase();
  return domain ? (DOMAIN_HOME[domain] ?? null) : placeInOutletName(name);
}

/**
 * Words only a news outlet's name ends on: "Armenian Report", "The Moscow Times", also run
 * together with the words before in one capitalised name ("BakuPost").
 */
const OUTLET_NOUN =
  /(?:\s|(?<=\p{Ll}))(?:Report|Times|Post|Herald|Weekly|Today|Press|Radio|Television|Agency|Mirror|Voice|Gazette|Journal|Tribune|Observer)$/u;

/** A country or its capital in an outlet's own name, as the gazetteer's codes. */
const NAME_PLACE: readonly [RegExp, HomeCountry][] = [
  [/\b(?:Armenia|Armenian|Yerevan)(?:\b|(?=\p{Lu}))/u, 'AM'],
  [/\b(?:Azerbaijan|Azerbaijani|Baku)(?:\b|(?=\p{Lu}))/u, 'AZ'],
  [/\b(?:Russia|Russian|Moscow)(?:\b|(?=\p{Lu}))/u, 'RU'],
];

/**
 * "Armenian Report", "The Moscow Times": an outlet the table does not list, by the one country
 * its own name holds, when the name is an outlet's (it ends on an outlet's noun). Null otherwise.
 */
function placeInOutletName(name: string): HomeCountry | null {
  if (!OUTLET_NOUN.test(name)) return null;
  const found = NAME_PLACE.filter(([place]) => place.test(name)).map(([, country]) => country);
  return found.length === 1 ? found[0]! : null;
}

/** SELF_NAMED tried at one position only. */
const SELF_NAMED_AT = new RegExp(SELF_NAMED.source, 'ymu');

/** Where `^` holds under the m flag: the start and after each line terminator. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/g;

/**
 * The matches of SELF_NAMED in the lead, as its global scan finds them. Without "reports" or
 * "informs" only its line-anchored shapes can match, so it is tried at line starts alone (a scan
 * at every position was most of this file's cost).
 */
function selfNamedIn(lead: string): RegExpExecArray[] {
  if (lead.includes('reports') || lead.includes('informs')) return [...lead.matchAll(SELF_NAMED)];
  return matchesAtLineStarts(SELF_NAMED_AT, lead);
}

/**
 * The matches a global, multiline scan of a pattern whose every shape opens with `^` finds, in
 * order: `sticky` (the pattern with the y flag) is tried at the text's start and after each line
 * break alone, never inside a match already found.
 */
function matchesAtLineStarts(sticky: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let free = 0;
  LINE_TERMINATOR.lastIndex = 0;
  for (let at = 0; at >= 0; ) {
    if (at >= free && at <= text.length) {
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m) {
        found.push(m);
        free = at + m[0].length;
      }
    }
    const t = LINE_TERMINATOR.exec(text);
    at = t ? t.index + 1 : -1;
  }
  return found;
}

/**
 * "…, the State Border Service informed 1news.az.": a source informs the site that publishes it; a
 * site cited is told, or reported by, not informed or reported to ("This was reported to Unikal.org by …"). A name with a national domain counts, or a
 * national outlet's site under a generic one ("Musavat.com").
 */
const INFORMED_SITE = /\b(?:informed|reported\s+to)\s+([\p{L}\p{N}][\p{L}\p{N}-]*\.(\p{Ll}{2,4}))\b/gu;

/**
 * "…, the expert told Trend.", "Hajiyev told MK that …": an outlet told something is the outlet
 * that publishes it (its own interview); copy citing another outlet's interview writes "told the
 * agency" or "in an interview with". A capitalised word after "told" is a name, never "the".
 */
const TOLD_OUTLET = new RegExp(String.raw`\btold\s+(${NAME})`, 'gu');

/** "12 Nov 2020, 14:37 MSK": a stamp's hour in a national time zone is written where that zone is kept. */
const ZONE_HOME: Readonly<Record<string, HomeCountry>> = { MSK: 'RU', AZT: 'AZ', AMT: 'AM' };
const STAMP_ZONE = /\b\d{1,2}:\d{2}\s+(MSK|AZT|AMT)\b/;

/**
 * "…, the relative told Marja.az.", "…, the State Border Service informed 1news.az.": the site a
 * source is told or informs is the one that publishes it, wherever the text says so. The one
 * country such sites name, else null.
 */
function toldOutletCountry(text: string): HomeCountry | null {
  const found = new Set<HomeCountry>();
  for (const [words, pattern] of [
    [['informed', 'reported to'], INFORMED_SITE],
    [['told '], TOLD_OUTLET],
  ] as const)
    if (words.some((word) => text.includes(word)))
      for (const m of text.matchAll(pattern)) {
        const country = outletCountry(m[1]!);
        if (country) found.add(country);
      }
  return found.size === 1 ? [...found][0]! : null;
}

/** Every country the outlet's self-references in the lead point to. */
function outletEvidence(lead: string): Set<HomeCountry> {
  const found = new Set<HomeCountry>();
  if (lead.includes('informed') || lead.includes('reported to'))
    for (const m of lead.matchAll(INFORMED_SITE)) {
      const country = outletCountry(m[1]!);
      if (country) found.add(country);
    }
  if (lead.includes('told '))
    for (const m of lead.matchAll(TOLD_OUTLET)) {
      const country = outletCountry(m[1]!);
      if (country) found.add(country);
    }
  const zone = STAMP_ZONE.exec(lead)?.[1];
  if (zone) found.add(ZONE_HOME[zone]!);
  for (const m of selfNamedIn(lead)) {
    const country = outletCountry((m[1] ?? m[2] ?? m[3])!);
    if (country) found.add(country);
  }
  // A monitoring service's translation is the broadcaster's copy: "Text of report by Azerbaijani state television AzTV on …".
  const translated = lead.includes('Text of ') ? TRANSLATED.exec(lead)?.[1] : undefined;
  const broadcaster = translated ? outletCountry(translated) : null;
  if (broadcaster) found.add(broadcaster);
  return found;
}

/** The first date line decides: a roundup's later "YEREVAN, Sept. 26 —" under "WASHINGTON —" is not the document's. */
function datelineEvidence(lead: string): HomeCountry | null {
  for (const m of matchesAtLineStarts(DATELINE_CITY, lead)) {
    const city = m[1]!;
    // "Baku, however, …" opens prose: after a comma only a date (or a city in capitals) makes a date line.
    const after = lead.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const capitals = city.length > 2 && city === city.toUpperCase();
    if (
      !capitals &&
      (!CITY_HOME.has(city.toLowerCase()) || (/^,\s/.test(m[2]!) && !MONTH_OR_DAY.test(after)))
    )
      continue;
    return CITY_HOME.get(city.toLowerCase()) ?? null;
  }
  return null;
}

interface LeadEvidence {
  outlets: Set<HomeCountry>;
  dateline: HomeCountry | null;
  /** The outlet told or informed after the lead ("…, a relative told Marja.az"): read only when the lead tells nothing. */
  toldLater?: HomeCountry | null;
  /** The side whose vocabulary the whole text writes in (read only when nothing else tells). */
  stance?: HomeCountry | null;
}

/** Documents are read one after the other: the last lead's evidence is kept, not every lead's. */
let lastLead: { text: string; lead: string; evidence: LeadEvidence } | null = null;

/**
 * The evidence of a text's lead. Asked for once per speaker phrase: the same text (the same
 * string, a cheap test) is answered without comparing its lead's 1,500 characters again.
 */
function leadEvidence(text: string): LeadEvidence {
  if (lastLead?.text === text) return lastLead.evidence;
  const lead = text.slice(0, LEAD_LENGTH);
  if (lastLead?.lead !== lead)
    lastLead = { text, lead, evidence: { outlets: outletEvidence(lead), dateline: datelineEvidence(lead) } };
  else {
    lastLead.text = text;
    // The stance is the whole text's: another text with the same lead reads it anew.
    lastLead.evidence.stance = undefined;
    lastLead.evidence.toldLater = undefined;
  }
  return lastLead.evidence;
}

/**
 * The country a document is written from, on its own evidence: its outlet (the metadata's name or
 * the lead's self-reference, for national outlets only) and its date line's city. Null when there
 * is none, or the pieces disagree (an Armenian agency filing from Moscow).
 */
export function homeCountry(text: string, outlet: DocumentOutlet | null): HomeCountry | null {
  const lead = leadEvidence(text);
  const countries = new Set(lead.outlets);
  if (outlet?.country) countries.add(outlet.country);
  for (const name of outlet?.names ?? []) {
    const named = OUTLET_BY_SLUG.get(name);
    if (named) countries.add(named);
  }
  if (lead.dateline) countries.add(lead.dateline);
  if (countries.size === 0) {
    if (lead.toldLater === undefined) lead.toldLater = toldOutletCountry(text.slice(LEAD_LENGTH));
    if (lead.toldLater) return lead.toldLater;
    if (lead.stance === undefined) lead.stance = stanceCountry(text);
    return lead.stance;
  }
  if (countries.size !== 1) return null;
  const [country] = countries;
  return country!;
}
