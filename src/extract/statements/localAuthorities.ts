import { findEntityMentions } from '../entities/mentions.ts';
import { entityById, officialsOf, type RoleDate, resolveEntityAt } from '../entities/resolve.ts';
import type { Entity } from '../types.ts';
import { allMatchesNearCue } from './allMatches.ts';

/**
 * Authorities named by where they are, not by name: "local authorities", "the regional
 * authorities", "officials in the region", "the Armenian separatist authorities in the region",
 * "the ethnic Armenian authorities of the region", "Armenian officials in Karabakh" (CONVENTIONS 4), "the authorities of the enclave", "the enclave's health ministry", "the health ministry of the region", "health officials in Karabakh", "the region's rescue service". Collective only: "a
 * local official" is one person. Bare "local officials" follow rule 4 like "local health
 * officials" when a place or the story's region seats the authority (a few older gold files
 * keep them as written; see CONVENTIONS.md, disagreement C); with none they stay as written.
 */
const LOCAL =
  /^(?:the\s+)?(?:(?:local|regional)\s+(?:authorities|government|administration|officials)|(?:local|regional)\s+(?:(?:ethnic\s+)?Armenian|health)\s+(?:authorities|officials|ministry)|(?:(?:local|regional|ethnic|Armenian|Armenian-backed|separatist|former)\s+){0,3}(?:authorities|officials|leaders)\s+in\s+the\s+(?:region|enclave|territory)|(?:(?:local|regional|ethnic|Armenian|Armenian-backed|separatist|former)\s+){0,3}(?:authorities|leaders|government|administration)\s+of\s+the\s+(?:region|enclave|territory)|(?:health|emergencies|emergency|interior|defen[cs]e)\s+(?:ministry|service)\s+of\s+the\s+(?:region|enclave|territory)|(?:(?:ethnic|Armenian|Armenian-backed|separatist|local|health)\s+){0,3}(?:authorities|officials|leaders)\s+in\s+(?:Nagorno[-\s])?(?:Karabakh|Karabagh)|(?:enclave|region|territory)['’]s\s+(?:[\p{L}-]+\s+){0,3}(?:authorities|government|officials|leaders|administration|ministry|ministries|service|services|police))$/iu;

/** Regions a story may name, Karabakh among them; the last one named before is "the region". */
const REGION_NAMED =
  /\b(?:(?:Nagorno[-\s])?Karabakh|Karabagh|Artsakh|Syunik|Tavush|Shirak|Lori|Kotayk|Armavir|Aragatsotn|Nakhchivan|Vayots\s+Dzor|Gegharkunik|(?:South(?:ern)?\s+)?Caucasus|Zangezur)\b/g;

/** A word every region's name holds, at most one run of white space after the name starts ("Nagorno Karabakh"). */
const REGION_WORD =
  /Karabakh|Karabagh|Artsakh|Syunik|Tavush|Shirak|Lori|Kotayk|Armavir|Aragatsotn|Nakhchivan|Vayots|Gegharkunik|Caucasus|Zangezur/g;

const SENTENCE_BREAK = /[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})|\n\s*\n/gu;

/** Where the sentence before the words starts: its place names are the words' setting too. */
function sentenceBefore(text: string, from: number): number {
  // The white space before the words is no break of its own: a paragraph may end in several newlines.
  let end = from;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const window = text.slice(Math.max(0, from - 600), Math.max(0, Math.min(end, from - 2)));
  let start = 0;
  for (const m of window.matchAll(SENTENCE_BREAK)) start = m.index + m[0].length;
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
  const placesIn = (from: number) =>
    findEntityMentions(text, from, end).filter((m) => m.entity.kind === 'place');
  // "An explosion near Stepanakert …, local officials said" after a "Goris (Armenia)" dateline: the
  // words' own sentence is their setting; the sentence before only when it names no place.
  const own = placesIn(unitStart);
  // "About 2,000 live in Shirak province, the regional administration said": a region the words' own
  // sentence names, not Karabakh, seats them there, whatever the sentence before told.
  if (own.length === 0 && otherRegionIn(text.slice(unitStart, end))) return null;
  const places = own.length ? own : placesIn(sentenceBefore(text, unitStart));
  // "the region's rescue service" with no place near: the region the text named last, if Karabakh.
  // "According to the local authorities," or "the region's rescue service" with no place near:
  // the region the story named last, if Karabakh.
  if (places.length === 0) return regionNamedBefore(text, unitStart);
  let seat: Entity | null = null;
  for (const m of places) {
    const here = officialsOf(`authorities in ${m.entity.name}`, at);
    if (!here || (seat && here.id !== seat.id)) return null;
    seat = here;
  }
  return seat;
}

/** A post held in the story's region: "the regional ombudsman", "the human rights defender of the region". */
const LOCAL_POST =
  /^the\s+(?:(?:regional|local|region['’]s|enclave['’]s)\s+(ombudsman|human\s+rights\s+defender)|(ombudsman|human\s+rights\s+defender)\s+of\s+the\s+(?:region|enclave))$/iu;

/**
 * "Some 1,100 people are stranded, according to the regional ombudsman" in a story set in Karabakh:
 * the one who held Karabakh's post at the story's date (CONVENTIONS 1), as "the Karabakh ombudsman"
 * is. Null when the region named last is another, or the post's holder then is unknown.
 */
export function localPostHolder(phrase: string, text: string, end: number, at: RoleDate): Entity | null {
  const found = LOCAL_POST.exec(phrase);
  const post = found?.[1] ?? found?.[2];
  if (!post || !regionNamedBefore(text, end)) return null;
  const holder = resolveEntityAt(`Karabakh ${post.toLowerCase()}`, at);
  return holder?.kind === 'person' ? holder : null;
}

/** A region of the story's list other than Karabakh (one the South Caucasus holds is no seat). */
const OTHER_REGION =
  /\b(?:Syunik|Tavush|Shirak|Lori|Kotayk|Armavir|Aragatsotn|Nakhchivan|Vayots\s+Dzor|Gegharkunik|Zangezur)\b/;

/** Whether the words name a region of the story's list other than Karabakh. */
function otherRegionIn(words: string): boolean {
  return OTHER_REGION.test(words);
}

/** Karabakh's authorities when Karabakh is the region the text named last before `end`. */
function regionNamedBefore(text: string, end: number): Entity | null {
  let last: string | null = null;
  for (const m of allMatchesNearCue(REGION_NAMED, text.slice(0, end), REGION_WORD, 1)) last = m[0];
  return last && /Karabakh|Karabagh|Artsakh/.test(last) ? entityById('karabakh-authorities') : null;
}
