import { findEntityMentions } from '../entities/mentions.ts';
import { officialsOf, type RoleDate } from '../entities/resolve.ts';
import type { Entity } from '../types.ts';

/**
 * Authorities named by where they are, not by name: "local authorities", "officials in the
 * region", "the enclave's health ministry", "the region's rescue service". Collective only: "a
 * local official" is one person, and bare "local officials" are kept as written (older gold
 * files name them so; see CONVENTIONS.md, disagreement C).
 */
const LOCAL =
  /^(?:the\s+)?(?:local\s+(?:authorities|government|administration)|(?:local\s+)?(?:authorities|officials)\s+in\s+the\s+(?:region|enclave|territory)|(?:enclave|region|territory)['’]s\s+(?:[\p{L}-]+\s+){0,3}(?:authorities|government|officials|administration|ministry|ministries|service|services|police))$/iu;

/** Where the sentence before the words starts: its place names are the words' setting too. */
function sentenceBefore(text: string, from: number): number {
  const window = text.slice(Math.max(0, from - 600), Math.max(0, from - 2));
  let start = 0;
  for (const m of window.matchAll(/[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})|\n\s*\n/gu))
    start = m.index + m[0].length;
  return Math.max(0, from - 600) + start;
}

/**
 * The authority seated in the place the words' own sentence and the one before name ("An
 * explosion near Stepanakert killed 170 people, according to the local authorities"): the
 * government the gazetteer seats there at that date. Null unless every place named there seats
 * the same authority: a town that seats none ("officials in Goris") or two seats leave the words
 * as written.
 */
export function localAuthorities(
  phrase: string,
  text: string,
  unitStart: number,
  end: number,
  at: RoleDate,
): Entity | null {
  if (!LOCAL.test(phrase)) return null;
  const places = findEntityMentions(text, sentenceBefore(text, unitStart), end).filter(
    (m) => m.entity.kind === 'place',
  );
  let seat: Entity | null = null;
  for (const m of places) {
    const here = officialsOf(`authorities in ${m.entity.name}`, at);
    if (!here || (seat && here.id !== seat.id)) return null;
    seat = here;
  }
  return seat;
}
