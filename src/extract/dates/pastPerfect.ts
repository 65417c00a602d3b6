/**
 * "his son had called him on Sunday", "two soldiers had been wounded on Tuesday": the past perfect tells a
 * time before the narrative's own past, so a weekday in its clause may fall before the first day the piece
 * dates that week. Only the clause up to the date is read (bounded: no scan of the document).
 */
const CLAUSE_REACH = 120;
const CLAUSE_START = /[.;:!?\n"“”]/g;
const PAST_PERFECT =
  /\bhad\s+(?:(?:already|just|also|not|never|earlier|previously|first|reportedly)\s+)?(?:been\s+)?(?:[a-z]{2,}(?:ed|en|wn)|said|told|made|met|left|held|sent|spent|brought|bought|fought|caught|taught|thought|lost|won|struck|hit|put|set|shot|fled|led|heard|come|gone|begun|run|become|been)\b/gi;
/** A later finite verb in the clause governs the date instead ("who had fled returned on Sunday"). */
const LATER_VERB = /\b(?:said|says|told|was|were|is|are|will|[a-z]{3,}ed)\b/i;

export function inPastPerfectClause(text: string, dateStart: number): boolean {
  const from = Math.max(0, dateStart - CLAUSE_REACH);
  const before = text.slice(from, dateStart);
  let clause = 0;
  for (const b of before.matchAll(CLAUSE_START)) clause = b.index + 1;
  const words = before.slice(clause);
  let last: RegExpExecArray | null = null;
  for (const m of words.matchAll(PAST_PERFECT)) last = m as RegExpExecArray;
  if (!last) return false;
  return !LATER_VERB.test(words.slice(last.index + last[0].length));
}
