import type { Span } from '../types.ts';
import { SAYING_PARTICIPLE_WORDS, wordsExcept } from '../wordLists.ts';

export type Tense = 'past' | 'future';

/** "scheduled for September 21", "due on Monday", "set for next week". */
const SCHEDULED_BEFORE =
  /\b(?:set\s+for\s+|(?:scheduled|slated|due|planned|expected|postponed|rescheduled|to be held|will (?:be )?(?:held|take place|meet|convene|start|begin|open|vote)|as (?:soon|early) as|no (?:sooner|earlier) than)\s+(?:(?:for|on|to|in|until)\s+)?)$/i;
/**
 * News tells an arranged meeting or trip in the present ("Pashinyan meets Aliyev in Brussels on
 * Monday", "the envoy travels to Baku Thursday", "he and Arafat meet separately Monday", "the conference, which
 * opens Friday"): the day is still to come.
 * After a determiner the word is a noun ("said during a visit to Baku in March"); so is "visit" with a word
 * or two between that are not a plural subject or an auxiliary, before a preposition ("during his working
 * visit to Paris on Thursday", "since a Red Cross visit in February", but "a team would visit the region",
 * "he and the envoy meet separately Monday"): it tells no tense.
 */
const PRESENT_ARRANGEMENT_BEFORE =
  /(?:\b(?:meets|visits|travels|arrives|convenes|resumes|hosts|flies|departs|returns|opens|reopens|begins|starts|closes)|(?<!\b(?:did|didn't|not|could|couldn't|would|to|a|an|the|his|her|their|its|our|this|that)\s+)\b(?:meet|travel|arrive|convene|fly|visit(?!\s+(?:to|in|on|at|of|by|from|during)\b|\s*$)|(?<!\b(?:a|an|the|his|her|their|its|our|this|that|[a-z]+['’]s)\s+(?:(?!(?:would|will|shall|to|did|didn't|not|could|couldn't|can|may|might|must|should|also|then|now|often|usually|still|only)\s)[a-z-]*(?:ss|[^s\W])\s+){1,2})visit))\s+(?:[^\s,.;:!?"“”]+\s+){0,5}(?:on\s+)?$/i;
/**
 * "want a deal before Azerbaijan hosts the climate conference in Baku in November", "until the Council meets
 * in June": English tells what is still to come in the simple present inside a clause of time. The subject is
 * named (capitalised), so "until Russian peacekeepers withdrew" (a plural noun, then its past verb) is no
 * present; a past verb after it is checked apart.
 */
const TIME_CLAUSE_PRESENT =
  /\b(?:before|until|till|once|when|by\s+the\s+time)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}\d.-]*\s+){1,3}(?!(?:is|was|has|does|this|thus|its|his|as|us)\s)(\p{Ll}{2,}[^s\P{L}]s)\s+((?:[^\s,.;:!?"“”]+\s+){0,7})(?:on\s+)?$/u;
/**
 * "The question is whether the peace treaty follows in the spring": an open question in the simple present
 * asks what is still to come, as a clause of time does. Its verb is a singular present in -s right after a
 * subject of one to three words; a past verb after it is checked apart.
 */
const OPEN_QUESTION_PRESENT =
  /\bwhether\s+(?:the\s+)?(?:[\p{L}\p{M}'’-]+\s+){1,3}?(?!(?:is|was|has|does|this|thus|its|his|as|us)\s)(\p{Ll}{2,}[^s\P{L}]s)\s+((?:[^\s,.;:!?"“”]+\s+){0,5})(?:on\s+)?$/u;
/**
 * "said he's flying to Yerevan on Wednesday", "the envoy is travelling to Baku on Monday": a present progressive
 * of going somewhere tells an arrangement, still to come. Not after "was"/"were", and never a noun after a
 * possessive ("the minister's meeting on Monday"): only verbs of going, which are no nouns there.
 */
const PROGRESSIVE_ARRANGEMENT_BEFORE =
  /\b(?:is|are|am|['’]s|['’]re)\s+(?:(?:also|now|still|then)\s+)?(?:flying|travell?ing|heading|leaving|returning|arriving|departing)\s+(?:[^\s,.;:!?"“”]+\s+){0,5}(?:on\s+)?$/i;
/**
 * "The community is organising a rally outside the embassy on Wednesday", "the party is holding a congress
 * Saturday": English tells an arranged event in the present progressive (the futurate), so a weekday that the
 * progressive's own phrase runs up to is still to come. Only with the full auxiliary ("Armenia's acting
 * premier" is a possessive), with no preposition of another time before the day ("still missing after
 * Monday") and no past verb between ("is investigating the shelling reported on Sunday"): then the day is
 * that verb's or the phrase's own.
 */
const PROGRESSIVE_FUTURATE_WEEKDAY =
  /\b(?:is|are|am)\s+(?:(?:also|now|still|then)\s+)?([a-z]{3,}ing)\s+((?:[^\s,.;:!?"“”]+\s+){0,8}?)(?:on\s+)?$/i;
const NOT_FUTURATE_GAP =
  /\b(?:after|since|before|until|till|by|from|through|of)\s+$|\b(?:was|were|had|[a-z]{3,}ed|said|told|met|held|left)\b/i;
/**
 * A verb in the past tense right before the date dates that verb's event, whatever the rest of the
 * clause says ("would appeal the decision, announced Wednesday by …", "will proceed, Cuba predicted Wednesday").
 * A part of a month keeps its preposition and article outside the date ("a step both sides announced at the
 * end of December"): the verb still governs it.
 */
const IRREGULAR_PAST =
  'brought|bought|sold|paid|kept|led|ran|struck|stood|became|chose|knew|grew|drew|threw|broke|fought|caught|thought|' +
  'withdrew|fled|shot|drove|flew|spent|built|sought|overthrew|underwent|upheld|withheld|oversaw|froze|hid|sank|' +
  'swore|tore|stole|forbade|arose|shook|woke|dealt|felt|heard|laid|lent|meant|bled|fed|slid|sped|stuck|swept|wept';
const PAST_VERB_BEFORE = new RegExp(
  `\\b(?:said|told|met|left|held|spoke|wrote|sent|gave|took|made|came|went|began|fell|rose|won|lost|saw|found|${IRREGULAR_PAST}|[a-z]{3,}ed)\\s+(?:[a-z]{3,}ly\\s+)?(?:on\\s+|(?:at|towards?|around)\\s+the\\s+)?(?:late\\s+|early\\s+)?$`,
  'i',
);
/**
 * "the checkpoint installed by Azerbaijan in April", "a law adopted by the National Assembly in May": a past
 * participle with its agent, after a noun, is a reduced passive clause of what was done; the date is its
 * own, whatever the clause around says ("would legitimize the checkpoint installed by … in April").
 * Not after an auxiliary ("will be installed by …", "to be adopted by …", "have installed by …").
 */
const PARTICIPLE_WITH_AGENT_BEFORE = new RegExp(
  `(?<!\\b(?:be|been|being|is|are|am|was|were|will|would|shall|to|have|get|gets|got)\\s+(?:(?:not|also|already|now|soon|then|still)\\s+)?)` +
    `\\b(?:held|sent|built|led|paid|sold|kept|shot|struck|drawn|taken|given|made|seized|[a-z]{3,}ed)\\s+by\\s+(?:the\\s+)?` +
    `(?:\\p{Lu}[\\p{L}'’.-]*\\s+(?:(?:of|and)\\s+(?:the\\s+)?)?){1,4}$`,
  'u',
);
/** "is heard", "will be held": a participle after a present or future auxiliary tells no past. */
const PAST_VERB = new RegExp(
  `(?<!\\b(?:is|are|am|be|being|will|to)\\s{1,3})\\b(?:said|told|met|left|held|spoke|wrote|sent|gave|took|made|came|went|began|fell|rose|won|lost|saw|found|was|were|had|did|${IRREGULAR_PAST}|[a-z]{3,}ed)\\b`,
  'i',
);
/**
 * "withdrew from the villages in", "was shot near the checkpoint in", "fled their homes in": a past verb
 * whose own words (a place, a pronoun or possessed object) run up to the date. No other noun stands
 * between, so the date is the verb's, not a noun's that may still be to come ("announced elections in").
 * Its phrase may join two possessed nouns ("came with her husband and her grandson on").
 */
const PAST_VERB_GOVERNS = new RegExp(
  `(?<!\\b(?:is|are|am|be|being|will|to)\\s{1,3})\\b(?:said|told|met|left|held|spoke|wrote|sent|gave|took|made|came|went|began|fell|rose|won|lost|saw|found|${IRREGULAR_PAST}|[a-z]{3,}ed)` +
    `(?:\\s+(?:it|them|him|her|back|home|out|away|off|again|together|briefly|twice|once|separately|jointly|` +
    `privately|publicly|in\\s+(?:secret|private|person|public)|(?:his|her|their|its|our)\\s+[a-z]+))?` +
    `(?:\\s+(?:from|to|into|across|near|at|toward|towards|through|inside|behind|along|around|past|onto|out\\s+of|with)` +
    `(?:\\s+(?!(?:of|for|a|an|and|or|but|that|in|on|who|which|will|would)\\b)[\\w'’.-]+){1,4}` +
    `(?:\\s+and\\s+(?:the|his|her|their|its|our)\\s+[\\w'’-]+)?)?\\s+$`,
  'i',
);

/**
 * "A missile hit a residential block", "the shell cut the power line": a verb whose past is its bare form, after a
 * singular subject, is past (the present would be "hits"). Only before its object (a determiner, a number or a
 * name), so the noun of "a direct hit on the school" is no verb.
 */
const INVARIANT_PAST_AFTER_SINGULAR =
  /\b(?:[Ii]t|[Hh]e|[Ss]he|(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]*[^s\P{Ll}])\s+(?:hit|cut|shut|hurt|put)\s+(?:a|an|the|his|her|its|their|two|three|four|five|\d|\p{Lu})/u;

/** "met in Brussels in July": a place named after "in" is the verb's own words too. */
const IN_PLACE_AT_END = /\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+$/u;

export function pastVerbGovernsDate(before: string): boolean {
  if (PAST_VERB_GOVERNS.test(before)) return true;
  const place = IN_PLACE_AT_END.exec(before);
  return place !== null && PAST_VERB_GOVERNS.test(`${before.slice(0, place.index)} `);
}

/**
 * "to be signed by …", "will have finished by …", "would stay closed on …", "will remain shut until …": the
 * participle belongs to a verb still to come.
 */
const MODAL_BEFORE_VERB =
  /\b(?:(?:be|is|are|am|being|will|would|shall|to|may|might|could|should|must|'ll|have)|(?:will|would|shall|may|might|could|should|must|'ll)\s+(?:not\s+)?(?:stay|remain|be|become|get|keep))\s+\S+\s+(?:on\s+)?(?:late\s+|early\s+)?$/i;
/**
 * "talks may take place in the summer", "a meeting could be held on Thursday": a modal of what may yet
 * happen before a verb of an event occurring tells an event still to come. Not "could not take place"
 * (what did not happen) nor a perfect ("may have begun"), which tell the past.
 */
const POSSIBLE_EVENT = String.raw`(?:may|might|could)\s+(?:(?:well|still|also|only|even|now|soon)\s+)?(?:take\s+place|be\s+(?:held|signed|opened|reopened|resumed|completed)|happen|occur|begin|start|resume|reopen|convene)`;
/**
 * "who were detained after crossing the border in", "which had been seized by": a relative pronoun, a past
 * passive (not an arrangement: "which was expected to", "that were due to"), and no future wording or
 * infinitive after it up to the date.
 */
const RELATIVE_PAST_PASSIVE_BEFORE =
  /\b(?:who|which|that)\s+(?:were|was|had\s+been)\s+(?!(?:expected|due|set|scheduled|slated|planned|supposed|going|about)\b)[a-z]{3,}ed\b(?![^,;:.!?]*\b(?:will|would|shall|to)\b)[^,;:.!?]*$/i;
/** Future wording in the clause around the date ("are both expected in Granada on Thursday"). */
const FUTURE_NEAR =
  /\b(?:will|shall|would|(?:is|are) (?:(?:both|all|also|still|now|widely|each) )?(?:to|due|scheduled|slated|set|expected) |(?:set|due|scheduled|slated|expected|poised|ready) to|plans? (?:to|a|an|another)|planning (?:to|a|an|another)|planned (?:for|a|an|another|to)|has scheduled|have scheduled|(?:is|are|am|['’]s|['’]re) going to|(?:wants|intends|hopes|aims|seeks) to|upcoming|to be held|next (?:week|month|year))\b/i;
const POSSIBLE_EVENT_NEAR = new RegExp(String.raw`\b${POSSIBLE_EVENT}\b`, 'i');
/**
 * "said it expected "more than a thousand" people at a rally on Saturday": what is expected is still to come,
 * across the quoted words in its object. "as expected", "than expected" compare with a past expectation.
 */
const EXPECTATION_BEFORE = /(?<!\b(?:as|than)\s)\bexpect(?:s|ed|ing)?\b(?!\s+to\b)[^;:.!?]*$/i;
const CLAUSE_BREAK = /[;:]|,\s*(?:and|but|while|whereas)\s|["“”]/g;
/** Inside a quote that holds only the date, the quote marks cut no clause. */
const CLAUSE_BREAK_UNQUOTED = /[;:]|,\s*(?:and|but|while|whereas)\s/g;
const QUOTE_OPEN = /["“‘']/;
const QUOTE_CLOSE = /^[.,!?]?["”’']/;

/** 'will receive their keys "in the spring"': the date is the whole quote, a fragment of the clause around it. */
function quotedAlone(text: string, mention: Span): boolean {
  return (
    QUOTE_OPEN.test(text[mention.start - 1] ?? '') &&
    QUOTE_CLOSE.test(text.slice(mention.end, mention.end + 2))
  );
}

/** Is the event at this date told as having happened, or as still to come? */
export function tenseAt(text: string, sentence: Span, mention: Span): Tense {
  const taken = readingsTaken.get(mention);
  if (
    taken?.text === text &&
    taken.start === mention.start &&
    taken.end === mention.end &&
    taken.sentenceStart === sentence.start &&
    taken.sentenceEnd === sentence.end
  )
    return taken.tense;
  return tenseReading(text, sentence, mention).tense;
}

/**
 * The tense the dates pass read for a date, kept with the span it read it for: the events of the
 * same date ask again in the same text, sentence and span (tenseAt), and the reading is not cheap.
 */
const readingsTaken = new WeakMap<
  Span,
  { text: string; start: number; end: number; sentenceStart: number; sentenceEnd: number; tense: Tense }
>();

/** tenseReading, remembered for `mention` (the same span) until tenseAt asks. */
export function tenseReadingKept(
  text: string,
  sentence: Span,
  mention: Span,
): { tense: Tense; tenseMarked: boolean } {
  const reading = tenseReading(text, sentence, mention);
  const { start, end } = mention;
  readingsTaken.set(mention, {
    text,
    start,
    end,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    tense: reading.tense,
  });
  return reading;
}

/** `to` stands for `from` (the same span of the same text): tenseAt may find the reading taken for `from`. */
export function keepTenseReading(from: Span, to: Span): void {
  const taken = readingsTaken.get(from);
  if (taken) readingsTaken.set(to, taken);
}

/**
 * The tense and whether the text marks it (a verb in the past or future wording), or whether it is
 * only the default reading of a clause that shows neither ("record date Dec. 15").
 */
function tenseReading(text: string, sentence: Span, mention: Span): { tense: Tense; tenseMarked: boolean } {
  // "until 9 a.m. Tuesday", "as soon as noon Friday": the clock time between the wording and the day is skipped.
  const before = text
    .slice(Math.max(sentence.start, mention.start - 52), mention.start)
    .replace(CLOCK_AT_END, ' ')
    .slice(-40);
  const lead = text.slice(Math.max(sentence.start, mention.start - 80), mention.start);
  if (gatheringStillToCome(text, sentence, mention, before)) return { tense: 'future', tenseMarked: true };
  if (RELATIVE_PAST_BEFORE_MONTH.test(before) && BARE_MONTH.test(text.slice(mention.start, mention.end)))
    return { tense: 'past', tenseMarked: true };
  if (ARRANGED_IN_THE_PAST.test(lead)) return { tense: 'past', tenseMarked: true };
  // "were to be held in October": the arrangement was told before the writing, and its day may be on either
  // side of it; the unmarked past leaves the year to the nearer one (toldAheadInThePast takes a day nearest).
  if (ARRANGED_IN_SIMPLE_PAST.test(lead)) return { tense: 'past', tenseMarked: false };
  // "Wednesday's ruling", "Friday's close": news names a day's event this way once it has happened.
  if (POSSESSIVE_WEEKDAY.test(text.slice(mention.start, mention.end + 2)) && !AHEAD_BEFORE.test(before)) {
    // "Monday's talks are expected to …", "will rule at Tuesday's hearing": an event still to come.
    const toCome =
      SUBJECT_OR_SETTING_BEFORE.test(before) && STRICT_FUTURE.test(clauseAround(text, sentence, mention));
    return { tense: toCome ? 'future' : 'past', tenseMarked: true };
  }
  if (
    SCHEDULED_BEFORE.test(before) ||
    (EVENT_CALLED_FOR.test(before) && WEEKDAY_AT.test(text.slice(mention.start, mention.end))) ||
    PRESENT_ARRANGEMENT_BEFORE.test(before) ||
    PROGRESSIVE_ARRANGEMENT_BEFORE.test(before) ||
    progressiveFuturate(lead, text.slice(mention.start, mention.end))
  )
    return { tense: 'future', tenseMarked: true };
  const timeClause = TIME_CLAUSE_PRESENT.exec(lead);
  if (timeClause && !PAST_VERB.test(timeClause[2]!)) return { tense: 'future', tenseMarked: true };
  // "since March": what began then has happened.
  if (SINCE_BEFORE.test(before) || /^since\s/i.test(text.slice(mention.start, mention.end)))
    return { tense: 'past', tenseMarked: true };
  if (PAST_VERB_BEFORE.test(before) && !MODAL_BEFORE_VERB.test(before))
    return { tense: 'past', tenseMarked: true };
  if (PARTICIPLE_WITH_AGENT_BEFORE.test(lead)) return { tense: 'past', tenseMarked: true };
  const question = OPEN_QUESTION_PRESENT.exec(lead);
  if (question && !PAST_VERB.test(question[2]!)) return { tense: 'future', tenseMarked: true };
  // "is using the issue ahead of the snap elections on June 20": what a present clause runs ahead of is
  // still to come; after a past verb ("troops massed ahead of the vote on Sunday") the clause tells it.
  const ahead = AHEAD_OF_EVENT.exec(lead);
  if (ahead && !PAST_VERB.test(lead.slice(lastClauseBreak(lead), ahead.index)))
    return { tense: 'future', tenseMarked: true };
  // "would free two soldiers who were detained after crossing the border in April": a relative clause in the
  // past passive between the plan and the date tells what was done then; the plan is another event.
  if (RELATIVE_PAST_PASSIVE_BEFORE.test(lead)) return { tense: 'past', tenseMarked: true };
  const clause = clauseAround(text, sentence, mention, quotedAlone(text, mention));
  if (FUTURE_NEAR.test(clause) || POSSIBLE_EVENT_NEAR.test(clause))
    return { tense: 'future', tenseMarked: true };
  if (EXPECTATION_BEFORE.test(text.slice(sentence.start, mention.start)))
    return { tense: 'future', tenseMarked: true };
  // "payable Dec. 7", "by February", "agreed to purchase the line in February": a deadline or an
  // infinitive's day may still be to come however past the clause's verb.
  const deadline =
    DEADLINE_BEFORE.test(before) || DEADLINE_OPENING.test(text.slice(mention.start, mention.end));
  // "have until Tuesday to sign", "has given them until 9 a.m. Friday": a weekday deadline in a clause
  // with no past verb is still to come (a weekday names a day within a week of the writing).
  if (
    deadline &&
    WEEKDAY_AT.test(text.slice(mention.start, mention.end)) &&
    !PAST_VERB.test(obligationAhead(clause) ?? clause)
  )
    return { tense: 'future', tenseMarked: true };
  // "could break out by the summer", "may be ready by March": a deadline after a modal of what may yet happen.
  // The modal's own verbs tell it ("said the road should reopen by"), unless perfect ("could have left by").
  const modal = deadline ? MODAL_AHEAD.exec(before) : null;
  if (modal && !PAST_VERB.test(modal[0])) return { tense: 'future', tenseMarked: true };
  // "the side must hand over the district on Sunday": the day of what is still owed, told by a modal of
  // obligation in the date's own clause, with no past verb after it ("must return what it seized on …").
  const owed = OWED_BEFORE.exec(lead.slice(lastClauseBreak(lead)));
  if (owed && !PAST_VERB.test(owed[0])) return { tense: 'future', tenseMarked: true };
  // "had failed to protect the villages in September": an implicative verb in the past tells that its
  // infinitive's event did (or did not) happen then; the date is no plan still to come.
  if (!deadline && IMPLICATIVE_PAST_BEFORE.test(lead)) return { tense: 'past', tenseMarked: true };
  const unmarked =
    deadline || infinitiveHoldsDate(text.slice(Math.max(sentence.start, mention.start - 80), mention.start));
  return {
    tense: 'past',
    tenseMarked: !unmarked && (PAST_VERB.test(clause) || INVARIANT_PAST_AFTER_SINGULAR.test(clause)),
  };
}

function progressiveFuturate(lead: string, written: string): boolean {
  if (!WEEKDAY_AT.test(written)) return false;
  const m = PROGRESSIVE_FUTURATE_WEEKDAY.exec(lead);
  return m !== null && !NOT_FUTURATE_GAP.test(m[2]!);
}

const CLOCK_AT_END =
  /\s(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?(?:\s+[A-Z]{3})?|noon|midnight),?\s+(?:on\s+)?$/i;
const DEADLINE_BEFORE =
  /\b(?:payable|effective|record|expires?|expiring|matures?|maturing|by|until|till|through|before|redemption)\s+(?:on\s+)?$/i;
const WEEKDAY_AT =
  /^(?:(?:by|until|till|on|at)\s+)*(?:(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|noon|midnight)\s+(?:[A-Z]{3}\s+)?)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/**
 * "Opposition parties have called a new rally for Saturday", "plans a vigil for Sunday": a gathering named for a
 * weekday is one arranged ahead, whatever the tense of the verb that arranged it.
 */
const EVENT_CALLED_FOR =
  /\b(?:a|an|the|their|its|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:rally|rallies|protests?|march|vigils?|strikes?|demonstrations?|ceremony|funerals?|memorial|commemoration|meeting|session|vote)\s+for\s+$/iu;
/**
 * "backing to host the climate summit in November", "before the conference COP29 in Baku in November is possible":
 * a bare month dating a gathering, in a clause no past verb tells, is the gathering's month still to come.
 */
const GATHERING_BEFORE_MONTH =
  /\b(?:summit|conference|elections?|referendum|congress|forum)(?:\s+[\p{Lu}\d][\p{L}\d-]*){0,2}(?:\s+in\s+\p{Lu}[\p{L}-]*)?\s+(?:in\s+)?$/u;
/**
 * "must rest on principles that Baku put forward in March": a relative clause whose named subject's past verb
 * (and its particle) runs up to a bare month dates that verb, whatever the main clause's modal tells.
 */
const RELATIVE_PAST_BEFORE_MONTH =
  /\b(?:that|which)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:put|set|laid|made|held|[a-z]{3,}ed)(?:\s+(?:forward|out|up|down))?\s+(?:in\s+)?$/u;
const BARE_MONTH =
  /^(?:in\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)$/i;
/** A bare month after a gathering its clause does not tell as past: either no past verb, or an infinitive's. */
function gatheringStillToCome(text: string, sentence: Span, mention: Span, before: string): boolean {
  if (!GATHERING_BEFORE_MONTH.test(before) || !BARE_MONTH.test(text.slice(mention.start, mention.end)))
    return false;
  if (PAST_VERB_BEFORE.test(before)) return false;
  const clause = clauseAround(text, sentence, mention);
  return (
    !PAST_VERB.test(clause) ||
    INFINITIVE.test(text.slice(Math.max(sentence.start, mention.start - 80), mention.start))
  );
}
const DEADLINE_OPENING = /^(?:by|until|till|through)\s/i;
const MODAL_AHEAD =
  /\b(?:could|may|might|can|should|must)\s+(?:(?:not|still|also|well|only)\s+)?[a-z]+\b[^,;:.]*$/i;
/**
 * "Under the deal signed on Tuesday, Armenia must hand the district back by Sunday": a modal of what is
 * yet to be done, after the clause's last past verb, governs the rest of the clause up to the deadline;
 * the past verb before it dates something else. Not "had to", "would" or "could" (a past report).
 */
const OBLIGATION_AHEAD =
  /\b(?:must|shall|will|(?:has|have|need|needs)\s+to|(?:is|are)\s+(?:due\s+)?to)\s+(?!have\b|not\s+have\b)[a-z]+\b/gi;

/** "must hand over … on", "has to leave … by": a modal of obligation and its verb, not a perfect ("must have"). */
const OWED_BEFORE =
  /\b(?:must|(?:has|have|need|needs)\s+to|(?:is|are)\s+(?:due\s+)?to)\s+(?:(?:not|still|also|now|only)\s+)?(?!have\b)[a-z]+\b[^,;:.!?"“”]*(?:\s+on)?\s*$/i;

/** Where the last clause of the text before a date opens: after a comma, a colon or a semicolon. */
function lastClauseBreak(before: string): number {
  const m = /[,;:.!?"“”](?=[^,;:.!?"“”]*$)/.exec(before);
  return m ? m.index + 1 : 0;
}

function obligationAhead(clause: string): string | null {
  let found: RegExpExecArray | null = null;
  OBLIGATION_AHEAD.lastIndex = 0;
  for (let m = OBLIGATION_AHEAD.exec(clause); m; m = OBLIGATION_AHEAD.exec(clause)) found = m;
  return found ? clause.slice(found.index) : null;
}

/** "agreed to purchase the line in": a verb after "to", in lower case ("sent troops to Kazakhstan in" has none). */
const INFINITIVE =
  /\b[Tt]o\s+(?!(?:the|a|an|his|her|its|their|be|date|port|power|office)\b)[a-z]{3,}\b(?![^;]*\b(?:[Ss]aid|[Ss]ays)\b)[^;]*$/;

/**
 * "agreed to purchase the line in": the infinitive's day may still be to come. Not when a past verb of a later
 * clause governs the date ("built to protect regimes, as we saw in Kazakhstan in January"): that verb tells it.
 */
function infinitiveHoldsDate(lead: string): boolean {
  if (!INFINITIVE.test(lead)) return false;
  let verbEnd = -1;
  for (const m of lead.matchAll(INFINITIVE_VERB)) verbEnd = m.index + m[0].length;
  return verbEnd < 0 || !pastVerbGovernsDate(lead.slice(verbEnd));
}
const INFINITIVE_VERB =
  /\b[Tt]o\s+(?!(?:the|a|an|his|her|its|their|be|date|port|power|office)\b)[a-z]{3,}\b/g;

/**
 * "failed to protect …", "had refused to leave …", "managed to reach …": a past implicative verb and its
 * infinitive (quoted words allowed), with no clause break or future wording after it, up to the date.
 */
const IMPLICATIVE_PAST_BEFORE =
  /\b(?:failed|managed|refused|tried|attempted|declined|neglected)\s+to\s+["“]?[a-z]+\b(?![^,;:.!?]*\b(?:will|would|shall|next|upcoming|ahead\s+of|before|until|by)\b)[^,;:.!?]*$/i;

/**
 * "had been due to expire Friday evening", "as previously planned Saturday night": an arrangement
 * told in the past perfect or with "previously" has come round by the time of writing.
 */
const ARRANGED_IN_THE_PAST =
  /\b(?:had\s+been|previously(?:\s+had\s+been|\s+been)?)\s+(?:scheduled|due|set|planned|slated|expected)\b[^,;:.]*$/i;
/**
 * "was due to take over the district on Sunday", "were to be held in October", "was supposed to open on
 * Monday": an arrangement told in the simple past, up to its date with no clause break. Not "was expected
 * to" (a live expectation, most often of what is still to come) nor "was to blame".
 */
const ARRANGED_IN_SIMPLE_PAST =
  /\b(?:was|were)\s+(?:(?:originally|initially|first|once)\s+)?(?:(?:due|supposed|scheduled|slated|meant)\s+to\s+(?:be\s+)?[a-z]+|to\s+(?:be\s+held|take\s+place|open|begin|start|convene))\b[^,;:.!?"“”]*$/i;
const POSSESSIVE_WEEKDAY = /^(?:(?:last|on)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s$/i;
/** The possessive day opens its clause (its event is the subject) or follows "at", "during", "for". */
const SUBJECT_OR_SETTING_BEFORE = /(?:^|[,;:]|\b(?:at|during|for|before))\s*$/i;
/** Future wording, not "would" (a past report of a plan says nothing of a named day's event). */
const STRICT_FUTURE =
  /\b(?:will|shall|(?:is|are) (?:to|due|scheduled|slated|set|expected) |(?:set|due|scheduled|slated|expected|poised) to)|['’]ll\b/i;
const AHEAD_BEFORE = /\b(?:ahead\s+of|upcoming|next|this\s+coming|until|till)\s+$/i;
/** "ahead of the snap parliamentary elections on": the event named after it, then its day. */
const AHEAD_OF_EVENT =
  /\bahead\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){1,4}(?:on\s+|in\s+)?$/iu;
const SINCE_BEFORE = /\bsince\s+(?:(?:early|late|mid)[\s-]+)?$/i;

/**
 * A clause that opens after the date ("said on Tuesday that elections will…") has its own tense, as has a
 * question word's clause ("had spoken on Saturday and had discussed how the truce would be monitored").
 */
const CLAUSE_AFTER =
  /\b(?:that|which|who|where|when|while|as|after|before|how|whether|why|saying|adding|noting|warning|stressing|insisting|arguing|claiming)\b|[,;:]/i;

/**
 * How far either side of a date its clause is looked for. No real clause is this long; a page-long
 * run-on "sentence" (a list with no stops) would otherwise be read whole for each of its dates.
 */
const CLAUSE_REACH = 1_000;

function clauseAround(text: string, fullSentence: Span, mention: Span, unquoted = false): string {
  const sentence = {
    start: Math.max(fullSentence.start, mention.start - CLAUSE_REACH),
    end: Math.min(fullSentence.end, mention.end + CLAUSE_REACH),
  };
  const whole = text.slice(sentence.start, sentence.end);
  const at = mention.start - sentence.start;
  let from = 0;
  let to = whole.length;
  const breaks = unquoted ? CLAUSE_BREAK_UNQUOTED : CLAUSE_BREAK;
  breaks.lastIndex = 0;
  for (let m = breaks.exec(whole); m; m = breaks.exec(whole)) {
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
    // "On Monday, he said, he would brief the government": a reporting clause set off by commas stands
    // outside the clause the date opens; its verb is not that clause's first.
    const main = whole
      .slice(mention.end - sentence.start, to)
      .replace(/^\s*,/, ' ')
      .replace(PARENTHETICAL_REPORT, ' ');
    const future = FUTURE_NEAR.exec(main)?.index ?? Infinity;
    const past = PAST_VERB.exec(main);
    // The clause's tense is its first verb's: the future wording, or the past verb alone.
    return future < (past?.index ?? Infinity) ? main : (past?.[0] ?? '');
  }
  const after = whole.slice(mention.end - sentence.start, to);
  const cut = CLAUSE_AFTER.exec(after);
  const before = clauseBefore(whole.slice(from, at));
  const kept = cut ? after.slice(0, cut.index) : after;
  // "crossed the border on Wednesday and is to be flown home": a second predicate joined after the date
  // has its own tense; the past verb before the date is the date's.
  const joined = PAST_VERB.test(before) ? JOINED_PREDICATE.exec(kept) : null;
  return before + (joined ? kept.slice(0, joined.index) : kept);
}

/**
 * ", he said,", ", the ministry added,", ", said the envoy,", ", according to the ministry,": a report's
 * frame between commas, a subject of up to four words beside a verb of saying in the simple tense.
 */
const REPORT_VERB =
  "(?:said|says|added|adds|wrote|writes|noted|notes|stated|states|insisted|stressed|explained|argued|claimed|recalled|announced|told\\s+[\\p{L}'’.-]+)";
const PARENTHETICAL_REPORT = new RegExp(
  `^\\s*(?:(?:[\\p{L}\'’.-]+\\s+){1,4}?${REPORT_VERB}|${REPORT_VERB}(?:\\s+[\\p{L}\'’.-]+){1,4}?|according\\s+to(?:\\s+[\\p{L}\'’.-]+){1,5}?)\\s*,`,
  'iu',
);

/** "… and is to be flown", "… but will stay": a predicate joined to the clause's, with its own auxiliary. */
const JOINED_PREDICATE =
  /\s(?:and|but)\s+(?:(?:then|also|now|still|later)\s+)?(?:is|are|will|shall|must|should|can|may|might|(?:has|have|needs?)\s+to)\b/i;

/**
 * "…will begin the transfer from the relatives who have cared for him since he was rescued … in
 * November": a clause opened by a relative pronoun or a subordinator before the date is the date's
 * own, and the main clause's "will" is not its tense.
 */
const SUBORDINATOR =
  /\b(?:who|which|whose|whom|since|after|because|although|though|once|when|whereas)\s+(?=\S+\s+\S)/gi;

/**
 * "said Italy was ready to send aid, adding that the unit had been set up on Tuesday": a reported clause
 * after a verb of saying and "that" has its own tense; the framing clause's "ready to" is not the date's.
 * "We will remind that a similar clash took place in May": an outlet's reminder frames a past event.
 * The participles are the lexicon's participles of saying, one list with the statements stage's.
 */
const REPORTED_THAT = new RegExp(
  `\\b(?:remind|recall|${wordsExcept(SAYING_PARTICIPLE_WORDS)}|said|says|added|adds|noted|notes|stated|announced|confirmed|reported|told(?:\\s+[\\p{L}'’-]+){1,3}?)\\s+that\\s`,
  'giu',
);

function clauseBefore(before: string): string {
  let from = 0;
  SUBORDINATOR.lastIndex = 0;
  for (let m = SUBORDINATOR.exec(before); m; m = SUBORDINATOR.exec(before)) from = m.index;
  if (before.includes('that')) {
    REPORTED_THAT.lastIndex = from;
    for (let m = REPORTED_THAT.exec(before); m; m = REPORTED_THAT.exec(before)) from = m.index;
  }
  return before.slice(from);
}

/**
 * "promised an assessment at her briefing on Friday", "have called for a strike on Thursday", "the deadline had
 * been moved from Sunday to Nov. 25", "were told to be out by Sunday night": a plan, a call or a deadline told
 * in a past report was still to come when it was told, and may or may not have come round by the writing. Its
 * day is the nearest of that name to the piece's, neither the last one nor the next.
 */
const PLAN_TOLD_BEFORE =
  /\b(?:promised|pledged|vowed|called\s+for|demanded|proposed)\s+(?:[^\s,;:.!?"“”]+\s+){1,8}(?:(?:on|at|for|by)\s+)?$/i;
const DEADLINE_MOVED_BEFORE =
  /\b(?:moved|postponed|delayed|pushed\s+back|brought\s+forward|put\s+off|rescheduled)\s+(?:from\s+[^\s,;:.!?]+(?:\s+[^\s,;:.!?]+)?\s+)?(?:to|until)\s+$/i;
/** "was moved from Sunday …": the day moved from, whose "from" the expression holds. */
const DEADLINE_MOVED_FROM =
  /\b(?:moved|postponed|delayed|pushed\s+back|brought\s+forward|put\s+off|rescheduled)\s+$/i;
const TOLD_TO_BEFORE =
  /\b(?:told|asked|ordered|instructed|urged)\s+(?:[^\s,;:.!?"“”]+\s+){0,3}?to\s+(?:be\s+)?[a-z]+\s+(?:[^\s,;:.!?"“”]+\s+){0,4}(?:(?:on|by)\s+)?$/i;

export function toldAheadInThePast(text: string, sentence: Span, mention: Span): boolean {
  // "has demanded their withdrawal since May": what began then has happened.
  if (/^since\s/i.test(text.slice(mention.start, mention.end))) return false;
  const before = text.slice(Math.max(sentence.start, mention.start - 80), mention.start);
  return (
    PLAN_TOLD_BEFORE.test(before) ||
    ARRANGED_IN_SIMPLE_PAST.test(before) ||
    DEADLINE_MOVED_BEFORE.test(before) ||
    (DEADLINE_MOVED_FROM.test(before) && /^from\s/i.test(text.slice(mention.start, mention.end))) ||
    TOLD_TO_BEFORE.test(before)
  );
}
