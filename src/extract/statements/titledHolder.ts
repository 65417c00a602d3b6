import { trailingProperName } from '../entities/textEntity.ts';

/** A role phrase without a name: it has a lower-case word ("Assistant to the President", "the ministry's spokesman"). */
const ROLE_WITHOUT_NAME = /^(?:(?:[Tt]he|[Aa]n?)\s+)?\p{L}[\p{L}'’-]*(?:\s+[\p{L}'’-]+)*?\s\p{Ll}/u;

/** A second title opens in lower case, without an article: "head of the … Department", "chief of staff". */
const LOWER_CASE_TITLE =
  /^\s*(?!(?:the|an?|his|her|its|their|who|which|whose|one|of|in|at|from|for|with|on|to|by|after|before|during|and|but|as|like|near)\s|\p{Ll}+(?:ing|ed)\s)\p{Ll}/u;

/** A title that ends in a person's title ("adviser to President"): the name after it is the owner's. */
const OWNER_TITLE_LAST =
  /\b(?:President|Minister|Premier|Chancellor|Secretary|Leader|Speaker|Chairman|King|Emir)\s*$/u;

/**
 * A proper adjective or a name as the title's modifier: "German police officer Markus Ritter",
 * "Reuters correspondent Jan Visser" hold a lower-case title all the same.
 */
const PROPER_MODIFIER = /^\s*\p{Lu}[\p{L}-]+\s+(?=\p{Ll})/u;

function withoutProperModifier(apposed: string): string {
  const first = PROPER_MODIFIER.exec(apposed);
  return first ? apposed.slice(first[0].length) : apposed;
}

/**
 * "Assistant to the President, head of the Foreign Policy Affairs Department of the Presidential
 * Administration Hikmet Hajiyev, said": a title, then a second title that ends in the holder's
 * full name. The name holds both titles and speaks; the first title alone names only whose aide
 * he is. True when `apposed` is such a title-and-name after the role phrase `subject`.
 */
export function isTitledHolder(subject: string, apposed: string): boolean {
  if (!ROLE_WITHOUT_NAME.test(subject.trim()) || !LOWER_CASE_TITLE.test(withoutProperModifier(apposed)))
    return false;
  // "US Secretary of State Antony Blinken, …": a subject with its own name needs none after it.
  if (trailingProperName(subject.trim())) return false;
  const text = apposed.trim();
  const proper = trailingProperName(text);
  const role = proper?.role.trim() ?? '';
  return (
    !!proper &&
    proper.name.includes(' ') &&
    text.endsWith(proper.name) &&
    role !== '' &&
    !OWNER_TITLE_LAST.test(role)
  );
}
