import type { Span } from '../types.ts';
import { allMatches } from './allMatches.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { keptPerText } from './keptPerText.ts';
import { MASK } from './mask.ts';
import { tag } from './nounPhrase.ts';

/**
 * Where reported content ends. A reported clause often runs on past what the speaker said into
 * the writer's own words: a relative clause about something named ("…, who is the ex-wife of
 * …"), a dash appositive ("… — a play on words …"), a comparison the writer adds ("…, compared
 * with 64 percent …"), or the setting of the saying put last ("… in an interview with CNN on
 * Sunday"). Those tails are cut; the clause itself is kept as written.
 * Works on the masked text (quotes blanked), so nothing inside a quote is ever taken for a tail.
 */

/**
 * A tail opened after a comma: a non-restrictive relative about something named, or a comparison
 * ("…, compared with 64 percent who …"), or the writer's present-tense turn about the speaker
 * ("…, but he refuses to discuss …"). A relative closed by a comma is a parenthesis inside the
 * clause ("the complaint, which is set out in a memo, is fair game"), so it must run to the end.
 */
const COMMA_TAIL =
  /,\s+(?:(who|whom|whose|which|(?:with|for|to|from|by|of|among)\s+whom)|compared (?:with|to)|but (?:he|she)(?= \p{Ll}+s\s))(?![\p{L}-])/gu;

/**
 * A relative clause holding a saying with its own pronoun subject, a few words in at most: "which
 * he described as “…”", "which she declared “…”", "which is an outcome, he said, “…”". Naming
 * ("whom he called “a con artist”") is left: the name given is still part of what was said.
 */
const NESTED_SAYING =
  /^\s*(?:which|who|whom|whose)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:[\p{L}'’-]+,\s+)?(?:he|she|they)\s+(?:(?:has|had|have|later|also|once)\s+)?(?:described|declared|added|said|says|stated|dubbed|termed)(?![\p{L}])/u;

/**
 * A dash before a noun phrase that sums up what came before ("… — a play on words with …"), or
 * before the writer's "as was true …" / "as has happened …" comparing the claim with the record.
 */
const DASH_APPOSITIVE =
  /\s+(?:—|–|―|--|-)\s+(?=(?:a|an|something|all)\s|as\s+(?:was|is|has|had)\s)|[—―](?=(?:a|an|something|all)\s)/gu;

/**
 * The saying's setting, put after what was said: "… in an interview with CNN", "… during a speech
 * in Iowa", "… on its website", "… on Twitter earlier Thursday".
 */
const SETTING_TAIL = new RegExp(
  String.raw`,?\s+(?:(?:in|during|at|on)\s+(?:(?:a|an|the|his|her|their|its|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+)?` +
    String.raw`(?:(?!(?:after|before|of|for|from|to|with|in|on|at|during)\s)[\p{L}’'-]+\s+){0,3}?(?:statement|interview|speech|address|debate|appearance|press conference|news conference|briefing|town hall|op-ed|tweet|post|website|blog)(?![\p{L}-])` +
    String.raw`(?:\s+(?:with|to|in|at|on|before|after|for)\s+[^,;:\u2591]{1,60}?)?` +
    String.raw`|(?:on|via)\s+(?:Twitter|Facebook|Instagram|Telegram))` +
    String.raw`(?:\s+(?:(?:on|last|earlier|later)\s+)?\p{Lu}\p{Ll}+day(?:\s+(?:morning|afternoon|evening|night))?)?$`,
  'u',
);

/**
 * The writer's word on the saying, set after it: "…, a charge Baku rejects", "…, a request not
 * always honoured", "…, something Baku denies" (the claim named by a pronoun, with its denier),
 * "…, a figure neither side has confirmed" (a figure no one vouches for).
 */
const SUMMARY_TAIL =
  /,\s+(?:something\s+(?=[^,\u2591]*\s(?:den(?:y|ies|ied)|reject(?:s|ed)?|disput(?:e|es|ed))[\s.]*$)|(?:an?|the)\s+(?:[\p{L}-]+\s+)?(?:charge|claim|accusation|allegation|assertion|request|move|step|sign|signal|message|remark|comment|suggestion|warning|threat|promise|pledge)(?![\p{L}-])|(?:an?|the)\s+(?:[\p{L}-]+\s+)?(?:figure|number|toll|tally|estimate|count|total)\s(?=(?:[^,\u2591]*\s)?(?:neither|either|no)\s))[^,\u2591]*$/u;

/**
 * The writer's next clause joined after the content: "…, but he pressed Clinton to do more", "…,
 * and they rejected any implication …", "…, but it managed to do so". A pronoun subject of its own and a
 * plain past verb tell a narrated act; a modal or auxiliary ("but he would …", "and it had …")
 * may be the speaker's clause told in the past, and is left.
 */
const CLAUSE_TAIL = new RegExp(
  String.raw`(?:,\s*|\s+(?:—|–|--?)\s+)(?:and|but)\s+(?:he|she|they|it|we)\s+` +
    String.raw`(?:(?:also|later|then|again|once again|immediately)\s+)?(?:\p{Ll}+ed|${IRREGULAR_PAST}|did\s+not|didn['’]t)(?![\p{L}])`,
  'u',
);

/**
 * A noun phrase after a comma that ends the content and sums up or measures it: "…, a
 * recommendation the attorney general adopted", "…, the first two states to vote", "…, an increase
 * of almost $200 million". Not after a name, whose apposition may be the speaker's; not a list
 * ("…, a tank and two trucks"); not a clause ("…, the debate would not …", "the more …, the more").
 */
const APPOSITIVE_TAIL =
  /(?<![\p{Lu}][\p{L}.'’-]*),\s+(?!the\s+(?:more|less|fewer|better|worse|\p{Lu}[\p{L}.'’-]*)\s)(?:an?|the)\s+(?![^,\u2591]*\s(?:and|or)\s)(?!(?:(?!(?:who|whom|which|that|where|when)\s)[\p{L}\p{N}'’.$-]+\s+){0,6}?(?:is|are|was|were|will|would|could|can|should|must|may|might|has|have|had|do|does|did|remains?|remained|seems?|seemed)\s)[^,\u2591"”“]*$/u;

/**
 * The writer's word on what the saying did or matched, as a participle after a comma: "…, drawing
 * a sharp reply from Khan", "…, echoing a memo from his aide", "…, putting them at odds with …",
 * "…, conceding the race". Verbs whose doer is the speaker or the saying; a participle that may
 * carry on the reported event ("…, killing 12", "…, leading to …") is left.
 */
const REACTION_TAIL =
  /,\s+(?:\p{Ll}+ly\s+)?(?:drawing|prompting|sparking|triggering|angering|echoing|contrasting|conceding|alluding|putting|eliciting|provoking|inviting|pointing)\s/u;

/**
 * The writer's note that the speaker held something back, as a concession after the content:
 * "…, though she did not discuss their terms", "…, although he declined to say who". A concession
 * with a subject of its own otherwise ("…, despite …", "…, even as …") may be the speaker's.
 */
const CONCESSION_TAIL =
  /,\s+(?:even\s+)?(?:though|although)\s+(?:he|she|they)\s+(?:(?:again|still|also|repeatedly|later)\s+)?(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t|declined|refused)\s/u;

/**
 * A concession set off by one dash to the end: "… the bridge opens in May – though few in the
 * valley believe it". The dash turns from what was said to the writer's doubt about it.
 * "— even though it had been filed weeks before" may still be the speaker's, and is left.
 */
const DASH_CONCESSION_TAIL = /\s+(?:—|–|--?)\s+(?:though|although)\s(?![^\u2591]*\s(?:—|–|--?)\s)/u;

/**
 * A clause of its own joined after the content whose verb is a saying, with a subject of its own:
 * "…, though she noted she has also …", "… and Democrats accused the GOP of …", "…, but the
 * ministry said …". Whoever that subject is, a second verb of saying opens another statement
 * (CONVENTIONS 12), so this content ends before it. A conjunct with no subject ("… and said …")
 * may share the content's own subject, and is left.
 */
const SAYING_VERB =
  '(?:said|says|added|adds|noted|notes|stressed|insisted|told|tells|acknowledged|conceded|admitted|argued|warned|wrote|claimed|replied|accused|asserted|denied|announced|explained|countered|responded|boasted|declared|quipped)';
const SAYING_CLAUSE_TAIL = new RegExp(
  String.raw`(?:,\s*|\s+)(?:and|but|though|although|while|whereas)\s+(?:(?:he|she|they|we)\s+|(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})(?:(?:also|later|then|again|still|repeatedly|further|separately)\s+)?${SAYING_VERB}(?![\p{L}])`,
  'u',
);

/**
 * The main clause's speaker and verb closing a subordinate clause's content, its quote to follow:
 * "When the senator noted that … ― as was true … ― Trump boasted, “…”". Words said never end
 * in a named subject and a verb of saying; that is the frame of the next saying.
 */
const NEXT_FRAME_TAIL = new RegExp(
  String.raw`(?:,|\s+[―—–]|\s+--?)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:(?:also|later|then|again|quickly|simply)\s+)?${SAYING_VERB}$`,
  'u',
);

/** A parenthesized relative closing the content is the writer's aside: "… the party (which lets …)". */
const PAREN_RELATIVE_TAIL = /\s+\((?:which|who|whose|where)\s[^()\u2591]*\)$/u;

/**
 * Others said so too, told after the content: "…, as have her rivals", "…, as has the mayor". The
 * inverted "have" stands for the saying when the content has no perfect of its own for it to
 * stand for: after "prices have risen", "…, as have wages" is the speaker's.
 */
const LIKEWISE_TAIL = /,\s+as\s+(?:have|has|had)\s+(?!(?:not|been|to)\s)[^,\u2591]*(?:,[^,\u2591]*)?$/u;
const PERFECT = /(?<![\p{L}])(?:have|has|had)(?![\p{L}])|['’]ve(?![\p{L}])/iu;

/**
 * The terms the source spoke on, put after the content: "… on condition of anonymity because …",
 * "…, on the condition that he not be named". The writer's, with all that follows it.
 */
const ANONYMITY_TAIL = /,?\s+on\s+(?:the\s+)?condition\s+(?:of|that)\s[^\u2591]*$/u;

/**
 * The show the saying was broadcast on, its title in quotes after a day's or a channel's name:
 * "… on Wednesday’s “Hour” program", "… on Monday’s broadcast of AzTV’s “Review.”", "… on CNN’s
 * “State of the Union.”". A quote after a bare "on" ("dwell on “…”") may be the speaker's words.
 */
const POSSESSIVE_NAME = String.raw`(?:\p{Lu}[\p{L}.&-]*\s+){0,2}\p{Lu}[\p{L}.&-]*['’]s\s+`;
const SHOW_TAIL = new RegExp(
  String.raw`\s+on\s+(?:\p{Lu}\p{Ll}+day['’]s\s+(?:(?:broadcast|edition|episode)\s+of\s+${POSSESSIVE_NAME})?|${POSSESSIVE_NAME})` +
    String.raw`\u2591{1,60}[\s.,]*(?:(?:show|program|programme|broadcast|podcast)[\s.,]*)?$`,
  'u',
);

/**
 * The day and the event the saying was made at, both put last: "… on Tuesday at a forum in
 * Yerevan". A place alone ("… at a meeting in the school") may be where the told event happened;
 * a weekday then an event is the writer's dateline of the saying.
 */
const DAY_EVENT_TAIL = new RegExp(
  String.raw`,?\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?\s+(?:at|in|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,3}?` +
    String.raw`(?:forum|rally|event|summit|conference|hearing|ceremony|gathering|meeting|session|speech|interview|briefing|appearance)(?![\p{L}-])(?:\s+(?:in|at|on|with|of|for)\s+[^,;:\u2591]{1,60}?)?$`,
  'u',
);

/**
 * A weekday after content that is a noun phrase, not a clause: "confirmed the deaths on Tuesday",
 * "reported the shelling earlier Sunday". A phrase has no day of its own to tell, so the day is
 * the saying's. A clause ("the talks would resume on Tuesday") or an infinitive ("to return on
 * Monday") keeps it.
 */
const NOUN_PHRASE_DAY =
  /\s+(?:(?:on|earlier|late|last)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?$/u;
const CLAUSE_MARK = new RegExp(
  `(?<![\\p{L}])(?:that|whether|if|he|she|they|it|we|I|you|is|are|was|were|am|be|been|has|have|had|will|would|can|could|should|must|may|might|did|does|do|${IRREGULAR_PAST}|agreed|freed|\\p{L}+(?<!e)ed|to\\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\\s)\\p{Ll}+)(?![\\p{L}])`,
  'iu',
);

/** Keep at least this many words of content before a tail. */
const MIN_WORDS = 3;

function words(s: string): number {
  const t = s.trim();
  return t ? t.split(/\s+/).length : 0;
}

function trimEnd(masked: string, start: number, end: number): number {
  while (end > start && /[\s,;:—–-]/.test(masked[end - 1]!)) end--;
  return end;
}

/** Where each content text ends without its tail (its length: no tail): content clauses recur. */
const keptContentEnd = keptPerText(contentEnd);

/** The content without the writer's tail. */
export function withoutContentTail(masked: string, span: Span): Span {
  // A comma left before the next clause ("…, arguing that …") would hide a tail anchored at the end.
  const text = masked.slice(span.start, trimEnd(masked, span.start, span.end));
  const end = keptContentEnd(text);
  return end === text.length ? span : { start: span.start, end: span.start + end };
}

/** Where a content text ends without the writer's tail; the text alone decides it. */
function contentEnd(text: string): number {
  // The next saying's frame goes first, so the writer's tails are read on what is left before it.
  const frame = NEXT_FRAME_TAIL.exec(text);
  const said = frame && words(text.slice(0, frame.index)) >= MIN_WORDS ? frame.index : text.length;
  let cut = said;
  for (const m of allMatches(COMMA_TAIL, text.slice(0, said))) {
    const rest = text.slice(m.index + 1, said);
    if (words(text.slice(0, m.index)) < MIN_WORDS) continue;
    // A relative that tells a saying of its own ("…, which he described as “…”", "…, which is an
    // outcome, he said, “…”") is another attribution: the content ends before it.
    if (m[1] && NESTED_SAYING.test(rest)) {
      cut = m.index;
      break;
    }
    // A quote in the tail is the speaker's words again ("…, whom he called “a con artist”").
    if (rest.includes(MASK)) continue;
    if (m[1] && rest.includes(',')) continue;
    cut = m.index;
    break;
  }
  for (const m of allMatches(DASH_APPOSITIVE, text.slice(0, cut))) {
    const rest = text.slice(m.index + 1, said);
    // One dash: the appositive runs to the end. Two are a parenthesis inside the clause.
    if (
      words(text.slice(0, m.index)) < MIN_WORDS ||
      rest.includes(MASK) ||
      /[—–―]|\s-{1,2}\s/.test(rest.slice(3))
    )
      continue;
    cut = m.index;
    break;
  }
  for (const tail of [
    APPOSITIVE_TAIL,
    CLAUSE_TAIL,
    REACTION_TAIL,
    CONCESSION_TAIL,
    DASH_CONCESSION_TAIL,
    SAYING_CLAUSE_TAIL,
    PAREN_RELATIVE_TAIL,
  ]) {
    const m = tail.exec(text.slice(0, cut));
    if (m && words(text.slice(0, m.index)) >= MIN_WORDS) cut = m.index;
  }
  const likewise = LIKEWISE_TAIL.exec(text.slice(0, cut));
  const before = likewise ? text.slice(0, likewise.index) : '';
  if (likewise && words(before) >= MIN_WORDS && !PERFECT.test(before)) cut = likewise.index;
  const summary = SUMMARY_TAIL.exec(text.slice(0, cut));
  if (summary && words(text.slice(0, summary.index)) >= MIN_WORDS) cut = summary.index;
  // The source's terms are never said, however short the content before them: "confirmed the meeting".
  const anonymity = ANONYMITY_TAIL.exec(text.slice(0, cut));
  if (anonymity && words(text.slice(0, anonymity.index)) >= 1) cut = anonymity.index;
  for (const tail of [SHOW_TAIL, DAY_EVENT_TAIL, SETTING_TAIL]) {
    const m = tail.exec(text.slice(0, cut));
    // The setting of the saying is never said, after however little: "said as much in an interview".
    const least = tail === SETTING_TAIL ? 1 : MIN_WORDS;
    if (m && words(text.slice(0, m.index)) >= least) cut = m.index;
  }
  const day = NOUN_PHRASE_DAY.exec(text.slice(0, cut));
  if (day && !text.includes(MASK)) {
    const phrase = text.slice(0, day.index);
    if (words(phrase) >= 2 && !CLAUSE_MARK.test(phrase)) cut = day.index;
  }
  return cut === text.length ? cut : trimEnd(text, 0, cut);
}

/** "about 120,000 people remain": before a number "about" hedges a count, no topic. */
const PREPOSITION =
  /^(?:in|on|at|during|across|after|before|over|under|near|from|into|onto|inside|outside|throughout|within|via|per|to|for|with|about(?!\s+\d)|against)\s/i;
/** An object pronoun alone, or with only the time after it: "Baku welcomed it the same day". */
const LONE_PRONOUN =
  /^(?:him|her|them|it|us|me|you|this|that|these|those)(?:\s+(?:(?:on|the|that|this|last|later|earlier|same|next|following|\p{Lu}\p{Ll}+day|day|week|month|morning|evening|night|year)(?:\s|$))+)?$/iu;
/** A verb of a clause, as a word: "said", "is", "would", "wants" (a rough test, enough to tell a clause from a bare phrase). */
const FINITE_VERB = new RegExp(
  `(?<![\\p{L}])(?:is|are|was|were|am|has|have|had|will|would|can|could|should|must|may|might|did|does|do|${IRREGULAR_PAST}|\\p{L}+ed|\\p{L}{3,}s)(?![\\p{L}])`,
  'u',
);

/** A channel and a show's title in quotes, and nothing else: "on MSNBC's “Morning Joe.”", "on “Face the Nation”". */
const TITLE_ONLY = /^(?:on|in|at|to|with)\s+(?:\p{Lu}[\p{L}.&-]*(?:['’]s)?\s+){0,3}\u2591+[\s.,]*$/u;
const NOTHING_SAID =
  /^(?:(?:almost|virtually|practically|next\s+to|little\s+or)\s+)?nothing(?:\s+(?:about|on|regarding|of|more|further|else|new|publicly|yet)\b.*)?[\s.,]*$/is;
/**
 * A quantity pronoun as the object, with only a setting after it: "has said little in public",
 * "said much so far". It tells how much was said, not what; "little about how …" names a topic.
 */
const QUANTITY_SAID =
  /^(?:very\s+|so\s+|too\s+)?(?:little|much|less|more|something|anything|a\s+lot|a\s+great\s+deal)(?:\s+(?:in|at|during|since|so|yet|publicly|openly|officially|far|public|private|this|that|last|week|month|year|\p{Lu}\p{Ll}+day))*[\s.,]*$/iu;
const THAT_BEFORE = /(?<![\p{L}])that\s+$/iu;
/** A first and last name alone (a middle initial allowed): "Sam Lau", "Anna K. Berling". */
const NAME_ONLY =
  /^(?!(?:And|But|So|Yes|No|The|That|This|Thank|Good|Happy|Merry)\s)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}\p{Ll}+[.,]?$/u;
export function isNameOnly(text: string): boolean {
  // A name is short: most content is longer than any first and last name.
  return text.length < 48 && NAME_ONLY.test(text.trim());
}
/** A time alone: "reported a few days later", "said two weeks ago". */
const TIME_ONLY =
  /^(?:(?:a|one|two|three|four|five|six|a few|several|some|\d+)\s+(?:days?|weeks?|months?|years?|hours?)\s+(?:later|earlier|ago|before)|(?:later|earlier)\s+(?:that|this)\s+(?:day|week|month|year))[\s.,]*$/iu;

const LONE_ADVERB = /^(?:\p{Ll}+ly|enough|anyway|otherwise|instead|again|too)[\s.,!]*$/u;

const TO_THEN_THIRD_PERSON_VERB = /^to\s+\p{Ll}+[^su\s]s$/u;
const TO_THEN_VERB =
  /^to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\s)\p{Ll}+(?:\s|$)/u;

/**
 * Words a speech verb was wrongly read as introducing, which say nothing: a setting with no clause
 * ("in Paris", "on Twitter on Monday", "during the call") or a lone pronoun ("them"). An
 * infinitive ("to end the war") is content; "to her run of victories" is not.
 */
export function saysNothing(masked: string, span: Span): boolean {
  const text = masked.slice(span.start, span.end).trim();
  if (!text || LONE_PRONOUN.test(text) || TITLE_ONLY.test(text) || TIME_ONLY.test(text)) return true;
  // "According to the network, basically.", "Mexico said enough.": a lone adverb tells how, not what.
  if (LONE_ADVERB.test(text)) return true;
  // "said nothing about the plan", "has so far said nothing": a saying denied; "nothing had changed" is a clause.
  // ("said little about how" stays: annotators read it as a saying about its topic.)
  if (NOTHING_SAID.test(text) || QUANTITY_SAID.test(text)) return true;
  // "Sam Lau, the party's spokesman said in a statement": a person's name alone is who, not what.
  if (isNameOnly(text)) return true;
  // "answered that question with a statement": a "that" before words with no verb in them was a
  // determiner, not the opening of what was said. The verb test is rough and the tagger misreads
  // verbs as nouns ("the blockade amounts to"): a verb either finds keeps the clause.
  if (THAT_BEFORE.test(masked.slice(Math.max(0, span.start - 6), span.start)) && !text.includes(MASK))
    if (!FINITE_VERB.test(text) && !tag(text).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return true;
  // "X reports: http://…": a link alone is where the words are, not the words.
  if (/^https?:\/\/\S+$/.test(text)) return true;
  // "wrote to investors": a plural hearer alone, not an infinitive ("to discuss", "to focus" end in -ss, -us).
  if (TO_THEN_THIRD_PERSON_VERB.test(text)) return true;
  if (PREPOSITION.test(text)) {
    if (TO_THEN_VERB.test(text)) return false;
    return !text.includes(MASK) && !FINITE_VERB.test(text.replace(PREPOSITION, ''));
  }
  return false;
}

/** What names a title rather than introduces speech: "on “This Week”", "told “Fox News Sunday”". */
const BEFORE_TITLE =
  /(?:^|\s)(?:on|in|at|to|with|from|of|told|tells|called|titled|entitled|dubbed|named|book|show|program|programme|film|column|op-ed)\s+(?:\p{Lu}[\p{L}.]*(?:['’]s)?\s+){0,3}$/u;
const TITLE_WORDS = 5;

/**
 * Is a quote after the first one in its sentence the title of a show, book or outlet ("…,” she
 * said on ABC’s “This Week.”), not more of what was said? A short quote right after a
 * preposition or a naming word.
 */
export function quotesATitle(text: string, quote: { open: number; start: number; end: number }): boolean {
  const inner = text.slice(quote.start, quote.end).trim();
  if (!inner || words(inner) > TITLE_WORDS) return false;
  return BEFORE_TITLE.test(text.slice(Math.max(0, quote.open - 60), quote.open));
}

/** Where or how the saying took place, put before it: "In a statement", "Speaking to reporters", "On Tuesday". */
const SETTING_LEAD = new RegExp(
  String.raw`^(?:(?:and|but|also|meanwhile|later|earlier)[,\s]+)?(?:` +
    String.raw`(?:in|during|at|on|via|through|after|before)\s(?:[^,]{0,60}\s)?(?:statement|interview|speech|address|remarks|debate|appearance|conference|briefing|call|meeting|hearing|rally|event|post|tweet|letter|e-?mail|op-ed|memo|message|broadcast|show|program(?:me)?|video|podcast|session|testimony)s?` +
    String.raw`|(?:speaking|writing|asked|responding|answering|addressing|commenting|referring|talking|testifying|interviewed)\b.*` +
    String.raw`|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|earlier|later)(?:\s+(?:morning|afternoon|evening|night|this\s+week))?` +
    String.raw`|(?:last|this|earlier\s+this|later\s+that)\s+(?:week|month|year|night|morning|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$`,
  'iu',
);

/**
 * Is the opening before a parenthetical attribution ("In Miami, he said, …", "In a statement, she
 * said, …") no part of what was said? Only when it is the setting of the saying: where, how or
 * when it was said. Any other opening (a place or time of what is told, a condition, a
 * connective) is the speaker's: "If turnout is low, she said, the levy fails".
 */
export function isSettingOfSaying(lead: string): boolean {
  return SETTING_LEAD.test(lead.trim()) || CONNECTIVE_LEAD.test(lead.trim());
}

/** A connective alone joins the sentence to the one before; it is the writer's: "But, he said, …", "In addition, …". */
const CONNECTIVE_LEAD =
  /^(?:and|but|still|however|yet|so|meanwhile|moreover|furthermore|also|indeed|in addition|in contrast|by contrast|in particular|in the end|in fact|in short|in turn|in other words|at the same time|on the other hand|for example|for instance|of course|instead|then|now|thus|therefore|finally|similarly|likewise|otherwise|nonetheless|nevertheless)$/i;

/**
 * A connective and its comma that open a sentence of reported speech join it to the writer's
 * sentence before: "However, the talks failed, she said" reports "the talks failed". Only at a
 * sentence start: after the verb ("said, on the other hand, …") the connective is the speaker's.
 * Time words ("Now,", "In the end,") are left: they may date what was said.
 */
const OPENING_CONNECTIVE =
  /^(?:however|meanwhile|moreover|furthermore|in addition|additionally|also|still|yet|indeed|in fact|in particular|at the same time|on the other hand|as a result|instead|nonetheless|nevertheless|even so|separately|similarly|likewise|by contrast|in contrast|for example|for instance|after all|in any case|in other words|thus|therefore|and|but|so),\s+(?=\S)/i;
const SENTENCE_START = /(?:^|[.!?]["”’']?\s+|\n\s*)$/;

/**
 * A translated agency's note to its reader opening the sentence ("It should be noted that …, the
 * agency informed", "It is worth noting that …") is the writer's aside, like a connective.
 */
const WRITERS_NOTE =
  /^(?:it\s+(?:should|must)\s+be\s+(?:noted|mentioned|stressed|emphasi[sz]ed)|it\s+is\s+worth\s+(?:noting|mentioning))\s+that\s+(?=\S)/i;

export function withoutOpeningConnective(text: string, span: Span): Span {
  span = withoutItemLabel(text, span);
  const words = text.slice(span.start, span.end);
  const connective = OPENING_CONNECTIVE.exec(words) ?? WRITERS_NOTE.exec(words);
  if (!connective || !SENTENCE_START.test(text.slice(Math.max(0, span.start - 4), span.start))) return span;
  return { start: span.start + connective[0].length, end: span.end };
}

/**
 * A newsletter's or live page's item label in capitals opening a paragraph ("DEATH TOLL: The blast
 * …, officials said", "WHAT TO WATCH: …", "UPDATE 2: …") is the outlet's heading, never the
 * source's words. A cheap test first: most content does not open with two capitals.
 */
const ITEM_LABEL = /^\p{Lu}[\p{Lu}\d'’&-]+(?:\s+[\p{Lu}\d][\p{Lu}\d'’&.-]*){0,5}:\s+(?=\S)/u;
const PARAGRAPH_START = /(?:^|\n)[ \t]*$/;

export function withoutItemLabel(text: string, span: Span): Span {
  const second = text.charCodeAt(span.start + 1);
  if (!(second >= 65 && second <= 90) && !(second > 127)) return span;
  const label = ITEM_LABEL.exec(text.slice(span.start, Math.min(span.end, span.start + 80)));
  if (!label || !PARAGRAPH_START.test(text.slice(Math.max(0, span.start - 8), span.start))) return span;
  return { start: span.start + label[0].length, end: span.end };
}
