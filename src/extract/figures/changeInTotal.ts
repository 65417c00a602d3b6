/**
 * A change told with the total it brought the count to, in one sentence, is a part of that total
 * (CONVENTIONS row AR): "21 more servicemen had been killed, bringing the toll to 244",
 * "put the toll at 220, 22 more than a day earlier", "50,243 had crossed, a figure that rose by
 * 15,000". The change keeps its kind; it is shown under its total, never as a count of its own.
 */

/** The words between a count and the total it brings the count to: "…, bringing the military death toll to". */
const BRINGING_TO =
  /\b(?:bringing|taking|raising|pushing|lifting)\s+(?:(?:the|its|their|his|her|a|an|this|that)\s+)?[^.;:!?"“”]{0,90}?\b(?:to|past|at)\s+$/i;

/** The words between a total and its change in apposition: "220 on Sunday, " before "22 more than …". */
const TOTAL_THEN_APPOSITION = /^[^.;:!?()"“”]{0,80},\s*$/;

/** "a figure that rose by", "a toll that grew by": a change told of the total just given. */
const THAT_ROSE_BY =
  /,\s*(?:a|the)\s+(?:figure|number|toll|total|count)\s+(?:that|which)\s+(?:has\s+|had\s+)?(?:rose|risen|grew|grown|jumped|increased|climbed|went\s+up)\s+by\s+$/i;

/** " more than", " more dead than": a difference, the category maybe between. */
const MORE_THAN_AFTER = /^\s+more(?:\s+(?:dead|deaths|killed|wounded|injured|casualties))?\s+than\b/i;

/** "jumped by about 22,000 in 24 hours to 88,780": the change's "by" before it, "to" before the total. */
const BY_BEFORE = /\bby\s+$/i;
const THEN_TO = /^(?:\s+(?:in|over|within|during)\s+[^.;:,]{1,30})?\s+to\s+$/i;

/**
 * A count followed by "bringing … to" and then the total of the same kind, or a change "by N … to"
 * the total: the count is a part of the total.
 */
export function bringsCountTo(beforeCount: string, between: string): boolean {
  return BRINGING_TO.test(between) || (BY_BEFORE.test(beforeCount) && THEN_TO.test(between));
}

/**
 * A change after the total it is told of: ", 22 more than a day earlier" (the number followed by
 * "more than", or "more dead than") or ", a figure that rose by 15,000", with nothing but the total's own words between.
 */
export function changeOfTotalBefore(between: string, afterNumber: string): boolean {
  if (THAT_ROSE_BY.test(between)) return true;
  // "since Sept. 27, 35 more than …": a month's abbreviation is no sentence's end.
  const unabbreviated = between.replace(/\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\./g, '');
  return MORE_THAN_AFTER.test(afterNumber) && TOTAL_THEN_APPOSITION.test(unabbreviated);
}
