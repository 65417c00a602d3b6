import type { Entity, Statement } from '../types.ts';
import { KIN_WORDS, wordsExcept } from '../wordLists.ts';
import { singleNounHolder } from './nounHolder.ts';

const ALL_CAPITALS = /^\p{Lu}+$/u;

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
  if (!head || ALL_CAPITALS.test(head) || SCENE_HEAD.test(head)) return false;
  if (s.speaker.id !== `text:${head.toLowerCase()}`) return false;
  const before = text.slice(0, s.context.start);
  return (
    [head, ...(SAME_KIND_HEADS[head.toLowerCase()] ?? [])].some((h) => namedWithHead(h, before)) &&
    !introducedWithHead(head).test(before) &&
    !introducedAsKinOfName(head, before)
  );
}

/**
 * Generic nouns news copy calls a named body by, though its name ends in another: "the department"
 * for the Foreign, Commonwealth and Development Office or a ministry, "the bloc" or "the alliance"
 * for a treaty organisation. After such a body was named, the bare noun points back to one.
 */
const SAME_KIND_HEADS: Record<string, readonly string[]> = {
  department: ['Office', 'Ministry'],
  bloc: ['Organization', 'Organisation', 'Alliance', 'Union', 'Pact'],
  alliance: ['Organization', 'Organisation', 'Pact', 'Bloc'],
};

/** The patterns built for a head noun, kept: the same few heads ("ministry", "agency") recur in every document. */
const namedPatterns = new Map<string, RegExp>();
const introducedPatterns = new Map<string, RegExp>();

function keptPattern(kept: Map<string, RegExp>, head: string, build: (head: string) => RegExp): RegExp {
  let pattern = kept.get(head);
  if (!pattern) {
    if (kept.size >= 1000) kept.clear();
    kept.set(head, (pattern = build(head)));
  }
  return pattern;
}

/** Nouns of kin and of those close to someone, whose "of" names whose they are: "the mother of Hayk". */
export const KIN_NOUN = new RegExp(`^${wordsExcept(KIN_WORDS)}$`, 'i');

/**
 * "the mother of 24-year-old Hayk, who asked not to be named … the mother said": a kin noun owned
 * by a name brings in someone unnamed as "a mother" does; the name is whose mother she is.
 */
function introducedAsKinOfName(head: string, before: string): boolean {
  if (!KIN_NOUN.test(head)) return false;
  return new RegExp(
    `(?<![\\p{L}])[Tt]he\\s+${head.toLowerCase()}\\s+of\\s+(?:\\d{1,3}-year-old\\s+)?\\p{Lu}[\\p{Ll}'’-]+(?![\\p{L}])`,
    'u',
  ).test(before);
}

/** "an official … the official", "the father of one of them … the father": the head brought in with an indefinite. */
function introducedWithHead(head: string): RegExp {
  return keptPattern(
    introducedPatterns,
    head,
    // "The mother of one of the soldiers … the mother said": a definite owned by "one of" brings in
    // someone as "a mother" does.
    (h) =>
      new RegExp(
        `(?<![\\p{L}])(?:(?:an?|one|another)\\s+(?:[\\p{L}'’-]+\\s+){0,4}${h}|the\\s+${h}\\s+of\\s+(?:one\\s+of|an?|another))(?![\\p{L}])`,
        'iu',
      ),
  );
}

/**
 * A name the text gave with that head noun: "Armenia's Defence Ministry", "the Information
 * Center", "Ministry of Foreign Affairs", or the head capitalised inside a sentence ("the Ombudsman").
 */
function namedWithHead(head: string, before: string): boolean {
  const title = head[0]!.toUpperCase() + head.slice(1).toLowerCase();
  // Every way the pattern names it holds the head as written or titled: most texts hold neither,
  // and the pattern, which may start at any capital, is not run over them.
  if (!before.includes(head) && !before.includes(title)) return false;
  return keptPattern(
    namedPatterns,
    head,
    () =>
      new RegExp(
        `(?:\\p{Lu}[\\p{L}.'’-]*\\s+${head}|${title}\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}|(?<![.!?]\\s|^)${title})(?![\\p{L}])`,
        'u',
      ),
  ).test(before);
}

/** A post only one person holds at a time: "the prime minister", "the head of the district". */
const ROLE_OF_ONE =
  /^the\s+(?:head|chief|leader|chair(?:man|woman)?|director|commander|prime\s+minister|president)(?:\s+of\s+\S.*)?$/iu;
/** A person's full name: two capitalised words in a row inside a sentence. */
const PERSON_NAMED = /[\p{Ll},]\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

/**
 * "The prime minister said" read as a speaker called "prime minister", after the text has named
 * people: the post's holder is someone the text named but the resolver could not tie to the post.
 */
function holderUnresolved(text: string, s: Statement): boolean {
  const mention = s.mention.trim();
  if (!ROLE_OF_ONE.test(mention) || !s.speaker.id.startsWith('text:')) return false;
  if (s.speaker.name.toLowerCase() !== mention.replace(/^the\s+/i, '').toLowerCase()) return false;
  return PERSON_NAMED.test(text.slice(0, s.context.start));
}

/** The noun a definite names its speaker by: "the archbishop" → archbishop, "the prime minister" → prime minister. */
const DEFINITE_NOUN = /^the\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)$/iu;

/** "the cleric said" read as a speaker named "cleric": a definite the resolver tied to no one. */
function unresolvedDefinite(s: Statement): boolean {
  const noun = DEFINITE_NOUN.exec(s.mention.trim())?.[1];
  if (!noun || ALL_CAPITALS.test(noun) || SCENE_HEAD.test(noun)) return false;
  return s.speaker.id === `text:${noun.toLowerCase().replace(/\s+/g, '-')}`;
}

/**
 * The one holder every definite mention of the speaker points back to ("Archbishop Bagrat
 * Galstanyan … the archbishop said"), or null when any of them has none or several.
 */
function holderOfDefinite(
  text: string,
  id: string,
  statements: readonly Statement[],
  resolve: (phrase: string) => Entity | null,
): Entity | null {
  let holder: Entity | null = null;
  for (const s of statements) {
    if (s.speaker.id !== id) continue;
    const noun = DEFINITE_NOUN.exec(s.mention.trim())?.[1];
    if (!noun) continue;
    const found = singleNounHolder(noun, text.slice(0, s.context.start), resolve);
    if (!found || (holder && holder.id !== found.id)) return null;
    holder = found;
  }
  return holder;
}

/**
 * Statements whose speaker is an unresolved bare definite: given to the one holder of its noun
 * the text named before (nounHolder.ts), or dropped with the pronouns read back to it.
 */
export function withoutUnresolvedDefinites(
  text: string,
  statements: readonly Statement[],
  resolve: (phrase: string) => Entity | null = () => null,
): Statement[] {
  const unclear = new Set(
    statements
      .filter((s) => pointsBackUnresolved(text, s) || holderUnresolved(text, s))
      .map((s) => s.speaker.id),
  );
  const holders = new Map<string, Entity>();
  // A speaker's holder is looked for once: its answer, found or not, is the same for each of its statements.
  const sought = new Set<string>();
  for (const s of statements) {
    if (sought.has(s.speaker.id) || !unresolvedDefinite(s)) continue;
    sought.add(s.speaker.id);
    const holder = holderOfDefinite(text, s.speaker.id, statements, resolve);
    if (holder) holders.set(s.speaker.id, holder);
  }
  if (!unclear.size && !holders.size) return [...statements];
  return statements.flatMap((s) => {
    const holder = holders.get(s.speaker.id);
    if (holder) return [{ ...s, speaker: holder }];
    return unclear.has(s.speaker.id) ? [] : [s];
  });
}
