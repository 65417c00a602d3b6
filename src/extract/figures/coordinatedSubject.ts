import type { ReporterMatch } from './reporters.ts';

/**
 * "Azerbaijan has not released its military losses but says about 90 of its civilians were killed": a
 * reporting verb joined by "but" or "and" to the sentence's first verb shares its subject, the name that
 * opens the sentence. Read only when the first clause runs with no comma, so the subject is plain.
 */
const JOINED_BEFORE_VERB = /^[^,;:"“”]*?\s(?:but|and|yet)\s+(?:also\s+|still\s+)?$/;
const OPENING_SUBJECT =
  /^((?:The\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|and))*?(?:\s+(?!\p{Ll}+ed\b)\p{Ll}+){0,2}?)\s+(?:has|have|had|is|was|were|are|did|does|do|will|would|could|can|\p{Ll}+ed)\b/u;

export function coordinatedSubject(sentence: string, verbStart: number): ReporterMatch | null {
  const before = sentence.slice(0, verbStart);
  if (!JOINED_BEFORE_VERB.test(before)) return null;
  const m = OPENING_SUBJECT.exec(before);
  if (!m) return null;
  return { text: m[1]!, start: 0, end: m[1]!.length };
}
