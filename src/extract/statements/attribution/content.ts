import type { Span } from '../../types.ts';
import { afterAddressee } from '../addressee.ts';
import { allMatches } from '../allMatches.ts';
import { withoutContentTail } from '../contentTail.ts';
import { pastAsideBeforeThat } from '../interpolation.ts';
import { IRREGULAR_PAST } from '../irregularPast.ts';
import { AUDIENCE, CONTENT_OPENER, SAYING_PARTICIPLE_WORDS, wordsExcept } from '../lexicon.ts';
import { MASK } from '../mask.ts';
import { tag } from '../nounPhrase.ts';
import { settingBeforeThat } from '../settingBeforeThat.ts';
import { pastSettingOfSaying } from '../settingOfSaying.ts';
import { speakersNextAct } from '../speakersNextAct.ts';
import { TIME_AFTER_VERB } from './subject.ts';
import { trimSpan, wordCount } from './tail.ts';

/**
 * Where it was posted, right after the verb and before the content's subject: "said on Facebook
 * the decision …", "wrote on Telegram that …" is left to "that"; a subject must follow.
 */
const MEDIUM_AFTER_VERB =
  /^,?\s+(?:on|in)\s+(?:Facebook|Twitter|X|Telegram|Instagram|YouTube|social\s+media)(?=\s+(?:he|she|they|it|we|the|his|her|their|its|this|\p{Lu}[\p{L}'’-]*\s+\p{Ll}))/u;

/** A source named after the content: "…, reported by Sputnik Armenia", "…, writes Kommersant", "…, TASS reported". */
const SOURCE_TAIL =
  /,\s+(?:(?:as\s+)?(?:reported|cited|quoted)\s+by|according\s+to|writes|wrote|reports|reported)\s+[^,;\u2591]{1,60}$|,\s+\p{Lu}[^,;\u2591]{0,40}\s+(?:reported|reports|writes|wrote)$/u;

export function withoutSourceTail(masked: string, span: Span): Span {
  const tail = SOURCE_TAIL.exec(masked.slice(span.start, span.end));
  return tail ? trimSpan(masked, span.start, span.start + tail.index) : span;
}

export const SAYING =
  '(?:said|says|stated|states|added|adds|told|tells|noted|notes|argued|argues|insisted|insists|stressed|stresses|warned|warns|suggested|suggests|claimed|claims|acknowledged|acknowledges)';
/**
 * A saying denied or refused: "did not say", "would not elaborate", "declined to comment". Giving
 * out facts ("declined to provide a list", "would not offer details") is refused in words too, but
 * "could not provide" may be the clause's own subject unable to, so those verbs need a refusal.
 */
const REFUSED_SAYING =
  "(?:(?:(?:did|would|could|will|does)(?:\\s+not|n['’]t)|won['’]t|declined\\s+to|refused\\s+to)\\s+(?:say|comment|elaborate|specify|explain|disclose|discuss|detail|identify|name)|" +
  "(?:(?:did|would)(?:\\s+not|n['’]t)|declined\\s+to|refused\\s+to)\\s+(?:provide|offer|reveal|share|suggest|confirm|divulge|describe|apologi[sz]e))\\b";
/**
 * Acts of the speaker joined after the content: "… and called on Sanders to …", "… and accused him
 * of …", "…, but cautioned that …". Verbs that tell how a speaker weighed something in words; a
 * verb that also tells a deed of the clause's subject ("refused to", "declined to") is left out.
 */
const OTHER_ACT =
  '(?:accused|critici[sz]ed|urged|praised|announced|denied|pledged|promised|vowed|called|cautioned|conceded|' +
  'agreed|defended|rejected|lamented|blamed|questioned|implied|expressed|voiced|welcomed|condemned|admitted|' +
  'reiterated|emphasi[sz]ed|explained|mocked|touted|hailed|countered|hinted|predicted|thanked|' +
  'apologi[sz]ed|repeated|disputed|took\\s+issue)';
/** "…, adding that …", "noting …": a second verb of saying at the start of the content. */
export const SECOND_PARTICIPLE_AT_START = new RegExp(
  `^${wordsExcept(SAYING_PARTICIPLE_WORDS)}\\b(?:\\s+that\\b)?[,:]?\\s*`,
  'i',
);

/**
 * A second attribution after the content ends it: "…, adding that …", "… and said …", "…, but
 * six in 10 said …", "… while Sanders suggests …". What follows is another saying, not this one.
 */
const NEXT_SAYING = new RegExp(
  `(?:,\\s+${wordsExcept(SAYING_PARTICIPLE_WORDS)}\\b|` +
    `(?:,\\s*|\\s+)(?:and|but)\\s+(?:(?:has|have|had|also|later|then|again)\\s+)*${SAYING}\\b|` +
    // "has criticized the president … and called him …": after a perfect, "and" with a bare participle
    // may join the clause's own; "and had promised" opens an act of its own.
    `(?:,\\s*|\\s+)(?:but|and(?=\\s+(?:has|have|had)\\s)|and(?<!\\b(?:has|have|had)\\s[^,;]*and))\\s+(?:(?:has|have|had|also|later|then|again)\\s+)*${OTHER_ACT}\\b|` +
    `(?:,\\s*(?:and|but|while)|\\s+(?:while|but))\\s+(?:\\p{Lu}[\\p{L}.'’-]*|(?:the|a|an|six|some|many|most|others?)\\b)(?:\\s+[\\p{L}\\p{N}.'’-]+){0,5}?\\s+${SAYING}\\b|` +
    `,\\s*(?:even\\s+)?(?:though|although)\\s+(?:he|she|they|it|we|\\p{Lu}[\\p{L}.'’-]*(?:\\s+[\\p{L}\\p{N}.'’-]+){0,4}?)\\s+(?:(?:also|again|later|still)\\s+)?${SAYING}\\b)`,
  'u',
);

/** "…, but he did not say when", "… and declined to comment": a refusal after the content ends it. */
const NEXT_REFUSAL = new RegExp(
  `(?:,\\s*|\\s+)(?:and|but)\\s+(?:(?:\\p{Lu}[\\p{L}.'’-]*|he|she|they|it|we|(?:the|a|an)\\s+\\p{L}+)(?:\\s+[\\p{L}.'’-]+){0,3}?\\s+)?${REFUSED_SAYING}`,
  'u',
);

export function beforeNextSaying(masked: string, span: Span): Span {
  const text = masked.slice(span.start, span.end);
  const found = NEXT_SAYING.exec(text);
  // "Blinken had spoken with Aliyev and told him that …": the caller's words go on (see secondSaying).
  const next = found && calledThenTold(text, found.index) ? null : found;
  // A refusal holds "not", "n't", "won't", "declined" or "refused": most content holds none of them.
  const refusal =
    text.includes('n') && /not|n['’]t|declined|refused/.test(text) ? NEXT_REFUSAL.exec(text) : null;
  const at = Math.min(next?.index ?? Infinity, refusal?.index ?? Infinity);
  return at > 0 && at !== Infinity ? trimSpan(masked, span.start, span.start + at) : span;
}

/** A reported clause up to where it stops being what was said: a source, another saying, the writer's tail. */
export function reportedContent(masked: string, span: Span, verb?: string): Span {
  const content = beforeMainClause(
    masked,
    withoutContentTail(masked, beforeNextSaying(masked, withoutSourceTail(masked, span))),
  );
  if (!verb) return content;
  const act = speakersNextAct(masked.slice(content.start, content.end), verb);
  // With the speaker's next act cut off ("…, arguing that …"), the saying's setting may now end
  // what is left: "said as much in an interview on Thursday, arguing …".
  return act === null
    ? content
    : withoutContentTail(masked, trimSpan(masked, content.start, content.start + act));
}

/**
 * A sentence that opens with a subordinate clause holding the saying: "While the mayor said …,",
 * "Although she admits …", "Years after he claimed …", "Now that he has said …". Only
 * subordinators that are no prepositions ("After the vote he said" opens no clause), unless a
 * lapse of time stands before them; "as" and "if" are left ("As he said, …" puts the content last).
 */
const SUBORDINATE_SAYING_OPENING = new RegExp(
  String.raw`^(?:(?:and|but|yet|so|however|still|after all)\s*,?\s+)?` +
    String.raw`(?:while|when|whenever|although|though|even though|even as|just as|now that|once|because|whereas|` +
    String.raw`(?:(?:only|just|some|about|a few|several|two|three|four|five|six|\d{1,3}|a|an)\s+)?(?:minutes|hours|days|weeks|months|years|decades|a day|a week|a month|a year)\s+(?:after|before|since))` +
    String.raw`\s+[^,;:()░—–]*$`,
  'iu',
);

const SENTENCE_BREAK = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})|\n/gu;

/** Where a sentence starts before `at`: after a stop and spaces, or a line break. */
function sentenceStartBefore(masked: string, at: number): number {
  const from = Math.max(0, at - 600);
  let start = from;
  for (const m of allMatches(SENTENCE_BREAK, masked.slice(from, at))) start = from + m.index + m[0].length;
  return start;
}

/**
 * The main clause after a comma (or a quote that closes it), with its own subject and verb:
 * ", the GOP nominee had …", "” he claimed …", ", U.S. forces bombed …".
 */
const MAIN_CLAUSE_AFTER = new RegExp(
  String.raw`^\s+(?:he|she|they|we|I|it|that|there|others|\p{Ll}{3,}s|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*|` +
    String.raw`(?:the|his|her|its|their|many|some|most)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+` +
    String.raw`(?:(?:also|still|only|then|actually|notably|never|quickly|later)\s+)?` +
    String.raw`(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do|${IRREGULAR_PAST}|\p{Ll}{2,}ed|\p{Ll}{3,}s)(?![\p{L}'’-])`,
  'u',
);

/**
 * "Although he admitted the two had met, he denied …": when the saying sits in a subordinate
 * clause that opens the sentence, what was said ends where the main clause begins. That is the
 * last comma (or closing quote) before a subject and its verb; a content with none keeps its end.
 */
function beforeMainClause(masked: string, content: Span): Span {
  const start = sentenceStartBefore(masked, content.start);
  if (!SUBORDINATE_SAYING_OPENING.test(masked.slice(start, content.start))) return content;
  const text = masked.slice(content.start, content.end);
  let cut = -1;
  for (const m of allMatches(/,|\u2591(?=\s)/gu, text)) {
    const at = m[0] === ',' ? m.index : m.index + 1;
    if (wordCount(text.slice(0, at)) < 3) continue;
    if (MAIN_CLAUSE_AFTER.test(text.slice(at + (m[0] === ',' ? 1 : 0)))) cut = at;
  }
  return cut < 0 ? content : trimSpan(masked, content.start, content.start + cut);
}

/** Connectives shaped like a setting, which belong to what was said: "on the other hand, “…”". */
const DISCOURSE_CONNECTIVE =
  /^[\s,]*(?:on the other hand|in fact|in turn|in addition|at the same time|at least|in other words|for example|for instance|by contrast|in contrast|in short|in particular|after all|with that|on the contrary|in any case)\b/i;

/** Verbs whose object is who was addressed, which may stand before "that": "promised voters that". */
const ADDRESSES_SOMEONE =
  /(?:^|\s)(?:tell|tells|told|telling|warn\w*|assur\w*|inform\w*|remind\w*|promis\w*|convinc\w*|persuad\w*|notif\w*|advis\w*|alert\w*|caution\w*|show|shows|showed|shown|showing|teach\w*|taught)$/i;

/** "warned farmers to avoid fields that …": what someone is urged to do is what was said, "that" and all. */
const INFINITIVE_INSIDE =
  /\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|these|those|me|him|us|them|you|it)\s)\p{Ll}+\s/u;

const TOLD_VERB = /(?:^|\s)(?:tell|tells|told)$/i;
/** The press as who was told, then no "that", opener or pronoun of a clause (those read as ever). */
const TOLD_THE_PRESS =
  /^\s+(?:reporters|journalists)(?=\s+(?!(?:that|how|why|what|whether|if|when|where|who|he|she|they|we|I|it|there|about|on|in|at|after|during|before|by|via|over|late|earlier|this|last|\p{Lu}\p{Ll}+day)\b)[\p{L}\u2591\d])/u;

/** Where the content of a speech verb begins: past "that", ":", an audience ("told reporters"), time phrases. */
/**
 * A finite verb right after "that": "that" was the subject ("that is not enough", "that would be a
 * mistake", "that depended on …"). A past form in -ed is a verb only with a preposition or an object
 * after it: "that armed men …", "that displaced families …" are adjectives of the clause's subject.
 */
const THAT_AS_SUBJECT =
  /^(?:(?:is|was|would|will|could|should|must|might|may|has|had|does|did|seems|means|remains)\s|\p{Ll}{3,}ed\s+(?:on|upon|to|in|at|for|with|from|the|a|an|his|her|its|their|him|them|us|me)\s)/u;

const THAT_AFTER_SHORT_PHRASE = /^(?:[^,.;:"“‘'\u2591]|(?<=\p{L})'(?=\p{L})){0,60}?\bthat\b/iu;
/**
 * A clause of time between the verb and "that": a subordinator, a subject (a pronoun, "the" and a
 * noun, a name) and a verb with a few words after it ("before he flew home that", "after the talks
 * ended that"), or a participle alone ("when asked that").
 */
const TIME_CLAUSE_BEFORE_THAT =
  /^\s*(?:(?:shortly|just|soon|long|right)\s+)?(?:(?:before|after|as|when|while|once|until)\s+(?:he|she|they|we|I|the\s+\p{Ll}+|\p{Lu}\p{Ll}+)\s+\p{Ll}+(?:\s+[\p{L}-]+){0,3}|(?:when|once|if)\s+asked(?:\s+about\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2})?)\s+that$/u;
const FINITE_CLAUSE_WORD =
  /\b(?:he|she|they|it|we|I|is|are|was|were|will|would|could|should|has|have|had|\p{Ll}+ed)\b/u;
const TO_THEN_VERB =
  /^\s*to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|these|those|me|him|us|them|you|it|one|each|all|both|every)\s)\p{Ll}+(?<![^su]s)\s/u;
const THAT_AFTER_LONG_PHRASE =
  /^\s*(?:(?:in|on|at|during|after|before|to|per|without|via|through|from|with)\s)?(?:[^.;:"“‘'\u2591]|(?<=\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec))\.(?=\s\d)|(?<=\p{L})'(?=\p{L})|(?<=['’]s\s)\u2591{1,40}(?=\s)){0,160}?\bthat\b/iu;

/**
 * "wrote to world leaders last week that …": "to" before a noun is a preposition (an addressee), though
 * the noun could be read as a verb; the tagger reads it in its phrase. A few words are enough.
 */
function toIsPreposition(after: string): boolean {
  const words = after.trimStart().split(/\s+/, 5).join(' ');
  return tag(words)[0]?.pos === 'ADP';
}

/**
 * "described the deal as the beginning of "a new era"": the words before the quote are the
 * writer's naming of it, no clause, so what the speaker said starts at the quote (CONVENTIONS
 * row AA); "as proof that the sides could "…"" has a clause of its own, which starts it.
 */
function appraisalQuote(masked: string, after: number, end: number): number {
  const quote = masked.indexOf(MASK, after);
  if (quote <= after || quote >= end) return after;
  const before = masked.slice(after, quote);
  if (/[,;]/.test(before)) return after;
  const that = /\bthat\s+/i.exec(before);
  if (that) return after + that.index + that[0].length;
  return tag(before.trim()).some((t) => t.pos === 'VERB' || t.pos === 'AUX') ? after : quote;
}

export function contentStart(masked: string, verbEnd: number, verb: string, end: number): number {
  // "told reporters the “acute phase” was over": the press is told no thing, so what follows it is
  // read as after "said", its subject any noun phrase.
  const press = TOLD_VERB.test(verb) ? TOLD_THE_PRESS.exec(masked.slice(verbEnd, end)) : null;
  const addressed = press ? null : afterAddressee(masked, verbEnd, verb, end);
  if (addressed !== null)
    return addressed + (CONTENT_OPENER.exec(masked.slice(addressed, end))?.[0].length ?? 0);
  let at = verbEnd + (press?.[0].length ?? 0);
  if (!press && /(?:^|\s)(?:tell|tells|told|telling)$/i.test(verb)) {
    const audience = AUDIENCE.exec(masked.slice(at, end));
    if (audience) at += audience[0].length;
  }
  // "described the strike as “a deliberate attack”": what is described is no content; what it is called is.
  if (/(?:^|\s)(?:describe|describes|described|describing)$/i.test(verb)) {
    // "described Aliyev's decision as “…”": a possessive's apostrophe is no quote mark.
    const object = /^\s*(?:[^,.;:"“‘'\u2591]|(?<=\w)'(?=s\s)){1,60}?\sas\s+/i.exec(masked.slice(at, end));
    // "described the journey as they crossed": "as" opens a time clause there, and nothing is called anything.
    if (object && /^(?:he|she|they|we|I|it)\s/.test(masked.slice(at + object[0].length, end))) return end;
    // "described the move as a goodwill gesture": a name given with no quote is the writer's words (CONVENTIONS 10).
    if (object && !masked.slice(at + object[0].length, end).includes(MASK)) return end;
    if (object && wordCount(object[0]) <= 8) return appraisalQuote(masked, at + object[0].length, end);
    // "described days without food": with no "as" and no quote, what is described is a topic, no words.
    if (!object && !masked.slice(at, end).includes(MASK)) return end;
  }
  // "said Tuesday his actions …", "said on Friday he met …": when the content is said, not the time.
  // After "mentioned that", "informed me that" the time is the content's own.
  // "said later on Wednesday they …", "said on Facebook the decision …": a second setting may follow the first.
  for (let i = 0; i < 2 && !/\bthat$/i.test(verb); i++) {
    const time = TIME_AFTER_VERB.exec(masked.slice(at, end)) ?? MEDIUM_AFTER_VERB.exec(masked.slice(at, end));
    if (!time) break;
    at += time[0].length;
  }
  at = pastSettingOfSaying(masked, at, end);
  at = pastAsideBeforeThat(masked, at, end);
  // "said on Wednesday morning that …", "told a briefing on Friday that …": skip to "that".
  // Both readings up to "that" below need one: most content has none, and they are costly to fail.
  const holdsThat = /that/i.test(masked.slice(at, end));
  const upToThat = holdsThat ? THAT_AFTER_SHORT_PHRASE.exec(masked.slice(at, end)) : null;
  // "said before he flew home that …", "said when asked that …": a clause of time opened by its
  // subordinator sets the saying, as "on Friday" does; its own verb is no clause of the content.
  const timeClause = upToThat !== null && TIME_CLAUSE_BEFORE_THAT.test(upToThat[0]);
  // Not past a clause of the content's own ("say she is likely to argue that …").
  const ownClause = upToThat && !timeClause && FINITE_CLAUSE_WORD.test(upToThat[0]);
  // "to reporters", "to the crowd" set the saying; "to fight the ruling that …" is what was said.
  const infinitive = TO_THEN_VERB.test(masked.slice(at, end)) && !toIsPreposition(masked.slice(at, end));
  // "said there needs to be a rule that …": only a setting of the saying stands before its "that".
  const setsSaying =
    upToThat &&
    (timeClause ||
      (ADDRESSES_SOMEONE.test(verb) ? !INFINITIVE_INSIDE.test(upToThat[0]) : settingBeforeThat(upToThat[0])));
  // "say that is not enough": a bare "that" before a finite verb is the content's subject.
  const thatSubject =
    upToThat &&
    /^\s*that$/i.test(upToThat[0]) &&
    THAT_AS_SUBJECT.test(masked.slice(at + upToThat[0].length, end).trimStart());
  if (thatSubject) at += upToThat[0].length - 4;
  else if (!infinitive && upToThat && wordCount(upToThat[0]) <= 8 && !ownClause && setsSaying)
    at += upToThat[0].length;
  else if (!infinitive && (!upToThat || setsSaying)) {
    // "told a rally in Goris, Syunik province, on Monday that …", "said in an interview with the AP last
    // week that …": an audience or a setting, commas and all, before "that".
    const setting = holdsThat ? THAT_AFTER_LONG_PHRASE.exec(masked.slice(at, end)) : null;
    // "say at least 170 people died, and that …": a count and a second "that" are content, no setting.
    const opensSetting =
      setting &&
      !/^\s*at\s+(?:least|most)\s|,\s*(?:and|but)\s+that$/i.test(setting[0]) &&
      // "said on Monday, after talks with …, that …": the setting may stand set off by commas.
      (/^[\s,]*(?:in|on|at|during|after|before|to|per|without|via|through|from|with)\s/i.test(setting[0]) ||
        /(?:^|\s)(?:tell|tells|told|telling)$/i.test(verb));
    const clause =
      setting &&
      /\b(?:he|she|they|it|we|I|is|are|was|were|will|would|could|should|has|have|had|said|says|calling|telling|saying|because)\b/.test(
        setting[0],
      );
    if (setting && opensSetting && !clause && wordCount(setting[0]) <= 20) at += setting[0].length;
  }
  // "said on Twitter on Monday, “…”", "said, per a translator, “…”": a setting before a quote is no content.
  const settingBeforeQuote =
    /^[\s,]*(?:in|on|at|during|per|via|through|from|with|before|after)\s[^\u2591.;]{0,140}?[,:]\s*(?=\u2591)/i.exec(
      masked.slice(at, end),
    );
  // Not after "that": "said that in 2009, “…”" sets the content's own time.
  if (
    settingBeforeQuote &&
    !/\bthat\b/i.test(masked.slice(verbEnd, at)) &&
    !DISCOURSE_CONNECTIVE.test(settingBeforeQuote[0]) &&
    !/\b(?:he|she|they|it|we|I|is|are|was|were|will|would|has|have|had|said|says|that)\b/.test(
      settingBeforeQuote[0],
    )
  )
    at += settingBeforeQuote[0].length;
  // "said in a statement: …", "put it this way: …": a short frame before a colon is no content.
  const upToColon = /^[^,.;"“‘'\u2591]{0,60}?:\s/.exec(masked.slice(at, end));
  if (upToColon && wordCount(upToColon[0]) <= 6) at += upToColon[0].length;
  const opener = CONTENT_OPENER.exec(masked.slice(at, end));
  // "say that is not enough": "that" before a finite verb is the clause's subject, not its opener.
  const subjectThat =
    opener && /\bthat\s*$/i.test(opener[0]) && THAT_AS_SUBJECT.test(masked.slice(at + opener[0].length, end));
  if (opener)
    at += subjectThat ? opener[0].length - /that\s*$/i.exec(opener[0])![0].length : opener[0].length;
  // "…, adding that …", "noting …": the content of a second verb of saying starts past it.
  const participle = SECOND_PARTICIPLE_AT_START.exec(masked.slice(at, end));
  if (participle) at += participle[0].length;
  return at;
}

/** A post named bare as a clause's subject: "the minister", "the head of state". */
const BARE_POST_SUBJECT = String.raw`(?:[Tt]he\s+(?:prime\s+minister|foreign\s+minister|minister|president|premier|head\s+of\s+state|secretary))`;

/** A call told in the pluperfect of a clause's own subject: "Blinken had spoken with Aliyev". */
const CALL_THEN_TOLD = new RegExp(
  String.raw`(?:\p{Lu}[\p{L}.'’-]*|${BARE_POST_SUBJECT})\s+had\s+(?:spoken|talked|held\s+(?:talks|(?:a\s+)?(?:phone|telephone)\s+(?:call|talks|conversation)))\s+(?:by\s+(?:phone|telephone)\s+)?(?:with|to)\s`,
  'u',
);

/**
 * "… said the prime minister had thanked Michel and stressed that …", "… said Secretary of State
 * Antony Blinken had called Aliyev and told him that …": a relayed clause opening with
 * its own subject and a pluperfect, its second verb joined by a bare "and" (no comma, no subject of
 * its own), goes on under that subject and its "had"; the relayer's "said" lies beyond it.
 */
const PLUPERFECT_SUBJECT = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*){0,5}|${BARE_POST_SUBJECT})\s+had\s+(?:\p{Ll}+ly\s+)?\p{Ll}+[^,;:.!?\u2591]*$`,
  'u',
);
const BARE_AND = /^\s+and\s+(?:(?:also|then|later)\s+)?\p{Ll}/u;

/** " and told him", " and assured her": the one spoken with, told. */
const TOLD_HIM = /^\s+and\s+(?:told|assured|informed)\s+(?:him|her|them)\s/u;

export function calledThenTold(words: string, at: number): boolean {
  if (BARE_AND.test(words.slice(at)) && PLUPERFECT_SUBJECT.test(words.slice(0, at))) return true;
  return TOLD_HIM.test(words.slice(at)) && CALL_THEN_TOLD.test(words.slice(0, at));
}
