/**
 * Where a figure happened, as the text says it: "in Nagorno-Karabakh", "in the city of Goris",
 * "near the Tavush region". Only named places (a capitalised name) count; "in the region" is too
 * vague to show. Offsets are relative to the string searched.
 */
import { MONTH_NAMES, WEEKDAYS } from '../dates/calendar.ts';

export interface PlaceMatch {
  text: string;
  start: number;
  end: number;
}

const NAME = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*`;
const PLACE_NOUN = String.raw`(?:city|town|village|region|district|province|capital|settlement|area|republic|enclave|border|territory|mountains|corridor)`;
const PLACE = new RegExp(
  String.raw`\b(?:in|In|near|Near|across|Across|throughout|Throughout|inside|Inside|around|Around)\s+(?:the\s+)?(?:${PLACE_NOUN}\s+of\s+)?${NAME}(?:\s+(?:${NAME}|${PLACE_NOUN}))*`,
  'gu',
);
/** Capitalised words after "in" that are not places. */
const NOT_PLACES = new Set([
  ...MONTH_NAMES.map((m) => m.toLowerCase()),
  ...WEEKDAYS.map((d) => d.toLowerCase()),
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'total',
  'all',
  'addition',
  'response',
  'particular',
  'fact',
  'turn',
  'general',
  'short',
  'order',
  'part',
  'recent',
  'his',
  'her',
  'their',
  'its',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'one',
]);

const CAPITALISED_WORD = /(\p{Lu}[\p{L}'’-]*)/u;
export function findPlaces(text: string): PlaceMatch[] {
  const places: PlaceMatch[] = [];
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(text); m; m = PLACE.exec(text)) {
    const name = CAPITALISED_WORD.exec(m[0].replace(/^\S+\s+/, ''))?.[1]?.toLowerCase() ?? '';
    if (NOT_PLACES.has(name)) continue;
    // "in Azerbaijan's offensive": the name owns what follows; the place is not where it happened.
    if (/['’]s?$/u.test(m[0])) continue;
    places.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return places;
}

/** "there" used as a place ("have already arrived there"), not the existential "there were". */
export function pointsBackToPlace(sentence: string): boolean {
  return (
    /\bthere\b(?!\s+(?:is|are|was|were|have|has|had|will|would|may|might|could|must|should|seems?|appears?|remains?)\b)/i.test(
      sentence,
    ) && !/^\s*there\b/i.test(sentence)
  );
}
