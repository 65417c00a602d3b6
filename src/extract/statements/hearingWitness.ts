import { resolveEntityAt } from '../entities/resolve.ts';
import { textEntity } from '../entities/textEntity.ts';
import type { Entity, Statement } from '../types.ts';

/**
 * A hearing write-up or record lists its witness under a heading ("WITNESS", "Witnesses:") or on a
 * line of its own ("Witness: Yuri Kim, Acting Assistant Secretary …"), then calls them "the
 * witness" ("The witness told the panel …"). With one witness listed, "the witness" is that person.
 */

/** The heading and the first name under it, or "Witness: Name, role" on one line. */
const WITNESS_LIST =
  /^(?:WITNESS(?:ES)?|Witness(?:es)?)(?:[ \t]*:[ \t]*|[ \t]*\n+[ \t]*)(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3})(?:,[^\n]*)?\n(?!\p{Lu}[\p{L}'’.-]+[ \t]+\p{Lu}[\p{L}'’.-]+,)/mu;

const THE_WITNESS = /^the\s+witness$/i;

/** "the witness" named as the one witness the page lists; nothing changes when it lists none or several. */
export function withWitnessNamed(text: string, statements: Statement[]): Statement[] {
  if (!statements.some((s) => THE_WITNESS.test(s.mention))) return statements;
  const name = WITNESS_LIST.exec(text.slice(0, 3000))?.[1];
  if (!name) return statements;
  let witness: Entity | undefined = statements.find((s) => s.speaker.name === name)?.speaker;
  if (!witness) {
    const known = resolveEntityAt(name, null);
    witness = known?.kind === 'person' ? known : textEntity(name);
  }
  const found = witness;
  return statements.map((s) => (THE_WITNESS.test(s.mention) ? { ...s, speaker: found } : s));
}
