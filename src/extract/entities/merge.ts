import type { Entity, Statement } from '../types.ts';
import { editDistance, typoAllowance } from './fuzzy.ts';
import { entityById } from './resolve.ts';
import { GAZETTEER } from './gazetteer.ts';
import { normaliseName } from './normalise.ts';

/**
 * One speaker, one entry, across a corpus: speakers the gazetteer lacks ("text:" ids) that
 * are spellings of one another are merged.
 * - People: the same number of words, each within a typo of the other's ("Tigran Grigoryan",
 *   "Tigran Grigorian"); the spelling the corpus uses most is kept.
 * - A surname alone ("Grigorian") joins the one full name in the corpus that ends with it (or
 *   a typo of it); with two such full names it stays apart.
 * - A body named without its qualifier ("the Prosecutor General's Office") joins the one
 *   speaker in the corpus whose name or known variant ends with it ("Azerbaijan's Prosecutor
 *   General's Office").
 * Statements are returned in the same order; only those whose speaker or relayer changes are copied.
 */
export function mergeSpeakerVariants(statements: readonly Statement[]): Statement[] {
  const counts = new Map<string, { entity: Entity; n: number }>();
  const count = (e: Entity | undefined) => {
    if (!e) return;
    const c = counts.get(e.id);
    if (c) c.n++;
    else counts.set(e.id, { entity: e, n: 1 });
  };
  for (const s of statements) {
    count(s.speaker);
    count(s.via);
  }
  const into = canonicalOf([...counts.values()]);
  if (!into.size) return [...statements];
  return statements.map((s) => {
    const speaker = into.get(s.speaker.id);
    const via = s.via ? into.get(s.via.id) : undefined;
    if (!speaker && !via) return s;
    const merged: Statement = { ...s, speaker: speaker ?? s.speaker };
    if (s.via) merged.via = via ?? s.via;
    return merged;
  });
}

const wordsById = new Map<string, string[]>();

function words(e: Entity): string[] {
  let w = wordsById.get(e.id);
  if (!w) {
    w = normaliseName(e.name).split(' ').filter(Boolean);
    if (wordsById.size > 50_000) wordsById.clear();
    wordsById.set(e.id, w);
  }
  return w;
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0]) return false;
  const allowance = Math.min(1, typoAllowance(Math.min(a.length, b.length)));
  return allowance > 0 && editDistance(a, b, allowance) <= allowance;
}

function sameName(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => sameWord(w, b[i]!));
}

/** Names a body is known by, normalised: its name and, for a gazetteer entity, its variants. */
function bodyNames(e: Entity): string[] {
  const entry = GAZETTEER.find((g) => g.id === e.id);
  return [e.name, ...(entry?.variants ?? [])].map(normaliseName);
}

function canonicalOf(speakers: { entity: Entity; n: number }[]): Map<string, Entity> {
  const into = new Map<string, Entity>();
  const textPeople = speakers.filter((s) => s.entity.id.startsWith('text:') && s.entity.kind === 'person');
  // People whose full names are spellings of one another: the most used spelling wins.
  const full = textPeople.filter((s) => words(s.entity).length >= 2).sort((a, b) => b.n - a.n || a.entity.id.localeCompare(b.entity.id));
  const kept: Entity[] = [];
  for (const s of full) {
    const same = kept.find((k) => sameName(words(k), words(s.entity)));
    if (same) into.set(s.entity.id, same);
    else kept.push(s.entity);
  }
  // A surname alone joins the one full name that ends with it.
  const lone = speakers.filter((s) => s.entity.id.startsWith('text:') && (s.entity.kind === 'person' || s.entity.kind === 'unknown') &&
    /^\p{Lu}[\p{L}’'-]+$/u.test(s.entity.name));
  for (const s of lone) {
    const surname = words(s.entity)[0]!;
    const owners = kept.filter((k) => sameWord(words(k).at(-1)!, surname));
    if (owners.length === 1) into.set(s.entity.id, owners[0]!);
  }
  // A body without its qualifier joins the one body whose name ends with it.
  const bodies = speakers.filter((s) => s.entity.kind === 'organisation' || s.entity.kind === 'government')
    .map((b) => ({ ...b, names: bodyNames(b.entity) }));
  for (const s of bodies.filter((b) => b.entity.id.startsWith('text:'))) {
    const name = normaliseName(s.entity.name);
    if (name.split(' ').length < 2) continue;
    const owners = bodies.filter((b) => b !== s && b.names.some((n) => n !== name && n.endsWith(` ${name}`)));
    const ids = new Set(owners.map((o) => into.get(o.entity.id)?.id ?? o.entity.id));
    if (ids.size === 1) into.set(s.entity.id, entityById([...ids][0]!) ?? owners[0]!.entity);
  }
  return into;
}
