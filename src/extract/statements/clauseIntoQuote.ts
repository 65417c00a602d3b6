import type { Span } from '../types.ts';
import { SAYING_PARTICIPLE_WORDS, wordsExcept } from './lexicon.ts';

/** A participle that goes on from a saying to a second one: ", adding …", ", continuing …". */
export const SECOND_SAYING_PARTICIPLE = `(?:${wordsExcept(SAYING_PARTICIPLE_WORDS)}|continuing)`;

/**
 * Whom a verb of telling names before the participle's comma: "told reporters, adding …", "told
 * the BBC, adding …", "told AFP, adding …".
 */
export const TOLD_WHOM_BEFORE_COMMA =
  // "told parliament, adding …", "told a cabinet meeting, adding …": a body or gathering in lower case.
  '(?:\\s+(?:reporters|journalists|parliament|lawmakers|legislators|senators|deputies|supporters|the\\s+(?:press|media|[A-Z][A-Za-z.-]*)|an?\\s+(?:[a-z-]+\\s+){0,2}(?:meeting|session|conference|briefing|rally|gathering|audience|forum)|[A-Z][A-Za-z.-]*(?:\\s+[A-Z][A-Za-z.-]*)?))?' +
  // Where, when or how it was said, before the comma: "said when asked by journalists, adding …",
  // "said on Wednesday in Capri, adding …": a setting adjunct with no clause of its own.
  '(?:\\s+(?:(?:when|as|after|while)\\s+(?:asked|questioned|speaking)|on|in|at|during|from)\\s[^,.;:!?\u2591]{1,40}?)?';

/** ", adding that …" up to a quote: a participle of saying whose "that" clause runs into the quote. */
const PARTICIPLE_THAT = new RegExp(
  `^${TOLD_WHOM_BEFORE_COMMA},\\s*${SECOND_SAYING_PARTICIPLE}\\s+that\\s+(?=[^\\s\u2591])`,
);

/**
 * "“A,” she said, adding that the plan “will fail.”": the second saying is the clause with its
 * quote, from the first word after "that" to the end of the sentence, not the quoted words
 * alone. Null when the participle goes straight into the quote ("adding, “B”", "adding: “B”").
 * `masked` has every quote masked; `from` is where the attribution's verb ends.
 */
export function clauseIntoQuote(masked: string, from: number, quoteOpen: number, end: number): Span | null {
  const m = PARTICIPLE_THAT.exec(masked.slice(from, quoteOpen));
  if (!m) return null;
  let to = end;
  while (to > quoteOpen && /\s/.test(masked[to - 1]!)) to--;
  // The sentence's own full stop after the closing mark is not said.
  if (masked[to - 1] === '.' && masked[to - 2] !== '.' && /\u2591/.test(masked[to - 2] ?? '')) to--;
  return { start: from + m[0].length, end: to };
}
