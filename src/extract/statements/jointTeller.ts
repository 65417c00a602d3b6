import type { Entity, Span } from '../types.ts';
import { genderOfEntity } from './discourse/personBack.ts';
import { type Discourse, type ResolvedSpeaker } from './discourse/state.ts';
import { wordsStart } from './kinTeller.ts';
import { LEADING_CONNECTIVE } from './lexicon.ts';
import { fitsPronoun } from './people.ts';

/**
 * "Borg said both sides had told him they wanted an agreement", "she said the two governments had
 * assured her that …", "he said Aliyev and Pashinyan told him …": a group of parties telling the
 * speaker. The group is read as any subject is (the sides the text named, a pair of names); each
 * member is a teller of the words (CONVENTIONS 13 and 14).
 */
const JOINT_TELLER =
  /^((?:both|the\s+two)\s+(?:[\p{Ll}-]+\s+)?\p{Ll}+s|the\s+(?:sides|parties)|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:had\s+|have\s+|has\s+)?(?:(?:both|each|separately|repeatedly|also)\s+)?(?:told|assured|informed)\s+(him|her|them|me|us)(?![\p{L}-])/u;

export interface JointTelling {
  speakers: ResolvedSpeaker[];
  words: Span;
}

/**
 * The members of a joint teller of a reported clause, told to the speaker, and where their words
 * start; null unless the group resolves to two or more members through `members`.
 */
export function jointTeller(
  text: string,
  content: Span,
  d: Discourse,
  outer: Entity,
  members: (phrase: string, words: string) => ResolvedSpeaker[],
): JointTelling | null {
  const clause = text.slice(content.start, content.end);
  const opened = clause
    .replace(/^\s+/, '')
    .replace(LEADING_CONNECTIVE, '')
    .replace(/^that\s+/i, '');
  const m = JOINT_TELLER.exec(opened);
  if (!m) return null;
  // The one told is the speaker: "him" in a woman's words is someone else.
  if (outer.kind !== 'person' && outer.kind !== 'unknown') return null;
  const told = m[2]!;
  if (/^(?:him|her)$/.test(told) && !fitsPronoun(told, genderOfEntity(outer, d))) return null;
  const lead = clause.length - opened.length;
  const start = wordsStart(text, content, lead + m[0].length, opened.slice(m[0].length));
  if (start === null) return null;
  const toldBefore = d.toldOne;
  d.toldOne = /^(?:him|her|me)$/.test(told) ? outer : null;
  const found = members(m[1]!, text.slice(start, content.end)).filter(
    (s) => s.entity.kind !== 'place' && s.entity.id !== outer.id,
  );
  d.toldOne = toldBefore;
  if (found.length < 2) return null;
  return { speakers: found, words: { start, end: content.end } };
}
