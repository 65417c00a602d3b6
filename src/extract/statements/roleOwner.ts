/** The role nouns themselves, and articles: no owner. */
const ROLE_WORD = /^(?:an?|spokes(?:person|man|woman)|representative|minister|diplomat|official)$/;

/** Words of a role phrase that name no owner. */
const NOT_AN_OWNER = new Set([
  'the',
  'for',
  'of',
  'to',
  'its',
  'his',
  'her',
  'their',
  'another',
  'one',
  'senior',
  'press',
  'secretary',
]);

/**
 * Whose voice a role phrase names: "a spokesperson for the mission" → mission, "State Department
 * spokesperson" → state, department; none for "a spokeswoman" alone.
 */
export function ownerWords(words: string): Set<string> {
  const owner = words
    .toLowerCase()
    .replace(/['’]s\b/g, ' ')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length > 1 && !NOT_AN_OWNER.has(w) && !ROLE_WORD.test(w));
  return new Set(owner);
}

/** Two role phrases that both name an owner speak for the same one only if the owners share a word. */
export function sameOwner(a: Set<string>, b: Set<string>): boolean {
  if (!a.size || !b.size) return true;
  for (const w of a) if (b.has(w)) return true;
  return false;
}
