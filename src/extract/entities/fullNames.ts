import { OPENING_FUNCTION_WORDS } from './speakerWords.ts';
import { trailingProperName } from './textEntity.ts';

/**
 * Capitalised words that stand before a name without being part of it: sentence openers, days,
 * months, nationalities ("After Ocampo spoke", "On Monday Ocampo", "Armenian Grigoryan").
 */
const NOT_A_NAME_WORD = new Set(
  (
    'The A An In On At After Before With Without For From By And But Also When While As If Then According ' +
    'Meanwhile To Of That This These Those Asked Speaking Like Unlike Since During Until Under Over Yet So Still ' +
    'Here There Now Today Yesterday Tomorrow Last Next Earlier Later Monday Tuesday Wednesday Thursday Friday ' +
    'Saturday Sunday January February March April May June July August September October November December ' +
    'Armenian Azerbaijani Russian Turkish Georgian Iranian French American European British German Karabakh ' +
    'Armenia Azerbaijan Russia Turkey Georgia Iran France Britain Germany Moscow Baku Yerevan Stepanakert ' +
    'Nagorno-Karabakh Artsakh Washington Brussels Paris London Ankara Tbilisi Mr Mrs Ms Dr Sir Madam Lord Lady'
  ).split(' '),
);

function notANameWord(word: string): boolean {
  return NOT_A_NAME_WORD.has(word) || OPENING_FUNCTION_WORDS.has(word.toLowerCase());
}

/** Where a name's words stop, looking back: punctuation, a quote, a line break. */
const STOP = /[\n,;:.!?()"“”«»[\]]/;

const CAPITALISED_NAME_WORD = /^\p{Lu}[\p{Ll}’'-]+$/u;

/**
 * The longest full name the document writes for `name` ("Luis Moreno Ocampo" for "Ocampo" or
 * "Moreno Ocampo"): at each place the text writes `name`, the capitalised name words right
 * before it (no titles, see trailingProperName). Null when the text writes no longer form, or
 * two that are not one name (a "Heydar Aliyev" and an "Ilham Aliyev": never guess which).
 */
export function longestFullName(text: string, name: string): string | null {
  let longest = name;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (/[\p{L}\p{N}’'-]/u.test(text[at - 1] ?? ' ') || /[\p{L}\p{N}-]/u.test(text[end] ?? ' ')) continue;
    const before = text.slice(Math.max(0, at - 80), at);
    const stop = lastStop(before);
    const words = before
      .slice(stop + 1)
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    let start = words.length;
    while (start > 0 && CAPITALISED_NAME_WORD.test(words[start - 1]!)) start--;
    // "Minister of Labour and Social Affairs Ruben Sargsyan": capitals after "of"/"and" end a role's name.
    if (start > 0 && /^(?:of|and|for|the|&)$/i.test(words[start - 1]!)) continue;
    while (start < words.length && notANameWord(words[start]!)) start++;
    // "Commission President Ursula von der Leyen": title words before the given name are read off below.
    if (start === words.length || words.length - start > 4) continue;
    const proper = trailingProperName([...words.slice(start), name].join(' '));
    if (!proper?.name.endsWith(` ${name}`)) continue;
    if (proper.name.split(' ').length - name.split(' ').length > 2) continue;
    if (proper.name.split(' ').some(notANameWord)) continue;
    if (proper.name.endsWith(` ${longest}`) || proper.name === longest) {
      if (proper.name.length > longest.length) longest = proper.name;
    } else if (!longest.endsWith(` ${proper.name}`)) return null;
  }
  return longest === name ? null : longest;
}

function lastStop(before: string): number {
  for (let i = before.length - 1; i >= 0; i--) if (STOP.test(before[i]!)) return i;
  return -1;
}
