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

/**
 * Words every state's bodies share: "foreign" in "the Department of Foreign Affairs" and in "the
 * Russian Foreign Ministry" says nothing about whose they are.
 */
const ANY_STATES_BODY = new Set([
  'foreign',
  'affairs',
  'ministry',
  'department',
  'office',
  'state',
  'national',
  'defence',
  'defense',
  'interior',
  'security',
  'government',
  'council',
  'service',
]);

/**
 * Two role phrases that both name an owner speak for the same one only if the owners share a word
 * that sets a body apart, or one owner is the other named with fewer words ("the Foreign Ministry"
 * and "the Russian Foreign Ministry").
 */
export function sameOwner(a: Set<string>, b: Set<string>): boolean {
  if (!a.size || !b.size) return true;
  const [fewer, more] = a.size <= b.size ? [a, b] : [b, a];
  let within = true;
  for (const w of fewer) {
    if (!more.has(w)) within = false;
    else if (!ANY_STATES_BODY.has(w)) return true;
  }
  return within;
}
