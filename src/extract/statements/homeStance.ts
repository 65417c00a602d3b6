import type { HomeCountry } from './homeCountryData.ts';

/**
 * A side's official vocabulary, written by an outlet of that side in its own voice: Baku's
 * "liberated territories", "martyrs", "the Patriotic War", "Armenian provocation", "the Great Return"; Yerevan's
 * "Azerbaijani aggression", "the enemy". Foreign copy quotes these words or uses one in passing;
 * home copy writes several. Weaker marks (place names, "Artsakh", used by diaspora papers) are left out.
 */
const STANCE_MARKS: readonly [HomeCountry, RegExp][] = [
  ['AZ', /\bliberated (?:territories|lands|areas|districts|regions)\b/i],
  ['AZ', /\bmartyrs?\b/i],
  ['AZ', /\bPatriotic War\b/],
  ['AZ', /\bArmenian (?:military )?provocations?\b/i],
  ['AZ', /\bArmenian armed formations\b/i],
  ['AZ', /\bArmenian occupation\b/i],
  // Baku's word for the 2020 and 2023 advances, as a verb or its noun with what was taken ("the
  // Army liberated 300 settlements", "the liberation of the district"); "liberated territories"
  // above is its own mark.
  [
    'AZ',
    /\bliberat(?:ed|ing|ion\s+of)\s+(?!(?:territories|lands|areas|districts|regions)\b)(?:the|its|our|more\s+than|several|\d|\p{Lu})/u,
  ],
  ['AZ', /\bfrom\s+(?:Armenian\s+)?occupation\b/i],
  // Baku's programme for resettling the regions it regained.
  ['AZ', /\bGreat Return\b/],
  ['AM', /\bAzerbaijani aggression\b/i],
  ['AM', /\bthe enemy\b/i],
];

/** Words inside quotation marks are someone's, not the outlet's. */
const QUOTED = /"[^"\n]{0,400}"|“[^”\n]{0,400}”|«[^»\n]{0,400}»/g;

/** Marks of one side needed: one word is foreign copy's passing use. */
const MARKS_NEEDED = 2;
/**
 * How many more marks the side needs than the other: both sides' copy calls the adversary "the
 * enemy", so one stray mark of the other side does not undo a text that writes in one side's
 * words throughout, while an even mix (a review quoting both sides' phrases) stays undecided.
 */
const MARKS_AHEAD = 2;

/**
 * The country whose official vocabulary the document writes in its own voice: two or more
 * marks of one side, and two more than the other's. Null otherwise.
 */
export function stanceCountry(text: string): HomeCountry | null {
  const own = text.replace(QUOTED, ' ');
  const counts = new Map<HomeCountry, number>();
  for (const [country, mark] of STANCE_MARKS)
    if (mark.test(own)) counts.set(country, (counts.get(country) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first) return null;
  const [country, n] = first;
  return n >= MARKS_NEEDED && n >= (second?.[1] ?? 0) + MARKS_AHEAD ? country : null;
}
