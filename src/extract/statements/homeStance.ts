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
  // Baku's programme for resettling the regions it regained.
  ['AZ', /\bGreat Return\b/],
  ['AM', /\bAzerbaijani aggression\b/i],
  ['AM', /\bthe enemy\b/i],
];

/** Words inside quotation marks are someone's, not the outlet's. */
const QUOTED = /"[^"\n]{0,400}"|“[^”\n]{0,400}”|«[^»\n]{0,400}»/g;

/** Marks of one side needed, with none of the other: one word is foreign copy's passing use. */
const MARKS_NEEDED = 2;

/**
 * The country whose official vocabulary the document writes in its own voice: two or more
 * marks of one side and none of the other. Null otherwise.
 */
export function stanceCountry(text: string): HomeCountry | null {
  const own = text.replace(QUOTED, ' ');
  const counts = new Map<HomeCountry, number>();
  for (const [country, mark] of STANCE_MARKS)
    if (mark.test(own)) counts.set(country, (counts.get(country) ?? 0) + 1);
  if (counts.size !== 1) return null;
  const [country, n] = [...counts][0]!;
  return n >= MARKS_NEEDED ? country : null;
}
