/**
 * A headline's two predicates joined by a comma or "and" share the first one's subject: "Pakistan
 * welcomes halt to fighting, says it stands with Azerbaijan", "Minister visits Goris, says homes
 * will be built", "Baku rejects the claim and says its troops held fire". Headline grammar drops the second subject; the saying is the first subject's, as in
 * "Pakistan says it stands with Azerbaijan".
 *
 * The subject is a short name (capitalised words, "of", "the", a possessive, then at most a few
 * role words: "Armenia's prime minister"), the first verb a finite present or past one right
 * after it. Whether the words after "says" are a clause, and whom the name names, is for the
 * caller: "…, says Armenia" names the source after its words and opens no clause.
 */
const SHARED_SUBJECT = new RegExp(
  "^((?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}.’'&-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}.’'&-]*|of|the|and)){0,4}" +
    '(?:\\s+(?:prime|foreign|defen[cs]e|deputy|ministry|minister|president|spokesperson|spokesman|' +
    'spokeswoman|ombudsman|leader|envoy|chief|office|government|authorities|officials)){0,3})' +
    '\\s+(?!says\\b|said\\b)(\\p{Ll}+(?:s|ed))\\s[^,;:!?\\n]{1,100}?(?:,\\s+(?:and\\s+)?|\\s+and\\s+)(says|said)\\s+(?=\\S)',
  'u',
);
/** Words ending like a verb that are none: "Armenia's news agency", "his", "as". */
const NOT_VERB = /^(?:as|us|its|this|his|hers|ours|yours|theirs|less|news|series|was|has|is)$/;

export interface SharedSubjectSaying {
  /** The first predicate's subject, from the line's start. */
  name: string;
  /** "says" or "said". */
  verb: string;
  /** Where the words said begin in the line. */
  words: number;
}

export function sharedSubjectSaying(line: string): SharedSubjectSaying | null {
  const m = SHARED_SUBJECT.exec(line);
  if (!m || NOT_VERB.test(m[2]!)) return null;
  return { name: m[1]!, verb: m[3]!, words: m[0].length };
}
