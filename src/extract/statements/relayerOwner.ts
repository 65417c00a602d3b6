import { countryOf, resolveEntityAt } from '../entities/resolve.ts';
import type { Entity } from '../types.ts';
import type { Discourse } from './discourse/state.ts';

const RELAYER_NOUN =
  '(?:spokes(?:man|woman|person)|press\\s+secretary|official\\s+representative|assistant|aide|adviser|advisor)';

/** "Pashinyan's spokeswoman, |", "Kremlin spokesman |": a possessive owner before the title. */
const OWNER_POSSESSIVE = new RegExp(
  `(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})['’]s?\\s+${RELAYER_NOUN},?\\s*$`,
  'u',
);

/** "Press Secretary of the President of Russia |", "Assistant to the President |": the owner after "of"/"to"/"for". */
const OWNER_AFTER = new RegExp(
  `${RELAYER_NOUN}\\s+(?:of|to|for)\\s+(?:the\\s+)?([^,.;:!?"“”\\n]{2,70}?),?\\s*$`,
  'iu',
);

/** "Mane Gevorgyan, spokeswoman for Prime Minister Nikol Pashinyan,": the owner in an apposition after the name. */
const OWNER_APPOSED_AFTER = new RegExp(
  `^,\\s*(?:the\\s+)?${RELAYER_NOUN}\\s+(?:of|to|for)\\s+(?:the\\s+)?([^,.;:!?"“”\\n]{2,70}?),`,
  'iu',
);

/** A head of state's or government's post in a body's own name: "Administration of the President of Azerbaijan". */
const POST_IN_BODY_NAME = /\b((?:President|Prime Minister) of (?:the Republic of )?\p{Lu}[\p{L}-]+)$/u;

/**
 * The person a relayer speaks for, as the text titles them next to one of the relayer's mentions
 * (up to `end`) or as their known role says ("Spokesperson of the Prime Minister of Armenia"), read
 * at the document's date. Null when no title names a person as the owner.
 */
export function relayerOwner(relayer: Entity, d: Discourse, end: number): Entity | null {
  const owners: string[] = [];
  const names = [relayer.name, relayer.name.split(' ').at(-1)!];
  for (const name of names)
    for (let at = d.text.indexOf(name); at >= 0 && at < end; at = d.text.indexOf(name, at + 1)) {
      const before = d.text.slice(Math.max(0, at - 120), at);
      const m = OWNER_POSSESSIVE.exec(before) ?? OWNER_AFTER.exec(before);
      if (m) owners.push(m[1]!);
      const after = OWNER_APPOSED_AFTER.exec(d.text.slice(at + name.length, at + name.length + 120));
      if (after) owners.push(after[1]!);
    }
  if (relayer.role) {
    const m = OWNER_AFTER.exec(relayer.role) ?? OWNER_POSSESSIVE.exec(relayer.role);
    if (m) owners.push(m[1]!);
  }
  // "the Administration of the President of Azerbaijan": a body named for its head's post speaks
  // for whoever held the post at the document's date.
  const post = POST_IN_BODY_NAME.exec(relayer.name)?.[1];
  if (relayer.kind === 'organisation' && post) owners.push(post);
  for (const words of owners) {
    const owner = resolveEntityAt(words.replace(/^the\s+/i, ''), d.at);
    if (owner?.kind === 'person' && owner.id !== relayer.id) return owner;
  }
  return null;
}

/** Two people the gazetteer places in different countries. */
export function otherCountries(a: Entity, b: Entity): boolean {
  const x = countryOf(a);
  const y = countryOf(b);
  return !!x && !!y && x !== y;
}
