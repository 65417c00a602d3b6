import type { FigureCategory } from '../types.ts';

/**
 * "The number of Azerbaijani servicemen who died as martyrs while preventing the provocation … on the
 * state border on September 12-13 has risen to 71": a count named by its subject, however long the
 * relative or participle clause that says what befell those counted. Read by its parts: the toll verb
 * right before the number, the subject's head ("number of", "toll of"), and the words between them
 * that name what befell those counted: one kind, or none is read. `before` is the sentence up to the number.
 */
const TOLL_VERB_BEFORE =
  /\b(?:(?:has|have|had)\s+)?(?:(?:risen|rose|rises|climbed|climbs|grown|grew|increased|jumped|gone\s+up|went\s+up)\s+to|reached|reaches|hit|hits|stands\s+at|stood\s+at|now\s+stands\s+at|is\s+now|was\s+now)\s+$/i;
/** The subject's head, then its clause up to the verb: no clause break between. */
const COUNT_OF = /\b(?:number|count|tally|toll)\s+of\s+(?:the\s+)?([^;:!?"“”]{1,220})$/i;
const BEFELL: [RegExp, FigureCategory][] = [
  [/\b(?:died|dead|killed|martyred|martyrs|perished|fatalities|deaths|lost\s+their\s+lives)\b/i, 'killed'],
  [/\b(?:wounded|injured|hurt)\b/i, 'wounded'],
  [/\b(?:missing|unaccounted\s+for)\b/i, 'missing'],
  [/\b(?:fled|displaced|refugees|forced\s+(?:out|from\s+their\s+homes|to\s+(?:flee|leave)))\b/i, 'displaced'],
  [/\b(?:evacuated|evacuees|airlifted)\b/i, 'evacuated'],
];

/** What befell those the toll's subject counts; empty when no toll verb and subject stand before the number. */
function befellBefore(before: string): Set<FigureCategory> {
  const befell = new Set<FigureCategory>();
  // The verb stands right before the number: a short tail is enough to find it.
  const tail = before.length - Math.min(before.length, 60);
  const verb = TOLL_VERB_BEFORE.exec(before.slice(tail));
  const subject =
    verb && COUNT_OF.exec(before.slice(Math.max(0, tail + verb.index - 260), tail + verb.index));
  if (subject) for (const [pattern, category] of BEFELL) if (pattern.test(subject[1]!)) befell.add(category);
  return befell;
}

export function tollClauseBefore(before: string): FigureCategory | null {
  const befell = befellBefore(before);
  return befell.size === 1 ? [...befell][0]! : null;
}

/** "The number of people killed or injured by landmines … has reached 290": a combined toll, which no category is. */
export function combinedTollBefore(before: string): boolean {
  const befell = befellBefore(before);
  return befell.has('killed') && befell.has('wounded');
}
