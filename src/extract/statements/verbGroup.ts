import { keptPerText } from './keptPerText.ts';
import { tag } from './nounPhrase.ts';

/**
 * Where the verb group starts in the words between a subject and its verb of saying: an
 * auxiliary and the adverbials after it are no part of the subject ("Baku |has often
 * argued", "Mr. Mirzoyan |has long said", "Village elders |have in the past said", "he|’s also said").
 * Read off the auxiliary's form and part-of-speech tags, not a list of adverbs; null when the
 * words end with no auxiliary, or something other than adverbials follows it ("The mayor had
 * little good to say").
 */
export const verbGroupStart = keptPerText(readVerbGroupStart);

/** Modal verbs are left out on purpose: "can say", "might argue" report nothing said yet. */
/** An auxiliary, or one contracted after a pronoun ("he’s said", "they’ve argued"): group 1 is the pronoun. */
const AUXILIARY =
  /(?<![\p{L}'’])(?:has|have|had|will|would|did|does|do|(he|she|it|they|we|i|you|who)['’](?:s|ve|d|ll))(?=\s|$)/giu;
/** Adverbs the tagger reads as other parts of speech in a verb group: "has long said", "has since said". */
const GROUP_ADVERB = /^(?:long|since|ever|once|first|yet|before|further|later|earlier)$/i;
const PP_WORD = /^(?:DET|ADJ|NOUN|NUM|PROPN)$/;

function readVerbGroupStart(before: string): number | null {
  let last: RegExpExecArray | null = null;
  AUXILIARY.lastIndex = 0;
  for (let m = AUXILIARY.exec(before); m; m = AUXILIARY.exec(before)) last = m;
  if (!last) return null;
  const rest = before.slice(last.index + last[0].length).trim();
  // "he’s (also) said": a contracted auxiliary may stand alone, the adverbs already cut.
  if (rest ? rest.split(/\s+/).length > 5 || !adverbials(rest) : !last[1]) return null;
  const at = last.index + (last[1]?.length ?? 0);
  return before.slice(0, at).trim() ? at : null;
}

const LY_ADVERB = /\p{Ll}ly$/u;

/** Are these words only adverbs and short prepositional phrases ("often", "in the past", "at times")? */
function adverbials(words: string): boolean {
  const tagged = tag(words);
  for (let i = 0; i < tagged.length; i++) {
    const t = tagged[i]!;
    if (t.pos === 'ADV' || GROUP_ADVERB.test(t.word) || LY_ADVERB.test(t.word)) continue;
    if (t.pos !== 'ADP' || /^(?:to|of)$/i.test(t.word)) return false;
    // A short phrase after the preposition: its words up to the verb or the next adverb.
    let j = i + 1;
    while (j < tagged.length && j - i <= 3 && PP_WORD.test(tagged[j]!.pos)) j++;
    if (j === i + 1) return false;
    i = j - 1;
  }
  return tagged.length > 0;
}
