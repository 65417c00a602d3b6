import type { Entity, Statement } from '../../extract/types.ts';
import type { SpeakerMerges } from '../store/shapes.ts';

/** What the merge changed between the statements as written and as merged (same order, same length). */
export function recordMerges(written: readonly Statement[], merged: readonly Statement[]): SpeakerMerges {
  const entities: Entity[] = [];
  const positions = new Map<Entity, number>();
  const ref = (e: Entity | undefined, before: Entity | undefined) => {
    if (!e || e === before) return 0;
    let at = positions.get(e);
    if (at === undefined) positions.set(e, (at = entities.push(e)));
    return at;
  };
  const changes: number[] = [];
  for (let i = 0; i < written.length; i++) {
    const s = merged[i]!;
    const w = written[i]!;
    if (s === w) continue;
    changes.push(i, ref(s.speaker, w.speaker), ref(s.via, w.via));
  }
  return { entities, changes: Uint32Array.from(changes) };
}

/**
 * The statements as the merge left them, from what it recorded: copied as the merge copies them
 * ({ ...s, speaker }, then via). Null when the record does not fit these statements.
 */
export function applyMerges(written: readonly Statement[], merges: SpeakerMerges): Statement[] | null {
  const { entities, changes } = merges;
  if (changes.length % 3 !== 0) return null;
  const out = written.slice();
  let last = -1;
  for (let c = 0; c < changes.length; c += 3) {
    const i = changes[c]!;
    const s = written[i];
    const speaker = changes[c + 1]!;
    const via = changes[c + 2]!;
    if (!s || i <= last || speaker > entities.length || via > entities.length || (via && !s.via)) return null;
    last = i;
    const merged: Statement = { ...s, speaker: speaker ? entities[speaker - 1]! : s.speaker };
    if (s.via) merged.via = via ? entities[via - 1]! : s.via;
    out[i] = merged;
  }
  return out;
}
