import type { Entity } from '../types.ts';
import { OWNER_DEMONYM } from './demonyms.ts';
import { editDistance, typoAllowance } from './fuzzy.ts';
import { type Country, GAZETTEER, type GazetteerEntry, PERSON_GENDER } from './gazetteer.ts';
import { otherGivenNames } from './givenNames.ts';
import { normaliseName } from './normalise.ts';
import { COUNTRY_WORDS, qualifiedBody } from './qualifiedBodies.ts';

/** A point in time to read role phrases against: who was "the Secretary of State" then. */
export interface RoleDate {
  year: number;
  month?: number;
}

/**
 * Without a date, role phrases name whoever held the post in September 2023, the month of the
 * offensive most of the corpus reports; callers that know the document's date pass it.
 */
export const DEFAULT_ROLE_DATE: RoleDate = { year: 2023, month: 9 };

/** Words that may stand before a name without changing who it is ("Armenian Prime Minister Nikol Pashinyan"). */
const TITLE_WORDS = new Set([
  'us',
  'united',
  'states',
  'american',
  'azerbaijani',
  'azerbaijan',
  'armenian',
  'armenia',
  'russian',
  'russia',
  'turkish',
  'french',
  'german',
  'chancellor',
  'commission',
  'pope',
  'catholicos',
  'holiness',
  'kremlin',
  'un',
  'eu',
  'european',
  'president',
  'prime',
  'minister',
  'foreign',
  'secretary',
  'of',
  'state',
  'department',
  'spokesperson',
  'press',
  'mr',
  'mrs',
  'ms',
  'dr',
  'general',
  'gen',
  'adviser',
  'advisor',
  'aide',
  'ambassador',
  'deputy',
  'chief',
  'head',
  'leader',
  'former',
  'top',
  'diplomat',
  'official',
  'ministry',
  'affairs',
  'defense',
  'policy',
  'senior',
  'council',
  'administrator',
  'usaid',
  'the',
  'for',
  'to',
  'spokesperson',
  'counterpart',
  'premier',
  'pm',
  'his',
  'her',
  'its',
  'their',
]);

/** "a representative of the Ministry", "a spokesperson for the State Department": the body speaks. */
const SPEAKING_FOR =
  /^(?:an? |the )?(?:(?:official )?representative|delegate|delegation|spokesperson|press secretary|source|official)s? (of|for|at|in|from) (.+)$/;

/** Words that name a government as a body, not by its land or capital. */
const GOVERNMENT_WORD = /\b(?:government|cabinet|administration|authorities|leadership|kremlin|presidency)\b/;

/** "the region's …", "the enclave's …": a generic owner before a body's name. */
const PLACE_OWNER = /^(?:region|enclave|territory|breakaway region) (.+)$/;

/**
 * "officials in Stepanakert", "the local authorities in Nagorno-Karabakh", "Karabakh's de facto
 * authorities", "the authorities in Baku": officials named by their place speak for the government
 * of that place: a government the gazetteer knows by the place's name, or the one seated in a
 * place it knows (its `seat`). "Officials in Goris" name no government. With no place, a qualifier
 * that names a government by itself ("separatist", "de facto") reads as its "authorities".
 */
const OFFICIALS =
  /^(.*?)\b(?:authorities|officials|government|leadership|leaders|administration)(?: (?:in|of) (.+))?$/;
const OFFICIALS_QUALIFIER =
  /(?:^| )(local|regional|de facto|separatist|breakaway|self proclaimed|unrecognised|unrecognized)$/;
/** "the breakaway region", "the self-proclaimed republic": no name, but only the separatists' place. */
const BREAKAWAY_PLACE =
  /^(?:the )?(?:breakaway|separatist|self proclaimed|unrecognised|unrecognized) (?:region|enclave|republic|territory)$/;

/** The head words alone: a cheap test before the pattern runs (most mentions hold none). */
const OFFICIALS_HEAD = /authorities|officials|government|leaders|administration/i;

function officialsOfPlace(key: string, at: RoleDate | null): Entity | null {
  if (!OFFICIALS_HEAD.test(key)) return null;
  const m = OFFICIALS.exec(key);
  if (!m) return null;
  let prefix = m[1]!.trim();
  const qualifiers: string[] = [];
  for (let q = OFFICIALS_QUALIFIER.exec(prefix); q; q = OFFICIALS_QUALIFIER.exec(prefix)) {
    qualifiers.push(q[1]!);
    prefix = prefix.slice(0, q.index).trim();
  }
  const named = m[2]?.replace(/^the /, '');
  // "the ethnic Armenian authorities in Stepanakert": a body the gazetteer knows, named by the place it sits in.
  if (prefix && named) {
    const own = key.slice(0, key.length - named.length).replace(/ (?:in|of)( the)? $/, '');
    // "ethnic Armenian officials in Stepanakert": its officials are the authorities (CONVENTIONS 4).
    const body = lookup(own, at) ?? lookup(own.replace(/\b(?:officials|leaders)$/, 'authorities'), at);
    return body && body.id === officialsOfPlace(`authorities in ${named}`, at)?.id ? body : null;
  }
  const place = prefix || named;
  const separatist = qualifiers.find((q) => q !== 'local' && q !== 'regional');
  if (!place || BREAKAWAY_PLACE.test(place))
    return separatist || place ? lookup(`${separatist ?? 'separatist'} authorities`, at) : null;
  const hit = getIndex().byName.get(place);
  if (!hit) return null;
  // "the authorities in Baku"; "separatist officials in Baku" is no reading.
  if (hit.entity.kind === 'government') return separatist ? null : hit.entity;
  // Like a role, a seat is read at a date: with none ("names only"), it is not read.
  const seat = at ? hit.entry.seat : undefined;
  const until = seat?.to
    ? monthIndex(seat.to, 0) + (seat.to.includes('-') ? 0 : 11)
    : Number.MAX_SAFE_INTEGER;
  if (!seat || at!.year * 12 + ((at!.month ?? 1) - 1) > until) return null;
  return getIndex().byId.get(seat.id)?.entity ?? null;
}

/**
 * "Armenia's delegate", "the French delegation" at a council: the government it names speaks. A
 * representative is the state's spokesperson, not the state (CONVENTIONS 6: rule 6 names him by his
 * own head, never the owner), so "Azerbaijan's representative" is no government.
 */
const SPEAKING_FOR_BEFORE = /^(.+) (?:delegate|delegation)$/;

/** Title words that stand only before a person: "President", "Minister", "spokesperson". */
const PERSON_TITLE_WORDS = new Set([
  'president',
  'chancellor',
  'pope',
  'catholicos',
  'prime',
  'minister',
  'secretary',
  'spokesperson',
  'mr',
  'mrs',
  'ms',
  'dr',
  'general',
  'gen',
  'adviser',
  'advisor',
  'aide',
  'ambassador',
  'deputy',
  'chief',
  'head',
  'leader',
  'diplomat',
  'official',
  'administrator',
  'counterpart',
  'premier',
  'pm',
]);

/** Words that make a role someone else's: a deputy prime minister is not the prime minister. */
const OTHER_HOLDER = new Set(['deputy', 'former', 'vice', 'acting']);

/**
 * "The President of Azerbaijan" is not Azerbaijan, nor "the deputy foreign minister of Armenia"
 * its government: once a person's title is dropped from a mention, what is left must be a person,
 * and after "deputy" or "former" a person's name ("Former President Armen Sarkissian"), not a role.
 */
function titleFits(dropped: readonly string[], found: Entity, byName: boolean): boolean {
  if (!byName && dropped.some((t) => OTHER_HOLDER.has(t))) return false;
  // "Ms. Price" is not Ned Price: a title of the other gender names someone else.
  const gender = PERSON_GENDER[found.id];
  if (gender && dropped.some((t) => (gender === 'm' ? /^(?:ms|mrs|miss)$/ : /^mr$/).test(t))) return false;
  if (found.kind !== 'person' && !ownersAgree(dropped, found)) return false;
  // "the Council of the European Union", "the Commission of the EU": a body named as the body "of"
  // another is an institution of its own, not the other body.
  const head = dropped[0] === 'the' ? 1 : 0;
  if (found.kind !== 'person' && BODY_NOUN.has(dropped[head] ?? '') && dropped[head + 1] === 'of')
    return false;
  return found.kind === 'person' || !dropped.some((t) => PERSON_TITLE_WORDS.has(t));
}

/** Nouns that name a body of their own before "of" and its owner. */
const BODY_NOUN = new Set(['council', 'commission', 'parliament', 'court', 'assembly', 'committee']);

const COUNTRY_OF_WORD = new Map<string, string>(COUNTRY_WORDS);

/**
 * "Armenia's Security Council" is not the UN Security Council: a country dropped before a body's
 * name must be the body's own country.
 */
function ownersAgree(dropped: readonly string[], found: Entity): boolean {
  const own = getIndex().byId.get(found.id)?.entry.country;
  return dropped.every((word) => {
    const country = COUNTRY_OF_WORD.get(word.replace(/'s?$/, ''));
    return !country || country === own;
  });
}

interface Indexed {
  entity: Entity;
  entry: GazetteerEntry;
}

interface RoleHolder extends Indexed {
  from: number;
  to: number;
}

interface Index {
  byName: Map<string, Indexed>;
  /** State bodies by country and head ("RU|defense ministry"); a key two bodies share is dropped (null). */
  byCountryHead: Map<string, Indexed | null>;
  byRole: Map<string, RoleHolder[]>;
  byId: Map<string, Indexed>;
  /** Person names for typo matching, grouped by first letter. */
  fuzzyNames: Map<string, { key: string; hit: Indexed }[]>;
}

let index: Index | null = null;

function monthIndex(stamp: string | undefined, fallback: number): number {
  if (!stamp) return fallback;
  const [y, m] = stamp.split('-').map(Number);
  return y! * 12 + ((m ?? 1) - 1);
}

/** A term ending in a month ends with it: "to 2020-07" covers July; "to 2021" all of 2021. */
function termEnd(to: string | undefined): number {
  return to ? monthIndex(to, 0) + (to.includes('-') ? 0 : 11) : Number.MAX_SAFE_INTEGER;
}

function buildIndex(): Index {
  const byName = new Map<string, Indexed>();
  const byRole = new Map<string, RoleHolder[]>();
  const byId = new Map<string, Indexed>();
  const fuzzyNames = new Map<string, { key: string; hit: Indexed }[]>();
  const byCountryHead = new Map<string, Indexed | null>();
  for (const entry of GAZETTEER) {
    const entity: Entity = {
      id: entry.id,
      name: entry.name,
      kind: entry.kind,
      ...(entry.role ? { role: entry.role } : {}),
    };
    const hit = { entity, entry };
    byId.set(entry.id, hit);
    for (const variant of [entry.name, ...entry.variants]) {
      const key = normaliseName(variant);
      if (!byName.has(key)) byName.set(key, hit);
      const body = entry.kind === 'organisation' && entry.country ? qualifiedBody(variant) : null;
      if (body && body.country === entry.country) {
        const at = `${body.country}|${body.head}`;
        const other = byCountryHead.get(at);
        byCountryHead.set(at, other === undefined || other?.entity.id === entry.id ? hit : null);
      }
      if (entry.kind === 'person' && key.length >= 5) {
        const bucket = fuzzyNames.get(key[0]!) ?? [];
        bucket.push({ key, hit });
        fuzzyNames.set(key[0]!, bucket);
      }
    }
    for (const term of entry.roles ?? []) {
      const from = monthIndex(term.from, 0);
      const to = termEnd(term.to);
      for (const phrase of term.phrases) {
        const key = normaliseName(phrase);
        const holders = byRole.get(key) ?? [];
        holders.push({ ...hit, from, to });
        byRole.set(key, holders);
      }
    }
  }
  return { byName, byCountryHead, byRole, byId, fuzzyNames };
}

function getIndex(): Index {
  return (index ??= buildIndex());
}

function holderAt(holders: readonly RoleHolder[], at: RoleDate): Entity | null {
  const first = at.year * 12 + (at.month ? at.month - 1 : 0);
  const last = at.year * 12 + (at.month ? at.month - 1 : 11);
  const inOffice = holders.filter((h) => h.from <= last && h.to >= first);
  const ids = new Set(inOffice.map((h) => h.entity.id));
  return ids.size === 1 ? inOffice[0]!.entity : null;
}

function lookup(key: string, at: RoleDate | null): Entity | null {
  const { byName, byRole } = getIndex();
  const named = byName.get(key);
  if (named) return named.entity;
  if (!at) return null;
  const holders = byRole.get(key);
  return holders ? holderAt(holders, at) : null;
}

function fuzzyLookup(key: string): Entity | null {
  const allowance = typoAllowance(key.length);
  // "Armenian Deputy Prime" broken before "Minister": a title word is no typo of a name (Price).
  if (allowance === 0 || TITLE_WORDS.has(key)) return null;
  let best: { distance: number; entity: Entity } | null = null;
  for (const { key: name, hit } of getIndex().fuzzyNames.get(key[0]!) ?? []) {
    const distance = editDistance(key, name, allowance);
    if (
      distance <= allowance &&
      !otherSurname(key, name) &&
      wordsWithinAllowance(key, name) &&
      (!best || distance < best.distance)
    ) {
      best = { distance, entity: hit.entity };
    }
  }
  return best?.entity ?? null;
}

/**
 * Surnames a typo does not turn into one another: a feminine ending is another person ("Rena
 * Aliyeva" is not Ilham Aliyev, "Hasanova" not Hasanov), and a name that is another written out
 * longer is another name ("Abdollahi" is not Amir-Abdollahian).
 */
function otherSurname(key: string, name: string): boolean {
  const a = key.slice(key.lastIndexOf(' ') + 1);
  const b = name.slice(name.lastIndexOf(' ') + 1);
  if (a === b) return false;
  if (a.endsWith('a') !== b.endsWith('a')) return true;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return longer.length - shorter.length >= 2 && longer.startsWith(shorter);
}

/**
 * A typo sits in one word: "Ali Ahmadov" is two letters off "Ali Asadov", within the allowance of the
 * whole name but not of the surname alone, so it is another man who shares a first name. A given
 * name is no typo of another known given name: "Arman Sargsyan" is not Armen Sargsyan.
 */
function wordsWithinAllowance(key: string, name: string): boolean {
  const keyWords = key.split(' ');
  const nameWords = name.split(' ');
  if (keyWords.length !== nameWords.length) return true;
  return keyWords.every((word, i) => {
    if (i < keyWords.length - 1 && otherGivenNames(word, nameWords[i]!)) return false;
    const allowance = typoAllowance(Math.min(word.length, nameWords[i]!.length));
    return (
      word === nameWords[i] || (allowance > 0 && editDistance(word, nameWords[i]!, allowance) <= allowance)
    );
  });
}

/**
 * How many of a mention's key words its role's possessive ends, or 0: "the Russian president's
 * press secretary" → 2 ("russian president"). What such an owner owns is never the owner's role.
 */
function roleOwnerWords(mention: string): number {
  for (const m of mention.matchAll(ROLE_POSSESSIVE)) {
    if (!PERSON_TITLE_WORDS.has(m[1]!.toLowerCase())) continue;
    return normaliseName(mention.slice(0, m.index + m[0].length)).split(' ').length;
  }
  return 0;
}

/** A word with a possessive and a word after it: "president's office". */
const ROLE_POSSESSIVE = /(?<![\p{L}])(\p{L}+)['’]s?(?=\s+\S)/gu;

/** "minister of foreign affairs": a portfolio written after "of", as its adjective writes it before. */
const MINISTER_OF_PORTFOLIO = /\bminister of (foreign affairs|defense|internal affairs)\b/;
const PORTFOLIO_ADJECTIVE: Record<string, string> = {
  'foreign affairs': 'foreign',
  defense: 'defense',
  'internal affairs': 'interior',
};

/** A role's usual short form as the last word after its owner: "armenia's pm". */
const ROLE_SHORT = /^(\S.*\s)(pm|fm|pres\.?)$/;
const ROLE_IN_FULL: Record<string, string> = {
  pm: 'prime minister',
  fm: 'foreign minister',
  pres: 'president',
  'pres.': 'president',
};

/** "the government of azerbaijan's …", "the azerbaijani government's …": a state's government owning a body stands for the state. */
const GOVERNMENT_OF_OWNER = /^(?:the )?government of (?:the )?(?=\S+ \S)/;
const GOVERNMENT_OWNER = /^(\S+) government (?=\S+ \S)/;

/**
 * "Russia's Ministry of Defence", "the Russian Ministry of Defence", "the Defence Ministry of
 * Russia", "the Government of Azerbaijan's Ministry of Foreign Affairs": a state body named with its
 * state is one body in every order of the two (owner's possessive, adjective, "of" after it; "X
 * ministry" or "ministry of X"), when the gazetteer knows it in any one of them.
 */
function stateBodyInOtherOrder(key: string): Entity | null {
  const body = qualifiedBody(key.replace(GOVERNMENT_OF_OWNER, '').replace(GOVERNMENT_OWNER, '$1 '));
  if (!body?.country) return null;
  return getIndex().byCountryHead.get(`${body.country}|${body.head}`)?.entity ?? null;
}

function resolveKey(key: string, at: RoleDate | null, allowFuzzy: boolean, ownerWords = 0): Entity | null {
  if (!key) return null;
  const direct = lookup(key, at);
  if (direct) return direct;
  const ordered = stateBodyInOtherOrder(key);
  if (ordered) return ordered;
  // "Iran's Minister of Foreign Affairs", "the Minister of Defence of Armenia": the role the
  // gazetteer knows as "Iran's foreign minister", "Defence Minister of Armenia".
  const portfolio = MINISTER_OF_PORTFOLIO.exec(key);
  if (portfolio)
    return resolveKey(
      key.replace(MINISTER_OF_PORTFOLIO, `${PORTFOLIO_ADJECTIVE[portfolio[1]!]} minister`),
      at,
      allowFuzzy,
      ownerWords,
    );
  // "Armenia's PM", "Turkey's FM", "Azerbaijan's Pres.": headline and deck writers shorten the
  // role noun after its country; the role is the one the gazetteer knows in full.
  const short = ROLE_SHORT.exec(key);
  if (short) return resolveKey(`${short[1]}${ROLE_IN_FULL[short[2]!]}`, at, allowFuzzy, ownerWords);
  // "the RA Government", "RA Foreign Ministry": Armenian outlets write the Republic of Armenia's initials.
  if (key.startsWith('ra ')) return resolveKey(`armenian ${key.slice(3)}`, at, allowFuzzy);
  const officials = officialsOfPlace(key, at);
  if (officials) return officials;
  const speakingFor = SPEAKING_FOR.exec(key);
  if (speakingFor) {
    const body = resolveKey(normaliseName(speakingFor[2]!), at, allowFuzzy);
    // "Sources in Baku", "a representative in Moscow": "in" a state's capital or land says where
    // they are, not whom they speak for (CONVENTIONS 5); "sources in the government" do speak for it.
    const placed =
      speakingFor[1] === 'in' && body?.kind === 'government' && !GOVERNMENT_WORD.test(speakingFor[2]!);
    return placed ? null : body;
  }
  // "the region's separatist authorities": a body of the place the text is about, named without it.
  const ofThePlace = PLACE_OWNER.exec(key);
  if (ofThePlace) {
    const body = lookup(ofThePlace[1]!, at);
    if (body && body.kind !== 'person') return body;
  }
  const before = SPEAKING_FOR_BEFORE.exec(key);
  if (before) {
    const body = lookup(before[1]!, at);
    return body?.kind === 'government' ? body : null;
  }
  // A title or role before a name: keep dropping leading title words and try what is left.
  const tokens = key.split(' ');
  for (let i = 1; i < tokens.length && TITLE_WORDS.has(tokens[i - 1]!); i++) {
    const rest = tokens.slice(i).join(' ');
    // "the Russian president's press secretary": past a role's possessive is what the role's holder
    // owns (an aide, an office), never another role's holder; a name there is still that person.
    if (i >= ownerWords && ownerWords > 0 && !getIndex().byName.has(rest)) continue;
    const found = lookup(rest, at);
    if (found && titleFits(tokens.slice(0, i), found, getIndex().byName.has(rest))) return found;
  }
  if (!allowFuzzy) return null;
  // Typos: the whole mention, or its last word when everything before it is a title.
  const fuzzyWhole = fuzzyLookup(key);
  if (fuzzyWhole) return fuzzyWhole;
  const titlesOnly = tokens.slice(0, -1).every((t) => TITLE_WORDS.has(t));
  if (tokens.length < 2 || !titlesOnly) return null;
  const typo = fuzzyLookup(tokens[tokens.length - 1]!);
  return typo && titleFits(tokens.slice(0, -1), typo, true) ? typo : null;
}

/** Resolved mentions by the date they were read at (NAMES_ONLY: none), then by mention. */
const cache = new Map<number, Map<string, Entity | null>>();
/** A date as a number (a Map finds a number faster than a string it builds each call). */
const NAMES_ONLY = -1;
let cached = 0;
const CACHE_LIMIT = 50_000;

/** A mention's key and whether it is written as a name: the same for every date it is read at. */
const keys = new Map<string, { key: string; lastWordCapitalised: boolean; roleOwnerWords: number }>();

/**
 * The gazetteer entity a mention names ("Bayramov", "Permov", "the Azerbaijani Ministry of
 * Defense", "Baku", "US Secretary of State Antony Blinken"), or null for pronouns and names the
 * gazetteer lacks. Role phrases are read at `at` (default: September 2023); with `at` null only
 * names count, not roles. Memoised.
 */
/**
 * "the Ministry of Defense of the Russian Federation", "… of the Republic of Azerbaijan": a
 * body of a state under the state's full official name is that state's, as under its short one;
 * so is the state itself under that name ("the Republic of Armenia said", as "Armenia said").
 */
const STATE_SHORT_NAME: Readonly<Record<string, string>> = {
  'russian federation': 'russia',
  'republic of azerbaijan': 'azerbaijan',
  'republic of armenia': 'armenia',
  'islamic republic of iran': 'iran',
  'french republic': 'france',
};
const STATE_FULL_NAME = new RegExp(`(^| of (?:the )?)(${Object.keys(STATE_SHORT_NAME).join('|')})$`);

/**
 * "Moscow's defense ministry", "Baku's foreign ministry": a capital owning a state body stands for
 * its state (the possessive is gone from the normalised key). Only capitals that seat no other
 * body the gazetteer knows by the same words.
 */
const CAPITAL_STATE: Readonly<Record<string, string>> = {
  moscow: 'russia',
  baku: 'azerbaijan',
  yerevan: 'armenia',
  ankara: 'turkey',
  tehran: 'iran',
  paris: 'france',
};
const CAPITAL_OWNER = new RegExp(
  `^(${Object.keys(CAPITAL_STATE).join('|')}) (?=(?:foreign|defen[cs]e|interior|justice|emergency) ministry$|ministry of )`,
);

const PARTICIPLE_BEFORE_NAME = /^(?:[Tt]he\s+)?\p{Lu}\p{L}*-\p{Ll}+ed\s+(?=\p{Lu})/u;

const CAPITALISED_LAST_WORD = /\p{Lu}[\p{L}'’.-]*\s*$/u;

/**
 * "the office of Armenia's prime minister", "the administration of Azerbaijani President Ilham
 * Aliyev": a leader's office named by its owner after "of", as the gazetteer names it before its
 * head ("the Armenian prime minister's office"); the holder's name after the title is no part of it.
 */
const LEADER_OFFICE =
  /^(?:[Tt]he\s+)?([Oo]ffice|[Aa]dministration)\s+of\s+(?:the\s+)?(\p{Lu}\p{Ll}+?)(['’]s)?\s+([Pp]rime\s+[Mm]inister|[Pp]resident)(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$/u;

const ADJECTIVES = new Set(Object.values(OWNER_DEMONYM));

/** The leader's office a LEADER_OFFICE mention names, in the gazetteer's word order, else null. */
function leaderOfficeKey(mention: string): string | null {
  const m = LEADER_OFFICE.exec(mention);
  if (!m) return null;
  const adjective = m[3] ? OWNER_DEMONYM[m[2]!] : ADJECTIVES.has(m[2]!) ? m[2] : undefined;
  return adjective ? `${adjective} ${m[4]!.toLowerCase()}'s ${m[1]!.toLowerCase()}` : null;
}

export function resolveEntityAt(mention: string, at: RoleDate | null = DEFAULT_ROLE_DATE): Entity | null {
  const dateKey = at ? at.year * 100 + (at.month ?? 0) : NAMES_ONLY;
  let atDate = cache.get(dateKey);
  const known = atDate?.get(mention);
  if (known !== undefined) return known;
  let read = keys.get(mention);
  if (!read) {
    // Typo matching only for what is written as a name: "Blinkin", not "the president".
    read = {
      key: normaliseName(mention)
        .replace(
          STATE_FULL_NAME,
          (_m, of: string, name: string) => `${of && ' of '}${STATE_SHORT_NAME[name]}`,
        )
        .replace(CAPITAL_OWNER, (_m, capital: string) => `${CAPITAL_STATE[capital]} `),
      lastWordCapitalised: CAPITALISED_LAST_WORD.test(mention),
      roleOwnerWords: roleOwnerWords(mention),
    };
    if (keys.size >= CACHE_LIMIT) keys.clear();
    keys.set(mention, read);
  }
  let entity = resolveKey(read.key, at, read.lastWordCapitalised, read.roleOwnerWords);
  // "the Geneva-based ICRC", "the Russian-led CSTO": where a body sits or who leads it, written as
  // one hyphenated participle before its name, is no part of the name.
  const participle = entity ? null : PARTICIPLE_BEFORE_NAME.exec(mention);
  if (participle) entity = resolveEntityAt(mention.slice(participle[0].length), at);
  const office = entity || !mention.includes(' of ') ? null : leaderOfficeKey(mention);
  if (office) entity = resolveEntityAt(office, at);
  if (cached >= CACHE_LIMIT) {
    cache.clear();
    cached = 0;
  }
  if (!atDate || !cache.has(dateKey)) cache.set(dateKey, (atDate = new Map()));
  atDate.set(mention, entity);
  cached++;
  return entity;
}

/** "Officials in Stepanakert" read at a date: the government they speak for, or null (see officialsOfPlace). */
export function officialsOf(mention: string, at: RoleDate): Entity | null {
  return OFFICIALS_HEAD.test(mention) ? officialsOfPlace(normaliseName(mention), at) : null;
}

/** Resolves a mention ("Bayramov", "the Secretary", "Baku") to a canonical entity, or null. */
export function resolveEntity(mention: string): Entity | null {
  return resolveEntityAt(mention);
}

export function entityById(id: string): Entity | null {
  return getIndex().byId.get(id)?.entity ?? null;
}

/**
 * The role a person holds at a date, as far as the gazetteer knows: its display role while one of
 * its dated terms covers the date, none outside them ("Vice President Joe Biden" in 2016 is no
 * "president"). A person the gazetteer lacks, or one with no dated terms, keeps the role given.
 */
export function roleAt(entity: Entity, at: RoleDate): string | undefined {
  const entry = getIndex().byId.get(entity.id)?.entry;
  if (!entry?.roles?.length) return entity.role;
  const first = at.year * 12 + (at.month ? at.month - 1 : 0);
  const last = at.year * 12 + (at.month ? at.month - 1 : 11);
  const held = entry.roles.some((term) => monthIndex(term.from, 0) <= last && termEnd(term.to) >= first);
  return held ? entity.role : undefined;
}

export function countryOf(entity: Entity): Country | undefined {
  return getIndex().byId.get(entity.id)?.entry.country;
}
