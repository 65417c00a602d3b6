import type { Statement } from '../types.ts';

/**
 * "According to the same source, …", "According to the same figures, …": whichever source the
 * text cited before (a figure's giver, a body that "reported"), which the reader does not track.
 * Named by its words it would be no one, and the one before may be someone other than the last
 * speaker: the words are nobody's. "The same" points back whatever follows the noun ("the same
 * source in the ministry") and whether the noun is who told it or what it was told in (figures,
 * data, a report). Someone it relays ("Fidan told Bayramov …, according to the same sources")
 * still spoke.
 */
const SAME_SOURCE =
  /^the\s+same\s+(?:sources?|insiders?|figures|data|information|statistics|reports?|estimates?|count|tally)(?![\p{L}\p{N}'’-])/iu;

export function fromAnUntrackedSource(s: Statement): boolean {
  // "the same source in the ministry" the discourse found to be the unnamed source who spoke before.
  if (s.speaker.kind === 'person' && !/same/.test(s.speaker.id)) return false;
  return SAME_SOURCE.test(s.mention.trim());
}
