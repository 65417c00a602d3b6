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
  if (!HOLDER_NOUN.test(phrase)) return null;
  return NAME_THEN_VERB.exec(after)?.[1] ?? null;
}
