import type { Statement } from '../types.ts';

const LOWER_CASE_OPENING = /^\p{Ll}/u;

/** A relative pronoun right before the words read as the speaker: "peacekeepers who (patrol the road)". */
// Not after a preposition: "the war, in which (international organisations) estimate …" has its own subject.
const RELATIVE_PRONOUN_BEFORE =
  /(?<!\b(?:in|of|by|for|with|from|to|on|at|under|during|through|after|before)\s+)(?:^|(?<=[\s,]))(?:who|which|that)\s+$/i;

const VERB_THEN_OBJECT = /^\p{Ll}+\s+(?:the|a|an|his|her|its|their|our|this|these|those)\s/u;

/** Words a speaker's noun phrase may open with in lower case. */
const NOUN_PHRASE_OPENING =
  /^(?:the|a|an|his|her|its|their|our|one|two|three|some|many|most|several|both|all|each|other|another|local|senior|former)\b/i;

/**
 * "The peacekeepers who patrol the road under the cease-fire said …": when the words taken for
 * the speaker follow a relative pronoun and open in lower case with no determiner, they are the
 * relative clause's verb and object, not a speaker. Who spoke is the noun before the pronoun;
 * not knowing where it starts, the statement is dropped rather than given to "patrol the road".
 */
export function spokenByARelativeClause(text: string, s: Statement): boolean {
  const mention = s.mention.trim();
  if (!LOWER_CASE_OPENING.test(mention) || NOUN_PHRASE_OPENING.test(mention)) return false;
  // A verb and its object ("patrol the road"), not a bare plural ("that officials said …").
  if (!VERB_THEN_OBJECT.test(mention)) return false;
  if (/^(?:he|she|they|it|we|i|you|him|them)$/i.test(mention)) return false;
  const region = text.slice(s.context.start, s.context.end);
  for (let at = region.indexOf(mention); at >= 0; at = region.indexOf(mention, at + 1)) {
    if (RELATIVE_PRONOUN_BEFORE.test(region.slice(Math.max(0, at - 24), at))) return true;
  }
  return false;
}
