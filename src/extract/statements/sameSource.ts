import type { Statement } from '../types.ts';

/**
 * "According to the same source, …": whichever source the text cited before (a figure's giver,
 * a body that "reported"), which the reader does not track. Named by its words it would be no
 * one, and the one before may be someone other than the last speaker: the words are nobody's.
 * Someone it relays ("Fidan told Bayramov …, according to the same sources") still spoke.
 */
const SAME_SOURCE = /^the\s+same\s+(?:sources?|insiders?|figures|data|information)$/i;

export function fromAnUntrackedSource(s: Statement): boolean {
  return SAME_SOURCE.test(s.mention.trim());
}
