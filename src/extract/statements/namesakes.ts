import { editDistance } from '../entities/fuzzy.ts';

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

function spellKey(surname: string): string {
  return surname
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ə/g, 'e')
    .replace(/kh/g, 'h')
    .replace(/dzh|zh/g, 'j')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(\p{L})\1+/gu, '$1')
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

/** Two capitalised words; the second is read ahead so that "For Tigran Grigoryan" yields "Tigran Grigoryan". */
const NAME_PAIR = /(?<![\p{L}’'-])(\p{Lu}[\p{Ll}’'-]+)(?=\s+(\p{Lu}[\p{Ll}’'-]+)(?![\p{L}]))/gu;

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
    NAME_PAIR.lastIndex = 0;
    for (let m = NAME_PAIR.exec(text); m; m = NAME_PAIR.exec(text)) {
      const initial = surnameKey(m[2]!)[0] ?? '';
      let filed = pairs.get(initial);
      if (!filed) pairs.set(initial, (filed = []));
      filed.push([m[1]!, m[2]!]);
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
