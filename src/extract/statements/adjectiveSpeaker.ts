import { OWNER_DEMONYM } from '../entities/demonyms.ts';
import type { Statement } from '../types.ts';

/** Adjectives that open a body's or a role's name but name no one alone ("Foreign, Commonwealth …"). */
const NAME_OPENING_ADJECTIVES = new Set([...Object.values(OWNER_DEMONYM), 'Foreign', 'Federal', 'National']);

/**
 * "Russian peacekeeping contingent commander … said", "A Foreign, Commonwealth and Development
 * Office spokesperson said": a speaker read from a longer mention as its opening adjective alone
 * ("Russian", "Foreign") is not who spoke but a word of a name the reader failed to take whole; who
 * did speak is unsure, so the statement keeps no speaker (precision over recall).
 */
export function spokenByAnAdjective(s: Statement): boolean {
  const { id, name } = s.speaker;
  if (!id.startsWith('text:') || !NAME_OPENING_ADJECTIVES.has(name.trim())) return false;
  return s.mention.trim().split(/\s+/).length > 1;
}
