import { OWNER_DEMONYM } from '../entities/demonyms.ts';
import type { Discourse, ResolvedSpeaker } from './discourse/state.ts';
import { groupInReach } from './groupMemory.ts';

/**
 * A definite plural body with no number and no owner: "the commissions", "the border
 * commissions", "a joint statement of the commissions". Its head noun is group 2. A counted
 * group ("the two defence ministries") is read as such elsewhere.
 */
const PLURAL_BODIES =
  /^(?:(?:an?|the)\s+(?:joint\s+)?(?:statement|communiqu[eé]|declaration)\s+(?:of|by|from)\s+)?the\s+((?:(?!(?:two|three|four|both|all|other|respective|own)\s)[\p{Ll}-]+\s+){0,2}?)(commissions|ministries|delegations|committees)$/iu;

/** How far back the pair that the plural names may stand: the same or the few paragraphs before. */
const WINDOW = 2500;

/**
 * The pair the text wrote with that plural head, nearest first: "the Armenian and Azerbaijani
 * government commissions" (two nationalities before it), "the state commissions of Azerbaijan
 * and Armenia" (two states after it), "the two countries' delimitation commissions".
 */
function antecedentPattern(head: string): RegExp {
  return new RegExp(
    String.raw`\b(?:[Tt]he\s+)?(?:(\p{Lu}\p{Ll}+)\s+and\s+(\p{Lu}\p{Ll}+)\s+((?:[\p{Ll}-]+\s+){0,2})${head}\b` +
      String.raw`|((?:[\p{Ll}-]+\s+){0,2})${head}\s+of\s+(\p{Lu}\p{Ll}+)\s+and\s+(\p{Lu}\p{Ll}+)\b` +
      String.raw`|(?:both|the\s+two)\s+(?:countries|sides|nations)['’]\s+(?:[\p{Ll}-]+\s+){0,2}${head}\b)`,
    'gu',
  );
}

const singular = (plural: string) => plural.replace(/ies$/, 'y').replace(/s$/, '');

/** The members' names as one shared-head phrase reads them: "the Armenian and Azerbaijani state commissions". */
function sharedHeadPhrase(m: RegExpExecArray, head: string): string | null {
  if (m[1]) return `the ${m[1]} and ${m[2]} ${m[3] ?? ''}${head}`;
  if (m[5]) {
    const first = OWNER_DEMONYM[m[5]];
    const second = OWNER_DEMONYM[m[6]!];
    return first && second ? `the ${first} and ${second} ${m[4] ?? ''}${head}` : null;
  }
  return m[0].replace(/^\s+/, '');
}

/** Is each speaker one body of that head ("… commission", "Ministry of Defence of …")? */
function bodiesOf(speakers: readonly ResolvedSpeaker[], head: string): boolean {
  const stem = singular(head).replace(/y$/, '');
  return (
    speakers.length > 1 &&
    speakers.every(
      (s) =>
        s.entity.kind !== 'person' && s.entity.kind !== 'place' && s.entity.name.toLowerCase().includes(stem),
    )
  );
}

/**
 * "The Armenian and Azerbaijani border commissions met on Thursday. … the commissions said":
 * a definite plural body names back the pair of bodies of that head the text named last (the
 * group that spoke last, else the nearest such pair written before, in the few paragraphs
 * before), each a speaker of the words (CONVENTIONS 13). With no such pair the words are no
 * one's: a plural is never one body. Null for any other phrase. `read` reads a pair's words as
 * speakers where they stand.
 */
export function pluralBodiesBack(
  phrase: string,
  d: Discourse,
  read: (words: string, at: number) => ResolvedSpeaker[],
): ResolvedSpeaker[] | null {
  const m = PLURAL_BODIES.exec(phrase.trim());
  if (!m) return null;
  const head = m[2]!.toLowerCase();
  const group = groupInReach(d.groups.spoke, d.paragraph, 'group');
  if (group && bodiesOf(group.speakers, head))
    return group.speakers.map((s) => ({ ...s, mention: phrase.trim() }));
  if (d.speakerAt < 0) return [];
  const from = Math.max(0, d.speakerAt - WINDOW);
  const before = d.text.slice(from, d.speakerAt);
  let last: RegExpExecArray | null = null;
  for (const found of before.matchAll(antecedentPattern(head))) last = found;
  const words = last ? sharedHeadPhrase(last, head) : null;
  if (!last || !words) return [];
  const members = read(words, from + last.index);
  if (!bodiesOf(members, head)) return [];
  d.groups.spoke = { speakers: members, paragraph: d.paragraph };
  return members.map((s) => ({ ...s, mention: phrase.trim() }));
}
