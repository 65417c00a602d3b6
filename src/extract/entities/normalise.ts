/** Names are normalised again and again (speakers, outlets, slugs): each spelling once, bounded. */
const normalised = new Map<string, string>();
const NORMALISED_MAX = 50_000;

/**
 * One spelling for the many ways a name is typed: case, diacritics, curly apostrophes,
 * "U.S." / "US", British "Defence", hyphens in "Nagorno-Karabakh", a possessive "'s", a
 * leading article. Gazetteer keys and mentions both pass through here before comparison.
 */
export function normaliseName(mention: string): string {
  let key = normalised.get(mention);
  if (key === undefined) {
    key = spelledAlike(mention);
    if (key.includes('spokes')) key = key.replace(/\bspokes(?:man|woman)\b/g, 'spokesperson');
    if (normalised.size >= NORMALISED_MAX) normalised.clear();
    normalised.set(mention, key);
  }
  return key;
}

/** Letters of the English alphabet and spaces only: most names, which no step below but case and spacing changes. */
const PLAIN = /^[A-Za-z ]*$/;

const COMBINING_MARK = /\p{M}/gu;

/** The same spellings the same (case, diacritics, "U.S.", "Defence"), every word still the one written. */
const spelled = new Map<string, string>();

function spelledAlike(mention: string): string {
  let key = spelled.get(mention);
  if (key === undefined) {
    key = spelledAnew(mention);
    if (spelled.size >= NORMALISED_MAX) spelled.clear();
    spelled.set(mention, key);
  }
  return key;
}

function spelledAnew(mention: string): string {
  if (PLAIN.test(mention)) {
    let key = mention.toLowerCase();
    if (key.includes('defence')) key = key.replace(/\bdefence\b/g, 'defense');
    return key
      .replace(/ {2,}/g, ' ')
      .trim()
      .replace(/^(?:the|a|an) /, '');
  }
  return mention
    .normalize('NFD')
    .replace(COMBINING_MARK, '')
    .replace(/ə/g, 'e')
    .replace(/ı/g, 'i')
    .replace(/[’‘`´]/g, "'")
    .replace(/\bU\.S\.?(?=\s|$|')/g, 'US')
    .replace(/\bU\.N\.?(?=\s|$|')/g, 'UN')
    .toLowerCase()
    .replace(/\bdefence\b/g, 'defense')
    .replace(/'s\b/g, '')
    .replace(/[-–—/]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|a|an) /, '');
}

/** A spokesman or spokeswoman named by the role alone: no owner's voice, one person as the text calls them. */
const ROLE_ALONE = /^spokes(?:man|woman)$/;

/**
 * Lower-case, hyphen-joined key for ids of entities the gazetteer lacks: "text:anna-petrosyan".
 * Keeps a leading "a"/"an" ("an aid worker" is not "the aid worker"); callers drop "the".
 * A role alone keeps the word the text writes ("a spokeswoman" → `text:spokeswoman`,
 * CONVENTIONS 5 and 6); a body's or a person's voice is one speaker whichever word
 * ("a Home Office spokeswoman" → `text:home-office-spokesperson`).
 */
export function slug(mention: string): string {
  const article = /^(an?)\s/i.exec(mention.trim())?.[1]?.toLowerCase();
  const written = spelledAlike(mention);
  const key = (ROLE_ALONE.test(written) ? written : normaliseName(mention)).replace(/ /g, '-');
  return article ? `${article}-${key}` : key;
}
