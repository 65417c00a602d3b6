import type { Entity } from '../types.ts';

/** "the ministry", "the agency": a body's class noun, which points back to the body last named so. */
const CLASS_NOUN = /^the\s+(ministry|agency|service|committee|department|office)$/i;

/**
 * The body a class noun points back to ("according to the ministry's information" after "the
 * Defence Ministry has said"): the last body speaking or named whose name holds that noun. Null
 * when none does.
 */
export function bodyBack(
  owner: string,
  bodies: { lastBody: Entity | null; mentioned: (fits: (e: Entity) => boolean) => Entity | null },
): Entity | null {
  const noun = CLASS_NOUN.exec(owner)?.[1]?.toLowerCase();
  if (!noun) return null;
  const fits = (e: Entity) =>
    (e.kind === 'organisation' || e.kind === 'government') && e.name.toLowerCase().includes(noun);
  if (bodies.lastBody && fits(bodies.lastBody)) return bodies.lastBody;
  return bodies.mentioned(fits);
}
