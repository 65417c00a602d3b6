/**
 * "The peacekeepers who patrol the road (said)", "monitors who watch along the border (said)": after
 * "who", a plural antecedent's verb is its bare form, which the tagger often reads as a noun
 * ("patrol", "watch", "fear"). A bare word right before an article, a possessive or a preposition
 * is that verb, not the subject of a clause of its own: a subject after "who" ("hackers who U.S.
 * officials (say)") is a noun phrase that runs up to the saying verb.
 */
const BARE_VERB_THEN_OBJECT =
  /^(\p{Ll}+)\s+(?:the|a|an|his|her|its|their|our|this|these|those|along|across|around|near|in|on|at|from|to|for|with|under|over|inside|outside|between|through|into)\s/u;

/** Words that open a subject of their own after "who": a pronoun, a determiner, a bare noun of a group. */
const SUBJECT_WORD =
  /^(?:the|a|an|his|her|its|their|our|this|these|those|that|he|she|they|we|i|you|it|police|people|staff|media|military|army|government|officials?)$/;

export function opensWithPluralPresent(clause: string): boolean {
  const word = BARE_VERB_THEN_OBJECT.exec(clause)?.[1];
  if (!word || SUBJECT_WORD.test(word)) return false;
  // "who officials in Baku (say)": a plural noun is a subject; a verb of a plural antecedent has no -s.
  return !/[^s]s$/.test(word) && !/ly$/.test(word);
}
