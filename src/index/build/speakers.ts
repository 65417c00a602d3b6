import type { Entity, Statement } from '../../extract/types.ts';
import type { SpeakerSummary } from '../knowledgeBase.ts';
import { STEP } from '../slices.ts';

/** Positions of the statements each speaker made or relayed, in corpus order, by speaker id. */
export function* statementsBySpeaker(
  statements: readonly Statement[],
): Generator<void, Map<string, number[]>> {
  const bySpeaker = new Map<string, number[]>();
  const listOf = (id: string) => {
    let list = bySpeaker.get(id);
    if (!list) {
      list = [];
      bySpeaker.set(id, list);
    }
    return list;
  };
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    listOf(s.speaker.id).push(i);
    if (s.via && s.via.id !== s.speaker.id) listOf(s.via.id).push(i);
    if (i % STEP === STEP - 1) yield;
  }
  return bySpeaker;
}

/** Every speaker once: what they said and relayed, how the corpus writes them; most statements first. */
export function* summariseSpeakers(statements: readonly Statement[]): Generator<void, SpeakerSummary[]> {
  const byId = new Map<
    string,
    { entity: Entity; statements: number; relayed: number; mentions: Set<string> }
  >();
  const entry = (entity: Entity) => {
    let s = byId.get(entity.id);
    if (!s) {
      s = { entity, statements: 0, relayed: 0, mentions: new Set([entity.name]) };
      byId.set(entity.id, s);
    }
    return s;
  };
  const pronoun = new Map<string, boolean>(); // mentions repeat: test each once
  const isPronoun = (m: string) =>
    pronoun.get(m) ?? pronoun.set(m, /^(he|she|they|it|we|i)$/i.test(m)).get(m)!;
  let done = 0;
  for (const st of statements) {
    if (++done % STEP === 0) yield;
    const speaker = entry(st.speaker);
    speaker.statements++;
    if (st.mention && !isPronoun(st.mention)) speaker.mentions.add(st.mention);
    // Other names a document uses for the speaker ("ANAMA", "Moreno Ocampo"): /who-said finds it by them.
    if (st.speaker.aliases) for (const a of st.speaker.aliases) speaker.mentions.add(a);
    if (st.via) {
      const via = entry(st.via);
      via.relayed++;
      if (st.via.aliases) for (const a of st.via.aliases) via.mentions.add(a);
    }
  }
  return [...byId.values()]
    .map((s) => ({
      entity: s.entity,
      statements: s.statements,
      relayed: s.relayed,
      mentions: [...s.mentions],
    }))
    .sort(
      (a, b) =>
        b.statements + b.relayed - (a.statements + a.relayed) || a.entity.name.localeCompare(b.entity.name),
    );
}
