import type { Statement } from '../types.ts';

/**
 * ", whose spokesman, Ara Petrosyan, said |", ", whose lawyer told reporters |": a verb of saying
 * right after a "whose" noun (and the name set off after it) has that noun for its subject, and
 * no verb of its own stands between.
 */
const WHOSE_NOUN_SAID =
  /,\s+whose\s+([^,;:()“”"]{1,60}?)(?:,\s+[^,;:()“”"]{1,60},)?\s+(?:(?:has|had|have)\s+)?(?:also\s+)?(?:said|says|told\s+[\p{L}-]+|stated|added|claimed|noted|insisted|argued|warned|announced|wrote)\s+(?:that\s+)?$/u;
/** A verb in the noun's words: then the relative clause has its own verb and ends before the saying. */
const OWN_VERB = /(?<![\p{L}])(?:is|are|was|were|has|have|had|will|would|been|being|\p{Ll}+ed)(?![\p{L}])/u;

/**
 * "The ruling party, whose spokesman, Ara Petrosyan, said the talks had failed, called a rally":
 * the saying is the spokesman's, inside a relative clause; a statement giving it to the party the
 * clause describes has the wrong speaker (and runs on into the party's own verb). Such a
 * statement is withheld: a missing statement is better than a wrong speaker.
 */
export function saidByWhoseNoun(text: string, s: Statement): boolean {
  if (!s.mention) return false;
  const lead = text.slice(Math.max(s.context.start, s.quote.start - 200), s.quote.start);
  const m = WHOSE_NOUN_SAID.exec(lead);
  if (!m || OWN_VERB.test(m[1]!)) return false;
  return lead.slice(0, m.index).trimEnd().endsWith(s.mention);
}
