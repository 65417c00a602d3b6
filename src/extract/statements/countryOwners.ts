import { slug } from '../entities/normalise.ts';
import type { Entity, Statement } from '../types.ts';

/** "Azerbaijan's …": the country a body's alias opens with. */
const OWNER = /^(\p{Lu}[\p{L}]+)['’]s\s/u;

/** The country whose possessive the body was written with, when its name dropped it. */
function ownerOf(e: Entity): string | null {
  if (!e.id.startsWith('text:') || !e.aliases?.length) return null;
  return OWNER.exec(e.aliases[0]!)?.[1] ?? null;
}

/** The body named as written, its country kept: "text:armenia-health-ministry". */
function asWritten(e: Entity): Entity {
  const written = e.aliases![0]!;
  return { id: `text:${slug(written)}`, name: written, kind: e.kind };
}

/**
 * A body the gazetteer lacks is named without the country that owns it ("Azerbaijan's State
 * Border Service" is `text:state-border-service`); where one document gives two countries' bodies
 * of that name ("Armenia's health ministry" and "Azerbaijan's health ministry"), each keeps its
 * country, so the two never share one id.
 */
export function withCountryOwnersApart(statements: Statement[]): Statement[] {
  const owners = new Map<string, Set<string>>();
  for (const s of statements)
    for (const e of [s.speaker, s.via]) {
      const owner = e ? ownerOf(e) : null;
      if (!e || !owner) continue;
      let set = owners.get(e.id);
      if (!set) owners.set(e.id, (set = new Set()));
      set.add(owner);
    }
  const shared = new Set([...owners].filter(([, set]) => set.size > 1).map(([id]) => id));
  if (!shared.size) return statements;
  const apart = (e: Entity | undefined) => (e && shared.has(e.id) && ownerOf(e) ? asWritten(e) : e);
  return statements.map((s) =>
    shared.has(s.speaker.id) || (s.via && shared.has(s.via.id))
      ? { ...s, speaker: apart(s.speaker)!, ...(s.via ? { via: apart(s.via) } : {}) }
      : s,
  );
}
