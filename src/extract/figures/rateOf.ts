import type { FigureCategory } from '../types.ts';

/**
 * "the centre was processing arrivals at a rate of roughly 600 people an hour", "civilians were fleeing
 * at a rate of 1,000 a day": a rate counts those the words before "at a rate of" name, by the noun
 * ("arrivals", "evacuations", "deaths") or by the verb ("fleeing", "being evacuated"). Arrivals and
 * departures are an exodus only where the text speaks of refugees (an airport has arrivals too).
 */
const RATE_OF =
  /\b(arrivals|departures|evacuations|evacuees|refugees|deaths|fatalities|fleeing|leaving|arriving|crossing|evacuated|evacuating|dying|killed)\s+(?:[^,.;:!?\d]{0,40}?\s)?at\s+(?:a|the)\s+(?:\p{Ll}+\s+)?rate\s+of\s+$/iu;
const BY_WORD: Record<string, FigureCategory> = {
  arrivals: 'displaced',
  departures: 'displaced',
  refugees: 'displaced',
  fleeing: 'displaced',
  leaving: 'displaced',
  arriving: 'displaced',
  crossing: 'displaced',
  evacuations: 'evacuated',
  evacuees: 'evacuated',
  evacuated: 'evacuated',
  evacuating: 'evacuated',
  deaths: 'killed',
  fatalities: 'killed',
  dying: 'killed',
  killed: 'killed',
};
const NEEDS_REFUGEES = new Set(['arrivals', 'departures', 'leaving', 'arriving', 'crossing']);

/** The category of a count right after "at a rate of", or null. `before` ends where the number (or its hedge) starts. */
export function rateOfBefore(before: string, refugeeContext: () => boolean): FigureCategory | null {
  const m = RATE_OF.exec(before.slice(-90));
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  return NEEDS_REFUGEES.has(word) && !refugeeContext() ? null : BY_WORD[word]!;
}
