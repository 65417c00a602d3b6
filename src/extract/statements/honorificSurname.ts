import { resolveEntityAt } from '../entities/resolve.ts';
import type { Entity } from '../types.ts';

const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’-]+$/u;
const LAST_CAPITALISED_WORD = /(\p{Lu}[\p{L}'’-]+)$/u;

/**
 * "Mr. Michel" after "European Council President Charles Michel": the one person the gazetteer
 * knows whom the text wrote out in full, before, with that surname. Null when no such full name
 * stands before, or two different people do ("Ilham Aliyev" and "Heydar Aliyev").
 */
export function knownFullNameBefore(text: string, before: number, surname: string): Entity | null {
  if (!CAPITALISED_WORD.test(surname)) return null;
  const head = text.slice(0, before);
  let at = head.indexOf(` ${surname}`);
  if (at < 0) return null;
  let found: Entity | null = null;
  for (; at >= 0; at = head.indexOf(` ${surname}`, at + 1)) {
    const end = at + 1 + surname.length;
    if (/[\p{L}'’-]/u.test(head[end] ?? '')) continue;
    const first = LAST_CAPITALISED_WORD.exec(head.slice(Math.max(0, at - 30), at))?.[1];
    if (!first) continue;
    const known = resolveEntityAt(`${first} ${surname}`, null);
    if (known?.kind !== 'person') continue;
    if (found && found.id !== known.id) return null;
    found = known;
  }
  return found;
}
