import {
  AFFILIATIONS,
  type Affiliation,
  affiliationOf,
  DATED_AFFILIATIONS,
} from '../extract/entities/affiliations.ts';
import { normaliseName } from '../extract/entities/normalise.ts';
import type { Entity, Statement } from '../extract/types.ts';
import type { KnowledgeBase, SpeakerSummary } from './knowledgeBase.ts';
import { SideCodes } from './sideCodes.ts';
import { inSlices, STEP } from './slices.ts';

/**
 * Affiliations are derived from the speaker entity (and the mention as written, and the date)
 * when first asked for, so nothing new is persisted: a knowledge base loaded from the cache
 * gives the same sides as one just extracted. Kept per knowledge base (a reload builds a new one).
 */
interface Sides {
  /** Outlet names of the corpus's documents, normalised: a speaker with one of these names is the press. */
  outlets: Set<string>;
  /** Per speaker name as written: whether it names one of the outlets. */
  isOutlet: Map<string, boolean>;
  /** A gazetteer speaker's side by its id alone. */
  byId: Map<string, Affiliation>;
  /** Other speakers' sides by id, then by the words used (a described speaker) or the month (dated terms). */
  byIdAndWords: Map<string, Map<string, Affiliation>>;
  /** Per speaker, its side as a list shows it (a described speaker's mentions make one long key). */
  speakers: Map<SpeakerSummary, Affiliation>;
  /** How many sides the two maps hold: past a bound they are emptied. */
  held: number;
  /** Every statement's side, each worked out on first use (see sideCodes.ts). */
  codes?: SideCodes<Affiliation>;
  present?: Map<Affiliation, number>;
}

const perKb = new WeakMap<KnowledgeBase, Sides>();

function sidesOf(kb: KnowledgeBase): Sides {
  let sides = perKb.get(kb);
  if (!sides) {
    const outlets = new Set<string>();
    for (const doc of kb.documents.values())
      if (doc.meta.outlet) outlets.add(normaliseName(doc.meta.outlet.value));
    sides = {
      outlets,
      isOutlet: new Map(),
      byId: new Map(),
      byIdAndWords: new Map(),
      speakers: new Map(),
      held: 0,
    };
    perKb.set(kb, sides);
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
  // described speaker's depends on the words used, so most statements share a few keys. The
  // keys are the strings the statements hold (no key built per statement), each hashed once.
  const dated = entity.id in DATED_AFFILIATIONS;
  const described = entity.id.startsWith('text:');
  if (!described && !dated) {
    let side = sides.byId.get(entity.id);
    if (side === undefined) {
      side = sideOf(sides, entity, mention, at);
      sides.byId.set(entity.id, side);
    }
    return side;
  }
  const month = dated && at ? `${at.year ?? ''}-${at.month ?? ''}` : '';
  const words = described ? (dated ? `${mention}|${month}` : mention) : month;
  let byWords = sides.byIdAndWords.get(entity.id);
  if (!byWords) {
    byWords = new Map();
    sides.byIdAndWords.set(entity.id, byWords);
  }
  let side = byWords.get(words);
  if (side === undefined) {
    side = sideOf(sides, entity, mention, at);
    byWords.set(words, side);
  }
  return side;
}

/** An entity's side worked out (entitySide keeps it); the maps are emptied past 100,000 sides. */
function sideOf(sides: Sides, entity: Entity, mention: string, at: Statement['date']): Affiliation {
  if (++sides.held > 100_000) {
    sides.byId.clear();
    sides.byIdAndWords.clear();
    sides.held = 1;
  }
  let outlet = sides.isOutlet.get(entity.name);
  if (outlet === undefined) {
    outlet = sides.outlets.has(normaliseName(entity.name));
    sides.isOutlet.set(entity.name, outlet);
  }
  return outlet ? 'media' : affiliationOf(entity, mention, at);
}

/** Who the speaker of a statement spoke for, at the statement's date. */
export function statementSide(kb: KnowledgeBase, s: Statement): Affiliation {
  return entitySide(kb, s.speaker, s.mention, s.date);
}

/** A speaker's side as a list shows it: read without a date (a dated term then gives way to its `otherwise`). */
export function speakerSide(kb: KnowledgeBase, speaker: SpeakerSummary): Affiliation {
  const known = sidesOf(kb).speakers;
  let side = known.get(speaker);
  if (side === undefined) {
    side = entitySide(kb, speaker.entity, speaker.mentions.join(' · '));
    known.set(speaker, side);
  }
  return side;
}

/**
 * Works out every statement's and speaker's side ahead of questions, in slices of `sliceMs`
 * (a thread that answers meanwhile keeps answering): the first question that reaches tens of
 * thousands of statements, or lists the speakers, then finds their sides known. The sides are
 * the ones questions would work out (each is read from the speaker, mention and date alone).
 */
export function warmSides(kb: KnowledgeBase, sliceMs = 20): Promise<void> {
  return inSlices(sideSteps(kb), sliceMs);
}

function* sideSteps(kb: KnowledgeBase): Generator<void, void> {
  const codes = statementSides(kb);
  for (let i = 0; i < codes.size; i++) {
    codes.sideOf(i);
    if (i % STEP === 0) yield;
  }
  for (const speaker of kb.speakers) speakerSide(kb, speaker);
}

const SIDE_IDS: readonly Affiliation[] = AFFILIATIONS.map((a) => a.id);

/**
 * Every statement's side, by position in kb.statements, in AFFILIATIONS order: each worked out
 * the first time an answer reaches the statement and kept with the knowledge base, so an answer
 * groups or filters thousands of statements by counting.
 */
export function statementSides(kb: KnowledgeBase): SideCodes<Affiliation> {
  const sides = sidesOf(kb);
  sides.codes ??= new SideCodes(SIDE_IDS, kb.statements.length, (i) => statementSide(kb, kb.statements[i]!));
  return sides.codes;
}

/** The affiliations the corpus's statements have, with how many statements each, in AFFILIATIONS order. */
export function sidesPresent(kb: KnowledgeBase): ReadonlyMap<Affiliation, number> {
  const sides = sidesOf(kb);
  sides.present ??= statementSides(kb).counts();
  return sides.present;
}

/**
 * Statement positions grouped by side, in AFFILIATIONS order, each group keeping the positions'
 * order: `positions` holds them all, a group being positions[start, end).
 */
export function groupBySide(
  kb: KnowledgeBase,
  positions: ArrayLike<number>,
): { positions: Uint32Array; groups: { side: Affiliation; start: number; end: number }[] } {
  return statementSides(kb).group(positions);
}

/** The statement positions whose side is `side`, in their order. */
export function onSide(kb: KnowledgeBase, positions: ArrayLike<number>, side: Affiliation): Uint32Array {
  return statementSides(kb).onSide(positions, side);
}
