import type { Span } from '../types.ts';
import { MASK } from './mask.ts';
import { tag } from './nounPhrase.ts';

/** Verbs of reacting: their object is the claim or event reacted to ("denied the report"), never words said. */
const REACTING_VERB = /\b(?:den(?:y|ies|ied)|confirm(?:s|ed)?|welcom(?:e|es|ed)|condemn(?:s|ed)?)\s*$/i;

const ON_WEEKDAY_AT_END = /\s+(?:on|in|at)\s+\p{Lu}\p{Ll}+day\s*$/u;

/**
 * "The ministry denied the claim, saying …", "confirmed the agreement in a statement, saying …":
 * when a second saying follows a verb of reacting, the verb's object only names what was reacted
 * to, and the second saying carries the words. A topic is a phrase without a verb of its own (a
 * gerund may open it: "denied targeting the church"), no quote and no "that"; "denied that the
 * troops fired, saying …" keeps its clause. `before` is the masked text from the attribution's
 * start to the object.
 */
export function reactedToOnly(masked: string, before: Span, object: Span): boolean {
  const frame = masked.slice(before.start, object.start);
  if (!REACTING_VERB.test(frame.replace(ON_WEEKDAY_AT_END, ''))) return false;
  const words = masked.slice(object.start, object.end).trim();
  if (!words || words.includes(MASK) || /\bthat\b/i.test(words)) return false;
  const tagged = tag(words);
  if (!tagged.length || tagged.length > 14) return false;
  if (!/^(?:DET|PRON|NOUN|PROPN|ADJ|NUM|VERB)$/.test(tagged[0]!.pos)) return false;
  return tagged.every((t, i) => t.pos !== 'AUX' && (t.pos !== 'VERB' || (i === 0 && /ing$/i.test(t.word))));
}
