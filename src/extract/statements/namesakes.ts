import { editDistance } from '../entities/fuzzy.ts';
import { foldUndecomposed } from '../entities/normalise.ts';

/**
 * A surname as transliterations spell it alike: "Grigoryan"/"Grigorian", "Hajiyev"/"Hajiev",
 * "Shakhramanyan"/"Shahramanyan", "Abdullayeva"/"Abdullaeva" give one key.
 */
export function surnameKey(surname: string): string {
  let key = keys.get(surname);
  if (key === undefined) {
    if (keys.size > 50_000) keys.clear();
    keys.set(surname, (key = spellKey(surname)));
  }
  return key;
}

/** Names repeat across a corpus: each is keyed once. */
const keys = new Map<string, string>();

const COMBINING_MARK = /\p{M}/gu;
const DOUBLED_LETTER = /(\p{L})\1+/gu;

function spellKey(surname: string): string {
  return foldUndecomposed(surname.normalize('NFD').replace(COMBINING_MARK, '').toLowerCase())
    .replace(/ə/g, 'e')
    .replace(/kh/g, 'h')
    .replace(/dzh|zh/g, 'j')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(DOUBLED_LETTER, '$1')
    .replace(/(?<=[aeiou])i(?=[aeiou])/g, '');
}

/**
 * Two spellings of one surname in one document: the same key, or one letter apart in a long name.
 * A feminine ending is another person ("Aliyev" is not "Aliyeva").
 */
export function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  const [ka, kb] = [surnameKey(a), surnameKey(b)];
  if (ka === kb) return true;
  if (ka[0] !== kb[0] || Math.min(ka.length, kb.length) < 8) return false;
  if (ka.endsWith('a') !== kb.endsWith('a')) return false;
  return editDistance(ka, kb, 1) <= 1;
}

/**
 * Two capitalised words; the second is read ahead so that "For Tigran Grigoryan" yields "Tigran
 * Grigoryan". Sticky: it is tried only where a capital may start (see namePairsIn). A blank line
 * parts them: a rubric over a headline ("Europe News" / "Armenia says …") is no "News Armenia".
 */
export const NAME_PAIR_AT =
  /(?<![\p{L}’'-])(\p{Lu}[\p{Ll}’'-]+)(?=[^\S\n]*\n?[^\S\n]*(?<=\s)(\p{Lu}[\p{Ll}’'-]+)(?![\p{L}]))/uy;

/**
 * Can a capital letter start at `i`? Not an ASCII character other than A–Z, nor the second half
 * of a surrogate pair (a Unicode-aware scan never starts there). A cheap test before the pattern.
 */
function mayStartCapital(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return !(c >= 0xdc00 && c <= 0xdfff && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800);
}

const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
/** Lower-case ASCII letters, apostrophes and hyphens: what NAME_PAIR_AT's first word goes on with. */
const isAsciiWordRest = (c: number) => (c >= 97 && c <= 122) || c === 0x27 || c === 0x2d || c === 0x2019;

/**
 * Can NAME_PAIR_AT match at `i`, a capital? Read in ASCII only: a capital, lower-case letters,
 * white space, a capital. It answers no only where the pattern fails, and yes whenever a
 * character outside ASCII leaves it unsure, so the pattern runs at a few positions instead of
 * every capital (most capitals open a sentence: "The ministry").
 */
export function mayStartNamePair(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && isAsciiWordRest(text.charCodeAt(j))) j++;
  if (j >= text.length) return false;
  if (text.charCodeAt(j) >= 128) return true;
  if (j === i + 1) return false;
  let k = j;
  while (k < text.length && isAsciiSpace(text.charCodeAt(k))) k++;
  if (k === j || k >= text.length) return false;
  const c = text.charCodeAt(k);
  return c >= 128 || (c >= 65 && c <= 90);
}

interface NamePair {
  first: string;
  second: string;
  /** Where the first word ends (the pattern's lastIndex: the second word is only read ahead). */
  end: number;
}

/**
 * NAME_PAIR_AT's match at `i`, read by hand where the words and the space between them are ASCII
 * (or "’"), as most copy is: the pattern's Unicode classes were most of a document's scan. Any
 * other character leaves the answer to the pattern.
 */
export function namePairAt(text: string, i: number): NamePair | null {
  const read = asciiNamePairAt(text, i);
  if (read !== undefined) return read;
  NAME_PAIR_AT.lastIndex = i;
  const m = NAME_PAIR_AT.exec(text);
  return m ? { first: m[1]!, second: m[2]!, end: NAME_PAIR_AT.lastIndex } : null;
}

const isAsciiCapital = (c: number) => c >= 65 && c <= 90;
const isAsciiLetter = (c: number) => isAsciiCapital(c) || (c >= 97 && c <= 122);

/** Past a run of lower-case letters, apostrophes and hyphens from `at`; -1 at a character outside ASCII. */
function wordRestEnd(text: string, at: number): number {
  let j = at;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (isAsciiWordRest(c)) continue;
    return c >= 128 ? -1 : j;
  }
  return j;
}

/** NAME_PAIR_AT at `i` in ASCII: the pair, null for none, undefined when a character outside ASCII decides. */
function asciiNamePairAt(text: string, i: number): NamePair | null | undefined {
  const c = text.charCodeAt(i);
  if (c >= 128) return undefined;
  if (!isAsciiCapital(c)) return null;
  // (?<![\p{L}’'-])
  if (i > 0) {
    const before = text.charCodeAt(i - 1);
    if (before >= 128 && before !== 0x2019) return undefined;
    if (isAsciiLetter(before) || isAsciiWordRest(before)) return null;
  }
  const end = wordRestEnd(text, i + 1);
  if (end < 0) return undefined;
  if (end === i + 1) return null;
  // The space between: at least one white-space character, at most one line break.
  let k = end;
  let breaks = 0;
  for (; k < text.length; k++) {
    const s = text.charCodeAt(k);
    if (s === 10) breaks++;
    else if (!isAsciiSpace(s)) break;
  }
  if (k < text.length && text.charCodeAt(k) >= 128) return undefined;
  if (k === end || breaks > 1 || k >= text.length || !isAsciiCapital(text.charCodeAt(k))) return null;
  let secondEnd = wordRestEnd(text, k + 1);
  if (secondEnd < 0) return undefined;
  if (secondEnd === k + 1) return null;
  // (?![\p{L}]): before a letter the pattern gives back characters to the last apostrophe or hyphen.
  if (secondEnd < text.length && isAsciiLetter(text.charCodeAt(secondEnd))) {
    let back = secondEnd - 1;
    while (back >= k + 2 && isAsciiLetter(text.charCodeAt(back))) back--;
    if (back < k + 2) return null;
    secondEnd = back;
  }
  return { first: text.slice(i, end), second: text.slice(k, secondEnd), end };
}

/**
 * The full names ("First Surname") a document writes for a surname or a spelling of it, distinct,
 * in text order. `isFirstName` rules out titles and sentence openers ("Minister Grigoryan").
 */
export function fullNamesFor(surname: string, text: string, isFirstName: (w: string) => boolean): string[] {
  const found: string[] = [];
  const initial = surnameKey(surname)[0] ?? '';
  for (const [first, last] of namePairsIn(text).get(initial) ?? []) {
    if (!sameSurname(last, surname) || !isFirstName(first)) continue;
    const full = `${first} ${last}`;
    if (!found.includes(full)) found.push(full);
  }
  return found;
}

/**
 * A document is asked about many surnames in a row: its name pairs are scanned once, in text
 * order, filed by the first letter of their surname's key (a spelling of a surname shares it).
 */
let scanned: { text: string; pairs: Map<string, [string, string][]> } | null = null;

function namePairsIn(text: string): Map<string, [string, string][]> {
  if (scanned?.text !== text) {
    const pairs = new Map<string, [string, string][]>();
    // The matches a global scan of the pattern finds, in order: tried at every position that
    // may hold a capital (the pattern's unicode scan was most of the cost), resumed after each.
    for (let i = 0; i < text.length; i++) {
      if (!mayStartCapital(text, i) || !mayStartNamePair(text, i)) continue;
      const pair = namePairAt(text, i);
      if (!pair) continue;
      const initial = surnameKey(pair.second)[0] ?? '';
      let filed = pairs.get(initial);
      if (!filed) pairs.set(initial, (filed = []));
      filed.push([pair.first, pair.second]);
      i = pair.end - 1;
    }
    scanned = { text, pairs };
  }
  return scanned.pairs;
}

/** The entry of a map keyed by surname whose key is a spelling of `surname` ("Grigorian" finds "Grigoryan"). */
export function bySurnameSpelling<T>(bySurname: ReadonlyMap<string, T>, surname: string): T | undefined {
  const initial = surnameKey(surname)[0];
  for (const [key, value] of bySurname)
    if (surnameKey(key)[0] === initial && sameSurname(key, surname)) return value;
  return undefined;
}
