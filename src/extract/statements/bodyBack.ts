import type { Entity } from '../types.ts';

/** "the ministry", "the agency": a body's class noun, which points back to the body last named so. */
const CLASS_NOUN = /^the\s+(ministry|agency|service|committee|department|office)$/i;

/**
 * The body a class noun points back to ("according to the ministry's information" after "the
 * Defence Ministry has said"), as `named` finds a body of that noun (the one named so in the last
 * sentences, else the last that spoke or was named). Null when no body fits, or two rivals do.
 */
export function bodyBack(
  owner: string,
  named: (noun: string, fits: (e: Entity) => boolean) => Entity | null,
): Entity | null {
  const noun = CLASS_NOUN.exec(owner)?.[1]?.toLowerCase();
  if (!noun) return null;
  return named(
    noun,
    (e) => (e.kind === 'organisation' || e.kind === 'government') && e.name.toLowerCase().includes(noun),
  );
}
