import { allMatches } from './allMatches.ts';
import { PARTICIPLE_OF_SAYING } from './lexicon.ts';

/**
 * Where an attribution ends after its verb of saying: "More than 80,000 have fled, officials
 * said Thursday, as aid arrived." Past the verb and its setting ("Thursday"), a comma and an
 * opening of the writer's own ("as …", "amid …", "in a move that …", "pointing to …") add to the
 * news; they are no part of the tail, and nobody said them. A count after the verb ("said about
 * 2,570 residents …") opens what was said, never who said it.
 */

/** A setting of the saying between its verb and the closing comma: "on Monday", "in July", "at a rally in Goris". */
export const SETTING_BEFORE_COMMA =
  '(?:,?\\s+(?:(?:late|early)\\s+)?(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)' +
  '(?:\\s+(?:morning|afternoon|evening|night))?' +
  // "in July", "at a briefing in Baku", "during a visit": a preposition, then a few words with no verb.
  "|\\s+(?:on|in|at|during)\\s+(?!least\\b|most\\b|first\\b|all\\b|times\\b)[\\p{L}\\d.'’-]+" +
  "(?:\\s+(?!(?:is|are|was|were|had|has|have|would|will|could|been|be|that)\\b)[\\p{L}\\d.'’-]+){0,5}?" +
  '|\\s+(?:last|this|earlier\\s+this|late\\s+last)\\s+(?:week|month|year|weekend|morning|afternoon|evening|night)' +
  // "The truth, he said then, was …": a time adverb alone.
  '|\\s+(?:then|later|earlier|recently|previously|afterwards?))?';

/**
 * What opens a subordinate clause or a summing-up phrase set after "said[ Thursday],": "as …",
 * "after …", "in a move that …", "in the worst fighting since …", "days after …". Always the
 * writer's setting of the news.
 */
const ADJUNCT_OPENING =
  '(?:as(?!\\s+(?:well|much|many|long|soon|far|good|a\\s+result)\\b)|while|after|before|amid|amidst|despite|even\\s+as|just\\s+as|(?:hours|days|weeks|months|a\\s+day|a\\s+week|a\\s+month)\\s+(?:after|before)|in\\s+(?:a|an)\\s+(?:move|step|sign|bid|attempt|apparent|rare|further|new)|in\\s+what|in\\s+the\\s+(?:worst|latest|first|biggest|deadliest|heaviest|most|last|wake))(?![\\p{L}-])';
export const ADJUNCT_AFTER_SAYING = new RegExp(`^${ADJUNCT_OPENING}`, 'iu');

/** A comma and an adjunct: ", as aid arrived", ", in a move that …". */
const COMMA_BEFORE_ADJUNCT = new RegExp(`,\\s+(?=${ADJUNCT_OPENING})`, 'giu');

/** A prepositional or participle phrase set off after the verb: ", in the deadliest …", ", pointing to …". */
const PHRASE_OPENING = '(?:in|on|at|amid|during|after|before|with|for|\\p{Ll}+ing)';
const PHRASE_AFTER_VERB = new RegExp(`^,\\s+${PHRASE_OPENING}\\s`, 'u');
/**
 * The writer's addition after a verb of saying and its setting: a phrase, an adjunct, or any "as"
 * ("said Tuesday, in the worst flare-up …", "said, days after …", "said, as well as …"). The
 * setting may give both when and where: "said today at a cabinet meeting, referring to …".
 */
const ADDITION_AFTER_VERB = new RegExp(
  `^${SETTING_BEFORE_COMMA}${SETTING_BEFORE_COMMA},(?!\\d)\\s+(?:${PHRASE_OPENING}|as|following|${ADJUNCT_OPENING})\\s`,
  'u',
);

/** What every addition holds: the comma before the writer's words, then a space. */
const COMMA_THEN_SPACE = /,\s/;

/** How far past the verb an addition is looked for. */
const ADDITION_WINDOW = 120;

export interface AdditionAfterVerb {
  /** The comma before the writer's addition, where the tail ends; -1 when none. */
  comma: number;
  /** Whether words set off by a comma after the verb add to the sentence rather than go on with the tail. */
  added: boolean;
}

/**
 * The writer's addition after the verb ending at `verbEnd`: "…, he added, pointing to …", "…,
 * officials said Thursday, as the aid chief arrived". "…, he said, because …" or "…, she said,
 * when …" goes on with what was said. A participle of saying ("…, he said, adding that …") opens
 * a saying of its own, read elsewhere: the tail does not end there, though the words still add.
 */
export function additionAfterVerb(masked: string, verbEnd: number, end: number): AdditionAfterVerb {
  // Only up to the attribution's end: "said in a statement. On May 7, shelling …" adds nothing.
  const window = masked.slice(verbEnd, Math.min(end, verbEnd + ADDITION_WINDOW));
  // The pattern's settings hold no comma but a leading one, and a comma then a space must follow
  // them: a window without a comma before a space is not tried.
  const addition = COMMA_THEN_SPACE.test(window) ? ADDITION_AFTER_VERB.exec(window) : null;
  const at = addition ? verbEnd + addition[0].lastIndexOf(',') : -1;
  const writers = addition !== null && !PARTICIPLE_OF_SAYING.test(masked.slice(at + 1).trimStart());
  return {
    comma: writers ? at : -1,
    added: addition !== null || PHRASE_AFTER_VERB.test(masked.slice(verbEnd, verbEnd + 24)),
  };
}

/** Where the last comma before an adjunct stands in `region` ("…, officials said, as …"), or -1. */
export function lastCommaBeforeAdjunct(region: string): number {
  let cut = -1;
  for (const m of allMatches(COMMA_BEFORE_ADJUNCT, region)) cut = m.index;
  return cut;
}

/**
 * A count opening a phrase: "about 2,570", "more than 7,600", "nearly 300", "12". A number joined
 * to a word ("34-year-old Anna", "2nd") describes who is named after it; it counts nothing.
 */
const COUNT_OPENING =
  /^\s*(?:(?:about|around|nearly|almost|some|over|roughly|approximately|(?:more|less|fewer)\s+than|up\s+to|at\s+least)\s+)?\d[\d,.]*(?![\d\p{L}-])/iu;

/** Whether the words where a speaker would stand open with a count: a count never speaks. */
export function opensWithCount(words: string): boolean {
  return COUNT_OPENING.test(words);
}
