import { findEntityMentions } from '../entities/mentions.ts';
import { textEntity } from '../entities/textEntity.ts';
import type { Entity, Statement } from '../types.ts';

/**
 * A body a heading names by its common noun alone, at most a word for what it does before it:
 * "the ministry", "Foreign Ministry", "THE FOREIGN MINISTRY", "Presidential Administration",
 * "Foreign Office". A place or people before the noun ("Armenian government", "the region's
 * government") says whose body it is, which is the gazetteer's to read, not this.
 */
const BODY_NOUN =
  /^(?:the\s+)?(?:(foreign|defen[cs]e|interior|health|justice|emergency|finance|presidential)\s+)?(ministry|office|government|administration|service|committee)$/i;

/** "…: government", "… - foreign ministry": a label that names a body by its common noun alone. */
export function namesBodyByNoun(part: string): boolean {
  return BODY_NOUN.test(part.trim());
}

/** "Ministry of Foreign Affairs of Armenia" → "ministry"; "Azerbaijani Foreign Ministry" → "ministry". */
function headNoun(name: string): string {
  const beforeOf = name.split(/\s+of\s+/i)[0]!.trim();
  return (beforeOf.split(/\s+/).pop() ?? '').toLowerCase();
}

/** The body fits the heading's words: the same head noun, and what it does when the heading says it. */
function fits(entity: Entity, written: string, noun: string, field: string | undefined): boolean {
  if (entity.kind !== 'organisation' && entity.kind !== 'government') return false;
  if (headNoun(entity.name) !== noun || !new RegExp(`\\b${noun}\\b`, 'i').test(written)) return false;
  // "foreign" in "Ministry of Foreign Affairs", "presiden" in "Administration of the President".
  return !field || entity.name.toLowerCase().includes(field.slice(0, 5));
}

/**
 * The one body of the heading's noun the article names by that noun ("Foreign Ministry says …"
 * over "Armenia's Foreign Ministry said …"), as a speaker of the body or a name in its text; with
 * none, a capitalised name the body writes as the heading does ("Foreign Office spokesperson …")
 * is that body as the text names it. Two bodies of the noun, or none, give no speaker: a wrong
 * speaker is worse than a missing statement.
 */
export function headlineBody(name: string, body: readonly Statement[], bodyText: string): Entity | null {
  const words = BODY_NOUN.exec(name.trim());
  if (!words) return null;
  const field = words[1]?.toLowerCase();
  const found = bodiesOfNoun(words[2]!.toLowerCase(), field, body, bodyText);
  if (found.size === 1) return [...found.values()][0]!;
  if (found.size > 1 || !field) return null;
  const written = name.trim().replace(/^the\s+/i, '');
  // "Azerbaijani Foreign Ministry": a name before the words says whose body it is, another's.
  const asWritten = new RegExp(`(?<!\\p{Lu}[\\p{L}'’]*\\s+)${written.replace(/\s+/g, '\\s+')}\\b`, 'u');
  if (!/^\p{Lu}/u.test(written) || !asWritten.test(bodyText)) return null;
  return { ...textEntity(written), kind: 'organisation' };
}

/** The bodies of a head noun and field the article quotes or names by that noun, by id. */
function bodiesOfNoun(
  noun: string,
  field: string | undefined,
  body: readonly Statement[],
  bodyText: string,
): Map<string, Entity> {
  const found = new Map<string, Entity>();
  for (const s of body) if (fits(s.speaker, s.mention, noun, field)) found.set(s.speaker.id, s.speaker);
  for (const m of findEntityMentions(bodyText, 0, bodyText.length))
    if (fits(m.entity, bodyText.slice(m.start, m.end), noun, field)) found.set(m.entity.id, m.entity);
  return found;
}

/** "both foreign ministries", "both governments": a plural body noun the two sides share. */
const BOTH_BODIES =
  /^both\s+(?:the\s+)?(?:(foreign|defen[cs]e|interior|health|justice|emergency|finance|presidential)\s+)?(ministr(?:ies)|offices|governments|administrations)$/i;

/**
 * "Both foreign ministries say …": the two bodies of that noun the article names, each a speaker
 * of the words; none unless the text names exactly two.
 */
export function bothBodies(name: string, body: readonly Statement[], bodyText: string): Entity[] {
  const words = BOTH_BODIES.exec(name.trim());
  if (!words) return [];
  const noun = words[2]!.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  const found = bodiesOfNoun(noun, words[1]?.toLowerCase(), body, bodyText);
  return found.size === 2 ? [...found.values()] : [];
}
