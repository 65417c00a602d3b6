import { privateNamesake } from '../entities/privateNamesake.ts';
import { resolveEntityAt } from '../entities/resolve.ts';
import { textEntity, trailingProperName } from '../entities/textEntity.ts';
import type { Entity } from '../types.ts';

/**
 * The word after a given name: one capitalised name word ("Rafael Mammadli", "Wang Wenbin"), with
 * no third after it ("China Morning Post" names a paper).
 */
const NEXT_NAME_WORD = /^ (\p{Lu}[\p{Ll}’'-]+)(?![\p{L}])(?!\s+\p{Lu})/u;

/**
 * "Rafael said" in a feature that wrote out "Rafael Mammadli" (family members share a surname and
 * are told apart by given names), "Wang said" after "Wang Wenbin" (a family name written first):
 * the one person whose full name the document writes with this word first. Null when it writes
 * none, or several ("Anna Petrosyan" and "Anna Grigoryan"), or the full name is no person's.
 * Read only for a one-word name nothing else resolved; found by plain string search. `firstAt` is
 * where the full name is first written: a given name points back to it, never ahead.
 */
export function givenNameInText(word: string, text: string): { person: Entity; firstAt: number } | null {
  const people = new Map<string, Entity>();
  let firstAt = -1;
  for (let i = text.indexOf(`${word} `); i >= 0; i = text.indexOf(`${word} `, i + word.length)) {
    if (i > 0 && /[\p{L}’'-]/u.test(text[i - 1]!)) continue;
    const next = NEXT_NAME_WORD.exec(text.slice(i + word.length, i + word.length + 40))?.[1];
    if (!next) continue;
    const full = `${word} ${next}`;
    const known = resolveEntityAt(full, null);
    if (known) {
      // "Armen" after "Armen Sargsyan, 41,": the private namesake the text introduced.
      const person = privateNamesake(known, full, text) ?? known;
      if (person.kind === 'person') {
        people.set(person.id, person);
        if (firstAt < 0) firstAt = i;
      }
      continue;
    }
    if (trailingProperName(full)?.name !== full) continue;
    const entity = textEntity(full);
    if (entity.kind === 'person') {
      people.set(entity.id, entity);
      if (firstAt < 0) firstAt = i;
    }
  }
  return people.size === 1 ? { person: [...people.values()][0]!, firstAt } : null;
}
