import type { Entity, Statement } from '../types.ts';
import { isPlaceName } from './countryNames.ts';
import { editDistance, typoAllowance } from './fuzzy.ts';
import { GAZETTEER } from './gazetteer.ts';
import { otherGivenNames } from './givenNames.ts';
import { normaliseName } from './normalise.ts';
import { entityById } from './resolve.ts';
import { PARTICLE_SURNAME } from './textEntity.ts';

/**
 * One speaker, one entry, across a corpus: speakers the gazetteer lacks ("text:" ids) that
 * are spellings of one another are merged.
 * - People: the same number of words, each within a typo of the other's ("Tigran Grigoryan",
 *   "Tigran Grigorian"), across the corpus; the spelling the corpus uses most is kept.
 * - Within one document, a surname alone ("Grigorian"; never a place's name: "Indonesia" is not
 *   "Universitas Indonesia") joins the one full name of that document
 *   that ends with it (or a typo of it), and a body named without its qualifier ("the
 *   Prosecutor General's Office") joins the one body of that document whose name or known
 *   variant ends with it ("Azerbaijan's Prosecutor General's Office"). Across documents a short
 *   form is not evidence: "the press service" of one article may be another government's.
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
  const spelling = spellingsOf([...counts.values()]);
  for (const [id, entity] of abbreviatedAs([...counts.values()]))
    if (!spelling.has(id)) spelling.set(id, entity);
  const spelt = (e: Entity): Entity => spelling.get(e.id) ?? e;
  const inDoc = new Map<string, Map<string, Entity>>();
  const see = (docId: string, e: Entity): void => {
    let seen = inDoc.get(docId);
    if (!seen) inDoc.set(docId, (seen = new Map()));
    const canonical = spelt(e);
    seen.set(canonical.id, canonical);
  };
  for (const s of statements) {
    see(s.docId, s.speaker);
    if (s.via) see(s.docId, s.via);
  }
  const shortForms = new Map<string, Map<string, Entity>>();
  for (const [docId, seen] of inDoc) shortForms.set(docId, shortFormsOf([...seen.values()]));
  const carried = new Map<Entity, Map<Entity, Entity>>();
  const canonicalIn = (docId: string, e: Entity): Entity => {
    const spelling = spelt(e);
    const canonical = shortForms.get(docId)?.get(spelling.id) ?? spelling;
    return canonical === e || !e.aliases ? canonical : withAliasesOf(canonical, e, carried);
  };
  return statements.map((s) => {
    const speaker = canonicalIn(s.docId, s.speaker);
    const via = s.via ? canonicalIn(s.docId, s.via) : undefined;
    if (speaker === s.speaker && via === s.via) return s;
    const merged: Statement = { ...s, speaker };
    if (via) merged.via = via;
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

/** A surname within a typo of another, with the same ending: "Aliyeva" is another person than "Aliyev". */
function sameSurnameWord(a: string, b: string): boolean {
  return sameWord(a, b) && a.endsWith('a') === b.endsWith('a');
}

/**
 * Each word within a typo of the other's; but two known given names are two people ("Arman"
 * and "Armen"), and a feminine surname is not the masculine one.
 */
function sameName(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const last = a.length - 1;
  return a.every((w, i) =>
    i === last ? sameSurnameWord(w, b[i]!) : sameWord(w, b[i]!) && !otherGivenNames(w, b[i]!),
  );
}

const bodyNamesById = new Map<string, string[]>();

/** Names a body is known by, normalised (its own name first): its name and, for a gazetteer entity, its variants. */
function bodyNames(e: Entity): string[] {
  let names = bodyNamesById.get(e.id);
  if (!names) {
    const entry = GAZETTEER.find((g) => g.id === e.id);
    names = [e.name, ...(entry?.variants ?? [])].map(normaliseName);
    if (bodyNamesById.size > 50_000) bodyNamesById.clear();
    bodyNamesById.set(e.id, names);
  }
  return names;
}

/** Full names that are spellings of one another, across the corpus: the most used spelling wins. */
function spellingsOf(speakers: { entity: Entity; n: number }[]): Map<string, Entity> {
  const into = new Map<string, Entity>();
  const full = speakers
    .filter(
      (s) => s.entity.id.startsWith('text:') && s.entity.kind === 'person' && words(s.entity).length >= 2,
    )
    .sort((a, b) => b.n - a.n || a.entity.id.localeCompare(b.entity.id));
  const kept: Entity[] = [];
  for (const s of full) {
    const same = kept.find((k) => sameName(words(k), words(s.entity)));
    if (same) into.set(s.entity.id, same);
    else kept.push(s.entity);
  }
  return into;
}

const ABBREVIATION = /^\p{Lu}[\p{Lu}&-]{1,9}$/u;

/**
 * A speaker named only by an abbreviation ("ANAMA said") joins the one body that a document of
 * the corpus defined it for ("Azerbaijan's Mine Action Agency (ANAMA)", recorded as its alias by
 * entities/identity.ts). An abbreviation defined for two bodies joins neither.
 */
function abbreviatedAs(speakers: { entity: Entity; n: number }[]): Map<string, Entity> {
  const defined = new Map<string, Map<string, Entity>>();
  for (const { entity } of speakers)
    for (const a of entity.aliases ?? []) {
      if (!ABBREVIATION.test(a)) continue;
      let bodies = defined.get(a);
      if (!bodies) defined.set(a, (bodies = new Map()));
      if (!bodies.has(entity.id)) bodies.set(entity.id, entity);
    }
  const into = new Map<string, Entity>();
  if (!defined.size) return into;
  for (const { entity } of speakers) {
    const bodies = entity.id.startsWith('text:') ? defined.get(entity.name) : undefined;
    if (bodies?.size !== 1) continue;
    const body = [...bodies.values()][0]!;
    if (body.id === entity.id) continue;
    // The body as the corpus knows it: the names one document gave it stay with that document's statements.
    const plain: Entity = { ...body };
    delete plain.aliases;
    into.set(entity.id, plain);
  }
  return into;
}

const CAPITALISED_WORD = /^\p{Lu}[\p{L}’'-]+$/u;

/** Within one document's speakers: a surname alone, or a body without its qualifier, and whom it joins. */
function shortFormsOf(speakers: Entity[]): Map<string, Entity> {
  const into = new Map<string, Entity>();
  const fullNames = speakers.filter(
    (e) => e.id.startsWith('text:') && e.kind === 'person' && words(e).length >= 2,
  );
  const lone = speakers.filter(
    (e) =>
      e.id.startsWith('text:') &&
      (e.kind === 'person' || e.kind === 'unknown') &&
      (CAPITALISED_WORD.test(e.name) || PARTICLE_SURNAME.test(e.name)) &&
      !isPlaceName(e.name),
  );
  for (const e of lone) {
    // "von der Leyen": a surname with its particles joins the full name that ends in it.
    const particles = !CAPITALISED_WORD.test(e.name);
    const surname = words(e)[0]!;
    const owners = particles
      ? fullNames.filter((k) => k.name.endsWith(` ${e.name}`) && words(k).length > words(e).length)
      : fullNames.filter((k) => sameSurnameWord(words(k).at(-1)!, surname));
    if (owners.length === 1) into.set(e.id, owners[0]!);
  }
  const bodies = speakers
    .filter((e) => e.kind === 'organisation' || e.kind === 'government')
    .map((entity) => ({ entity, names: bodyNames(entity) }));
  for (const b of bodies.filter((x) => x.entity.id.startsWith('text:'))) {
    const name = b.names[0]!;
    if (name.split(' ').length < 2) continue;
    const owners = bodies.filter((o) => o !== b && o.names.some((n) => n !== name && n.endsWith(` ${name}`)));
    const ids = new Set(owners.map((o) => o.entity.id));
    if (ids.size === 1) into.set(b.entity.id, entityById([...ids][0]!) ?? owners[0]!.entity);
  }
  return into;
}

/** The canonical entity, still holding the names a document gave the entity it replaces (one copy per pair). */
function withAliasesOf(canonical: Entity, e: Entity, memo: Map<Entity, Map<Entity, Entity>>): Entity {
  let byCanonical = memo.get(e);
  if (!byCanonical) memo.set(e, (byCanonical = new Map()));
  let out = byCanonical.get(canonical);
  if (!out) {
    const names = new Set([...(canonical.aliases ?? []), e.name, ...(e.aliases ?? [])]);
    names.delete(canonical.name);
    out = { ...canonical, aliases: [...names] };
    byCanonical.set(canonical, out);
  }
  return out;
}
