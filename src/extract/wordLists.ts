/**
 * Closed word lists that more than one stage of extraction reads (statements, figures, dates), kept
 * apart from any stage so that none imports another's lexicon against the order of the pipeline.
 */

/** An alternation of the words of a list, less the ones a rule leaves out: "(?:released|issued)". */
export function wordsExcept(words: readonly string[], except: readonly string[] = []): string {
  const left = words.filter((w) => !except.includes(w));
  for (const w of except) if (!words.includes(w)) throw new Error(`"${w}" is in no list`);
  return `(?:${left.join('|')})`;
}

/**
 * Participles of saying: "…, adding that …", "…, saying …", "pointing out". One list for every
 * rule that reads a participle which introduces words.
 */
export const SAYING_PARTICIPLE_WORDS: readonly string[] = [
  'saying',
  'adding',
  'stressing',
  'noting',
  'insisting',
  'warning',
  'claiming',
  'arguing',
  'explaining',
  'emphasi[sz]ing',
  'declaring',
  'stating',
  'writing',
  'pointing out',
  'telling',
  'suggesting',
  'asserting',
  'acknowledging',
  'recalling',
  'predicting',
  'vowing',
  'promising',
  'complaining',
  'conceding',
  'contending',
  'confirming',
  'announcing',
  'tweeting',
  'joking',
  'urging',
  'asking',
  'pledging',
  'reiterating',
  'mentioning',
  'answering',
  'admitting',
  'alleging',
  'denying',
  'responding',
  'replying',
  'remarking',
  'commenting',
];
