import { FEMALE_PERSON_WORDS, MALE_PERSON_WORDS, wordsExcept } from '../wordLists.ts';
import type { Gender } from './people.ts';

/**
 * "Tigran Avetisyan spoke first. The regional governor toured the site. He said …": a sentence
 * that opens with a person described, not named ("The regional governor", "A local farmer"),
 * stands between the pronoun and the person named before it, and is the nearer antecedent. The
 * pronoun must not jump over it to the named person. Found by one anchored pattern per sentence
 * start in the stretch between them (bounded), only when a pronoun is being resolved.
 */

/** Nouns of one person who can be the subject a pronoun points back to, with the gender some tell. */
const PERSON_NOUN =
  'minister|president|premier|secretary|chair(?:man|woman)?|chancellor|ambassador|envoy|spokes(?:man|woman|person)|' +
  'commander|governor|mayor|leader|official|diplomat|ombudsman|senator|general|officer|soldier|farmer|resident|' +
  'witness|doctor|nurse|p(?:a)?ediatrician|surgeon|physician|paramedic|medic|teacher|lawyer|judge|driver|woman|man|mother|father|candidate|nominee|' +
  'congress(?:man|woman)|representative|director|chief|prosecutor|activist|priest|pastor|' +
  'survivor|refugee|volunteer|student|retiree|pensioner|shopkeeper|owner|worker|engineer|analyst|expert';

/**
 * A sentence opening with such a description and a lower-case verb after it ("The governor toured"),
 * also behind a place it is set in ("In Goris, a retired teacher sat …") and with the name it goes
 * by ("a farmer named Aram walked …").
 */
const DESCRIBED_OPENING = new RegExp(
  `(?:[.!?]\\s+|\\n\\s*)(?:(?:In|At|Outside|Near|Inside)\\s+[^,.!?\\n]{1,40},\\s+)?((?:[Tt]he|[Aa]n?|One|Another)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(${PERSON_NOUN}))(?:\\s+(?:named|called)\\s+(\\p{Lu}[\\p{L}'’-]*))?\\s+(?:also\\s+|then\\s+|later\\s+)?\\p{Ll}`,
  'gu',
);

/**
 * "Reporters spoke to a nurse at the hospital", "AFP interviewed a volunteer": someone the writer
 * met, described and unnamed, as the object of a verb of getting in touch.
 */
const SPOKEN_TO_DESCRIBED = new RegExp(
  `\\b(?:(?:spoke|talked)\\s+(?:to|with)|interviewed|met\\s+with)\\s+((?:an?|one|another)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${PERSON_NOUN}|friend))(?![\\p{L}-])`,
  'gu',
);

const FEMALE_NOUN = /^(?:chairwoman|spokeswoman|woman|mother|congresswoman)$/;
const MALE_NOUN = /^(?:chairman|spokesman|man|father|congressman)$/;

/** How far back the stretch is read: a description further back than this no longer competes. */
const MAX_STRETCH = 1500;

export interface DescribedSubject {
  /** The words of the description, lower-cased: "the regional governor". */
  words: string;
  /** The same words as the text writes them: "A nurse at the Goris hospital" reads as "A nurse". */
  written: string;
  gender: Gender;
  /** The name the writer gives the one described: "Lusine" in "a retired teacher named Lusine". */
  name?: string;
  /** For someone met unnamed by a noun of kin or sex ("spoke to the mother of a conscript"): that noun. */
  kin?: string;
}

/** Nouns of kin or sex that tell a person's gender: the pronoun after them is theirs. */
const KIN_NOUN = { f: wordsExcept(FEMALE_PERSON_WORDS), m: wordsExcept(MALE_PERSON_WORDS) };

/**
 * "The paper spoke to the mother of a 19-year-old conscript. She said …", "Among those waiting was
 * the mother of 24-year-old Hayk. “…,” she told …": someone brought in unnamed by a noun of kin
 * or sex, as whom the writer met or as the subject after "was", not as anyone's speech.
 */
const MET_UNNAMED = new RegExp(
  `(?:(?:spoke|talked)\\s+(?:to|with)|\\b(?:met|interviewed|reached|visited|was|were))\\s+((?:the\\s+(${KIN_NOUN.f}|${KIN_NOUN.m})\\s+of\\s+(?:one\\s+of|an?\\s|another|\\d{1,3}-year-old|\\p{Lu}))|(?:an?|one|another)\\s+(?:[\\p{Ll}\\d-]+\\s+){0,2}?(${KIN_NOUN.f}|${KIN_NOUN.m})(?![\\p{L}'’-]))`,
  'gu',
);
const FEMALE_KIN = new RegExp(`^(?:${KIN_NOUN.f})$`);

/**
 * The last person in text[from, to) met unnamed by a noun of kin or sex whose gender fits the
 * pronoun, or null; `fits` tells whether a gender fits it.
 */
function metUnnamedBetween(
  stretch: string,
  fits: (gender: Gender) => boolean,
  quoted: (at: number) => boolean,
): (DescribedSubject & { at: number }) | null {
  let found: (DescribedSubject & { at: number }) | null = null;
  MET_UNNAMED.lastIndex = 0;
  for (let m = MET_UNNAMED.exec(stretch); m; m = MET_UNNAMED.exec(stretch)) {
    if (quoted(m.index)) continue;
    const noun = (m[2] ?? m[3])!;
    const gender: Gender = FEMALE_KIN.test(noun) ? 'f' : 'm';
    if (!fits(gender)) continue;
    found = { words: m[1]!.toLowerCase(), written: m[1]!, gender, kin: noun, at: m.index };
  }
  return found;
}

/**
 * The last sentence subject in text[from, to) that describes one person of a gender the pronoun
 * fits, or null. `fits` tells whether a gender fits the pronoun.
 */
export function describedSubjectBetween(
  text: string,
  from: number,
  to: number,
  fits: (gender: Gender) => boolean,
): DescribedSubject | null {
  if (to <= from) return null;
  const start = Math.max(from, to - MAX_STRETCH);
  const stretch = text.slice(start, to);
  const quoted = quotedAt(stretch);
  const met = metUnnamedBetween(stretch, fits, quoted);
  let found: DescribedSubject | null = met
    ? { words: met.words, written: met.written, gender: met.gender, kin: met.kin! }
    : null;
  let foundAt = met ? met.at : -1;
  for (const pattern of [DESCRIBED_OPENING, SPOKEN_TO_DESCRIBED]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(stretch); m; m = pattern.exec(stretch)) {
      const noun = m[2]!;
      const gender: Gender = FEMALE_NOUN.test(noun) ? 'f' : MALE_NOUN.test(noun) ? 'm' : null;
      if (!fits(gender) || m.index < foundAt || quoted(m.index)) continue;
      const words = { words: m[1]!.toLowerCase(), written: m[1]!, gender };
      found = m[3] ? { ...words, name: m[3] } : words;
      foundAt = m.index;
    }
  }
  return found;
}

/**
 * Whether a place in the stretch lies inside double quotation marks. "“I met a mother who had
 * walked for two days,” she said": the one a quote tells of is in the speaker's story, not
 * someone the writer brings in, so no pronoun after the quote points to her. Marks are read from
 * the stretch's start, which is a name the writer gave, outside any quote.
 */
function quotedAt(stretch: string): (at: number) => boolean {
  const spans: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < stretch.length; i++) {
    const c = stretch[i];
    if (c === '“' || c === '«' || (c === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((c === '”' || c === '»' || c === '"') && open >= 0) {
      spans.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, stretch.length]);
  return (at) => spans.some(([a, b]) => at > a && at < b);
}
