import type { Statement } from '../types.ts';

/** "the ministry", "The agency": a definite article and one singular common noun, nothing else. */
const BARE_DEFINITE = /^the\s+([\p{L}-]+)$/iu;
/**
 * Heads that stand for someone present in the scene without a name: plural and collective groups
 * ("the protesters", "the police") and the parties of a hearing ("the judge", "the prosecution").
 */
const SCENE_HEAD = /(?:s|^police|^people|^judge|^prosecution|^prosecutor|^defen[cs]e|^witness)$/iu;

/**
 * A bare definite the resolver could not tie to anyone ("the ministry said" read as a speaker
 * named "ministry"), after the text named one or more bodies or people with that noun, points
 * back to one the resolver missed: which one is unclear, so no speaker is given. An anonymous
 * speaker the text brought in with an indefinite ("a source close to the talks … the source
 * said") is that speaker itself.
 */
function pointsBackUnresolved(text: string, s: Statement): boolean {
  const head = BARE_DEFINITE.exec(s.mention.trim())?.[1];
  if (!head || /^\p{Lu}+$/u.test(head) || SCENE_HEAD.test(head)) return false;
  if (s.speaker.id !== `text:${head.toLowerCase()}`) return false;
  const introduced = new RegExp(
    `(?<![\\p{L}])(?:an?|one|another)\\s+(?:[\\p{L}'’-]+\\s+){0,4}${head}(?![\\p{L}])`,
    'iu',
  );
  const before = text.slice(0, s.context.start);
  return namedWithHead(head).test(before) && !introduced.test(before);
}

/**
 * A name the text gave with that head noun: "Armenia's Defence Ministry", "the Information
 * Center", "Ministry of Foreign Affairs", or the head capitalised inside a sentence ("the Ombudsman").
 */
function namedWithHead(head: string): RegExp {
  const title = head[0]!.toUpperCase() + head.slice(1).toLowerCase();
  return new RegExp(
    `(?:\\p{Lu}[\\p{L}.'’-]*\\s+${head}|${title}\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}|(?<![.!?]\\s|^)${title})(?![\\p{L}])`,
    'u',
  );
}

/** Drops statements whose speaker is an unresolved bare definite, and the pronouns read back to it. */
export function withoutUnresolvedDefinites(text: string, statements: readonly Statement[]): Statement[] {
  const unclear = new Set(statements.filter((s) => pointsBackUnresolved(text, s)).map((s) => s.speaker.id));
  if (!unclear.size) return [...statements];
  return statements.filter((s) => !unclear.has(s.speaker.id));
}
