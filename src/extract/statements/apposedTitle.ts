/**
 * A relayer's title set before the name by a comma: "Pashinyan's spokeswoman, Nazeli
 * Baghdasaryan,", "The spokesman of the Azerbaijani Foreign Ministry, Aykhan Hajizada,", "His
 * press secretary, Berik Uali,". The title is the head noun right before the comma, maybe with its
 * "of"/"for" owner; a comma-free title ("Kremlin spokesman Dmitry Peskov") is read elsewhere.
 */
const RELAYER_TITLE_BEFORE_COMMA =
  /\b(?:spokes(?:man|woman|person)|press\s+secretary|official\s+representative|representative|aide|adviser|advisor)(?:\s+(?:of|for|to)\s+[^,.;:!?"“”\n]{1,70})?,\s*$/i;

/** "Nazeli Baghdasaryan|, spokeswoman for Prime Minister Nikol Pashinyan,": the title in an apposition after the name. */
const RELAYER_TITLE_AFTER_COMMA =
  /^,\s*(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,3}?(?:spokes(?:man|woman|person)|press\s+secretary|official\s+representative|representative|aide|adviser|advisor)\b[^,.;:!?"“”\n]{0,70},/iu;

/** The text sets a relayer's title, with a comma, right before or after one of the name's mentions up to `end`. */
export function relayerTitleApposed(name: string, text: string, end: number): boolean {
  for (let at = text.indexOf(name); at >= 0 && at < end; at = text.indexOf(name, at + 1))
    if (
      RELAYER_TITLE_BEFORE_COMMA.test(text.slice(Math.max(0, at - 120), at)) ||
      RELAYER_TITLE_AFTER_COMMA.test(text.slice(at + name.length, at + name.length + 120))
    )
      return true;
  return false;
}
