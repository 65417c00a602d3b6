import { officialsOf, type RoleDate } from '../entities/resolve.ts';
import type { Entity } from '../types.ts';

/** "the enclave's health ministry", "the region's former leaders": a body owned by a place named before. */
const OWNED_BY_PLACE =
  /^the\s+(?:enclave|region|territory|breakaway\s+region|separatist\s+region)['’]s?\s+(?:[\p{L}-]+\s+){0,3}(?:authorities|government|leaders|leadership|officials|administration|ministry|ministries|parliament|police)$/iu;

/**
 * The body "the enclave's …", "the region's …" stands for: the authority seated, at the time, in
 * the place the text named last (`lastPlace`), when the gazetteer seats one there. Null when the
 * last place seats no one ("the region's governor" after "Syunik" is no one the gazetteer knows).
 */
export function placeOwnedBody(phrase: string, lastPlace: () => Entity | null, at: RoleDate): Entity | null {
  if (!phrase.includes('’s ') && !phrase.includes("'s ")) return null;
  if (!OWNED_BY_PLACE.test(phrase)) return null;
  const place = lastPlace();
  return place ? officialsOf(`authorities in ${place.name}`, at) : null;
}
