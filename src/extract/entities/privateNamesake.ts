import type { Entity } from '../types.ts';
import { GAZETTEER, type GazetteerEntry } from './gazetteer.ts';
import { COUNTRY_WORDS } from './qualifiedBodies.ts';
import { textEntity } from './textEntity.ts';

/**
 * News introduces a private person with an age in apposition and no title ("Armen Sargsyan, 41,
 * has not slept", "Anna Petrosyan, aged 35", "41-year-old Armen Sargsyan", "Armen Sargsyan (41)") and then calls them by
 * the given name; a public figure gets a title or a role. A full name the gazetteer knows, written
 * so in a text that writes none of that person's role words ("president", "minister"), is a
 * private namesake: the text's own person, not the public one. Null when the text gives no reason
 * to doubt the gazetteer (no age apposition, or a word of the person's roles anywhere).
 */
export function privateNamesake(person: Entity, written: string, text: string): Entity | null {
  if (person.kind !== 'person' || person.id.startsWith('text:') || !written.includes(' ')) return null;
  if (!introducedWithAge(written, text)) return null;
  const words = roleWords(person.id);
  if (!words || words.some((w) => writesRoleWord(w, text, person.id))) return null;
  const own = textEntity(written);
  return own.kind === 'person' ? own : null;
}

// European papers put the age in brackets: "driver Armen Sargsyan (52)".
const AGE_AFTER = /^,\s*(?:aged\s+)?\d{1,3}\s*,|^,\s*aged\s+\d{1,3}(?!\d)|^\s*\(\d{1,3}\)/;
// "41-year-old Armen Sargsyan", "a 63-year-old refugee, Armen Sargsyan": an age, at most two
// lower-case words for what the person is, then the name.
const AGE_BEFORE = /(?<!\d)\d{1,3}-year-old\s+(?:\p{Ll}[\p{Ll}-]*(?:,\s+|\s+)){0,2}$/u;

function introducedWithAge(name: string, text: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (/[\p{L}’'-]/u.test(text[at - 1] ?? ' ') || /[\p{L}’'-]/u.test(text[end] ?? ' ')) continue;
    if (AGE_AFTER.test(text.slice(end, end + 16)) || AGE_BEFORE.test(text.slice(Math.max(0, at - 48), at)))
      return true;
  }
  return false;
}

/**
 * Does the text write a role word of the person's? Not when it titles someone else by name
 * ("adviser to President Ilham Aliyev"): that word is the other person's.
 */
function writesRoleWord(word: string, text: string, id: string): boolean {
  const own = nameWords(id);
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'giu'))) {
    // "Azerbaijan's president", "Turkish President": another state's office, not the person's.
    if (anotherStatesOffice(text.slice(Math.max(0, m.index - 40), m.index), id)) continue;
    const next = /^\s+(\p{Lu}[\p{L}’'-]+)/u.exec(
      text.slice(m.index + m[0].length, m.index + m[0].length + 40),
    );
    if (!next || own.has(next[1]!)) return true;
  }
  return false;
}

/** The state a role word's owner names right before it ("Azerbaijan's", "French"), when not the person's own. */
function anotherStatesOffice(before: string, id: string): boolean {
  const owner = /(\p{L}+)(?:['’]s?)?\s+$/u.exec(before)?.[1]?.toLowerCase();
  if (!owner) return false;
  const country = COUNTRY_OF.get(owner);
  byId ??= new Map(GAZETTEER.map((e) => [e.id, e]));
  return country !== undefined && country !== byId.get(id)?.country;
}

const COUNTRY_OF = new Map<string, string>(COUNTRY_WORDS);

/** The words of a gazetteer person's name and variants: "Armen", "Sarkissian", "Sargsyan". */
function nameWords(id: string): Set<string> {
  byId ??= new Map(GAZETTEER.map((e) => [e.id, e]));
  const entry = byId.get(id);
  return new Set([entry?.name ?? '', ...(entry?.variants ?? [])].flatMap((n) => n.split(/\s+/)));
}

const NOT_A_ROLE_WORD = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'on', 'a', 'an', 'de', 'du', 'la']);
const COUNTRY = new Set(COUNTRY_WORDS.flatMap(([name]) => name.split(' ')));

let byId: Map<string, GazetteerEntry> | null = null;
const wordsOf = new Map<string, string[] | null>();

/** The words of a gazetteer person's roles, lower case, without country words: "president", "minister". */
function roleWords(id: string): string[] | null {
  let words = wordsOf.get(id);
  if (words !== undefined) return words;
  byId ??= new Map(GAZETTEER.map((e) => [e.id, e]));
  const entry = byId.get(id);
  const phrases = entry ? [entry.role ?? '', ...(entry.roles ?? []).flatMap((r) => r.phrases)] : [];
  const found = new Set<string>();
  for (const phrase of phrases)
    for (const raw of phrase.toLowerCase().split(/[^\p{L}'’-]+/u)) {
      const word = raw.replace(/['’]s$/, '');
      if (word.length > 1 && !NOT_A_ROLE_WORD.has(word) && !COUNTRY.has(word) && /^[\p{L}-]+$/u.test(word))
        found.add(word);
    }
  // A person the gazetteer gives no role is never told apart by one: keep the gazetteer's reading.
  words = found.size > 0 ? [...found] : null;
  wordsOf.set(id, words);
  return words;
}
