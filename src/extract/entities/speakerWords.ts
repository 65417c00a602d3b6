/**
 * Words that open a clause or join one to another, focus words before a noun phrase, and the
 * auxiliaries that open a question: never part of a speaker's name ("Although Petrosyan says …",
 * "Even China said …", "Does Pashinyan …" in a headline). Words that are also given names or
 * surnames ("May", "Will", "Can") are not listed.
 */
export const OPENING_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'although though because whereas unless until once while whilst when whenever where wherever ' +
    'since if whether as after before but and or nor yet also even however meanwhile still who whom ' +
    'whose which that does do did is are was were has have had could would should must'
  ).split(' '),
);

/** A relative clause after a speaker's head: a post-modifier, no part of the name (CONVENTIONS 5). */
const RELATIVE_CLAUSE = /,?\s+(?:who|whom|whose|which|that)\s.*$/is;

/** A conjunction or subordinator a span ends on ("Trump and" before a misspelt "has aides"). */
const CLOSING_FUNCTION_WORD = /\s+(?:and|or|but|nor|who|which|that|while|as|when)$/i;

/**
 * The speaker's words in a mention: without the function words that open it ("Although
 * Petrosyan" → "Petrosyan", "and the minister" → "the minister"), without a relative clause
 * after its head ("the delegates who met on Monday" → "the delegates") and without a
 * conjunction it ends on. A mention of such words alone is kept as written.
 */
export function speakerWordsOf(mention: string): string {
  const words = mention.trim().split(/\s+/);
  let start = 0;
  while (start < words.length - 1 && OPENING_FUNCTION_WORDS.has(words[start]!.toLowerCase())) start++;
  const opened = start ? words.slice(start).join(' ') : mention;
  const headed = opened.replace(RELATIVE_CLAUSE, '');
  const closed = headed.replace(CLOSING_FUNCTION_WORD, '');
  return closed.trim() ? closed : mention;
}
