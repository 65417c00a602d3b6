import type { Span } from '../types.ts';

export type Tense = 'past' | 'future';

/** "scheduled for September 21", "due on Monday", "set for next week". */
const SCHEDULED_BEFORE = /\b(?:scheduled|slated|set|due|planned|expected|postponed|rescheduled|to be held|will (?:be )?(?:held|take place|meet|convene|start|begin|open|vote)|as (?:soon|early) as|no (?:sooner|earlier) than)\s+(?:(?:for|on|to|in|until)\s+)?$/i;
/**
 * News tells an arranged meeting or trip in the present ("Pashinyan meets Aliyev in Brussels on
 * Monday", "the envoy travels to Baku Thursday"): the day is still to come.
 */
const PRESENT_ARRANGEMENT_BEFORE = /\b(?:meets|visits|travels|arrives|convenes|resumes|hosts|flies|departs|returns)\s+(?:[^\s,.;:!?"“”]+\s+){0,5}(?:on\s+)?$/i;
/**
 * A verb in the past tense right before the date dates that verb's event, whatever the rest of the
 * clause says ("would appeal the decision, announced Wednesday by …", "will proceed, Cuba predicted Wednesday").
 */
const PAST_VERB_BEFORE = /\b(?:said|told|met|left|held|spoke|wrote|sent|gave|took|made|came|went|began|fell|rose|won|lost|saw|found|[a-z]{3,}ed)\s+(?:on\s+)?(?:late\s+|early\s+)?$/i;
const PAST_VERB = /\b(?:said|told|met|left|held|spoke|wrote|sent|gave|took|made|came|went|began|fell|rose|won|lost|saw|found|was|were|had|did|[a-z]{3,}ed)\b/i;
/** "to be signed by …", "will have finished by …": the participle belongs to a verb still to come. */
const MODAL_BEFORE_VERB = /\b(?:be|will|would|shall|to|may|might|could|should|must|'ll|have)\s+\S+\s+(?:on\s+)?(?:late\s+|early\s+)?$/i;
/** Future wording in the clause around the date. */
const FUTURE_NEAR = /\b(?:will|shall|would|(?:is|are) (?:to|due|scheduled|slated|set|expected) |(?:set|due|scheduled|slated|expected|poised|ready) to|plans? to|planning to|planned (?:for|a|an|to)|has scheduled|have scheduled|upcoming|to be held|next (?:week|month|year))\b/i;
const CLAUSE_BREAK = /[;:]|,\s*(?:and|but|while|whereas)\s|["“”]/g;

/** Is the event at this date told as having happened, or as still to come? */
export function tenseAt(text: string, sentence: Span, mention: Span): Tense {
  const before = text.slice(Math.max(sentence.start, mention.start - 40), mention.start);
  if (SCHEDULED_BEFORE.test(before) || PRESENT_ARRANGEMENT_BEFORE.test(before)) return 'future';
  if (PAST_VERB_BEFORE.test(before) && !MODAL_BEFORE_VERB.test(before)) return 'past';
  const clause = clauseAround(text, sentence, mention);
  return FUTURE_NEAR.test(clause) ? 'future' : 'past';
}

/** A clause that opens after the date ("said on Tuesday that elections will…") has its own tense. */
const CLAUSE_AFTER = /\b(?:that|which|who|where|when|while|as|after|before|saying|adding|noting|warning|stressing|insisting|arguing|claiming)\b|[,;:]/i;

function clauseAround(text: string, sentence: Span, mention: Span): string {
  const whole = text.slice(sentence.start, sentence.end);
  const at = mention.start - sentence.start;
  let from = 0;
  let to = whole.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(whole); m; m = CLAUSE_BREAK.exec(whole)) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= mention.end - sentence.start) {
      to = m.index;
      break;
    }
  }
  // "On Tuesday, the league plans to …": a date that opens its clause is set off by a comma, not cut by
  // it; its clause's tense is the first verb's ("On June 8, the republic announced it would …" is past).
  const opens = !whole.slice(from, at).trim() && /^\s*,/.test(whole.slice(mention.end - sentence.start, to));
  if (opens) {
    const main = whole.slice(mention.end - sentence.start, to).replace(/^\s*,/, ' ');
    const future = FUTURE_NEAR.exec(main)?.index ?? Infinity;
    const past = PAST_VERB.exec(main)?.index ?? Infinity;
    return future < past ? main : '';
  }
  const after = whole.slice(mention.end - sentence.start, to);
  const cut = CLAUSE_AFTER.exec(after);
  return whole.slice(from, at) + (cut ? after.slice(0, cut.index) : after);
}
