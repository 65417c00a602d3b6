import { countryOf } from '../entities/resolve.ts';
import type { Entity, Statement } from '../types.ts';
import { ownerWords, sameOwner } from './roleOwner.ts';

/** Unnamed speakers known only by a role that one person holds at a time in a story ("Foreign Ministry spokeswoman"). */
const ROLE_NOUN = /(?:^|\s)(?:spokes(?:person|man|woman)|representative|press secretary)$/i;

function roleFamily(words: string): 'spokes' | 'representative' | 'press secretary' | null {
  const w = words.toLowerCase();
  if (/\bspokes(?:person|man|woman)\b/.test(w)) return 'spokes';
  if (/\brepresentative\b/.test(w)) return 'representative';
  if (/\bpress secretary\b/.test(w)) return 'press secretary';
  return null;
}

function genderWord(words: string): 'm' | 'f' | null {
  if (/\bspokesman\b/i.test(words)) return 'm';
  if (/\bspokeswoman\b/i.test(words)) return 'f';
  return null;
}

/**
 * "…, a spokeswoman for Prime Minister Nikol Pashinyan said. | “…,” the spokeswoman, Nazeli
 * Baghdasaryan, told AFP": the role the story introduced unnamed is the person it names later
 * with that role. Only when exactly one named person in the document holds the role, and the
 * two mentions do not disagree in gender ("a spokesman" is no "spokeswoman") nor in whose voice
 * they are ("a spokesperson for the mission" is not the State Department's spokesperson); and
 * "a spokesperson" introduced after the holder was named is not the holder.
 */
export function nameUnnamedRoles(statements: Statement[]): Statement[] {
  const named = new Map<string, Entity>();
  const firstSaid = new Map<string, number>();
  statements.forEach((s, i) => {
    const e = s.speaker;
    const unnamed = e.id.startsWith('text:') && ROLE_NOUN.test(e.name);
    if (e.kind === 'person' && !unnamed && e.name.includes(' ') && e.role && roleFamily(e.role)) {
      named.set(e.id, e);
      if (!firstSaid.has(e.id)) firstSaid.set(e.id, i);
    }
  });
  if (!named.size) return statements;
  // "A spokesperson for the Department of Foreign Affairs said … the spokesperson said": the
  // second points back to the first, so whose voice the first named holds for both.
  const introducedOwner = new Map<string, Set<string>>();
  return statements.map((s, i) => {
    const e = s.speaker;
    if (!e.id.startsWith('text:') || e.kind !== 'person' || !ROLE_NOUN.test(e.name)) return s;
    const family = roleFamily(e.name);
    const gender = genderWord(e.name);
    // "his spokesman" filed as "Antonio Guterres's spokesman": the owner its name carries.
    let owner = ownerWords(s.mention);
    if (!owner.size) owner = ownerWords(e.name);
    if (owner.size && !introducedOwner.has(e.id)) introducedOwner.set(e.id, owner);
    else if (!owner.size && /^the\s/i.test(s.mention)) owner = introducedOwner.get(e.id) ?? owner;
    // "A spokesperson" after the spokesperson was named is someone else: a writer names one again.
    const introduced = /^(?:an?|another|one)\s/i.test(s.mention);
    const bodyCountry = backReferredBodyCountry(statements, i);
    const holders = [...named.values()].filter((n) => {
      const country = bodyCountry && countryOf(n);
      if (country && country !== bodyCountry) return false;
      const other = genderWord(n.role!);
      return (
        roleFamily(n.role!) === family &&
        !(gender && other && gender !== other) &&
        sameOwner(owner, ownerWords(n.role!)) &&
        !(introduced && firstSaid.get(n.id)! < i) &&
        // "A spokesman said …" then "Kremlin spokesman Dmitry Peskov said …": an owner the holder's
        // title gives, and the one introduced unnamed did not, ties nothing between the two.
        !(introduced && !owner.size && ownerWords(n.role!).size > 0 && firstSaid.get(n.id)! > i)
      );
    });
    return holders.length === 1 ? { ...s, speaker: holders[0]! } : s;
  });
}

/** "A spokesperson for the ministry": an owner named only by a body's common noun, pointing back. */
const BACK_REFERRED_OWNER =
  /\b(?:for|of|at)\s+the\s+(ministry|department|office|embassy|government|agency|service)$/i;

/** How many statements back the body "the ministry" points to may have spoken. */
const BODY_REACH = 3;

/**
 * "Azerbaijan's Foreign Ministry said …. A spokesperson for the ministry said …": the country of
 * the body that spoke just before under that noun, whose spokesperson this is; a Russian
 * spokeswoman the story names later is not theirs. Undefined when no such body is near.
 */
function backReferredBodyCountry(statements: readonly Statement[], i: number): string | undefined {
  const noun = BACK_REFERRED_OWNER.exec(statements[i]!.mention)?.[1]?.toLowerCase();
  if (!noun) return undefined;
  for (let j = i - 1; j >= 0 && j >= i - BODY_REACH; j--) {
    const body = statements[j]!.speaker;
    if (body.kind === 'person') continue;
    if (!`${body.name} ${statements[j]!.mention}`.toLowerCase().includes(noun)) continue;
    return countryOf(body);
  }
  return undefined;
}

/** Nouns of a calling whose holders the story names by a title: "a doctor" is "Dr Sarkisian". */
const TITLED_CALLING = /(?:^|\s)(doctor|physician|surgeon|GP|professor)$/;
const TITLE_OF: Record<string, RegExp> = {
  doctor: /\bDr\.?\s+((?:\p{Lu}[\p{Ll}-]+\s+)*)(\p{Lu}[\p{Ll}-]+)/gu,
  professor: /\bProf(?:\.|essor)?\s+((?:\p{Lu}[\p{Ll}-]+\s+)*)(\p{Lu}[\p{Ll}-]+)/gu,
};

/**
 * "A Sheffield doctor says her parents … | Dr Anahit Sarkisian, 39, …": one of a calling the story
 * introduces unnamed, then names by its title, is that person, when the text names exactly one
 * person by that title (by surname), who speaks in it, and names them only after the introduction.
 * Two doctors named, or none who speaks, leave the unnamed speaker as it was.
 */
export function nameIntroducedCallings(text: string, statements: Statement[]): Statement[] {
  return statements.map((s) => {
    const e = s.speaker;
    if (!e.id.startsWith('text:') || !/^(?:an?|one)\s/i.test(s.mention)) return s;
    const calling = TITLED_CALLING.exec(s.mention.trim())?.[1];
    if (!calling) return s;
    const title = TITLE_OF[/professor/i.test(calling) ? 'professor' : 'doctor']!;
    const surnames = new Set<string>();
    let first = Number.POSITIVE_INFINITY;
    for (const m of text.matchAll(title)) {
      surnames.add(m[2]!);
      first = Math.min(first, m.index);
    }
    if (surnames.size !== 1 || first < s.quote.end) return s;
    const surname = [...surnames][0]!;
    const holders = new Map<string, Entity>();
    for (const o of statements)
      if (
        o.speaker.kind === 'person' &&
        !o.speaker.id.startsWith(`text:${calling}`) &&
        o.speaker.name.split(/\s+/).pop() === surname
      )
        holders.set(o.speaker.id, o.speaker);
    return holders.size === 1 ? { ...s, speaker: [...holders.values()][0]! } : s;
  });
}
