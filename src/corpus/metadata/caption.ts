/**
 * A photo caption: a sentence, then the picture's credit on the same line. "Refugees queue in Goris on
 * 27 September 2023. AFP - ALAIN JOCARD", "… in Shusha, June 15, 2021. (AA Photo)", "…, Tuesday 13
 * December 2022. AP Photo", "… on Monday. REUTERS/Jane Doe", "… (Photo: Reuters)", "… 2023. © AFP",
 * "… on Sunday. (Jane Doe / The Daily Courier)". Without its credit
 * the line would not end like a sentence and would pass for a subheadline.
 */
const CREDIT = new RegExp(
  [
    // "AP Photo", "(AA Photo)", "(AP Photo/Jane Doe, File)", "Getty Images", "Sputnik Pictures"
    String.raw`\(?(?:[\p{Lu}][\p{L}.&'’-]*\s+){1,3}(?:Photos?|Images|Pictures|Foto)\b[^()\n]{0,50}\)?`,
    // "(Photo: Reuters)", "Photo by Jane Doe", "Credit: AFP"
    String.raw`\(?(?:Photo|Image|Picture|Credit)s?\s*(?::|by\b)\s*[^()\n]{1,50}\)?`,
    // "© AFP", "© Reuters / Jane Doe", "© 2023 Getty": a copyright sign and its holder
    String.raw`\(?©\s*(?:\d{4}\s+)?[\p{Lu}][\p{L}\p{M} .,&/'’-]{1,40}\)?`,
    // "(Jane Doe / The Daily Courier)", "(Jane Doe / For The Daily Courier)": a photographer and the paper, as US
    // metro papers credit their own pictures
    String.raw`\((?:[\p{Lu}][\p{L}\p{M}.'’-]*\s+){1,3}/\s+(?:For\s+)?(?:The\s+)?[\p{Lu}][\p{L}\p{M} .&'’-]{1,50}\)`,
    // "AFP - ALAIN JOCARD", "REUTERS/Jane Doe", "EPA-EFE/JANE DOE": an agency and its photographer
    String.raw`\(?(?:AFP|AP|Reuters|REUTERS|EPA(?:-EFE)?|Anadolu(?: Agency)?|AA|TASS|Xinhua|Sputnik)\s*[-–—/|]\s*[\p{Lu}][\p{L}\p{M} .,'’-]{1,40}\)?`,
  ].join('|'),
  'u',
);
const SENTENCE_THEN_CREDIT = new RegExp(String.raw`\S[.!?]["”’)]?\s+(?:${CREDIT.source})$`, 'u');
/** A caption tells what the picture shows: a clause of some words before its credit. */
const MIN_CAPTION_WORDS = 6;

export function isPhotoCaption(line: string): boolean {
  const t = line.trim();
  if (!hasWords(t, MIN_CAPTION_WORDS) || !/[.!?]/.test(t)) return false;
  return SENTENCE_THEN_CREDIT.test(t);
}

const SPACE_RUN = /\s+/g;

/**
 * Does a trimmed line hold at least `n` words (runs between spaces)? Counted in place: this runs on
 * every header line and lead sentence, and splitting each into an array only to count it cost more.
 */
function hasWords(trimmed: string, n: number): boolean {
  SPACE_RUN.lastIndex = 0;
  let words = 1;
  while (words < n && SPACE_RUN.exec(trimmed)) words++;
  return words >= n;
}
