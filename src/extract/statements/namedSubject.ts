import { tag } from './nounPhrase.ts';

/**
 * "Rafael Mammadli runs the agency. … Emin keeps a notebook from the rubble, he said": a sentence
 * that opens with another name and its verb stands between a pronoun and the person named before
 * it. When the people reader did not take that name for the pronoun's (a given name alone, a
 * gender guessed wrongly from a given name), the pronoun may be that other one's: who spoke is
 * not sure, and no one is named.
 */

/**
 * A sentence opening, after any short opening phrase ("In a cupboard of the flat, ") and a title
 * before the name ("Ms"): after a full stop or a line break, not inside a quote (quotes are masked).
 */
const NAMED_OPENING =
  /(?:[.!?]\s+|\n\s*)(?:[^.!?\n,“”"]{1,60},\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})[ \t]+(?:(?:also|then|later|now)[ \t]+)?(\p{Ll}+)\b/gu;

/** A finite verb after the name: a present or past form ("keeps", "testified") or a common irregular past. */
const FINITE =
  /^(?:\p{Ll}+(?:ed|[^su']s)|said|told|spoke|wrote|gave|took|went|came|left|made|saw|got|kept|knew|thought|felt|stood|sat|ran|lost|found|became|began|brought|held|heard|met|paid|put|sent|spent|won|led|fled|grew|drove|ate|fell|hid|is|was|has|had|does|did)$/u;

/** Capitalised words that open sentences without naming anyone. */
const NOT_A_NAME =
  /^(?:The|A|An|But|And|Or|So|Yet|In|On|At|By|For|From|Of|To|With|After|Before|When|While|As|Since|If|Although|Though|He|She|It|They|We|I|You|This|That|These|Those|His|Her|Its|Their|Our|My|Your|Some|Many|Most|All|Both|Each|Other|Others|No|Not|There|Here|Then|Now|Meanwhile|However|Still|Also|Even|Only|Just|One|Two|Three|Asked|Speaking|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** A capitalised plural opening a sentence ("Officials said", "Armenians fled") is a group, not one person. */
const PLURAL_WORD = /^\p{Lu}\p{Ll}+(?:ans|ers|ents|ials|ists|ors|ies|ives|ses|ts|ns)$/u;

/** How far back the stretch is read. */
const MAX_STRETCH = 1500;

/** Quoted words are what was said: a name opening a sentence inside them is no subject of the report. */
const QUOTED = /“[^“”]*”|"[^"\n]*"|«[^«»]*»/g;

/**
 * The first name that opens a sentence in text[from, to), followed by its verb, for which
 * `another` holds (another person the pronoun may stand for), or null.
 */
export function otherNamedSubjectBetween(
  text: string,
  from: number,
  to: number,
  another: (name: string) => boolean,
): string | null {
  if (to <= from) return null;
  const start = Math.max(from, to - MAX_STRETCH);
  const stretch = text.slice(start, to).replace(QUOTED, (q) => 'x'.repeat(q.length));
  NAMED_OPENING.lastIndex = 0;
  for (let m = NAMED_OPENING.exec(stretch); m; m = NAMED_OPENING.exec(stretch)) {
    const name = m[1]!;
    const words = name.split(/[ \t]+/);
    if (NOT_A_NAME.test(words[0]!) || !FINITE.test(m[2]!)) continue;
    if (words.length === 1 && PLURAL_WORD.test(name)) continue;
    if (tag(`${name} ${m[2]!}`).at(-1)?.pos !== 'VERB') continue;
    if (another(name)) return name;
  }
  return null;
}
