/**
 * Person nouns a writer names the holder of in apposition: "the minister's spokesman, Jane Roe,
 * said", "One local mum, Anna, told the paper". Kin nouns are read by discourse.ts's own rule.
 */
const HOLDER_NOUN =
  /(?:^|\s)(?:spokes(?:man|woman|person)|press secretary|aide|adviser|advisor|mum|mom|dad|resident|villager|refugee|evacuee|farmer|teacher|doctor|nurse|volunteer|priest|veteran|pensioner|student|shopkeeper|driver)$/i;

/**
 * After the noun: the name set off by commas, then the verb of saying ("…, Jane Roe, said").
 * One to four capitalised words; a verb must follow, so a place set off ("…, in Goris,") is none.
 */
const NAME_THEN_VERB =
  /^,\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,3}),\s+(?:said|says|told|tells|added|adds|stated|noted|wrote|writes|explained|insisted|recalled|warned|argued|believes)\b/u;

/** The name apposed to a person noun before its verb of saying; null without one. */
export function apposedHolderName(phrase: string, after: string): string | null {
  // "a resident of Stepanakert, Narine, told": the place the person is of or from follows the noun.
  if (!HOLDER_NOUN.test(phrase.replace(PLACE_AFTER_NOUN, ''))) return null;
  return apposedNameThenVerb(after);
}

/** "of Stepanakert", "from Goris": where a person noun's holder lives or comes from. */
const PLACE_AFTER_NOUN = /\s+(?:of|from|in)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?$/u;

/** The name set off after a person noun and before the verb of saying (", Knarik, says"); null without one. */
export function apposedNameThenVerb(after: string): string | null {
  return NAME_THEN_VERB.exec(after)?.[1] ?? null;
}
