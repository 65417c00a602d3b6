import type { Statement } from '../types.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { SAYING_PARTICIPLE_WORDS, wordsExcept } from './lexicon.ts';
import { tag } from './nounPhrase.ts';
import { reportsToll } from './tollReported.ts';

/**
 * Verbs whose complement is never what was said (CONVENTIONS 10): a charge ("accused Baku of
 * …", "blamed the army for …"), a request or a call ("urged the sides to …", "called on Baku to
 * …", "called for restraint", "demanded an apology", "asked the court to …", "asked whether …"), thanks
 * ("thanked Paris for its support").
 * Only a that-clause, a quote set off by a comma or a colon, or the speaker's own words in
 * quotation marks ("called for an “immediate end to hostilities”") report words after them.
 */
const REQUESTING =
  '(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\\s+(?:on|upon|for)|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|appeal(?:s|ed|ing)?\\s+to|thanked)';
/** Verbs that commit to a deed: "pledged to double exports", "promised housing allowances" tell no words. */
const COMMITTING = '(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|threaten(?:s|ed|ing)?)';
/**
 * Verbs that take a thing as well as a clause: "denied the charges", "condemned the shelling",
 * "announced £1 million in aid", "commented on the resolution", "expressed concern over the
 * shelling" name what was reacted to or made known, no words.
 */
const NAMING_A_THING =
  '(?:den(?:y|ies|ied|ying)|condemn(?:s|ed|ing)?|reject(?:s|ed|ing)?|announc(?:e|es|ed|ing)|comment(?:s|ed|ing)?|recall(?:s|ed|ing)?|express(?:es|ed|ing)?)';

/**
 * Verbs of saying with a sense that takes a thing: "the economy added 4,000 jobs", "conceded the
 * race", "declared himself a candidate", "the Senate confirmed a judge", "admitting more students".
 * Their words are a clause, a quote or a colon; an object with no verb of its own is the thing taken.
 */
const TAKING_A_THING =
  '(?:add(?:s|ed|ing)?|conced(?:e|es|ed|ing)|admit(?:s|ted|ting)?|declar(?:e|es|ed|ing)|confirm(?:s|ed|ing)?)';

const LAST_VERB = new RegExp(
  `(?<![\\p{L}-])(?:(${REQUESTING})|(${COMMITTING})|(${NAMING_A_THING}))(?![\\p{L}-])`,
  'giu',
);
/** A plain verb of saying that closes the words before the statement's first word: "… as Lilit |said| …". */
const SAYING_RIGHT_BEFORE =
  /\s(?:said|says|told\s+[^\s,;:]+(?:\s+[^\s,;:]+)?|tells\s+[^\s,;:]+|added|adds|stated|states|explained|explains|recalled|recalls)\s*$/u;
/** What may stand between the verb and the statement's first word: the verb's own object words, no clause opener. */
const OBJECT_WORDS = /^(?:\s+[^\s,;:()—–“”"]+){0,10}?\s*$/u;
const THAT = /(?<![\p{L}])that(?![\p{L}])/iu;
const DEMAND = /^demand/i;
const ASK = /^ask/i;
const WH_OPENER = /^(?:what|how|why|whether|if|when|where|who|which)(?![\p{L}])/iu;
/** Who was asked, set off by commas: a name and its apposition, no clause ("Y, who …, said"). */
const ASKED_APPOSED = /^\s+[^,;:()—–“”"]+(?:,[^,;:()—–“”"]+){1,2},\s*$/u;

/** "asked X, a specialist at …, what comes next": the words after who was asked are a question. */
function asksQuestion(between: string, quoted: string): boolean {
  return (
    WH_OPENER.test(quoted) &&
    ASKED_APPOSED.test(between) &&
    !THAT.test(between) &&
    !JOINED_VERB.test(between) &&
    !SAYING_RIGHT_BEFORE.test(between) &&
    !/\s(?:who|which)\s/iu.test(between)
  );
}
/** "warned (the sides) against escalating" closing the words: a warning with no clause. */
const WARNED_AGAINST =
  /(?<![\p{L}-])(?:warn|warns|warned|warning|cautioned|cautions)\s+(?:(?!that\s)[\p{L}'’-]+\s+){0,4}?against\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]*ing(?:\s+[\p{L}'’-]+){0,6}\s*$/u;
/**
 * "accused Paris of arming Armenia and said France …": a second verb governs what follows it;
 * "called on Armenia and Azerbaijan to …", "urged Russia and its allies to …" join objects.
 */
const JOINED_VERB =
  /\s(?:and|but)\s+(?!(?:the|an?|its|his|her|their|our|other|all|both|several|some|many)\s)\p{Ll}/u;
const QUOTE_MARK_END = /[“"‘]\s*$/u;
/** A double mark right before a statement's first word: its words start inside the quote. */
const OPENED_BY_MARK = /[“"«]\s*$/u;
/** A quotation mark, double or (British) single: an apostrophe in "Baku's" follows a letter. */
const QUOTE_MARK = /[“”"‘]|(?<!\p{L})'(?=\p{L})/u;
/**
 * "condemned the shelling, calling it “a crime …”", "denied the report, saying …": a participle
 * of saying or naming after the thing carries words (CONVENTIONS 9: "called the plan “…”").
 */
const SAYING_AFTER = new RegExp(
  `,\\s+(?:calling|describing|terming|labell?ing|${wordsExcept(SAYING_PARTICIPLE_WORDS)})\\s`,
  'u',
);
/** An infinitive with a verb of its own: "to double", "not to fire"; "to the fighting" is a preposition. */
const INFINITIVE =
  /(?:^|\s)(?:not\s+)?to\s+(?!(?:the|an?|his|her|its|their|this|that|these|those|our|my|your|all|any|some|each|every)(?![\p{L}]))\p{Ll}/u;

/**
 * Does the statement stand where a verb of requesting, committing or reacting takes no clause, so
 * that nothing said is reported? The words the verb governs run from the verb to the end of the
 * statement's quote; the verb is the last such verb in its sentence before the quote, with no
 * comma, colon or "that" between them.
 */
function reportsNoWords(text: string, s: Statement): boolean {
  if (s.kind === 'reported' && phraseOnly(text.slice(s.quote.start, s.quote.end))) return true;
  const from = Math.max(s.context.start, s.quote.start - 240);
  const lead = sentenceTail(text.slice(from, s.quote.start));
  // "which reported 50 of its own servicemen killed": a toll as the verb's object is a figure, no
  // words (CONVENTIONS 10, row AB), on whatever path the saying was read.
  const verbBefore = VERB_RIGHT_BEFORE.exec(lead)?.[1];
  if (s.kind === 'reported' && verbBefore && reportsToll(verbBefore, text.slice(s.quote.start, s.quote.end)))
    return true;
  // "Baku tells a different story": "tell" with only a thing told, a noun phrase with no clause
  // and no quote, reports no words. Dropped here, after the pass, so that its subject stays the
  // last speaker named for a pronoun after it.
  if (
    s.kind === 'reported' &&
    TELL_RIGHT_BEFORE.test(lead) &&
    noClause(text.slice(s.quote.start, s.quote.end))
  )
    return true;
  // "warned outside powers against interfering": a warning against a deed is a call not to do it
  // (CONVENTIONS 10, as "urged them not to"); "warned that …" reports words.
  if (WARNED_AGAINST.test(`${lead}${text.slice(s.quote.start, s.quote.end)}`)) return true;
  if (s.kind === 'reported' && takesThing(lead, text.slice(s.quote.start, s.quote.end))) return true;
  let verb: RegExpExecArray | null = null;
  LAST_VERB.lastIndex = 0;
  for (let m = LAST_VERB.exec(lead); m; m = LAST_VERB.exec(lead)) verb = m;
  if (!verb) return false;
  const afterVerb = lead.slice(verb.index + verb[0].length);
  // "thanked Paris for its “constant support”": thanks report only the quote itself (attribution.ts
  // narrows to it); a wider span ("Tehran for what he called its “…”") is the thing thanked for.
  if (
    /^thanked$/i.test(verb[0]) &&
    !JOINED_VERB.test(afterVerb) &&
    !THAT.test(afterVerb) &&
    !OPENED_BY_MARK.test(text.slice(Math.max(0, s.quote.start - 2), s.quote.start))
  )
    return true;
  // "called for an “immediate end to hostilities”": the quoted words are the speaker's own, verbatim.
  if (QUOTE_MARK.test(afterVerb) || QUOTE_MARK.test(text.slice(s.quote.start, s.quote.end))) return false;
  const between = afterVerb.replace(QUOTE_MARK_END, '');
  if (verb[1] && askedQuestion(verb[0], between, text.slice(s.quote.start, s.quote.end))) return true;
  // "demanded that the road be reopened": a demand's clause is the deed wanted, not words reported
  // (CONVENTIONS 10); only the speaker's own words in quotation marks make it a saying (above).
  if (verb[1] && DEMAND.test(verb[0]) && /^\s*that\s*$/iu.test(between)) return true;
  // "TVP Info asked Dr Olszak, a specialist at the university, what the incident means": who is
  // asked may carry an apposition, commas and all; a question asked is no words reported (CONVENTIONS 11).
  if (verb[1] && ASK.test(verb[0]) && asksQuestion(between, text.slice(s.quote.start, s.quote.end)))
    return true;
  if (!OBJECT_WORDS.test(between) || THAT.test(between) || JOINED_VERB.test(between)) return false;
  // "A nurse who asked to be named only as Lilit said the ward was full": the verb of saying right
  // before the words governs them; the request sits in a relative clause of its subject.
  if (SAYING_RIGHT_BEFORE.test(between)) return false;
  const governed = `${between} ${text.slice(s.quote.start, s.quote.end)}`.replace(/\s+/g, ' ').trim();
  if (/^that(?![\p{L}])/iu.test(governed) || SAYING_AFTER.test(governed)) return false;
  if (verb[1]) return true;
  if (verb[2])
    return INFINITIVE.test(` ${governed.split(/\s+/).slice(0, 2).join(' ')}`) || thingOnly(governed, false);
  if (/^comment/i.test(verb[0])) return /^(?:on|upon)\s/i.test(governed);
  return thingOnly(governed);
}

const TAKING_VERB = new RegExp(`(?<![\\p{L}-])${TAKING_A_THING}(?![\\p{L}-])`, 'giu');

/**
 * "The economy added 4,000 jobs", "…, conceding the race to Clinton": the last verb before the words
 * takes a thing, and all it governs, to the end of the statement, has no verb of its own, no quote
 * and no "that". "added the bridge, closed since May, would reopen" is a clause.
 */
function takesThing(lead: string, quoted: string): boolean {
  let verb: RegExpExecArray | null = null;
  TAKING_VERB.lastIndex = 0;
  for (let m = TAKING_VERB.exec(lead); m; m = TAKING_VERB.exec(lead)) verb = m;
  if (!verb) return false;
  const between = lead.slice(verb.index + verb[0].length);
  if (QUOTE_MARK.test(between) || QUOTE_MARK.test(quoted)) return false;
  if (!OBJECT_WORDS.test(between) || THAT.test(between) || JOINED_VERB.test(between)) return false;
  if (SAYING_RIGHT_BEFORE.test(between)) return false;
  const governed = `${between} ${quoted}`.replace(/\s+/g, ' ').trim();
  // "admitted using the tax code": a gerund opening the object is a fact owned up to, a clause.
  if (/^(?:VERB|AUX)$/.test(tag(governed)[0]?.pos ?? '')) return false;
  return !SAYING_AFTER.test(governed) && noClause(governed);
}

/** The word right before the statement's first word: "reported |". */
const VERB_RIGHT_BEFORE = /(?<![\p{L}])(\p{L}+)\s+$/u;

/** "tells |", "told |": a verb of telling right before the statement's first word, no one told between. */
const TELL_RIGHT_BEFORE = /(?<![\p{L}])(?:tell|tells|told|telling)\s+$/iu;

/** A word that opens an indirect question: "asked him what comes next", "asked whether …". */
const QUESTION_WORD = /^(?:what|whether|if|how|why|when|where|who|whom|whose|which)(?![\p{L}])/iu;
/** The one asked, with any apposition that names them: "Dr Olszak, a specialist at the university,". */
const ASKED_OBJECT = /^(?:\s*,?\s+[^\s;:()—–“”"]+){0,16}?\s*,?\s*$/u;
const SAYING_WORD = /(?<![\p{L}])(?:said|says|say|told|tells|stated|added)(?![\p{L}])/iu;

/**
 * "Business FM asked Sergei Malakhov, a partner at a consultancy, what the end of the war
 * means": "ask" with a question word opens an indirect question, the asker's own, which reports
 * no claim (CONVENTIONS 11), however long the apposition naming the one asked.
 */
function askedQuestion(verb: string, between: string, content: string): boolean {
  return (
    /^ask/i.test(verb) &&
    QUESTION_WORD.test(content.trimStart()) &&
    ASKED_OBJECT.test(between) &&
    !SAYING_WORD.test(between) &&
    !THAT.test(between)
  );
}

const PAST_FORM = new RegExp(`^(?:${IRREGULAR_PAST})$`, 'i');
/** A piece of the sentence that opens a clause of time, contrast or reason. */
const CLAUSE_OPENER = /^(?:after|before|when|while|whereas|since|because|until|once)\s/iu;
/**
 * A preposition that can open a verb's complement: "insists on …", "warned against …", "reported
 * on …"; in lower case, since content that opens a sentence ("On Monday, a missile …, the ministry
 * said") fronts an adverbial before its clause.
 */
const PREPOSITION_FIRST = /^(?:on|upon|against|about|of|for)\s/u;

/**
 * "Baku insists on the opening of the corridor", "Tehran has warned against changes to the
 * borders": reported content that is a prepositional phrase with no clause of its own names a
 * topic, not a proposition. A later piece opening with "while", "after" … starts another clause of
 * the sentence; any piece with a verb before it ("for the first time, the army said …") makes it one.
 */
function phraseOnly(content: string): boolean {
  if (!PREPOSITION_FIRST.test(content)) return false;
  for (const piece of content.split(/[,;:()—–]/)) {
    // What follows "while Yerevan offers …" belongs to that clause, not to the phrase.
    if (CLAUSE_OPENER.test(piece.trimStart())) return true;
    if (piece.trim() && !noClause(piece)) return false;
  }
  return true;
}

/**
 * A phrase with no verb of its own and no quotation: "changes to internationally recognized
 * borders", "the opening of the so-called corridor". "to" before a verb is an infinitive, and a
 * past form after a noun ("the army fired") a clause.
 */
function noClause(phrase: string): boolean {
  if (QUOTE_MARK.test(phrase)) return false;
  const tagged = tag(phrase.trim());
  if (!tagged.length || tagged.length > 30) return false;
  for (let i = 0; i < tagged.length; i++) {
    const t = tagged[i]!;
    const next = tagged[i + 1]?.pos ?? '';
    const before = tagged[i - 1];
    if (t.pos === 'AUX' || (t.pos === 'PART' && (next === 'VERB' || next === 'AUX' || /^not$/i.test(t.word))))
      return false;
    if (t.pos === 'CCONJ' && (next === 'VERB' || next === 'AUX')) return false;
    // "a missile shot down a helicopter": the tagger may miss an irregular past.
    if (PAST_FORM.test(t.word) && !PRENOMINAL.test(before?.pos ?? '')) return false;
    if (
      t.pos === 'VERB' &&
      !/ing$/i.test(t.word) &&
      !(i > 0 && CAPITAL_START.test(t.word)) &&
      !(/(?:ed|en)$/i.test(t.word) && (PRENOMINAL.test(before?.pos ?? '') || before?.word === '-'))
    )
      return false;
  }
  return true;
}

/** The words after the last sentence end: the statement's own sentence. */
function sentenceTail(lead: string): string {
  const end = lead.search(/[.!?]["”’]?\s+(?=[\p{Lu}"“])(?!.*[.!?]["”’]?\s+[\p{Lu}"“])/su);
  return end < 0 ? lead : lead.slice(end + 1);
}

const PRENOMINAL = /^(?:DET|ADJ|ADV|NUM)$/;

/** A word that opens a clause of time, contrast or reason: "after", "while", "because". */
const ADVERBIAL_CLAUSE = /\s(?:after|before|when|while|whereas|since|because|until|once)\s/u;

/**
 * "a video address", "an aid package": a plain verb form right after "a/an" and a noun is the
 * head of a compound noun, since a clause's singular subject would take "-s" or "-ed" ("address"
 * ends in "ss", no "-s").
 */
function aNounNoun(tagged: readonly { word: string; pos: string }[], i: number): boolean {
  return (
    i >= 2 &&
    tagged[i - 1]!.pos === 'NOUN' &&
    /^an?$/i.test(tagged[i - 2]!.word) &&
    !/(?:[^s]s|ed)$/i.test(tagged[i]!.word)
  );
}

const CAPITAL_START = /^\p{Lu}/u;

/**
 * A thing with no verb of its own, up to the first comma or a clause joined by "and": "the charges",
 * "firing on civilians", "£1 million of UK funding to the ICRC and UNHCR". "the road was open" is
 * a clause. With `purposeInThing`, "measures to build trust" is one thing; a promise's infinitive
 * ("promised at a rally to end the program") is what was promised, so promises pass false.
 */
function thingOnly(governed: string, purposeInThing = true): boolean {
  // "announced its support for Baku after clashes broke out": the thing ends where a clause of
  // time, contrast or reason opens; that clause tells when or why, not what was said.
  const phrase = governed
    .split(/[,;:()—–]/)[0]!
    .split(ADVERBIAL_CLAUSE)[0]!
    .trim();
  const tagged = tag(phrase);
  if (!tagged.length || tagged.length > 25) return false;
  for (let i = 0; i < tagged.length; i++) {
    const t = tagged[i]!;
    if (t.pos === 'CCONJ' && /^(?:AUX|VERB)$/.test(tagged[i + 1]?.pos ?? '')) return i > 0;
    // "a set of measures to build trust", "plans to withdraw": an infinitive after a noun tells
    // what the thing is for, inside the thing.
    if (
      purposeInThing &&
      /^to$/i.test(t.word) &&
      tagged[i - 1]?.pos === 'NOUN' &&
      tagged[i + 1]?.pos === 'VERB'
    ) {
      i++;
      continue;
    }
    // "Pakistan's support": a possessive ending is no particle of a verb.
    if (t.pos === 'PART' && /^['’]s$/i.test(t.word)) continue;
    if (t.pos === 'AUX' || t.pos === 'PART') return false;
    // "firing on civilians", "the displaced families", "the Red Cross" (a name inside the phrase);
    // "the army fired" is a clause.
    if (
      t.pos === 'VERB' &&
      !/ing$/i.test(t.word) &&
      !aNounNoun(tagged, i) &&
      !(i > 0 && CAPITAL_START.test(t.word)) &&
      !(/(?:ed|en)$/i.test(t.word) && PRENOMINAL.test(tagged[i - 1]?.pos ?? ''))
    )
      return false;
  }
  return true;
}

/** The statements that report words: acts of requesting, committing or reacting to a thing are none. */
export function withoutWordlessActs(text: string, statements: Statement[]): Statement[] {
  return statements.filter((s) => !reportsNoWords(text, s));
}
