/**
 * Where or how a saying took place, written between its verb and what was said, with no "that"
 * after it: "said in a statement Friday evening they withdrew …", "noted in an op-ed Thursday, the
 * candidate …", "promised at a Gyumri rally to reopen …". The setting is a preposition and a noun
 * naming a channel or an occasion, maybe a time after it; the content starts past it.
 */
const SETTING = new RegExp(
  String.raw`^\s*(?:in|on|at|during|via|through)\s+(?:(?:a|an|the|his|her|their|its|this|that|one|[\p{Lu}][\p{L}.’'-]*['’]s)\s+)?` +
    String.raw`(?:[\p{L}-]+\s+){0,2}?` +
    '(?:statement|interview|speech|address|remarks|debate|appearance|conference|briefing|forum|rally|town hall|' +
    'meeting|hearing|post|tweet|letter|e-?mail|op-ed|memo|message|broadcast|podcast|video|testimony)s?' +
    String.raw`(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)` +
    String.raw`(?:\s+(?:morning|afternoon|evening|night))?)?,?\s+(?=[\p{L}\u2591"“])`,
  'u',
);

/**
 * How the content may open after the setting: a name, a pronoun or determiner, an infinitive or a
 * quote (not "to the …", a preposition). Anything else ("in an ABC interview taped …", "in an op-ed piece …") is more of the setting.
 */
const CONTENT_FIRST =
  /^(?:\p{Lu}|\u2591|["“]|(?:the|a|an|this|these|those|he|she|they|it|we|his|her|their|its|our|there)\s|to\s+(?!(?:the|a|an|his|her|their|its|our|this|that)\s)\p{Ll})/u;

/** Where the content starts past a setting right after the verb, or `at` when there is none. */
export function pastSettingOfSaying(masked: string, at: number, end: number): number {
  const m = SETTING.exec(masked.slice(at, Math.min(end, at + 160)));
  if (!m) return at;
  const next = at + m[0].length;
  if (!CONTENT_FIRST.test(masked.slice(next, next + 12))) return at;
  return next;
}
