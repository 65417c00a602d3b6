import type { FigureCategory } from '../types.ts';

/**
 * People a count names with a casualty word who are, by what the rest of the clause says, in no casualty
 * category now (CONVENTIONS 20): refugees coming home or moving on, captives handed back, people counted
 * by their needs, a population, the state some of the hurt are in.
 */

/**
 * "about 1,200 refugees returned to Stepanakert", "more than 1,500 refugees returning from Armenia", "helped
 * 48,000 refugees (to) return to Nagorno-Karabakh".
 */
const RETURNING_AFTER =
  /^\s*(?:(?:to\s+)?return|returned|returning|came\s+back|coming\s+back|went\s+back|going\s+back)\b/i;
/**
 * "1,500 refugees had since left Armenia", "12,000 of them have since left the country": people already
 * uprooted (refugees, or some of a count of them) leaving again; "since" may close the clause instead ("have
 * left the country since"). "100,000 people have since left the region" is the uprooting itself.
 */
const MOVED_ON_AFTER = /^\s+(?:have|has|had)\s+since\s+(?:left|emigrated)\b/i;
const OF_THEM_MOVED_ON_AFTER =
  /^\s+of\s+(?:them|whom)\s+(?:have|has|had)\s+(?:since\s+(?:left|emigrated)\b|(?:left|emigrated)\b[^.;:]*?\bsince\s*(?:[.;:,]|$))/i;
const UPROOTED = /\b(?:refugees|IDPs|displaced)\b/i;
/** "servicemen held in Azerbaijan", "prisoners of war": captives crossing back are returnees. */
const CAPTIVES = /\b(?:held|detained|captured|imprisoned|captives?|prisoners|detainees|hostages|POWs)\b/i;
/** "2,600 people in need of urgent medical care": counted by what they need. */
const NEED_AFTER = /^\s+(?:in\s+need\s+of|needing|who\s+(?:need|needed|require|required))\b/i;
/** "half of the region's population of 150,000": the number is the population's size. */
const NOUN_OF_BEFORE = /\bpopulation\s+of\s+$/i;
/** "Most of the 100,000 people who fled have not returned": the whole's own clause tells what befell it. */
const RELATIVE_AFTER_NOUN = /^\s*(?:[\p{L}-]+\s+){1,3}?(?:who|that|which)\b/u;
/**
 * "some of the roughly 100 residents had left": a partitive with a quantifier that gives no number; the
 * number is the whole the part is taken from, not how many the clause tells of.
 */
const VAGUE_PART_OF_BEFORE =
  /\b(?:some|many|most|few|several|none|part|much)\s+of\s+(?:the|their|its|his|her|our|those|these)\s+$/i;
/** "18 of them had already been discharged": out of care, no longer counted as hurt. */
const DISCHARGED_AFTER =
  /^(?:\s+of\s+(?:them|whom))?\s+(?:(?:have|has|had)\s+(?:already\s+)?been|were|was|are|is)\s+(?:already\s+)?discharged\b/i;

export interface CountInClause {
  /** The words before the number (or its hedge), within the sentence. */
  before: string;
  /** The sentence from the number's end. */
  afterNumber: string;
  /** The counted phrase, as written. */
  counted: string;
  /** The sentence from where the clause after the counted phrase begins. */
  clause: string;
  /** Whether the category came from a verb after the count, which says itself what befell them. */
  ownVerb: boolean;
}

export function notCounted(category: FigureCategory, c: CountInClause): boolean {
  if (NOUN_OF_BEFORE.test(c.before)) return true;
  if (VAGUE_PART_OF_BEFORE.test(c.before) && !RELATIVE_AFTER_NOUN.test(c.afterNumber)) return true;
  // Patients in need of care carried elsewhere were evacuated; registered by their need, they are no count.
  if (!c.ownVerb && category !== 'evacuated' && NEED_AFTER.test(c.clause)) return true;
  if (DISCHARGED_AFTER.test(c.afterNumber)) return true;
  if (category !== 'displaced') return false;
  return (
    RETURNING_AFTER.test(c.clause) ||
    OF_THEM_MOVED_ON_AFTER.test(c.afterNumber) ||
    (UPROOTED.test(c.counted) && MOVED_ON_AFTER.test(c.clause)) ||
    CAPTIVES.test(c.counted)
  );
}
