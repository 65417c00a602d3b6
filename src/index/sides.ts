import {
  AFFILIATIONS,
  type Affiliation,
  affiliationOf,
  DATED_AFFILIATIONS,
} from '../extract/entities/affiliations.ts';
import { normaliseName } from '../extract/entities/normalise.ts';
import type { Entity, Statement } from '../extract/types.ts';
import type { KnowledgeBase, SpeakerSummary } from './knowledgeBase.ts';

/**
 * Affiliations are derived from the speaker entity (and the mention as written, and the date)
 * when first asked for, so nothing new is persisted: a knowledge base loaded from the cache
 * gives the same sides as one just extracted. Kept per knowledge base (a reload builds a new one).
 */
interface Sides {
  /** Outlet names of the corpus's documents, normalised: a speaker with one of these names is the press. */
  outlets: Set<string>;
  byKey: Map<string, Affiliation>;
  present?: Map<Affiliation, number>;
}

const perKb = new WeakMap<KnowledgeBase, Sides>();

function sidesOf(kb: KnowledgeBase): Sides {
  let sides = perKb.get(kb);
  if (!sides) {
    const outlets = new Set<string>();
    for (const doc of kb.documents.values())
      if (doc.meta.outlet) outlets.add(normaliseName(doc.meta.outlet.value));
    perKb.set(kb, (sides = { outlets, byKey: new Map() }));
  }
  return sides;
}

/** Who an entity speaks for in this corpus: a speaker named like one of its outlets is the press. */
export function entitySide(
  kb: KnowledgeBase,
  entity: Entity,
  mention = '',
  at: Statement['date'] = null,
): Affiliation {
  const sides = sidesOf(kb);
  // A gazetteer entity's side depends on its id alone (and the date, for dated terms); only a
  // described speaker's depends on the words used, so most statements share a few keys.
  const dated = entity.id in DATED_AFFILIATIONS;
  const described = entity.id.startsWith('text:');
  const key =
    !described && !dated
      ? entity.id
      : `${entity.id}|${described ? mention : ''}|${dated && at ? `${at.year ?? ''}-${at.month ?? ''}` : ''}`;
  let side = sides.byKey.get(key);
  if (side === undefined) {
    side = sides.outlets.has(normaliseName(entity.name)) ? 'media' : affiliationOf(entity, mention, at);
    if (sides.byKey.size > 100_000) sides.byKey.clear();
    sides.byKey.set(key, side);
  }
  return side;
}

/** Who the speaker of a statement spoke for, at the statement's date. */
export function statementSide(kb: KnowledgeBase, s: Statement): Affiliation {
  return entitySide(kb, s.speaker, s.mention, s.date);
}

/** A speaker's side as a list shows it: read without a date (a dated term then gives way to its `otherwise`). */
export function speakerSide(kb: KnowledgeBase, speaker: SpeakerSummary): Affiliation {
  return entitySide(kb, speaker.entity, speaker.mentions.join(' · '));
}

/** The affiliations the corpus's statements have, with how many statements each, in AFFILIATIONS order. */
export function sidesPresent(kb: KnowledgeBase): ReadonlyMap<Affiliation, number> {
  const sides = sidesOf(kb);
  if (!sides.present) {
    const counts = new Map<Affiliation, number>();
    for (const s of kb.statements) {
      const side = statementSide(kb, s);
      counts.set(side, (counts.get(side) ?? 0) + 1);
    }
    sides.present = new Map(
      AFFILIATIONS.filter((a) => counts.has(a.id)).map((a) => [a.id, counts.get(a.id)!]),
    );
  }
  return sides.present;
}

/** Statements grouped by side, in AFFILIATIONS order, each group keeping the statements' order. */
export function groupBySide<T extends Statement>(
  kb: KnowledgeBase,
  statements: readonly T[],
): { side: Affiliation; statements: T[] }[] {
  const groups = new Map<Affiliation, T[]>();
  for (const s of statements) {
    const side = statementSide(kb, s);
    let list = groups.get(side);
    if (!list) groups.set(side, (list = []));
    list.push(s);
  }
  return AFFILIATIONS.filter((a) => groups.has(a.id)).map((a) => ({
    side: a.id,
    statements: groups.get(a.id)!,
  }));
}
