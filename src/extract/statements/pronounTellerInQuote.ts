import { resolveEntityAt } from '../entities/resolve.ts';
import { textEntity } from '../entities/textEntity.ts';
import type { Entity, Span } from '../types.ts';
import {
  FEMALE_KIN,
  FINITE,
  KIN,
  type KinTelling,
  MALE_KIN,
  PRONOUN_SAID,
  RELAYED_SENTENCE_END,
} from './kinTeller.ts';

/**
 * "“If something happens to Tigran … But he told me: 'Brother, don't worry'”", "Nigar Huseynova,
 * who worked with the cameraman, said he had called her. “He told me the road was empty”": a
 * "he" or "she" inside a speaker's quote who tells the speaker words (CONVENTIONS 14, row S). The
 * pronoun is a person only when EXACTLY ONE person it fits (sex, one not many) was named in the
 * quote's own words or the sentence before the quote, other than the quoting speaker; with none
 * or two, who spoke is unsure and no statement is made (a missing statement beats a wrong speaker).
 */

/** Person nouns a definite or possessive phrase may name someone by: "the cameraman", "my employer". */
const PERSON_NOUN = `(?:${KIN}|employer|boss|colleague|landlord|partner|fianc[eé]e?|camera(?:man|woman)|photographer|journalist|reporter|driver|soldier|conscript|officer|commander|doctor|nurse|priest|teacher|volunteer|man|woman|boy|girl)`;

const MALE_NOUN = /^(?:cameraman|man|boy)$/;
const FEMALE_NOUN = /^(?:camerawoman|woman|girl)$/;

/** "her son", "whose aunt", "my employer", "Hasmik's sister", "the cameraman", "a cousin", "has a brother". */
const NOUN_PERSON = new RegExp(
  `(?<![\\p{L}-])(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|[Mm]y|[Oo]ur|\\p{Lu}[\\p{L}-]+['’]s|[Tt]he)\\s+(?:[\\p{Ll}\\d-]+\\s+)?(${PERSON_NOUN})|(?:[Aa]n?)\\s+(?:[\\p{Ll}\\d-]+\\s+)?(${KIN}))(s|es)?(?![\\p{L}-])`,
  'gu',
);

/** A run of capitalised words: a name, or a place, a month, a word opening a sentence. */
const CAPITALS = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,3}(?![\p{L}\p{N}])/gu;

/** A preposition of place right before a run of capitals. */
const PLACE_BEFORE = /(?<![\p{L}-])(?:in|from|near|outside|across|through|via|into|towards?)\s+$/u;

/** Capitalised words that name no one: openers of a sentence, time words. */
const NOT_A_NAME =
  /^(?:The|A|An|If|But|And|Or|So|Then|When|While|After|Before|Since|Until|Among|At|In|On|Of|From|To|For|With|By|As|Last|This|That|These|Those|There|Here|Now|Today|Yesterday|Tonight|Every|Each|All|Some|No|Nobody|Everyone|Everything|Nothing|We|I|It|Its|He|She|They|His|Her|Their|My|Our|You|Your|What|Who|Why|How|Where|Just|Only|Still|Even|Mama|Papa|Mum|Mom|Dad|God|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** "He told me …", "But he told me: '…", "Last night she told me that …": where a pronoun telling may open. */
const OPENER =
  /^(?:(?:But|And|Then|Later|Once|Last\s+night|Yesterday|This\s+morning|Today|Tonight),?\s+)?(?=(?:he|she|He|She)\s)/u;

/** A sentence start inside a quote, or a clause after ", but". */
const SENTENCE_START = /(?:^|[.!?]['’"”]?\s+|[,;]\s+(?=but\s))/gu;

interface Candidate {
  /** The name or the noun the text named them by. */
  name: string;
  gender: 'm' | 'f' | null;
  many: boolean;
  /** Named by a noun ("the cameraman"), not by a name. */
  noun: boolean;
}

/**
 * The name the text gave the person a noun names, the last before: "her cousin Karine", "the
 * cameraman, Rashad Karimli,", "cameraman Rashad Karimli of state television".
 */
function nameGivenTo(before: string, noun: string): string | null {
  const given = new RegExp(
    `(?<![\\p{L}-])${noun},?\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)(?![\\p{L}'’-])`,
    'gu',
  );
  const name = [...before.matchAll(given)].at(-1)?.[1];
  return name && !NOT_A_NAME.test(name.split(' ')[0]!) ? name : null;
}

/** People named in `window`, by name or person noun; a noun right before a name ("her son, Arman") is that name. */
function peopleNamed(window: string): Candidate[] {
  const found: (Candidate & { start: number; end: number })[] = [];
  for (const m of window.matchAll(NOUN_PERSON)) {
    const noun = (m[1] ?? m[2])!;
    const gender =
      MALE_KIN.test(noun) || MALE_NOUN.test(noun)
        ? 'm'
        : FEMALE_KIN.test(noun) || FEMALE_NOUN.test(noun)
          ? 'f'
          : null;
    const many = Boolean(m[3]) || /^(?:parents|grandparents|family|relatives)$/.test(noun);
    found.push({ name: noun, gender, many, noun: true, start: m.index, end: m.index + m[0].length });
  }
  for (const m of window.matchAll(CAPITALS)) {
    const words = m[0].split(/\s+/).filter((w) => !NOT_A_NAME.test(w));
    if (!words.length) continue;
    const name = words.join(' ');
    const known = resolveEntityAt(name, null);
    if (known && known.kind !== 'person') continue;
    const start = m.index + m[0].indexOf(words[0]!);
    // "from Kalbajar", "near Hadrut": a run after a preposition of place is a place.
    if (PLACE_BEFORE.test(window.slice(Math.max(0, start - 12), start))) continue;
    // "her son, Arman", "whose son Arman": the name is the noun's person.
    const noun = found.find((c) => /^,?\s*$/.test(window.slice(c.end, start)) && c.end <= start);
    if (noun && !noun.many) {
      noun.name = name;
      noun.noun = false;
      continue;
    }
    found.push({ name, gender: null, many: false, noun: false, start, end: start + m[0].length });
  }
  return found;
}

/** Is the candidate the quoting speaker ("Hasmik" of Hasmik Grigoryan, "cousin" for text:cousin)? */
function isSpeaker(c: Candidate, speaker: Entity): boolean {
  const own = speaker.name.toLowerCase().split(/[\s-]+/);
  return c.name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => own.includes(w.replace(/['’]s$/, '')));
}

const fits = (c: Candidate, pronoun: string): boolean =>
  !c.many && (c.gender === null || c.gender === (pronoun === 'he' ? 'm' : 'f'));

/**
 * Words a pronoun hands on in `piece` of the quote whose first piece is `first`, each filed under
 * the one person the pronoun can be; none when that person is not certain.
 */
export function pronounTellerInQuote(text: string, piece: Span, first: Span, speaker: Entity): KinTelling[] {
  if (speaker.kind !== 'person' && speaker.kind !== 'unknown') return [];
  const own = text.lastIndexOf('\n\n', first.start - 1);
  const paragraph = own < 0 ? 0 : own + 2;
  const lead = text.slice(paragraph, first.start);
  // The quoting sentence the quote opens ("Nigar said: “…”"), or the last one before it.
  const starts = [0, ...[...lead.matchAll(/[.!?]['’"”]?\s+/gu)].map((m) => m.index + m[0].length)];
  const windowStart =
    paragraph +
    starts.filter((at) => /[\p{L}\p{N}]/u.test(lead.slice(at))).reduce((a, b) => Math.max(a, b), 0);
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
    const people = peopleNamed(text.slice(windowStart, told)).filter((c) => !isSpeaker(c, speaker));
    const fitting = people.filter((c) => fits(c, pronoun));
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
