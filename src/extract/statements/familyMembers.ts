import { resolveEntityAt } from '../entities/resolve.ts';
import { textEntity } from '../entities/textEntity.ts';
import type { Entity } from '../types.ts';
import type { Discourse, ResolvedSpeaker } from './discourse/state.ts';

/** "The Petrosyans", "the Joneses": a family by its surname in the plural. */
const FAMILY = /^[Tt]he\s+(\p{Lu}[\p{Ll}'’-]+?)(?:es|s)$/u;

const GIVEN = String.raw`\p{Lu}[\p{Ll}'’-]+`;

/**
 * "Hovik and Seda Petrosyan …. The Petrosyans said …": each member the text named before with
 * the surname is a speaker, the given names shared before one surname ("Hovik and Seda
 * Petrosyan") as well. Null unless two members at least are named: a family no one can name
 * stays as written.
 */
export function familyMembers(phrase: string, d: Discourse): ResolvedSpeaker[] | null {
  const m = FAMILY.exec(phrase);
  if (!m) return null;
  const before = d.text.slice(0, d.speakerAt >= 0 ? d.speakerAt : d.unitStart);
  const surnames = [m[1]!, `${m[1]!}e`].filter((s) => before.includes(s));
  if (!surnames.length) return null;
  const names = new Set<string>();
  for (const surname of surnames) {
    const named = new RegExp(
      String.raw`(?<![\p{L}'’-])(${GIVEN}(?:\s*,\s*${GIVEN})*(?:\s*,?\s+and\s+${GIVEN})?)\s+${surname}(?![\p{L}'’-])`,
      'gu',
    );
    for (const n of before.matchAll(named))
      for (const given of n[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) names.add(`${given} ${surname}`);
  }
  if (names.size < 2) return null;
  return [...names].map((name) => ({ entity: person(name, d), mention: phrase, viaDocument: false }));
}

function person(name: string, d: Discourse): Entity {
  const known = resolveEntityAt(name, d.at);
  return known?.kind === 'person' ? known : { ...textEntity(name), kind: 'person' };
}
