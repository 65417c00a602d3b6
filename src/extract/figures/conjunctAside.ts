/**
 * "killed about 2,900 servicemen, according to Baku, and nearly 3,800 soldiers, according to Yerevan":
 * a source set off by commas that closes a conjunct ("…, according to Baku, and …") gives the counts of
 * that conjunct only, when a later conjunct names a source of its own. `start` and `end` are the source's words;
 * the attribution's own opening ("according to", "figures published by") lies before `start`.
 */
const OPENED_BY_COMMA = /,\s*(?:according\s+to|citing|as\s+reported\s+by)\s+(?:[^,;:.!?]{0,60}?\s)?$/i;
const CLOSED_BY_CONJUNCTION = /^\s*,\s*(?:and|but|while|whereas)\s/i;

/** A source of the later conjunct's own: "…, according to Yerevan", "…, Armenian authorities said". */
const LATER_SOURCE =
  /\b(?:according\s+to|citing|said|says|say|reported|reports|told|estimated|estimates|claimed|claims)\b/i;

export function closesConjunct(sentence: string, source: { start: number; end: number }): boolean {
  const closing = CLOSED_BY_CONJUNCTION.exec(sentence.slice(source.end, source.end + 12));
  return (
    closing !== null &&
    OPENED_BY_COMMA.test(sentence.slice(Math.max(0, source.start - 80), source.start)) &&
    // "…, according to the ministry, and 187 are still missing": with no source of its own, the later
    // conjunct is told by the same one.
    LATER_SOURCE.test(sentence.slice(source.end + closing[0].length))
  );
}
