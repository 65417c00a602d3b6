import type { SourceDate } from '../../corpus/types.ts';
import type { Entity } from '../types.ts';
import type { Country } from './gazetteer.ts';
import { countryOf } from './resolve.ts';

/**
 * Who a speaker speaks for: one of the parties, a state or body that comments on the conflict,
 * the press, or unknown. Read from the gazetteer for known people and bodies (with dated terms
 * where a person changed sides of the table), and from the words of the text for others
 * ("Armenia's foreign ministry", "an Azerbaijani official", "the Kremlin"). When the words do
 * not say, the affiliation is unknown: it is never guessed from what was said.
 */
export type Affiliation =
  | 'armenia'
  | 'azerbaijan'
  | 'karabakh'
  | 'russia'
  | 'united-states'
  | 'eu'
  | 'turkiye'
  | 'iran'
  | 'international'
  | 'other-state'
  | 'media'
  | 'unknown';

export interface AffiliationInfo {
  id: Affiliation;
  /** As the bot writes it: "Azerbaijan", "Karabakh Armenian authorities". */
  label: string;
  /** Other ways a user may ask for it in `side:` (lower case). */
  aliases: string[];
}

/** In the order answers group by: the parties first, then others, the press, unknown. */
export const AFFILIATIONS: readonly AffiliationInfo[] = [
  { id: 'armenia', label: 'Armenia', aliases: ['armenian', 'am', 'yerevan'] },
  { id: 'azerbaijan', label: 'Azerbaijan', aliases: ['azerbaijani', 'az', 'baku', 'azeri'] },
  {
    id: 'karabakh',
    label: 'Karabakh Armenian authorities',
    aliases: ['karabakh', 'nagorno-karabakh', 'artsakh', 'nk', 'stepanakert', 'karabakh armenian'],
  },
  { id: 'russia', label: 'Russia', aliases: ['russian', 'ru', 'moscow', 'kremlin'] },
  {
    id: 'united-states',
    label: 'United States',
    aliases: ['us', 'usa', 'u.s.', 'american', 'washington', 'united states of america'],
  },
  { id: 'eu', label: 'European Union', aliases: ['european union', 'brussels', 'european'] },
  { id: 'turkiye', label: 'Türkiye', aliases: ['turkey', 'turkiye', 'turkish', 'tr', 'ankara'] },
  { id: 'iran', label: 'Iran', aliases: ['iranian', 'ir', 'tehran'] },
  {
    id: 'international',
    label: 'UN and international bodies',
    aliases: ['un', 'united nations', 'icrc', 'osce', 'international'],
  },
  { id: 'other-state', label: 'Other states', aliases: ['other', 'others', 'other states', 'france'] },
  { id: 'media', label: 'Media', aliases: ['press', 'outlet', 'outlets', 'news'] },
  { id: 'unknown', label: 'Not known', aliases: ['unknown', 'none', 'not known'] },
];

const BY_ID = new Map(AFFILIATIONS.map((a) => [a.id, a]));

/**
 * The sides an answer says are silent when they have no words: the parties and the states and
 * bodies that speak on the conflict. The press, other states and the unknown are never listed as silent.
 */
export const SPEAKING_SIDES: readonly Affiliation[] = AFFILIATIONS.map((a) => a.id).filter(
  (a) => a !== 'media' && a !== 'unknown' && a !== 'other-state',
);

export function affiliationLabel(id: Affiliation): string {
  return BY_ID.get(id)!.label;
}

/** The affiliation a user's words for `side:` name ("Azerbaijan", "baku", "us", "UN"), or null. */
export function parseAffiliation(words: string): Affiliation | null {
  const key = words.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
  if (!key) return null;
  for (const a of AFFILIATIONS)
    if (a.id === key || a.label.toLowerCase() === key || a.aliases.includes(key)) return a.id;
  return null;
}

const BY_COUNTRY: Record<Country, Affiliation> = {
  AM: 'armenia',
  AZ: 'azerbaijan',
  NK: 'karabakh',
  RU: 'russia',
  US: 'united-states',
  EU: 'eu',
  TR: 'turkiye',
  IR: 'iran',
  UN: 'international',
  FR: 'other-state',
  DE: 'other-state',
};

/** Gazetteer entries whose country code is not who they speak for. */
const BY_ID_OVERRIDE: Readonly<Record<string, Affiliation>> = {
  'radio-liberty-armenian': 'media',
  'osce-minsk-group': 'international',
  icrc: 'international',
};

/** A term during which a person spoke for a side; `from`/`to` are "YYYY" or "YYYY-MM", inclusive. */
export interface AffiliationTerm {
  affiliation: Affiliation;
  from?: string;
  to?: string;
}

/**
 * People whose side depends on when they spoke: outside every term (or with no date) their
 * affiliation is `otherwise`. A statement is read against its own date.
 */
export const DATED_AFFILIATIONS: Readonly<
  Record<string, { terms: AffiliationTerm[]; otherwise: Affiliation }>
> = {
  // State Minister of the Karabakh Armenian authorities from November 2022 to February 2023; a businessman before.
  vardanyan: { terms: [{ affiliation: 'karabakh', from: '2022-11', to: '2023-02' }], otherwise: 'unknown' },
};

function monthNumber(stamp: string, end: boolean): number {
  const [y, m] = stamp.split('-').map(Number);
  return y! * 12 + (m === undefined ? (end ? 11 : 0) : m - 1);
}

/** The term holding the date; a date known only to the year must fall wholly in the term. */
function termAt(
  terms: readonly AffiliationTerm[],
  at: SourceDate | null | undefined,
): AffiliationTerm | undefined {
  if (!at?.year) return undefined;
  const first = at.year * 12 + (at.month ? at.month - 1 : 0);
  const last = at.year * 12 + (at.month ? at.month - 1 : 11);
  return terms.find(
    (t) => (!t.from || monthNumber(t.from, false) <= first) && (!t.to || last <= monthNumber(t.to, true)),
  );
}

/** A whole-word alternation of regex fragments, written one fragment per list item so lines stay readable. */
function anyOf(fragments: readonly string[], flags = ''): RegExp {
  return new RegExp(String.raw`\b(?:${fragments.join('|')})\b`, flags);
}

/** Head words that make a described speaker someone who speaks for a state or authority. */
const OFFICIAL = anyOf(
  [
    'officials?',
    'authorities',
    'government',
    'ministry',
    'minister',
    'ministers',
    'spokes(?:person|man|woman)',
    'diplomats?',
    'ambassadors?',
    'embassy',
    'envoys?',
    'presidents?',
    'presidency',
    'presidential',
    'premier',
    'prime minister',
    'leader(?:ship|s)?',
    'parliament',
    'lawmakers?',
    'mps?',
    'deputies',
    'army',
    'military',
    'forces',
    'troops',
    'border guards?',
    'police',
    'prosecutors?',
    'ombuds(?:man|person)',
    'human rights defender',
    'side',
    'administration',
    'delegation',
    'mission',
    'representatives?',
    'security council',
    'service',
    'office',
    'state',
    'cabinet',
    'commanders?',
    'defen[cs]e',
    'foreign',
    'chief',
    'head',
    'aide',
    'adviser',
    'advisor',
    'press secretary',
    'kremlin',
    'white house',
  ],
  'i',
);

/** Words about the press: a described speaker with one of these speaks for its outlet. */
const MEDIA = anyOf([
  'state media',
  'media outlet',
  'TASS',
  'RIA Novosti',
  'Interfax',
  'Reuters',
  'AFP',
  'Associated Press',
  'BBC',
  'CNN',
  'Al Jazeera',
  'Anadolu',
  'APA',
  'Trend',
  String.raw`Report\.az`,
  String.raw`Caliber\.Az`,
  'Armenpress',
  String.raw`News\.am`,
  'Azatutyun',
  'Radio Liberty',
  'RFE/RL',
  'Eurasianet',
  'OC Media',
  'CivilNet',
  'EVN Report',
  'JAMnews',
  'Sputnik',
  'newspaper',
  'news agency',
  'broadcaster',
  'news outlet',
  'TV channel',
  'television',
  'journalists?',
  'correspondents?',
  'reporters?',
  'editor',
]);

interface Cue {
  affiliation: Affiliation;
  pattern: RegExp;
  /** A name that is the body itself (Baku, the Kremlin): no head noun needed. */
  standsAlone?: boolean;
}

/** A Karabakh Armenian body: a Karabakh word, up to two words, then an office ("Karabakh's human rights ombudsman"). */
const KARABAKH_BODY = new RegExp(
  String.raw`\b(?:(?:Nagorno[- ])?Karabakh(?:['’]s)?(?: Armenian)?|Artsakh(?:['’]s)?|Stepanakert|separatist|de facto|ethnic Armenian)` +
    String.raw`\s+(?:\p{L}+\s+){0,2}` +
    String.raw`(?:authorities|officials?|leader(?:ship)?|government|president|ombuds(?:man|person)|human rights defender|army|` +
    String.raw`defen[cs]e army|emergency service|state minister|parliament|spokes(?:person|man|woman)|administration|security council|forces)\b`,
  'iu',
);

/**
 * Words that say who a described speaker is with. The earliest cue in the words wins ("the
 * Azerbaijani ambassador to Russia" is Azerbaijan's); Karabakh cues are whole phrases, so
 * "Karabakh Armenian authorities" is not read as Armenia's.
 */
const CUES: readonly Cue[] = [
  {
    affiliation: 'international',
    pattern: anyOf([
      'UN',
      String.raw`U\.N\.`,
      'United Nations',
      'UNHCR',
      'UNICEF',
      'WHO',
      'ICRC',
      'Red Cross',
      'Red Crescent',
      'OSCE',
      'Minsk Group',
      'Council of Europe',
      'Human Rights Watch',
      'Amnesty International',
      'International Court',
      'ICJ',
    ]),
    standsAlone: true,
  },
  {
    affiliation: 'eu',
    pattern: anyOf([
      'EU',
      'European Union',
      'European Commission',
      'European Council',
      'European Parliament',
      'EUMA',
      'Brussels',
    ]),
    standsAlone: true,
  },
  { affiliation: 'karabakh', pattern: KARABAKH_BODY, standsAlone: true },
  { affiliation: 'karabakh', pattern: anyOf(['Artsakh', 'separatists']), standsAlone: true },
  { affiliation: 'armenia', pattern: anyOf(['Armenia', 'Armenian', "Armenia['’]s"]) },
  { affiliation: 'armenia', pattern: anyOf(['Yerevan']), standsAlone: true },
  { affiliation: 'azerbaijan', pattern: anyOf(['Azerbaijan', 'Azerbaijani', 'Azeri', "Azerbaijan['’]s"]) },
  { affiliation: 'azerbaijan', pattern: anyOf(['Baku']), standsAlone: true },
  { affiliation: 'russia', pattern: anyOf(['Russia', 'Russian', "Russia['’]s"]) },
  { affiliation: 'russia', pattern: anyOf(['Moscow', 'Kremlin']), standsAlone: true },
  {
    affiliation: 'united-states',
    pattern: anyOf(['United States', String.raw`U\.S\.`, 'US', 'American', "America['’]s"]),
  },
  {
    affiliation: 'united-states',
    pattern: anyOf(['Washington', 'White House', 'State Department', 'Pentagon']),
    standsAlone: true,
  },
  { affiliation: 'turkiye', pattern: anyOf(['Türkiye', 'Turkey', 'Turkish', "Turkey['’]s"]) },
  { affiliation: 'turkiye', pattern: anyOf(['Ankara']), standsAlone: true },
  { affiliation: 'iran', pattern: anyOf(['Iran', 'Iranian', "Iran['’]s"]) },
  { affiliation: 'iran', pattern: anyOf(['Tehran']), standsAlone: true },
  {
    affiliation: 'other-state',
    pattern: anyOf([
      'France',
      'French',
      'Germany',
      'German',
      'Britain',
      'British',
      'United Kingdom',
      'UK',
      'Georgia',
      'Georgian',
      'Canada',
      'Canadian',
      'Italy',
      'Italian',
      'China',
      'Chinese',
      'India',
      'Indian',
      'Pakistan',
      'Pakistani',
      'Israel',
      'Israeli',
      'Kazakhstan',
      'Kazakh',
      'Ukraine',
      'Ukrainian',
      'Belarus',
      'Belarusian',
    ]),
  },
];

/**
 * The affiliation the words describing a speaker give ("an Azerbaijani official", "Armenia's
 * foreign ministry", "the Kremlin", "a TASS correspondent"), or unknown. A demonym counts only
 * with a head that speaks for a state ("Armenian officials", not "Armenian refugees").
 */
export function affiliationFromWords(words: string): Affiliation {
  if (MEDIA.test(words)) return 'media';
  let best = earliestCue(ANY_CUE, words);
  if (best && !CUES[best.cue]!.standsAlone && !OFFICIAL.test(words)) best = earliestCue(CUE_ALONE, words);
  return best ? CUES[best.cue]!.affiliation : 'unknown';
}

/**
 * The cues in one pass: per flags, one alternation of the cues' patterns, each in its own group,
 * in CUES order. A regex finds the leftmost match and, there, the first alternative in order, so
 * the earliest match over the alternations (ties: the earlier cue) is the cue whose own pattern
 * matches first, as trying each cue's pattern in turn would find, at a fraction of the scans.
 */
interface CueAlternation {
  regex: RegExp;
  /** cues[g] is the CUES index of the alternation's group g + 1. */
  cues: number[];
}

function cueAlternations(keep: (cue: Cue) => boolean): CueAlternation[] {
  const byFlags = new Map<string, number[]>();
  CUES.forEach((cue, i) => {
    if (!keep(cue)) return;
    // Group numbers name the cues: a cue's pattern must not capture.
    if (new RegExp(`${cue.pattern.source}|`).exec('')!.length > 1) throw new Error('a cue pattern captures');
    const list = byFlags.get(cue.pattern.flags) ?? byFlags.set(cue.pattern.flags, []).get(cue.pattern.flags)!;
    list.push(i);
  });
  return [...byFlags].map(([flags, cues]) => ({
    regex: new RegExp(cues.map((i) => `(${CUES[i]!.pattern.source})`).join('|'), flags),
    cues,
  }));
}

const ANY_CUE = cueAlternations(() => true);
const CUE_ALONE = cueAlternations((cue) => cue.standsAlone === true);

function earliestCue(
  alternations: readonly CueAlternation[],
  words: string,
): { at: number; cue: number } | null {
  let best: { at: number; cue: number } | null = null;
  for (const { regex, cues } of alternations) {
    const m = regex.exec(words);
    if (!m) continue;
    let g = 1;
    while (m[g] === undefined) g++;
    const cue = cues[g - 1]!;
    if (!best || m.index < best.at || (m.index === best.at && cue < best.cue)) best = { at: m.index, cue };
  }
  return best;
}

/**
 * Who an entity speaks for at a date: dated terms first, then the gazetteer's country (places
 * speak for no one), then the words of its name, role and the mention as written.
 */
export function affiliationOf(entity: Entity, mention = '', at: SourceDate | null = null): Affiliation {
  const dated = DATED_AFFILIATIONS[entity.id];
  if (dated) return termAt(dated.terms, at)?.affiliation ?? dated.otherwise;
  const override = BY_ID_OVERRIDE[entity.id];
  if (override) return override;
  if (entity.kind === 'place') return 'unknown';
  const country = entity.id.startsWith('text:') ? undefined : countryOf(entity);
  if (country) return BY_COUNTRY[country];
  return affiliationFromWords([entity.name, entity.role ?? '', mention].join(' · '));
}
