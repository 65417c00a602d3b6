import { type RoleDate, resolveEntityAt } from '../entities/resolve.ts';
import { textEntity } from '../entities/textEntity.ts';
import type { Entity } from '../types.ts';
import { allMatchesNearCue } from './allMatches.ts';
import { karabakhBody } from './karabakhBody.ts';

/** Body nouns a writer shortens a body's proper name to: "the committee", "the embassy". */
const SHORTENED_HEAD =
  /^(?:ministry|department|office|agency|committee|council|service|embassy|mission|commission)$/;

const CAPITALISED = String.raw`\p{Lu}[\p{L}'’-]*`;

/** The proper names a text gives bodies of one head noun: "the Armenian National Committee of Australia". */
const namesByHead = new Map<string, RegExp>();

function namesOf(head: string): RegExp {
  let re = namesByHead.get(head);
  if (!re) {
    const written = head[0]!.toUpperCase() + head.slice(1);
    re = new RegExp(
      String.raw`(?<![\p{L}'’-])((?:${CAPITALISED}\s+){0,4}${written}(?:\s+(?:of|for|in|on|at)\s+(?:the\s+)?${CAPITALISED}(?:\s+(?:and\s+)?${CAPITALISED}){0,4}){0,2})(?![\p{L}'’-])`,
      'gu',
    );
    namesByHead.set(head, re);
  }
  re.lastIndex = 0;
  return re;
}

/** The head as names write it ("Committee"): where a name of namesOf(head) can be. */
const cuesByHead = new Map<string, RegExp>();

function cueOf(head: string): RegExp {
  let cue = cuesByHead.get(head);
  if (!cue) cuesByHead.set(head, (cue = new RegExp(head[0]!.toUpperCase() + head.slice(1), 'g')));
  return cue;
}

/** Every use of the head noun, any case (read with matchAll only: its lastIndex is never relied on). */
const usesByHead = new Map<string, RegExp>();

function usesOf(head: string): RegExp {
  let uses = usesByHead.get(head);
  if (!uses) usesByHead.set(head, (uses = new RegExp(String.raw`(?<![\p{L}-])${head}(?![\p{L}-])`, 'giu')));
  return uses;
}

/**
 * "A spokesman for the Armenian National Committee of Australia said … The committee said …":
 * "the committee" is the one body the text named before with that noun, also when only another
 * speaker's words named it (a spokesman's, a "citing" source's) and the gazetteer lacks it.
 * Null unless every earlier use of the noun is that body's name or a bare "the committee": any
 * other ("Armenia's foreign ministry", a second committee) leaves the words as written.
 */
export function namedBodyBefore(before: string, noun: string, at: RoleDate): Entity | null {
  const head = noun.split(' ').pop()!;
  if (!SHORTENED_HEAD.test(head)) return null;
  const names: { start: number; end: number; name: string }[] = [];
  // The name holds the head after at most four words: the scan starts only a few words before each.
  for (const m of allMatchesNearCue(namesOf(head), before, cueOf(head), 4)) {
    const name = m[1]!.replace(/^The\s+/, '');
    // "The Committee said": a sentence's capital, not a name.
    if (name.split(/\s+/).length < 2) continue;
    names.push({ start: m.index!, end: m.index! + m[0].length, name });
  }
  if (!names.length) return null;
  const uses = usesOf(head);
  for (const m of before.matchAll(uses)) {
    const inName = names.some((n) => m.index! >= n.start && m.index! < n.end);
    if (!inName && !/\bthe\s+$/i.test(before.slice(Math.max(0, m.index! - 5), m.index!))) return null;
  }
  const distinct = new Set(names.map((n) => n.name));
  // "the State Committee for Refugees and IDPs" … "a source in the State Committee": one body.
  const longest = [...distinct].filter(
    (n) => ![...distinct].some((o) => o !== n && ` ${o} `.includes(` ${n} `)),
  );
  if (longest.length !== 1) return null;
  const name = longest[0]!;
  const lower = name.toLowerCase();
  if (noun.split(' ').some((w) => !lower.includes(w))) return null;
  // "the State Service of Emergency Situations of Artsakh": a Karabakh body the gazetteer files as its authorities.
  const known = resolveEntityAt(name, at) ?? karabakhBody(name, before);
  if (known) return known.kind === 'organisation' || known.kind === 'government' ? known : null;
  const entity = textEntity(name);
  return entity.kind === 'person' || entity.kind === 'place' ? null : entity;
}

/**
 * The bodies named with the head noun in the words ("the Department of Defence" for "the
 * Department"), as namedBodyBefore reads a name, each with where its name starts.
 */
export function namedBodiesIn(
  words: string,
  head: string,
  at: RoleDate,
): { entity: Entity; name: string; start: number }[] {
  const found: { entity: Entity; name: string; start: number }[] = [];
  for (const m of allMatchesNearCue(namesOf(head), words, cueOf(head), 4)) {
    const name = m[1]!.replace(/^The\s+/, '');
    if (name.split(/\s+/).length < 2) continue;
    const entity = resolveEntityAt(name, at) ?? karabakhBody(name, words) ?? textEntity(name);
    found.push({ entity, name, start: m.index! });
  }
  return found;
}
