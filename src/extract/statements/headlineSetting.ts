/**
 * "Putin in Bishkek: …", "Erdoğan at the UN: …": a headline's name part with the place the
 * words were said. The name alone is the speaker; the place is where, and a place's capitals
 * would otherwise make the part a phrase no one is named by.
 */
const PLACE_AFTER_NAME = /\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+\p{Lu}[\p{L}\p{M}.’'-]*)?$/u;

/** The name part without its place, or null when it names no place. */
export function withoutPlace(part: string): string | null {
  const place = PLACE_AFTER_NAME.exec(part);
  return place && place.index > 0 ? part.slice(0, place.index) : null;
}
