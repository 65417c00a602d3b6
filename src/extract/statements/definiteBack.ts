import { textEntity } from '../entities/textEntity.ts';
import type { Entity, Statement } from '../types.ts';
import { FEMALE_PERSON_WORDS, MALE_PERSON_WORDS, wordsExcept } from '../wordLists.ts';
import { KIN_NOUN } from './unresolvedDefinite.ts';

/** "the aid worker", "the relative", "the woman": a definite article and lower-case words, no name. */
const BARE_DEFINITE = /^the\s+((?:[\p{Ll}\d-]+\s+){0,2}[\p{Ll}-]+)$/u;

/** Words that end a noun phrase's pre-modifiers: a preposition, article, conjunction or relative. */
const NOT_PREMODIFIER =
  '(?:of|for|to|by|with|from|and|or|the|a|an|in|at|on|who|whom|whose|that|which|as|said|says|told|is|was)';

/** Nouns for a woman or a man, by which "the woman" / "the man" can point back to one. */
const FEMALE_NOUNS = wordsExcept(FEMALE_PERSON_WORDS);
const MALE_NOUNS = wordsExcept(MALE_PERSON_WORDS);

const PRONOUN = /^(?:he|she|they|him|her|them)$/i;

interface Introduction {
  at: number;
  /** The phrase up to its head, its article made indefinite: "a Western aid worker". */
  phrase: string;
}

const kept = new Map<string, RegExp>();

/**
 * "A Danish aid worker, who asked not to be named", "another relative", "the mother of one of the
 * soldiers", "the father of 19-year-old Aram" (a kin noun only, `ownedByName`): someone brought in
 * without a name, whose head is one of `heads`. Its premodifiers are never a preposition.
 */
function introductionPattern(heads: string, ownedByName: boolean): RegExp {
  const key = `${heads}|${ownedByName}`;
  let pattern = kept.get(key);
  if (!pattern) {
    if (kept.size >= 500) kept.clear();
    pattern = new RegExp(
      `(?<![\\p{L}\\d'’-])(?:(?:[Aa]n?|[Aa]nother|[Oo]ne)\\s+((?:(?!${NOT_PREMODIFIER}\\s)[\\p{L}\\d'’-]+\\s+){0,3}?)(${heads})(?![\\p{L}'’-])|[Tt]he\\s+(${heads})\\s+of\\s+(?:one\\s+of|an?\\s|another${ownedByName ? '|\\d{1,3}-year-old|\\p{Lu}' : ''}))`,
      'gu',
    );
    kept.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** Every introduction in `text` of someone unnamed whose head is one of `heads`, with where it ends. */
function introductions(
  heads: string,
  ownedByName: boolean,
  text: string,
): (Introduction & { end: number })[] {
  const found: (Introduction & { end: number })[] = [];
  for (const m of text.matchAll(introductionPattern(heads, ownedByName))) {
    const head = m[2] ?? m[3]!;
    found.push({ at: m.index, end: m.index + m[0].length, phrase: `a ${m[1] ?? ''}${head}` });
  }
  return found;
}

/** The heads a bare definite can point back to: its own, or for "the woman" / "the man" any noun of that sex. */
function headsFor(head: string): string {
  if (head === 'woman') return FEMALE_NOUNS;
  if (head === 'man') return MALE_NOUNS;
  return head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where a statement's mention stands, and where the words that describe it end: its mention and a
 * relative clause or apposition set off by commas after it ("Another participant, who described
 * herself only as a relative of a conscript, said").
 */
function describedSpan(text: string, s: Statement): [number, number] | null {
  const at = text.indexOf(s.mention, s.context.start);
  if (at < 0 || at >= s.context.end) return null;
  const end = at + s.mention.length;
  const set = /^,\s+(?:who|whose|an?|the)\s[^,.;"“”]*,/u.exec(text.slice(end, end + 300));
  return [at, set ? end + set[0].length : end];
}

/**
 * "A Western aid worker, who asked not to be named, told reporters …. “…,” the aid worker said":
 * a bare definite the resolver filed under its own words points back to the one person the text
 * brought in unnamed with that head (for "the woman" / "the man", with a noun of that sex: "the
 * mother of a conscript … the woman said"), and takes the identity that person's statement got,
 * or the description as first introduced. Two introductions with the head: which one is unclear,
 * the statement stays as it was. Pronouns read back to the definite go with it.
 */
export function withDefinitesBack(text: string, statements: Statement[]): Statement[] {
  let out: Statement[] | null = null;
  // Each head's introductions are found once over the whole text: a live blog repeats "the
  // ministry said" thousands of times, and a scan of the text before each would be quadratic.
  const byHeads = new Map<string, (Introduction & { end: number })[]>();
  for (let i = 0; i < statements.length; i++) {
    const s = (out ?? statements)[i]!;
    const words = BARE_DEFINITE.exec(s.mention.trim())?.[1];
    if (!words || !s.speaker.id.startsWith('text:')) continue;
    if (s.speaker.id !== `text:${words.replace(/\s+/g, '-')}`) continue;
    const head = words.split(/\s+/).pop()!;
    const at = text.indexOf(s.mention, s.context.start);
    if (at < 0) continue;
    // Only a kin noun's "of" names whose it is ("the mother of Hayk"); "the minister of defence" is a post.
    const ownedByName = KIN_NOUN.test(head) || head === 'woman' || head === 'man';
    const heads = headsFor(head);
    const key = `${heads}|${ownedByName}`;
    let all = byHeads.get(key);
    if (!all) {
      all = introductions(heads, ownedByName, text);
      byHeads.set(key, all);
    }
    const found = all.filter((intro) => intro.end <= at);
    if (found.length !== 1) continue;
    const intro = found[0]!;
    // The definite's own modifiers must be the introduction's: "the local doctor" is no "a doctor from Goris".
    const premodifiers = words.split(/\s+/).slice(0, -1);
    if (premodifiers.some((w) => !new RegExp(`(?:^|\\s)${w}\\s`, 'i').test(intro.phrase))) continue;
    let speaker: Entity | null = null;
    for (let j = 0; j < i; j++) {
      const o = (out ?? statements)[j]!;
      if (!o.speaker.id.startsWith('text:')) continue;
      const span = describedSpan(text, o);
      if (span && intro.at >= span[0] && intro.at < span[1]) {
        speaker = o.speaker;
        break;
      }
    }
    speaker ??= textEntity(intro.phrase);
    if (!speaker.id.startsWith('text:') || speaker.id === s.speaker.id) continue;
    if (speaker.kind !== 'person' && speaker.kind !== 'group' && speaker.kind !== 'unknown') continue;
    out ??= [...statements];
    const old = s.speaker.id;
    for (let k = i; k < out.length; k++) {
      const t = out[k]!;
      if (t.speaker.id !== old) continue;
      if (k > i && !PRONOUN.test(t.mention.trim()) && t.mention.trim() !== s.mention.trim()) continue;
      out[k] = { ...t, speaker: { ...speaker } };
    }
  }
  return out ?? statements;
}
