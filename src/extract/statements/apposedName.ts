/** A person's name: two to four capitalised words and nothing else ("Anahit Harutyunyan"). */
const PERSON_NAME = /^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}$/u;

const SPACE_THEN_LOWER_CASE = /\s\p{Ll}/u;

/**
 * "Armenia's ambassador to Canada, Anahit Harutyunyan, welcomed the decision and said": a role
 * subject with the holder's name in apposition after it; the subject runs on to the name's end.
 * Null when the segment after the subject is no name, or the subject is a name itself ("Gary
 * Emineth, a former chairman, became …").
 */
export function apposedNameEnd(parts: readonly { text: string; end: number }[], at: number): number | null {
  const subject = parts[at];
  const next = parts[at + 1];
  if (!subject || !next || at + 1 >= parts.length - 1) return null;
  if (PERSON_NAME.test(subject.text.trim()) || !SPACE_THEN_LOWER_CASE.test(subject.text)) return null;
  return PERSON_NAME.test(next.text.trim()) ? next.end : null;
}
