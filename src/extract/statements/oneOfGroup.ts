import { textEntity } from '../entities/textEntity.ts';
import type { Entity } from '../types.ts';

/** People named as a group: the plural a "said one" picks one of. */
const GROUP_OF_PEOPLE =
  /\b(residents|villagers|refugees|officials|diplomats|economists|analysts|experts|doctors|nurses|soldiers|activists|protesters|volunteers|witnesses|survivors|evacuees|returnees|farmers|shepherds|deminers|drivers|teachers|students|pensioners|journalists|lawmakers|deputies|shopkeepers|traders|workers|families|mothers|veterans|observers|locals|parents)\b/i;

/**
 * "Independent economists are more cautious. “…,” said one": the one who speaks is one of the
 * people the sentence before names as a group, filed under its singular ("economist"). Null when
 * that sentence names no such group.
 */
export function oneOfGroupBefore(text: string, unitStart: number): Entity | null {
  const before = text.slice(Math.max(0, unitStart - 400), unitStart).trimEnd();
  const stop = Math.max(
    before.lastIndexOf('. ', before.length - 2),
    before.lastIndexOf('.\n', before.length - 2),
    before.lastIndexOf('\n', before.length - 2),
  );
  const group = GROUP_OF_PEOPLE.exec(before.slice(stop + 1))?.[1];
  if (!group) return null;
  const singular = group.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return { ...textEntity(singular), kind: 'person' };
}
