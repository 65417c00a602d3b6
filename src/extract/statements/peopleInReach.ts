import { resolveEntityAt } from '../entities/resolve.ts';
import type { Entity } from '../types.ts';
import { FEMALE_KIN, KIN, MALE_KIN } from './kinNouns.ts';

/**
 * The people a stretch of text names, by name or by a person noun, and which of them a "he" or
 * "she" may stand for: the finder both pronoun tellers inside a quote use to be sure who told.
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

export interface Candidate {
  /** The name or the noun the text named them by. */
  name: string;
  gender: 'm' | 'f' | null;
  many: boolean;
  /** Named by a noun ("the cameraman"), not by a name. */
  noun: boolean;
  /** Named by "the" and a noun: "the driver", "the young man". */
  definite: boolean;
}

/**
 * The name the text gave the person a noun names, the last before: "her cousin Karine", "the
 * cameraman, Rashad Karimli,", "cameraman Rashad Karimli of state television".
 */
export function nameGivenTo(before: string, noun: string): string | null {
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
    found.push({
      name: noun,
      gender,
      many,
      noun: true,
      definite: /^[Tt]he\s/.test(m[0]),
      start: m.index,
      end: m.index + m[0].length,
    });
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
    found.push({
      name,
      gender: null,
      many: false,
      noun: false,
      definite: false,
      start,
      end: start + m[0].length,
    });
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

/** The people named in `window`, other than the quoting speaker, that "he" or "she" may stand for. */
export function peopleFitting(window: string, pronoun: string, speaker: Entity): Candidate[] {
  return peopleNamed(window).filter((c) => !isSpeaker(c, speaker) && fits(c, pronoun));
}

/** Where the reach of a pronoun in the quote at `quoteStart` starts: the quoting sentence the quote opens ("Nigar said: “…”"), or the last one before it. */
export function reachStart(text: string, quoteStart: number): number {
  const own = text.lastIndexOf('\n\n', quoteStart - 1);
  const paragraph = own < 0 ? 0 : own + 2;
  const lead = text.slice(paragraph, quoteStart);
  const starts = [0, ...[...lead.matchAll(/[.!?]['’"”]?\s+/gu)].map((m) => m.index + m[0].length)];
  return (
    paragraph +
    starts.filter((at) => /[\p{L}\p{N}]/u.test(lead.slice(at))).reduce((a, b) => Math.max(a, b), 0)
  );
}
