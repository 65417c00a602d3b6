import type { ResolvedSpeaker } from './discourse/state.ts';

/** Several speakers remembered together, and the paragraph they were last named or pointed back to in. */
export interface RememberedGroup {
  speakers: ResolvedSpeaker[];
  paragraph: number;
}

/**
 * The people a recent group saying or joint text named, for the words that point back to them:
 * "the two sides", "both ministries", "the couple" (a group that said one thing together), and
 * "the statement said", "They added" (a text several put out together).
 */
export interface GroupMemory {
  /** The last speakers who said one thing together ("Armenia and Azerbaijan announced"). */
  spoke: RememberedGroup | null;
  /**
   * Speakers who put out one text together ("A and B said in a joint statement"), while no one
   * else has spoken since: "the statement said", "They added" are that text again, all of them.
   */
  jointText: RememberedGroup | null;
}

export const noGroupYet = (): GroupMemory => ({ spoke: null, jointText: null });

/**
 * How many paragraphs on a remembered group may still be pointed back to: a group by its number
 * or kind ("the two sides", "both ministries") a little further than its text ("the statement",
 * "it", "they"), which only the next paragraphs quote.
 */
const REACH_IN_PARAGRAPHS = { group: 3, text: 2 } as const;

/** The group, when `paragraph` is within reach of where it was last named; else null. */
export function groupInReach(
  group: RememberedGroup | null,
  paragraph: number,
  reach: keyof typeof REACH_IN_PARAGRAPHS,
): RememberedGroup | null {
  return group && paragraph - group.paragraph <= REACH_IN_PARAGRAPHS[reach] ? group : null;
}
