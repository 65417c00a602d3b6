import { textEntity } from '../entities/textEntity.ts';
import type { Entity, Span } from '../types.ts';
import { FINITE, type KinTelling, PRONOUN_SAID, RELAYED_SENTENCE_END } from './kinTeller.ts';
import { nameGivenTo, peopleFitting, reachStart } from './peopleInReach.ts';

/**
 * "“If something happens to Tigran … But he told me: 'Brother, don't worry'”", "Nigar Huseynova,
 * who worked with the cameraman, said he had called her. “He told me the road was empty”": a
 * "he" or "she" inside a speaker's quote who tells the speaker words (CONVENTIONS 14, row S). The
 * pronoun is a person only when EXACTLY ONE person it fits (sex, one not many) was named in the
 * quote's own words or the sentence before the quote, other than the quoting speaker; with none
 * or two, who spoke is unsure and no statement is made (a missing statement beats a wrong speaker).
 */

/** "He told me …", "But he told me: '…", "Last night she told me that …": where a pronoun telling may open. */
const OPENER =
  /^(?:(?:But|And|Then|Later|Once|Last\s+night|Yesterday|This\s+morning|Today|Tonight),?\s+)?(?=(?:he|she|He|She)\s)/u;

/** A sentence start inside a quote, or a clause after ", but". */
const SENTENCE_START = /(?:^|[.!?]['’"”]?\s+|[,;]\s+(?=but\s))/gu;

/**
 * Words a pronoun hands on in `piece` of the quote whose first piece is `first`, each filed under
 * the one person the pronoun can be; none when that person is not certain.
 */
export function pronounTellerInQuote(text: string, piece: Span, first: Span, speaker: Entity): KinTelling[] {
  if (speaker.kind !== 'person' && speaker.kind !== 'unknown') return [];
  const windowStart = reachStart(text, first.start);
  const said = text.slice(piece.start, piece.end);
  const tellings: KinTelling[] = [];
  for (const stop of said.matchAll(SENTENCE_START)) {
    const at = stop.index + stop[0].length;
    const opener = OPENER.exec(said.slice(at));
    if (!opener) continue;
    const rest = said.slice(at + opener[0].length);
    const m = PRONOUN_SAID.exec(rest.charAt(0).toUpperCase() + rest.slice(1));
    if (!m || m[1] === 'They') continue;
    const pronoun = m[1]!.toLowerCase();
    const told = piece.start + at + opener[0].length;
    const fitting = peopleFitting(text.slice(windowStart, told), pronoun, speaker);
    if (fitting.length !== 1) continue;
    const start = told + m[0].length;
    const end = RELAYED_SENTENCE_END.exec(text.slice(start, piece.end));
    const words = { start, end: end ? start + end.index + 1 : piece.end };
    const wordsText = text.slice(words.start, words.end);
    if (!FINITE.test(wordsText) && !/^\p{Lu}\p{Ll}+,/u.test(wordsText)) continue;
    const one = fitting[0]!;
    const entity = textEntity(one.noun ? (nameGivenTo(text.slice(0, told), one.name) ?? one.name) : one.name);
    if (entity.id === speaker.id) continue;
    tellings.push({ speaker: { entity, mention: pronoun, viaDocument: false }, words });
  }
  return tellings;
}

/**
 * The kin teller's words and the pronoun tellers' after them: "He writes that … . Yesterday he wrote
 * only one word: 'Closed,'" hands on two sayings of the same relative.
 */
export function withPronounTellers(kin: KinTelling | null, pronouns: KinTelling[]): KinTelling[] {
  if (!kin) return pronouns;
  return [kin, ...pronouns.filter((t) => t.words.start >= kin.words.end)];
}
