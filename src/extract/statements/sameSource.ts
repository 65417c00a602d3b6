import type { Statement } from '../types.ts';

/**
 * "According to the same source, …", "According to the same figures, …": whichever source the
 * text cited before (a figure's giver, a body that "reported"), which the reader does not track.
 * Named by its words it would be no one, and the one before may be someone other than the last
 * speaker: the words are nobody's, unless the sentence just before is a saying (withSameSourceBack).
 * "The same" points back whatever follows the noun ("the same source in the ministry") and whether
 * the noun is who told it or what it was told in (figures, data, a report). Someone it relays
 * ("Fidan told Bayramov …, according to the same sources") still spoke.
 */
const SAME_SOURCE =
  /^the\s+same\s+(?:sources?|insiders?|figures|data|information|statistics|reports?|estimates?|count|tally|person|interlocutor)(?![\p{L}\p{N}'’-])/iu;

/** Content that opens on someone else's saying: "Fidan told Bayramov that …", "the minister said …". */
const RELAYED_SAYING = /^[^,;:"“]{0,80}?\b(?:told|tells|said|says|stated|added)\b/u;

/** A "the same source" statement whose speaker is only the pointer, no one the discourse found. */
function pointsBackUnresolved(s: Statement): boolean {
  // "the same source in the ministry" the discourse found to be the unnamed source who spoke before.
  if (s.speaker.kind === 'person' && !/same/.test(s.speaker.id)) return false;
  return SAME_SOURCE.test(s.mention.trim());
}

/**
 * "Three people were killed, the Prosecutor General's Office reported. Four others were wounded,
 * according to the same source.", "…, according to the figures of the government. According to the
 * same figures, …", "A member of the community told the channel that …. The same
 * person said …": when the sentence just before, in the same paragraph, is a saying of one speaker,
 * that speaker is the source pointed back to (the one the reader has just been told of). Anything
 * else (no saying just before, several speakers there, a paragraph break) leaves the pointer
 * unresolved, and its words are dropped as no one's.
 */
export function withSameSourceBack(text: string, statements: readonly Statement[]): Statement[] {
  return statements.flatMap((s) => {
    if (!pointsBackUnresolved(s)) return [s];
    // "Fidan told Bayramov …, according to the same sources": the one it relays is who spoke.
    const relays = statements.some(
      (p) => p !== s && p.quote.start >= s.quote.start && p.quote.start < s.quote.end,
    );
    if (s.sentence < 1 || relays) return [];
    if (RELAYED_SAYING.test(text.slice(s.quote.start, s.quote.end))) return [];
    const before = statements.filter((p) => p.sentence === s.sentence - 1 && !pointsBackUnresolved(p));
    const first = before[0];
    if (!first || before.some((p) => p.speaker.id !== first.speaker.id || p.via?.id !== first.via?.id))
      return [];
    const lastEnd = Math.max(...before.map((p) => p.context.end));
    const between = text.slice(Math.min(lastEnd, s.context.start), s.context.start);
    if (lastEnd > s.context.start + 1 || /\n/.test(between)) return [];
    return [{ ...s, speaker: first.speaker, ...(first.via ? { via: first.via } : {}) }];
  });
}
