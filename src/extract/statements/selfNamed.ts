/**
 * A speaker the text describes and who named themself in a relative clause: "a surgeon who gave
 * his name only as Armen", "a neighbor, who gave only the name Vardan,", "the doctor, who gave her name as Aynur,", "her neighbour, a retired
 * driver who gave his name only as Samvel,", "one resident, who asked to
 * be identified only by her first name, Narine,", "a resident, who asked to be identified only as
 * A.,", "their coordinator, who only wished to be identified by the first name Raffi,", "a man who
 * gave only the surname Petrosyan". The name they gave is who spoke (CONVENTIONS
 * rule 2: a first name only, as written), not the description.
 */
const GAVE_NAME = new RegExp(
  // "Her neighbour, a retired driver who gave …": an appositive may describe them first.
  // "who coordinates the chat group and asked to be identified …": the naming may close a second verb.
  String.raw`^(?:,\s+(?:a|an)\s+(?:[\p{Ll}\d-]+\s+){0,3}?[\p{Ll}-]+)?,?\s+who\s+(?:[\p{Ll}'’-]+\s+){0,8}?(?:and\s+)?(?<=\swho\s|\sand\s|\swho\s+(?:only|just)\s)(?:` +
    String.raw`gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|full\s+)?name\s+(?:only\s+)?as` +
    String.raw`|(?:identified|introduced)\s+(?:himself|herself|themselves)\s+(?:only\s+)?as(?:\s+the(?:\s+[\p{Ll}-]+){1,3}?)?` +
    String.raw`|(?:asked|wished|wanted)\s+to\s+be\s+(?:identified|named|called)\s+(?:only\s+)?(?:as|by\s+(?:his|her|their|the)\s+first\s+name,?|by\s+(?:the|an?)\s+initial)` +
    String.raw`|gave\s+only\s+(?:his|her|their)\s+first\s+name,?` +
    // "A neighbor, who gave only the name Vardan, said": the name given without "as".
    // "who gave only the first name Gor": the same with "first".
    // "who gave only the initial A.": an initial given so names them as the name does.
    String.raw`|gave\s+(?:only\s+)?the\s+(?:first\s+)?(?:name|surname|initial)(?:\s+only)?(?:\s+as)?` +
    String.raw`)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.|\s+\p{Lu}\p{Ll}[\p{Ll}'’-]+)?|\p{Lu}\.)(?=[\s,.;])`,
  'u',
);

/** "a woman named Lusine", "a student called Anahit": an indefinite description the writer names so. */
const NAMED_SO =
  /^(?:an?|one|another)\s+(?:[\p{Ll}\d-]+\s+){0,2}?(?!(?:group|organi[sz]ation|movement|party|company|charity|bloc|channel|page|network|campaign|initiative|fund|foundation|union|association|outlet|site|website)\s)[\p{Ll}\d-]+\s+(?:named|called)\s+(\p{Lu}\p{Ll}+)$/iu;

/** The name the speaker `described` (its words as written at `at`) gave of themself, or null. */
export function selfGivenName(text: string, at: number, described: string): string | null {
  const named = NAMED_SO.exec(described.trim())?.[1];
  if (named) return named;
  const clause = described.search(/,?\s+who\s/);
  const inMention = clause > 0 ? GAVE_NAME.exec(`${described.slice(clause)} `)?.[1] : undefined;
  if (inMention) return inMention;
  if (at < 0 || !text.startsWith(described, at)) return null;
  // "… who asked to be identified only by their first name, Sevan, said": the name after the mention.
  const from = at + (clause > 0 ? clause : described.length);
  return GAVE_NAME.exec(text.slice(from, from + 180))?.[1] ?? null;
}
