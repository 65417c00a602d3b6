/**
 * Abbreviations a document defines for a name: "the Azerbaijan National Agency for Mine Action
 * (ANAMA)", "ANAMA (Azerbaijan National Agency for Mine Action)", "Médecins Sans Frontières
 * (MSF)". Read at each "(" only: a document without parentheses costs one indexOf.
 */

export interface Abbreviation {
  /** The name written out, as the text writes it, without a leading "the": "Azerbaijan's Mine Action Agency". */
  long: string;
  /** "ANAMA". */
  short: string;
}

/** Lower-case words a name may hold between its capitalised words: "Committee of the Red Cross". */
const CONNECTOR = /^(?:of|for|the|and|on|in|de|des|du|la|le|el|to|against|&)$/;
const CAPITALISED = /^\p{Lu}[\p{L}’'.-]*$/u;
/** Capitalised words that open a sentence or a clause and are no part of a body's name. */
const NOT_IN_NAME =
  /^(?:The|A|An|In|On|At|By|For|From|With|And|But|According|After|Before|Since|When|While|As|Of|To|This|That|Its|Their|His|Her)$/;
const SHORT_FORM = /^\p{Lu}[\p{Lu}\p{Ll}&-]{1,9}$/u;
/** A short form with the branch's country or city after it: "ANC Australia", "UNICEF Armenia". */
const BRANCH_SHORT_FORM = /^\p{Lu}{2,6}\s\p{Lu}\p{Ll}+$/u;
const MAX_WORDS = 9;
const KNOWN_AS = /,\s+(?:better\s+|also\s+)?known\s+as\s+(\p{Lu}[\p{Lu}&-]{1,9})(?=[\s,.;)])/gu;

/** What parts a name's words: spaces, hyphens, and the commas of a name that lists its parts ("Foreign, Commonwealth and Development Office"). */
const NAME_WORD_BREAK = /[\s,-]+/;

/** Upper-case letters of an abbreviation ("MoD" → "MD"), and whether it has two or more. */
function capitalsOf(short: string): string {
  return short.replace(/[^\p{Lu}]/gu, '');
}

const LEADING_OWNER_WORD = /^\p{Lu}[\p{L}-]*(?:['’]s)?\s+(?=\p{Lu})/u;
const OWNER_AFTER_OF = /^(.+?)\s+of\s+(\p{Lu}[\p{L}-]*)$/u;

/**
 * Does the abbreviation fit the name's initials? Its first letter is the name's first initial,
 * and its capitals are initials of the name's capitalised words: all of a short one, all but one
 * of a longer one ("ANAMA" for "Azerbaijan's Mine Action Agency": the text dropped "National").
 */
export function fitsInitials(short: string, long: string): boolean {
  // "Azerbaijan's State Demining Agency (SDA)": a name may open with its owner, which the short form leaves out.
  const owned = LEADING_OWNER_WORD.exec(long);
  // "the Mine Action Agency of Azerbaijan (ANAMA)": the owner after "of" may open the short form.
  const ownerAfter = OWNER_AFTER_OF.exec(long);
  return (
    fitsAll(short, long) ||
    (!!ownerAfter && fitsAll(short, `${ownerAfter[2]} ${ownerAfter[1]}`)) ||
    (!!owned &&
      // "the Swiss Federal Department of Foreign Affairs (FDFA)": a longer short form may leave out any opening adjective.
      (/['’]s\s|(?:an|ani|ian|ish|ese|ch)\s$/.test(owned[0]) || capitalsOf(short).length >= 3) &&
      fitsAll(short, long.slice(owned[0].length)))
  );
}

function fitsAll(short: string, long: string): boolean {
  const capitals = capitalsOf(short);
  if (capitals.length < 2) return false;
  const initials = long
    .split(NAME_WORD_BREAK)
    .filter((w) => CAPITALISED.test(w))
    .map((w) => w[0]!.toUpperCase());
  if (initials.length < 2 || initials[0] !== capitals[0]) return false;
  const pool = [...initials];
  let matched = 0;
  for (const c of capitals) {
    const at = pool.indexOf(c);
    if (at < 0) continue;
    pool.splice(at, 1);
    matched++;
  }
  // Every letter of a short one; all but one of a longer one.
  return (
    matched >= (capitals.length >= 4 ? capitals.length - 1 : capitals.length) &&
    capitals.length <= initials.length + 1
  );
}

/** The capitalised name that ends right before `end` ("… said the Mine Action Agency| (ANAMA)"). */
function nameEndingAt(text: string, end: number): string | null {
  const words = text
    .slice(Math.max(0, end - 160), end)
    .split(/[\n,;:.!?()"“”«»]/)
    .pop()!
    .trim()
    .split(/\s+/);
  let start = words.length;
  let capitals = 0;
  while (start > 0 && words.length - start < MAX_WORDS) {
    const w = words[start - 1]!;
    if (CAPITALISED.test(w) && !NOT_IN_NAME.test(w)) capitals++;
    else if (!CONNECTOR.test(w)) break;
    start--;
  }
  while (start < words.length && !CAPITALISED.test(words[start]!)) start++;
  while (start < words.length && NOT_IN_NAME.test(words[start]!)) start++;
  if (capitals < 2 || start >= words.length) return null;
  return words.slice(start).join(' ');
}

/**
 * "The European Union monitoring mission in Armenia, known as EUMA,": a sentence's subject that
 * the text names by a short form may hold lower-case words a name does not ("monitoring
 * mission"). The words from "The" opening the sentence to the comma, when a capitalised word
 * follows "The"; null otherwise.
 */
function subjectEndingAt(text: string, end: number): string | null {
  const m = SUBJECT_BEFORE_COMMA.exec(text.slice(Math.max(0, end - 160), end));
  return m && m[1]!.split(/\s+/).length <= MAX_WORDS ? m[1]! : null;
}

const SUBJECT_BEFORE_COMMA = /(?:^|[.!?\n]\s*)The\s+(\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+)+)$/u;

/** A parenthesis that holds a capitalised name of two words or more: "(Azerbaijan National Agency for Mine Action)". */
function nameInside(inner: string): string | null {
  const words = inner
    .trim()
    .replace(/^the\s+/i, '')
    .split(/\s+/);
  if (words.length < 2 || words.length > MAX_WORDS) return null;
  if (!CAPITALISED.test(words[0]!) || !CAPITALISED.test(words.at(-1)!)) return null;
  return words.every((w) => CAPITALISED.test(w) || CONNECTOR.test(w)) ? words.join(' ') : null;
}

/** Nouns that end a body's name: "… Agency", "… Committee". */
const BODY_END =
  /^(?:Agency|Committee|Commission|Service|Ministry|Office|Council|Centre|Center|Bureau|Board|Authority|Fund|Society|Directorate|Inspectorate|Department|Mission|Organi[sz]ation|Institute)$/;

const CAPITALS_ACRONYM = /^\p{Lu}{3,9}$/u;

/**
 * "the Mine Action Agency (ANAMA)": the text writes a shorter name than the official one its
 * letters stand for ("Azerbaijan National Agency for Mine Action"). The body's name is defined all
 * the same when every initial of the written name is among the letters, which are all capitals.
 */
function shortenedOfficialName(long: string, short: string): boolean {
  if (!CAPITALS_ACRONYM.test(short) || !BODY_END.test(long.split(/\s+/).pop()!)) return false;
  const letters = [...short];
  for (const w of long.split(/[\s-]+/)) {
    if (!CAPITALISED.test(w)) continue;
    const at = letters.indexOf(w[0]!.toUpperCase());
    if (at < 0) return false;
    letters.splice(at, 1);
  }
  return true;
}

/**
 * "Romania's Ministry of Foreign Affairs (MAE)": translated copy keeps a ministry's own-language
 * letters (Ministerul Afacerilor Externe, Ministère, Ministerio, Ministerstvo), whose initials
 * are not the English name's; they still open with the ministry's M.
 */
function nativeMinistry(long: string, short: string): boolean {
  return /^M\p{Lu}{1,5}$/u.test(short) && /(?:^|\s)Ministry\s+of\s+\p{Lu}/u.test(long);
}

/** Nouns that head a body's name before its domain or seat: "Council of South America", "… Party". */
const BODY_HEAD = /^(?:Party|Foundation|Union|Association|Movement|Front|Congress)$/;
const AFTER_HEAD = /^(?:of|for|on|in)$/;

/**
 * "the Disaster and Emergency Management Authority (AFAD)", "the Armenian National Council of
 * South America (CNAS)": translated copy keeps a body's own-language letters (Afet ve Acil Durum,
 * Consejo Nacional Armenio), whose initials are not the English name's. A short form in capitals
 * right after a name headed by a body's noun defines it all the same (CONVENTIONS 7), when the name
 * has words enough for a translation of it ("the Demining Board (XYZ)" defines nothing).
 */
function nativeBody(long: string, short: string): boolean {
  if (!/^\p{Lu}{3,6}$/u.test(short)) return false;
  const words = long.split(/\s+/);
  const capitalised = words.filter((w) => CAPITALISED.test(w)).length;
  if (capitalised < 3 || short.length > capitalised + 1) return false;
  const domain = words.findIndex((w) => AFTER_HEAD.test(w));
  const head = domain > 0 ? words[domain - 1]! : words.at(-1)!;
  return BODY_END.test(head) || BODY_HEAD.test(head);
}

/** A short form in capitals, then a comma and a capitalised name: "ANAMA, the Mine Action Agency,". */
const APPOSED_NAME =
  /(?=\p{Lu}{3})(?<![\p{L}\p{N}])(\p{Lu}{3,9}),\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:of|for|the|and|on|in|\p{Lu}[\p{L}’'-]*)){1,8})(?=[,.;:)]|\s+(?:said|says|announced|reported|stated)\b)/gu;
const TRAILING_CONNECTORS = /(?:\s+(?:of|for|the|and|on|in))+$/;

const ABBREVIATION_AT_END = /(?:^|[\s(])(\p{Lu}[\p{Lu}\p{Ll}&-]{1,9})\s*$/u;

/** Every abbreviation the text defines, in text order (each pair once). */
export function definedAbbreviations(text: string): Abbreviation[] {
  const found: Abbreviation[] = [];
  const seen = new Set<string>();
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open);
    if (close < 0) break;
    if (close - open > 120) continue;
    const inner = text.slice(open + 1, close);
    if (SHORT_FORM.test(inner) || BRANCH_SHORT_FORM.test(inner)) {
      const long = nameEndingAt(text, open);
      if (long)
        addAbbreviation(
          found,
          seen,
          long,
          inner,
          shortenedOfficialName(long, inner) || nativeMinistry(long, inner) || nativeBody(long, inner),
        );
      continue;
    }
    // "ANAMA (Azerbaijan National Agency for Mine Action)": the short form before, the name inside.
    const before = ABBREVIATION_AT_END.exec(text.slice(Math.max(0, open - 14), open));
    const long = before && SHORT_FORM.test(before[1]!) ? nameInside(inner) : null;
    if (long) addAbbreviation(found, seen, long, before![1]!, false);
  }
  // "ANAMA, the Mine Action Agency, said …": the short form first, its name set off after it, when
  // the name's initials fit the short form's letters.
  for (const m of text.matchAll(APPOSED_NAME)) {
    const long = m[2]!.replace(TRAILING_CONNECTORS, '');
    if (long.includes(' ')) addAbbreviation(found, seen, long, m[1]!, shortenedOfficialName(long, m[1]!));
  }
  // "The Mine Action Agency, known as ANAMA, says …": the text itself names the short form, which
  // may stand for a longer official name than the one written (no initials to check).
  // The pattern's scan tries a comma at every one in the text: only a text with "known" can match.
  for (const m of text.includes('known') ? text.matchAll(KNOWN_AS) : []) {
    const long = nameEndingAt(text, m.index) ?? subjectEndingAt(text, m.index);
    if (long) addAbbreviation(found, seen, long, m[1]!, true);
  }
  return found;
}

function addAbbreviation(
  found: Abbreviation[],
  seen: Set<string>,
  long: string,
  short: string,
  named: boolean,
): void {
  const key = `${long}\u0000${short}`;
  if (seen.has(key) || (!named && !fitsInitials(short, long))) return;
  seen.add(key);
  found.push({ long, short });
}

/** Initials of a name's capitalised words: "International Committee of the Red Cross" → "ICRC". */
export function initialsOf(name: string): string {
  let initials = initialsByName.get(name);
  if (initials === undefined) {
    if (initialsByName.size > 20_000) initialsByName.clear();
    initialsByName.set(name, (initials = readInitials(name)));
  }
  return initials;
}

/** Names recur across documents: each is read once. */
const initialsByName = new Map<string, string>();

function readInitials(name: string): string {
  return name
    .split(NAME_WORD_BREAK)
    .filter((w) => CAPITALISED.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** Is `word` written in the text as a word of its own (case as given)? */
export function writesWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
