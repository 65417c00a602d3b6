import { SPEECH_FIRST_WORDS, SPEECH_VERB } from './lexicon.ts';

/** A match of SPEECH_VERB: where it starts in the text, and the words. */
export interface SpeechVerbMatch {
  index: number;
  0: string;
}

/** SPEECH_VERB tried at one position only. */
const AT = new RegExp(SPEECH_VERB.source, 'uy');
const LONGEST = Math.max(0, ...[...(SPEECH_FIRST_WORDS ?? [])].map((w) => w.length));

/** A word's hash, read as the scan goes: no word is sliced out to be looked up. */
const step = (hash: number, c: number) => (Math.imul(hash, 31) + c) | 0;
/**
 * The first words' hashes. A word of the text with one of them is only a candidate: a word that
 * merely shares a hash is tried by the pattern too, which turns it down, so none is missed.
 */
const FIRST_WORD_HASHES = new Set(
  [...(SPEECH_FIRST_WORDS ?? [])].map((w) => [...w].reduce((h, c) => step(h, c.charCodeAt(0)), 0)),
);

const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
/** A character that SPEECH_VERB's look-behind (no letter, no hyphen) always refuses before a form. */
const refusedBefore = (c: number) => isLower(c) || (c >= 0x41 && c <= 0x5a) || c === 0x2d;

/**
 * The matches of SPEECH_VERB in `window` that start in [start, end), as its global scan finds
 * them. Every match starts a lower-case word that opens a verb form (after no letter or hyphen)
 * or at an apostrophe ("He’s saying"), so the pattern is tried only there: one set look-up per
 * word instead of the whole alternation at every word.
 */
export function speechVerbsIn(window: string, start: number, end: number): SpeechVerbMatch[] {
  const found: SpeechVerbMatch[] = [];
  if (!SPEECH_FIRST_WORDS) {
    SPEECH_VERB.lastIndex = start;
    for (let m = SPEECH_VERB.exec(window); m && m.index < end; m = SPEECH_VERB.exec(window))
      found.push({ index: m.index, 0: m[0] });
    return found;
  }
  let free = start;
  for (let p = start; p < end; ) {
    const c = window.charCodeAt(p);
    let candidate = false;
    let next = p + 1;
    if (isLower(c)) {
      let hash = step(0, c);
      for (let d = window.charCodeAt(next); next < window.length && isLower(d); d = window.charCodeAt(++next))
        hash = step(hash, d);
      candidate =
        next - p <= LONGEST &&
        (p === 0 || !refusedBefore(window.charCodeAt(p - 1))) &&
        FIRST_WORD_HASHES.has(hash);
    } else candidate = c === 0x27 || c === 0x2019;
    if (candidate && p >= free) {
      AT.lastIndex = p;
      const m = AT.exec(window);
      if (m) {
        found.push({ index: p, 0: m[0] });
        free = p + m[0].length;
      }
    }
    p = next;
  }
  return found;
}
