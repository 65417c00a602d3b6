import type { Span } from '../../types.ts';
import { isSettingOfSaying, saysNothing, withoutContentTail } from '../contentTail.ts';
import {
  AND_SAYING_THAT,
  COMMUNICATION_VERB,
  DOCUMENT_NOUN,
  DOCUMENT_ONLY_VERBS,
  FINITE_VERB,
  PARTICIPLE_AFTER_QUOTE,
  PARTICIPLE_ATTRIBUTION,
  PARTICIPLE_OF_SAYING,
  passiveBefore,
  RELATIVE_SEGMENT,
  SAYING_PARTICIPLE_WORDS,
  THINKING_THAT,
  wordsExcept,
} from '../lexicon.ts';
import { MASK } from '../mask.ts';
import { isNounPhrase, tag } from '../nounPhrase.ts';
import { reportsToll } from '../tollReported.ts';
import { ADJUNCT_AFTER_SAYING } from '../writersAddition.ts';
import {
  beforeNextSaying,
  calledThenTold,
  contentStart,
  reportedContent,
  SAYING,
  withoutSourceTail,
} from './content.ts';
import {
  isAdverbial,
  opensWithParticiple,
  participleSubject,
  RELATIVE_BEFORE_SUBJECT,
  SUBORDINATOR_BEFORE_NAME,
  SUBORDINATOR_BEFORE_PRONOUN,
  segments,
  subjectBefore,
  subordinatorBeforeNounPhrase,
} from './subject.ts';
import {
  ANONYMITY,
  type Attribution,
  clauseAfterVerb,
  deniedBefore,
  type Found,
  lastWords,
  matchesIn,
  nounBefore,
  pluralNounBeforeVerb,
  SETTING_ONLY,
  speechVerbs,
  speechVerbsBeforeQuote,
  statementSetting,
  trimSpan,
  wordCount,
} from './tail.ts';
import {
  ADDRESSED_ABOUT_TOPIC,
  ADDRESSING,
  AFTER_VERB_NOT_CONTENT,
  AUXILIARY,
  CALL_FOR_A_THING,
  CLAIMED_LIVES,
  CLAIMED_THING,
  CONDEMNING,
  condemnedThing,
  DENIED,
  deniedClause,
  IN_WHAT,
  nameInApposition,
  namesAct,
  PREDICATE_OPENING,
  parentheticalLead,
  RELATIVE_THEN_SUBJECT,
  THING_VERB,
  TOLD,
  TOPIC_BEFORE_QUOTE,
  WRITERS_NOTE_AFTER_ATTRIBUTION,
} from './trailing.ts';

const HYPHENATED_WORD = /\p{L}+(?:-\p{L}+)+/gu;

/** A short noun phrase opened by a determiner, ending the sentence: "the agreement", "its own losses". */
function thingOnly(opening: string): boolean {
  const words = opening.trim().replace(/[.!?]$/, '');
  if (wordCount(words) > 6 || AUXILIARY.test(words) || /[,;:]/.test(words)) return false;
  if (POINTING_OBJECT.test(words)) return true;
  if (!/^(?:the|its|their|his|her|this|that|these|those)\s/i.test(words)) return false;
  return isNounPhrase(words);
}

/**
 * "Peskov confirmed this to journalists", "reported it on Tuesday": a pronoun object points back to
 * what was confirmed; whom it was told to or when adds no words of the speaker's own.
 */
const POINTING_OBJECT =
  /^(?:this|that|it|these|those)(?:\s+(?:to|in|on|at|during|after)\s+(?:the\s+|a\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?$/iu;

/**
 * An interrogative word opening a verb's complement: an indirect question ("how she spent …",
 * "what is at stake"), no reported words. "what" with a second verb of its own opens a subject
 * ("said what was happening was a crime"), and its clause was said.
 */
function indirectQuestion(opening: string): boolean {
  if (/^(?:how|why|whether|where|when|who)\s/i.test(opening)) return true;
  return /^what\s+(?:is|was|are|were)\s/i.test(opening) && (opening.match(AUXILIARIES) ?? []).length === 1;
}
const AUXILIARIES =
  /(?<!\p{L})(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might)(?!\p{L})/gu;

/** Verbs of saying whose bare object is as often a thing: "recalled its envoy", "explained the choice". */
const OBJECT_VERB = /^(?:recall(?:s|ed)?|explain(?:s|ed)?)$/i;

/**
 * Verbs of writing and publishing, which take a thing written as readily as words: "wrote a
 * letter", "posted a video", "citing the ministry's report". Only these: for "said" or "told" the
 * tagger's noun phrase is too often a clause it misread.
 */
const PLAIN_OBJECT_VERB =
  /^(?:writ(?:e|es|ing)|wrote|written|tweet(?:s|ed|ing)?|post(?:s|ed|ing)?|announc(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|add(?:s|ed|ing)?|publish(?:es|ed|ing)?|shar(?:e|es|ed|ing)|issu(?:e|es|ed|ing)|releas(?:e|es|ed|ing))$/i;

/** A short noun phrase ending the sentence, with or without a determiner: "large losses", "the village". */
function claimedObject(opening: string): boolean {
  const words = opening.trim().replace(/[.!?]$/, '');
  if (wordCount(words) > 6 || AUXILIARY.test(words) || /[,;:]/.test(words)) return false;
  return isNounPhrase(words);
}

/**
 * A thing written, posted or cited: a noun phrase opened by a determiner, nothing else. The tagger
 * misreads a hyphened word ("op-ed" as "op", "-", "ed" with "ed" a verb), so it reads as a plain
 * noun here; a clause stays a clause ("the cease-fire collapsed").
 */
/** Verbs of writing alone: "wrote", "writes", "penned". */
const WRITE_VERB = /^(?:writ(?:e|es|ing)|wrote|written|pen(?:s|ned|ning)?)$/i;

/** A piece one writes, opened by "a"/"an": "a letter", "a long, two-page letter", "an essay", "a $20 check". */
const PIECE_WRITTEN =
  /^\s*(?:a|an)\s+(?:[^\s.;:]+\s+){0,3}?(?:letter|check|cheque|dissent|commentary|op-ed|column|memo|essay|editorial|book|petition)s?(?![\p{L}-])/iu;

function thingWritten(opening: string): boolean {
  return objectOnly(opening.replace(HYPHENATED_WORD, 'thing'));
}

/** A noun phrase opened by a determiner and nothing else: no clause, quote or second sentence in it. */
function objectOnly(opening: string): boolean {
  const words = opening.trim().replace(/[.!?]$/, '');
  if (AUXILIARY.test(words) || /[;:]/.test(words)) return false;
  if (!/^(?:the|its|their|his|her|this|that|these|those|an?)\s/i.test(words)) return false;
  return isNounPhrase(words);
}

/** Verbs of answering: their "to" names what was answered ("responded to the charge"). */
const ANSWERING = /^(?:respond(?:s|ed)?|repl(?:y|ies|ied)|react(?:s|ed)?)$/i;
/**
 * A quote among the first words after the verb is what was expressed ("voiced its "grave concern"");
 * a scare quote deep in the topic ("concern over the so-called "corridor"") is not.
 */
const QUOTE_OPENS = /^\s*(?:[^\s\u2591]+\s+){0,3}[^\s\u2591]{0,2}\u2591/u;
const STANCE_VERB =
  /^(?:express(?:es|ed)?|voice[sd]|highlight(?:s|ed)?|underscore[sd]?|underline[sd]?|welcome[sd]?)$/i;

/** A short noun phrase with no clause or quote in it: "restraint", "calm", "his resignation". */
function calledThing(opening: string): boolean {
  if (wordCount(opening) > 4 || opening.includes(MASK)) return false;
  if (!/\s/.test(opening.trim())) return /^(?:NOUN|ADJ)$/.test(tag(opening.trim())[0]?.pos ?? '');
  return isNounPhrase(opening);
}

/** Verbs that may stand before their subject inside a sentence: "…, said Ana Ruiz, is …", "…, say experts, …". */
const INVERTED_INSIDE_VERBS = '(?:said|says|say|added|adds|noted|notes|wrote|writes|argued|argues|argue)';
const INVERTED_INSIDE = new RegExp(`^${INVERTED_INSIDE_VERBS}$`);

/** What follows an inverted attribution when the sentence goes on: its verb ("is the ground itself"). */
const CLAUSE_GOES_ON =
  /^(?:is|are|was|were|will|would|could|can|may|might|should|must|has|have|had|remains?|remained|seems?|seemed|does|do|did)\s/;

const DETERMINER_OR_LOWER_CASE_WORD_START = /^(?:an?|the|his|her|its|their|\p{Ll}+)\s/u;

/**
 * "The contrast with Trump, said Doyle, would be clear", "Part of the problem, say experts like
 * Paul Bauman, a geophysicist, is the ground itself": a verb of saying right after a comma, then
 * its subject, then the sentence's own verb. The words before the comma are the sentence's
 * subject, never the speaker; the speaker stands after the verb, and both pieces are what was said.
 */
function invertedInside(masked: string, from: number, verb: Found, to: number): Attribution | null {
  if (!INVERTED_INSIDE.test(verb[0])) return null;
  const before = masked.slice(from, verb.index);
  if (!/\S\s*,\s*$/.test(before) || before.includes(MASK)) return null;
  const verbEnd = verb.index + verb[0].length;
  const parts = segments(masked, verbEnd, to);
  const np = parts[0];
  if (!np?.text || wordCount(np.text) > 10 || parts.length < 2) return null;
  if (clauseAfterVerb(np.text) || /\d$/.test(np.text)) return null;
  // An appositive after the speaker ("a Canadian geophysicist") is skipped: the sentence goes on after it.
  let rest = parts[1]!;
  if (
    parts.length > 2 &&
    !CLAUSE_GOES_ON.test(rest.text) &&
    DETERMINER_OR_LOWER_CASE_WORD_START.test(rest.text)
  )
    rest = parts[2]!;
  if (!CLAUSE_GOES_ON.test(rest.text)) return null;
  const lead = trimSpan(masked, from, from + before.trimEnd().length - 1);
  const words = masked.slice(lead.start, lead.end);
  if (wordCount(words) < 2 || isAdverbial(words) || isSettingOfSaying(words)) return null;
  if (subjectWithAside(words)) return null;
  // "The ombudsman, Arman Tatoyan, said many Armenians, most of them soldiers, were …": a name and
  // its description before the comma are the subject of "said", no words it interrupts.
  if (nameInApposition(words)) return null;
  const content = reportedContent(masked, trimSpan(masked, rest.start, to));
  if (content.end <= content.start) return null;
  return {
    form: 'verb',
    speaker: { start: np.start, end: np.end },
    frame: { start: verb.index, end: np.end },
    content,
    lead,
  };
}

/**
 * "A Republican aide, speaking on background, said the bill … was likely …": a noun phrase and an
 * aside set off by commas are the verb's own subject in plain order, so the verb is not inverted.
 */
function subjectWithAside(lead: string): boolean {
  const comma = lead.lastIndexOf(',');
  if (comma < 0) return false;
  const head = lead.slice(0, comma).trim();
  const aside = lead.slice(comma + 1).trim();
  if (head.includes(',') || !/^(?:an?|the|another|one)\s/i.test(head) || !isNounPhrase(head)) return false;
  return opensWithParticiple(aside) || RELATIVE_SEGMENT.test(aside);
}

/** A cheap pre-test on literal words for `invertedInside`: a comma right before such a verb. */
const COMMA_THEN_INVERTED = new RegExp(`,\\s+${INVERTED_INSIDE_VERBS}\\s`);

export function invertedInsideForm(masked: string, from: number, to: number): Attribution | null {
  if (!COMMA_THEN_INVERTED.test(masked.slice(from, to))) return null;
  for (const verb of speechVerbs(masked, from, to)) {
    const inverted = invertedInside(masked, from, verb, to);
    if (inverted) return inverted;
  }
  return null;
}

/** A thinking verb read with no "that" (lexicon.ts): only before a clause of its own. */
const BARE_THINKING =
  /^(?:believe|believes|believed|fear|fears|feared|hope|hopes|hoped|think|thinks|thought)$/;
/**
 * "saying it hoped the parties would …", "told reporters that he thinks …", "Asked if he believed
 * …", "as residents fear the road will close": a thought inside another saying's words, a
 * question's or the writer's clause, is no saying of its own.
 */
const THOUGHT_INSIDE =
  /(?:^|\s)(?:as|saying|said|says|adding|added|telling|told|noting|noted|stressing|stressed|while|because|since|that|how|what|why|whether|if)\s+(?:[\p{L}'’-]+\s+)?$/u;

/** A participle or verb of saying and one word (the thought's subject) before it: "saying they …". */
const SAYING_BEFORE_THOUGHT =
  /(?:^|\s)(?:saying|said|says|adding|added|telling|told|noting|noted|stressing|stressed)\s+(?:[\p{L}'’-]+\s+)?$/u;

/** "would hope their neighbour were farther away", "to believe the …": a wish or a thought supposed, not held. */
const WISHED = /(?:^|\s)(?:would|could|might|may|should|must|will|can|to)\s+$/;

const TIME_AT_END =
  /\s+(?:(?:on|last|this|next|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|week|month|year)(?:\s+(?:morning|afternoon|evening|night))?$/;

/** What one tells that is words, though no clause: "told a joke", "told a different tale". */
const THING_TOLD =
  /\b(?:story|stories|tale|tales|joke|jokes|lie|lies|truth|anecdote|anecdotes|version|account)\b/i;

/**
 * "told civilians to leave", "tells his men not to shoot", "told residents there to stay indoors":
 * who was told, then what they are to do, is an order, no words reported. One noun phrase (its
 * determiner first, none inside: "told reporters the plan to build …" has a clause), a place
 * adverb, then an infinitive.
 */
const TOLD_TO_ACT =
  /^(?!(?:that|how|why|what|whether|if|when|where|who|he|she|they|we|I|it)\s)(?:[\p{L}'’-]+\s+)(?:(?:in|at|of|from|near|on|inside|outside|across|around)\s+(?:the|an?|his|her|their|its|our|this|these|those)\s+|(?!(?:the|an?|his|her|their|its|our|my|your|this|these|those|that|he|she|they|we|I|it|who|which|is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do)\s|\p{L}+ed\s)[\p{L}'’-]+\s+){0,5}?(?:(?:there|here|home|instead|again)\s+)?(?:not\s+)?to\s+(?!(?:the|an?|his|her|their|its|our|my|your|this|these|those|me|him|us|them|you|it)\s)\p{Ll}+(?![\p{L}'’-])/u;

/** A noun phrase alone after "told", a time after it allowed: "a Senate panel Wednesday". */
function toldOnlyWhom(opening: string): boolean {
  const phrase = opening.replace(/[\s.,;:!?]+$/, '').replace(TIME_AT_END, '');
  return phrase.length > 0 && !FINITE_VERB.test(phrase) && !THING_TOLD.test(phrase) && isNounPhrase(phrase);
}

/** "needs to calm voters and tell more jokes": a base form joined by "and" to an infinitive is one too, no report. */
const INFINITIVE_THEN_AND =
  /\bto\s+(?!(?:the|an?|his|her|their|its|our|my|your|this|that|these|those|them|him|us|me|all|each)\s)\p{Ll}+(?:\s+[^\s,;:.\u2591]+){0,4}\s+(?:and|or)\s+$/u;

function infinitiveConjunct(masked: string, from: number, verbAt: number, verb: string): boolean {
  const word = verb.split(/\s/, 1)[0]!;
  if (/(?:s|ed)$/i.test(word) || /^(?:said|told|wrote|spoke)$/i.test(word)) return false;
  return INFINITIVE_THEN_AND.test(masked.slice(Math.max(from, verbAt - 60), verbAt));
}

const WORD_THEN_OF = /^\p{L}+\s+of\s/u;
const GERUND_START = /^\p{Ll}+ing(?![\p{L}-])/u;
const TO_THEN_DETERMINER_OR_NAME =
  /^[Tt]o\s+(?:(?:[Tt]he|an?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)(?!\p{L})|\p{Lu}|\d)/u;

/** "X said (that) …", "X called for …", "X told reporters …": the first speech verb with a subject. */
export function verbForm(masked: string, from: number, to: number): Attribution | null {
  for (const verb of speechVerbsBeforeQuote(masked, from, to)) {
    const lastWordsBefore = lastWords(masked, from, verb.index);
    if (
      passiveBefore(lastWordsBefore) ||
      nounBefore(lastWordsBefore, verb[0]) ||
      // "officials who said": a relative's verb; "WHO said": the acronym is the subject.
      (/\b(?:to|who|which|that)\s+$/i.test(lastWordsBefore) && !/\bWHO\s+$/.test(lastWordsBefore))
    )
      continue;
    // "did not respond", "has never said": nothing was said.
    if (deniedBefore(lastWordsBefore)) continue;
    if (pluralNounBeforeVerb(masked, verb.index, verb[0])) continue;
    if (BARE_THINKING.test(verb[0]) && (THOUGHT_INSIDE.test(lastWordsBefore) || WISHED.test(lastWordsBefore)))
      continue;
    // "blocked a road, saying they feared that …": a thought with its "that" inside another's saying is
    // that saying's words, as the bare thought is.
    if (THINKING_THAT.test(verb[0]) && SAYING_BEFORE_THOUGHT.test(lastWordsBefore)) continue;
    if (infinitiveConjunct(masked, from, verb.index, verb[0])) continue;
    const speaker = subjectBefore(masked, from, verb.index);
    if (!speaker) continue;
    if (
      DOCUMENT_ONLY_VERBS.has(verb[0].toLowerCase()) &&
      !DOCUMENT_NOUN.test(masked.slice(speaker.start, speaker.end))
    )
      continue;
    const verbEnd = verb.index + verb[0].length;
    // "…, analysts say; in 2012, Romney …": a semicolon closes the saying's clause; what follows is another.
    if (masked.charCodeAt(verbEnd) === 59) continue;
    const parenthetical = parentheticalLead(masked, from, speaker, verbEnd, verb[0]);
    if (parenthetical) {
      const restAt = masked.indexOf(',', verbEnd) + 1;
      // "…, Mirzoyan said, a view that few share": the clause was complete; what follows is the writer's.
      if (WRITERS_NOTE_AFTER_ATTRIBUTION.test(masked.slice(restAt, to).trimStart()))
        return {
          form: 'verb',
          speaker,
          frame: { start: speaker.start, end: verbEnd + 1 },
          content: parenthetical,
        };
      const content = reportedContent(masked, trimSpan(masked, restAt, to));
      if (content.end > content.start)
        return {
          form: 'verb',
          speaker,
          frame: { start: speaker.start, end: verbEnd + 1 },
          content,
          lead: parenthetical,
        };
    }
    const at = contentStart(masked, verbEnd, verb[0], to);
    let content = reportedContent(masked, trimSpan(masked, at, to), verb[0]);
    // "While Ramos said that A, he appears uneasy": the saying ends with its subordinate clause.
    const opener = masked.slice(from, speaker.end).trim();
    // "The pact, under which Azerbaijan pledged to double exports, was hailed …": a saying inside a
    // relative clause set off by commas ends at the clause's closing comma.
    if (
      SUBORDINATOR_BEFORE_NAME.test(opener) ||
      SUBORDINATOR_BEFORE_PRONOUN.test(opener) ||
      subordinatorBeforeNounPhrase(opener) ||
      RELATIVE_BEFORE_SUBJECT.test(opener)
    ) {
      const comma = masked.slice(content.start, content.end).search(/,(?!\d)/);
      // What is left before the comma may end in the writer's tail or the main clause's frame:
      // "When X noted that … ― as was true … ― Trump boasted, “…”".
      if (comma > 0)
        content = withoutContentTail(masked, trimSpan(masked, content.start, content.start + comma));
    }
    if (content.end <= content.start || saysNothing(masked, content)) continue;
    // "…, as the ministry reported at the time, he said …": an "as" clause vouches for the words
    // before it; a saying after it is someone else's sentence.
    if (
      /(?:^|[,;(—–])\s*as\s*$/i.test(masked.slice(from, speaker.start)) &&
      COMMUNICATION_VERB.test(masked.slice(content.start, content.end))
    )
      continue;
    // "responded to the request", "added to her run of victories": a prepositional object is no content.
    // An infinitive is content ("promised to legalize …"); "to the request" is not.
    const opening = masked.slice(content.start, content.end);
    // "called for restraint", "demanded his resignation": a call for a thing reports no words.
    if (CALL_FOR_A_THING.test(verb[0]) && calledThing(opening)) continue;
    // Past "that" a preposition opens the clause's own adverbial: "said that for decades …".
    // A verb read with its "that" ("believes that", "mentioned that") ends past it.
    const afterThat = /\bthat\s*$/i.test(masked.slice(verb.index, content.start));
    // "expressed deep concern about the situation", "highlighted the visit": a feeling or a topic
    // named reports no words; "expressed hope that talks would resume" does. ("condemned the
    // attack" is read below, with the thing condemned.)
    // An auxiliary in a relative clause or an apposition ("concern over the plan, a route that would
    // link …") belongs to the topic, not to a clause expressed.
    if (
      STANCE_VERB.test(verb[0]) &&
      !afterThat &&
      !QUOTE_OPENS.test(opening) &&
      !AUXILIARY.test(opening.split(/,|\b(?:that|which|who)\b/)[0]!)
    )
      continue;
    // "declared martial law": an act named reports no words.
    if (!afterThat && !opening.includes(MASK) && namesAct(verb[0], opening)) continue;
    // "…, X and Y said in a joint statement published on Thursday.": where and how it was said is
    // no words; a trailing reading may still hold.
    if (
      !afterThat &&
      !opening.includes(MASK) &&
      (SETTING_ONLY.test(opening.trim()) || statementSetting(opening))
    )
      continue;
    // "The Armenian side confirmed the agreement.", "reported its own losses": a thing confirmed
    // or reported, with no clause and no quote, reports no words (CONVENTIONS 10).
    if (!afterThat && !opening.includes(MASK) && THING_VERB.test(verb[0]) && thingOnly(opening)) continue;
    // "The Speaker condemned Azerbaijan's attack on Armenian territory.": a thing condemned, with no
    // clause, quote or colon, reports no words (CONVENTIONS 10); no gold starts at such an object.
    if (!afterThat && !opening.includes(MASK) && CONDEMNING.test(verb[0]) && condemnedThing(opening))
      continue;
    // "Armenia recalled its ambassador", "recalled the losses of the war", "explained the choice":
    // these verbs take a thing as readily as words; a noun phrase alone, no clause or quote, is the thing.
    if (!afterThat && !opening.includes(MASK) && OBJECT_VERB.test(verb[0]) && objectOnly(opening)) continue;
    // "Pashinyan wrote a letter to Putin", "posted a video on Facebook": a verb that also takes a
    // plain object, with a noun phrase and no clause, quote or colon after it, reports no words
    // (CONVENTIONS 9, 10); "wrote that the talks failed" and "posted: …" are read as before.
    if (!afterThat && !opening.includes(MASK) && PLAIN_OBJECT_VERB.test(verb[0]) && thingWritten(opening))
      continue;
    // "wrote a letter to the minister asking him to act", "wrote a $20 check to …": the piece
    // written, whatever is told about it after, is a thing; who it asked or urged is the writer's summary.
    if (!afterThat && !opening.includes(MASK) && WRITE_VERB.test(verb[0]) && PIECE_WRITTEN.test(opening))
      continue;
    // "explains what is at stake", "has told how she spent two nights": a question put indirectly
    // names what the words are about, not the words (CONVENTIONS 9); a quote in it would be words.
    // Only right after the verb: "told host X on Monday how worried he is" reports what he told X.
    if (
      !afterThat &&
      !opening.includes(MASK) &&
      masked.slice(verbEnd, content.start).trim() === '' &&
      indirectQuestion(opening)
    )
      continue;
    // "reported 80 dead": a toll named is a figure, no words.
    if (!afterThat && reportsToll(verb[0], opening)) continue;
    // "denied that its troops had fired", "denies its army had "ever shelled" the town": the clause
    // is the claim the speaker rejects, its polarity in the verb the excerpt leaves out; shown as his
    // words it would say the opposite (CONVENTIONS 10). A thing denied ("denied the accusation",
    // "denied firing") is read as before; a saying after it ("…, saying …") is read apart.
    if (DENIED.test(verb[0]) && (afterThat || /^\s*that\s/i.test(opening) || deniedClause(opening))) continue;
    // "…, Carter told a Senate panel Wednesday", "told the story of the flood": whom he told, or a
    // thing told, with no clause and no quote, reports no words; a trailing reading may still hold.
    if (TOLD.test(verb[0]) && !afterThat && !opening.includes(MASK) && toldOnlyWhom(opening)) continue;
    // "told civilians there to leave": an order to the ones told reports no words (with no quote in it).
    const toldWords = masked.slice(verbEnd, content.end).trim();
    if (TOLD.test(verb[0]) && !afterThat && !toldWords.includes(MASK) && TOLD_TO_ACT.test(toldWords))
      continue;
    // "assured her of at least 318 delegates": assuring someone of a thing is a pledge, no words.
    if (/^assure/i.test(verb[0]) && WORD_THEN_OF.test(opening)) continue;
    // "claimed victory", "claiming his third victory", "claimed credit for …": a thing won or owned up to.
    if (/^claim(?:s|ed|ing)?$/i.test(verb[0]) && !afterThat && CLAIMED_THING.test(opening)) continue;
    // "The war claimed more than 6,500 lives": a toll taken, no words.
    if (/^claim(?:s|ed|ing)?$/i.test(verb[0]) && !afterThat && CLAIMED_LIVES.test(opening)) continue;
    // "The war has claimed large losses", "claimed the village": a bare noun phrase claimed, with no
    // clause, quote or colon, is a thing taken or owned, not words (CONVENTIONS 9).
    if (/^claim(?:s|ed)?$/i.test(verb[0]) && !afterThat && !opening.includes(MASK) && claimedObject(opening))
      continue;
    // "The deal, announced on Monday, would last four years": what follows the verb is its subject's
    // own predicate, no clause of what was said; the verb was a participle describing the subject.
    // After "that" ("said that is unlikely") or in a relative clause ("a letter that he said was written
    // by the envoy", "which officials said will …") the subject is there, before the verb.
    if (
      PREDICATE_OPENING.test(opening) &&
      !afterThat &&
      !RELATIVE_THEN_SUBJECT.test(masked.slice(Math.max(from, verb.index - 60), verb.index))
    )
      continue;
    // "asked Moreno about the delays", "told reporters about the plan": who was addressed and a
    // topic report no words; a later saying in the sentence may still report some.
    if (
      !afterThat &&
      opening.includes(' about ') &&
      ADDRESSING.test(verb[0]) &&
      !masked.slice(verbEnd, content.start).trim() &&
      ADDRESSED_ABOUT_TOPIC.test(opening)
    )
      continue;
    // "Mr. Biden said, clutching the lectern": a participle set off after the verb tells how the
    // speaker spoke, not what; only a participle of saying ("…, adding that") introduces words.
    // Past "that," the participle opens the clause's own adverbial: "informed that, following …".
    const thatThenComma = /(?<![\p{L}])that\s*,\s*$/iu.test(masked.slice(verb.index, content.start));
    if (
      /^\s*,\s*$/.test(masked.slice(verbEnd, content.start)) &&
      !thatThenComma &&
      GERUND_START.test(opening) &&
      !PARTICIPLE_OF_SAYING.test(opening)
    )
      continue;
    // "…, officials said Thursday, as aid arrived": past the verb and a comma, a subordinate
    // clause or a "in a move …" phrase is the writer's setting of the news, no words of theirs.
    // After a short opening ("And so, he said, while …") the clause is the speaker's, interrupted.
    // "said that, after talks with both sides, a truce …": past "that" the clause has begun, and
    // the phrase set off inside it is the clause's own adverbial, not the writer's.
    const wordsBefore = wordCount(masked.slice(from, speaker.start));
    if (
      /,\s*$/.test(masked.slice(verbEnd, content.start)) &&
      !thatThenComma &&
      ADJUNCT_AFTER_SAYING.test(opening) &&
      // "…, officials said Friday, in what Yerevan called "a step"": the quote is the namer's, read apart.
      (!opening.includes(MASK) || IN_WHAT.test(opening)) &&
      !/,\s+that\s/.test(opening) &&
      (wordsBefore === 0 || wordsBefore >= 4)
    )
      continue;
    // "asked that her name not be used": a source's request for anonymity is no statement.
    if (/^ask/i.test(verb[0]) && ANONYMITY.test(opening)) continue;
    // "responded to criticism by …", "replied to requests for comment": after a verb of answering,
    // "to" opens what was answered, never an infinitive of what was said.
    if (ANSWERING.test(verb[0]) && !afterThat && /^to\s/i.test(opening)) continue;
    // "said of the ceasefire, “It will not hold”": the topic set off by a comma, then the quote,
    // which is what was said (as after a colon).
    const topic = afterThat ? null : TOPIC_BEFORE_QUOTE.exec(opening);
    if (topic) {
      const quoted = { start: content.start + topic[0].length, end: content.end };
      return { form: 'verb', speaker, frame: { start: speaker.start, end: quoted.start }, content: quoted };
    }
    // "As Soviet states and neighbors, …": a "verb" joined by "and" to what follows is a noun in a list.
    // "she said, and “I had to step back”": a quote right after "and" is what was said.
    if (/^(?:and|or|nor)\s+(?!\u2591)/i.test(opening) && !afterThat) continue;
    if (
      // "said about 2,000 people fled", "said about half the town fled": "about" before a count or
      // a share hedges the content's subject; before anything else it names the topic.
      (!afterThat && AFTER_VERB_NOT_CONTENT.test(opening)) ||
      // Case by hand: with the i flag \p{Lu} would match any letter and turn every infinitive away.
      TO_THEN_DETERMINER_OR_NAME.test(opening)
    )
      continue;
    return { form: 'verb', speaker, frame: { start: speaker.start, end: at }, content };
  }
  return null;
}

/** "X dismissed the remarks, saying that …": the participle speaks for the main clause's subject. */
export function participle(text: string, masked: string, from: number, to: number): Attribution | null {
  const afterComma = matchesIn(PARTICIPLE_ATTRIBUTION, masked, from, to)[0];
  const afterQuote = masked.includes(MASK, from)
    ? matchesIn(PARTICIPLE_AFTER_QUOTE, masked, from, to).find((q) =>
        COMMA_IN_CLOSING_QUOTE.test(text.slice(q.index - 3, q.index)),
      )
    : undefined;
  const m = afterQuote && (!afterComma || afterQuote.index < afterComma.index) ? afterQuote : afterComma;
  if (!m) return null;
  const speaker = participleSubject(masked, segments(masked, from, m.index));
  if (!speaker) return null;
  // "stressing in his remarks that …": the content starts past "that", as after a finite verb.
  const at = contentStart(masked, m.index + m[0].length, m[0].trim(), to);
  const content = reportedContent(masked, trimSpan(masked, at, to), m[0]);
  if (saysNothing(masked, content) || objectNotContent(masked.slice(content.start, content.end), m[0]))
    return null;
  if (plainObject(masked.slice(content.start, content.end), m[0])) return null;
  return {
    form: 'participle',
    speaker,
    frame: { start: m.index + 1, end: at },
    content,
  };
}

/** The end of a quote whose closing mark holds the comma that sets off what follows: `“historic,”`. */
const COMMA_IN_CLOSING_QUOTE = /,\s?["”’']$/;

/**
 * What a participle takes that is no content: "adding to her run of victories", "adding 41
 * percent of the vote", "claiming 68 seats" (an object of preposition, or a count won).
 */
function objectNotContent(opening: string, participle: string): boolean {
  // "…, asking that her name not be used": a request for anonymity.
  if (/\basking\b/.test(participle) && ANONYMITY.test(opening)) return true;
  // "…, responding to those who …": what was answered, not what was said.
  if (/\b(?:responding|replying|reacting)$/.test(participle.trim()) && /^to\s/i.test(opening)) return true;
  // "…, saying that about 5,000 had left", "noting that for years …": past "that" a clause opens,
  // whatever word leads it; a preposition or a count is an object only right after the participle.
  if (/\bthat$/i.test(participle.trim())) return false;
  if (
    /^(?:to\s+(?:the|an?|his|her|their|its|this|that)|by|for|with|about|into|onto|from|of)\s/i.test(opening)
  )
    return true;
  // "claiming his third victory": a thing won.
  if (/\bclaiming$/.test(participle.trim()) && CLAIMED_THING.test(opening)) return true;
  return (
    /\b(?:adding|claiming)$/.test(participle.trim()) &&
    /^(?:about|around|nearly|some|another\s+)?\$?\d/.test(opening)
  );
}

/**
 * "…, writing a scathing op-ed in the Post", "…, citing the ministry's data": a participle that also
 * takes a plain object, with a noun phrase and no clause, quote or colon after it, reports no words.
 */
function plainObject(opening: string, participle: string): boolean {
  const verb = participle.trim().split(/\s+/).at(-1) ?? '';
  if (verb === 'that' || opening.includes(MASK)) return false;
  return PLAIN_OBJECT_VERB.test(verb) && thingWritten(opening);
}

/** A post's or a reply's intro before its quote: "Pashinyan posted on Facebook:", "Baku reacted:". */
const REACTION_VERB =
  /(?<![\p{L}-])(?:react(?:s|ed)?|respond(?:s|ed)?|post(?:s|ed)|shared|tweeted|weighed\s+in)(?![\p{L}-])/gu;
const FIRST_TO =
  /\s+(?:was|were|is|are)\s+(?:the\s+|among\s+the\s+)?(?:first|last|quick|quickest|next)\s+to\s+$/i;

/**
 * "The ministry said in a statement:" closing its paragraph: an attribution whose content is the
 * paragraph after it. The speaker and where the verb ends; null unless the unit ends with a colon
 * right after a verb of saying and a short tail ("said:", "told reporters on Friday:").
 */
export function blockIntroduction(masked: string, from: number, to: number): { speaker: Span } | null {
  const body = masked.slice(from, to).trimEnd();
  if (!body.endsWith(':') || body.includes(MASK)) return null;
  const colon = from + body.length - 1;
  const verb =
    speechVerbs(masked, from, colon).at(-1) ?? matchesIn(REACTION_VERB, masked, from, colon).at(-1);
  if (!verb) return null;
  const rest = masked.slice(verb.index + verb[0].length, colon);
  if (wordCount(rest) > 8 || /[.;!?]/.test(rest)) return null;
  let before = masked.slice(from, verb.index);
  // "Michel was the first to react after the meeting:": who was first is who reacted.
  const first = FIRST_TO.exec(before);
  if (first) before = before.slice(0, first.index);
  if (passiveBefore(before) || nounBefore(before, verb[0]) || /\b(?:to|who|which|that)\s+$/i.test(before))
    return null;
  if (deniedBefore(before)) return null;
  const speaker = subjectBefore(masked, from, from + before.length);
  return speaker ? { speaker } : null;
}

/** What sets a participle off from the attribution before it: a comma, or "before". */
const SET_OFF_PARTICIPLE = /^(?:,|\s+before\s)/;

/**
 * "“…,” she said on Monday, adding that B": after a quote's attribution, a participle of saying
 * (or "and" and a second verb of saying with "that": "he stressed, and repeated that B") and its
 * clause, up to `to`. Null when none follows, or its clause holds a quote or says nothing.
 */
export function participleAfterTail(masked: string, verbEnd: number, to: number): Span | null {
  const m =
    matchesIn(PARTICIPLE_ATTRIBUTION, masked, verbEnd, to)[0] ??
    matchesIn(AND_SAYING_THAT, masked, verbEnd, to)[0];
  // "“…,” he replied before adding that B": "before" sets the participle off as a comma does.
  if (!m || !SET_OFF_PARTICIPLE.test(m[0]) || masked.slice(verbEnd, m.index).includes(MASK)) return null;
  const at = contentStart(masked, m.index + m[0].length, m[0].replace(/^[,\s]+/, ''), to);
  const content = reportedContent(masked, trimSpan(masked, at, to));
  const words = masked.slice(content.start, content.end);
  if (wordCount(words) < 3 || words.includes(MASK) || saysNothing(masked, content)) return null;
  if (objectNotContent(words, m[0])) return null;
  if (plainObject(words, m[0])) return null;
  return content;
}

/**
 * The subject of the clause a participle hangs on, read back from the participle: the clause
 * right before it ("At a forum in Ganja, Azerbaijan, on Sunday, Mr. Aliyev tried …, saying"), or when
 * that clause opens with its verb, the noun phrase before it, past relatives and appositives
 * ("Republicans, who hold a majority, have blocked …, saying"; "the candidate, Hillary Clinton,
 * drew a contrast, saying" is Hillary Clinton).
 */
/** The subject a participle after a comma at `comma` hangs on: "Hajiyev dismissed it, |calling …". */
export function subjectOfParticiple(masked: string, from: number, comma: number): Span | null {
  return participleSubject(masked, segments(masked, from, comma));
}

/**
 * "… told journalists that Aliyev had called to apologise and had promised that those responsible
 * would be punished": a saying coordinated inside the reported clause, with the clause's own subject
 * and auxiliary, is that subject's. The subject and what it said; null when the clause has none.
 */
const INNER_SAYING = new RegExp(
  `^(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})\\s+(had|has|have)\\s+[^,;\u2591]*?\\s+and\\s+\\2\\s+` +
    '(?:also\\s+)?(?:promised|said|pledged|vowed|insisted|stressed|warned|assured\\s+\\S+|told\\s+\\S+)\\s+that\\s+(?=\\S)',
  'u',
);

export function innerSaying(
  masked: string,
  content: Span,
  to: number,
): { speaker: Span; content: Span } | null {
  const m = INNER_SAYING.exec(masked.slice(content.start, to));
  if (!m) return null;
  const said = reportedContent(masked, trimSpan(masked, content.start + m[0].length, to));
  if (said.end <= said.start) return null;
  return { speaker: { start: content.start, end: content.start + m[1]!.length }, content: said };
}

/** A second verb of saying with the same subject: "…, and said …", "…, telling CNN that …". */
const SAME_SUBJECT_SAYING = new RegExp(
  `(?:,?\\s+(?:and|but)\\s+(?:(?:he|she|they)\\s+)?(?:(?:also|later|then|again)\\s+)?(${SAYING}|told|wrote|warned|urged|vowed|pledged|promised|conceded|predicted|admitted|explained|asserted|declared|announced|maintained|cautioned|recalled|went on to say)\\b|` +
    `(?:,|\u2591)\\s+(${wordsExcept(SAYING_PARTICIPLE_WORDS)})\\b)`,
  'u',
);

const COMMA_THEN_LOWER_CASE_AFTER_SHORT_PHRASE = /^[^,]{1,30},\s+(?!and\b|but\b|that\b)\p{Ll}/u;

/**
 * "Mirzoyan said he saw no reason to wait, telling reporters that …", "He said A and said
 * that B": the subject of the first saying says the second too. The first content ends where the
 * second verb stands; null when no second saying follows it in the unit.
 */
export function secondSaying(
  masked: string,
  first: Span,
  to: number,
): { cut: Span; content: Span; speaker?: Span; order?: true } | null {
  const region = masked.slice(first.start, to);
  const m = SAME_SUBJECT_SAYING.exec(region);
  const named = OTHER_SUBJECT_SAYING.exec(region);
  const where = region.includes('where ') ? WHERE_PRONOUN_SAYING.exec(region) : null;
  const other = where && (!named || where.index < named.index) ? where : named;
  if (other && other.index > 0 && (!m || other.index < m.index)) {
    // "…, and Tom Rath said it was closed": a subject of its own, named.
    const subject = first.start + other.index + other[0].indexOf(other[1]!);
    const found = foundSaying(masked, first, other.index, other[0].length, other[2]!, to);
    return found && { ...found, speaker: { start: subject, end: subject + other[1]!.length } };
  }
  if (!m || m.index === 0) return null;
  // "Price said Blinken had spoken with Aliyev and told him that …": the one who spoke with Aliyev
  // told him; the verb joins the relayed clause's own, not the relayer's "said".
  if (calledThenTold(region, m.index)) return null;
  // "the man, saying nothing, left": a participle set off by commas inside the content is no saying.
  if (m[2] && COMMA_THEN_LOWER_CASE_AFTER_SHORT_PHRASE.test(region.slice(m.index + m[0].length))) return null;
  // A comma inside a closing quote (`race,” adding`): the quote stays with the first saying.
  const inQuote = m[0].startsWith(MASK) ? 1 : 0;
  return foundSaying(masked, first, m.index + inQuote, m[0].length - inQuote, (m[1] ?? m[2])!, to);
}

/**
 * "…accused rebels of shelling Gori, where it said one civilian was killed": a relative clause on a
 * place or a publication with a saying of its own; its pronoun is resolved as any subject is.
 */
const WHERE_PRONOUN_SAYING = new RegExp(`,\\s*where\\s+(it|he|she|they)\\s+(?:also\\s+)?(${SAYING})\\b`, 'u');

/** "…, and Tom Rath said …", "… while the ministry says …": a named subject, a verb of saying. */
const OTHER_SUBJECT_SAYING = new RegExp(
  `(?:,\\s*(?:and|but|while)|\\s+(?:while|but))\\s+((?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}|the\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?)\\s+(${SAYING}|told|wrote)\\b`,
  'u',
);

function foundSaying(
  masked: string,
  first: Span,
  index: number,
  length: number,
  verb: string,
  to: number,
): { cut: Span; content: Span; order?: true } | null {
  const verbEnd = first.start + index + length;
  const at = contentStart(masked, verbEnd, verb, to);
  const content = beforeNextSaying(masked, withoutSourceTail(masked, trimSpan(masked, at, to)));
  const words = masked.slice(content.start, content.end);
  // "…, and he told civilians there to leave": an order, as after "told" alone (verbForm); it
  // still ends the first saying's words, and says none of its own.
  const told = masked.slice(verbEnd, content.end).trim();
  if (/^(?:told|tells|telling)$/.test(verb) && !told.includes(MASK) && TOLD_TO_ACT.test(told))
    return { cut: trimSpan(masked, first.start, first.start + index), content, order: true };
  if (
    (wordCount(words) < 2 && !words.includes(MASK)) ||
    /^(?:to\s+(?:the|a|an|his|her|their)|by|for|with|about|of)\s/i.test(words) ||
    saysNothing(masked, content)
  )
    return null;
  return { cut: trimSpan(masked, first.start, first.start + index), content };
}
