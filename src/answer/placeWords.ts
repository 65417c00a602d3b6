import { placeSynonyms } from '../extract/entities/placeNames.ts';

const fold = (s: string) => s.normalize('NFC').toLowerCase();
const wordsOf = (s: string) =>
  fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);

/**
 * True when the text holds every word (each as a word or a word's start), a contested place's
 * word matching any of its names: "Khankendi shelling" matches "shelling in Stepanakert".
 */
export function matchesWords(text: string, words: string): boolean {
  const have = wordsOf(text);
  return wordsOf(words).every((w) => {
    const forms = [w, ...placeSynonyms(w)];
    return have.some((h) => forms.some((f) => h.startsWith(f)));
  });
}
