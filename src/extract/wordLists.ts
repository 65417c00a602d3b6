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

/**
 * Nouns of kin that tell a woman, whose "of" names whose kin she is: "the mother of Hayk", "the
 * widow of a soldier". With MALE_KIN_WORDS and UNSEXED_KIN_WORDS, one list for every rule that
 * reads a kin noun (statements, figures, entities).
 */
const FEMALE_KIN_WORDS: readonly string[] = [
  'mother',
  'sister',
  'daughter',
  'wife',
  'widow',
  'grandmother',
  'granddaughter',
  'aunt',
  'niece',
];

/** Nouns of kin that tell a man: "the father of Hayk", "her husband". */
const MALE_KIN_WORDS: readonly string[] = [
  'father',
  'brother',
  'son',
  'husband',
  'widower',
  'grandfather',
  'grandson',
  'uncle',
  'nephew',
];

/**
 * Nouns of kin and of those close to someone that tell no sex: "a cousin of", "the family of",
 * "a neighbour of". ("fiancé" is a man, "fiancée" a woman, but the list reads both spellings as one.)
 */
const UNSEXED_KIN_WORDS: readonly string[] = [
  'cousin',
  'parents',
  'relatives?',
  'family',
  'friend',
  'neighbou?r',
  'fianc[ée]e?',
];

/** Every noun of kin or closeness, whose "of" names whose they are rather than a post: "the mother of Hayk". */
export const KIN_WORDS: readonly string[] = [...FEMALE_KIN_WORDS, ...MALE_KIN_WORDS, ...UNSEXED_KIN_WORDS];

/** Nouns for a woman: her sex and her kin ("the woman", "a girl", "the mother of …"). */
export const FEMALE_PERSON_WORDS: readonly string[] = ['woman', 'girl', ...FEMALE_KIN_WORDS];

/** Nouns for a man: his sex and his kin ("the man", "a boy", "the father of …"). */
export const MALE_PERSON_WORDS: readonly string[] = ['man', 'boy', ...MALE_KIN_WORDS];
