import { affiliationOf } from '../entities/affiliations.ts';
import { DEFAULT_ROLE_DATE, resolveEntityAt } from '../entities/resolve.ts';
import { trailingProperName } from '../entities/textEntity.ts';
import type { Span } from '../types.ts';
import { afterAddressee } from './addressee.ts';
import { allMatches } from './allMatches.ts';
import { apposedNameEnd } from './apposedName.ts';
import { calledQuote, spokeOfQuote } from './calledQuote.ts';
import { isNameOnly, isSettingOfSaying, saysNothing, withoutContentTail } from './contentTail.ts';
import { documentSaying } from './documentSaying.ts';
import { pastAsideBeforeThat } from './interpolation.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { KeptResults, keptPerText } from './keptPerText.ts';
import {
  ADVERBIAL_SEGMENT,
  AND_SAYING_THAT,
  AUDIENCE,
  BASE_FORM_THAT,
  BETWEEN_SUBJECT_AND_VERB,
  CLAIM_NOUN,
  COMMUNICATION_VERB,
  CONTENT_OPENER,
  DETERMINER_BEFORE,
  DOCUMENT_NOUN,
  DOCUMENT_ONLY_VERBS,
  FINITE_VERB,
  INVERTIBLE_AFTER_QUOTE,
  INVERTIBLE_VERB,
  isAttributionTailRest,
  LEADING_CONNECTIVE,
  LIST_SEPARATOR,
  ONLY_VERB,
  PAGE_NOUN,
  PARTICIPLE_AFTER_QUOTE,
  PARTICIPLE_ATTRIBUTION,
  PARTICIPLE_OF_SAYING,
  PLURAL_SUBJECT_BEFORE,
  PUT_OUT_BY_WORDS,
  passiveBefore,
  QUOTE_TAIL_VERB,
  RELATIVE_SEGMENT,
  SAYING_PARTICIPLE_WORDS,
  SPEAKER_NOUN,
  SPEECH_VERB,
  THINKING_THAT,
  TIME_NOUN_SEGMENT,
  wordsExcept,
} from './lexicon.ts';
import { MASK } from './mask.ts';
import { isNounPhrase, leadingNounPhrase, tag, trailingNounPhrase } from './nounPhrase.ts';
import { settingBeforeThat } from './settingBeforeThat.ts';
import { pastSettingOfSaying } from './settingOfSaying.ts';
import { speakersNextAct } from './speakersNextAct.ts';
import { speechVerbsIn } from './speechVerbScan.ts';
import { isTitledHolder } from './titledHolder.ts';
import { reportsToll } from './tollReported.ts';
import { verbGroupStart } from './verbGroup.ts';
import {
  ADJUNCT_AFTER_SAYING,
  additionAfterVerb,
  lastCommaBeforeAdjunct,
  opensWithCount,
  SETTING_BEFORE_COMMA,
} from './writersAddition.ts';

/**
 * Where a unit of text (a sentence, or sentences joined by a quote) says who speaks. Works on
 * a masked copy of the text in which quotes are blanked out, so words inside a quote are
 * never read as its attribution, and offsets stay those of the original text.
 */

type AttributionForm = 'quote-first' | 'according-to' | 'trailing' | 'verb' | 'participle' | 'subject-quote';

export interface Attribution {
  form: AttributionForm;
  /** The words naming the speaker, and where they stand. */
  speaker: Span;
  /** The attribution's own words (speaker, verb and what hangs on them), e.g. "Miller said in a statement". */
  frame: Span;
  /** What was said: the reported clause, or the region holding the quote(s). */
  content: Span;
  /** The part of what was said before a parenthetical attribution: "The only problem|, she said, is …". */
  lead?: Span;
}

/** The text with the inner text and marks of each quote span replaced by a mask character. */
export function maskQuotes(
  text: string,
  spans: readonly { open: number; end: number; close: number | null }[],
): string {
  const ordered = [...spans].sort((a, b) => a.open - b.open);
  const pieces: string[] = [];
  let at = 0;
  for (const s of ordered) {
    const from = Math.max(s.open, at);
    const to = Math.min((s.close ?? s.end - 1) + 1, text.length);
    if (to <= from) continue;
    // Every code unit but a line break becomes the mask: each line's length of masks, lines kept.
    const lines = text.slice(from, to).split('\n');
    pieces.push(text.slice(at, from), lines.map((line) => MASK.repeat(line.length)).join('\n'));
    at = to;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s,:;—–-]/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  // A final stop belongs to the sentence, not to the clause; a closing quote mark stays.
  while (end > start && /[.,;:!?]/.test(text[end - 1]!)) end--;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  // "(He says the border is safe.)": a bracket opened before the span closes after it.
  if (text[end - 1] === ')' && !text.slice(start, end).includes('(')) return trimSpan(text, start, end - 1);
  return { start, end };
}

/** The runs of non-space in `s`: what `s.trim().split(/\s+/).length` counts, without the pieces. */
function wordCount(s: string): number {
  let words = 0;
  for (let i = 0, inWord = false; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

interface Found {
  index: number;
  0: string;
}

const SPACE = /\s/;

/** Is the code unit white space, as `\s` reads it? */
function isSpace(c: number): boolean {
  return c < 0x80 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c));
}

/**
 * The words before a verb that patterns anchored at their end can read: `text.slice(from, to)`
 * from one character before its third-last run of non-space (for look-behinds and `\b`). A
 * pattern like "a determiner, white space, the end" (two words at most) answers the same on it as
 * on the whole slice, without being tried at every position from the sentence's start.
 */
function lastWords(text: string, from: number, to: number): string {
  let at = to;
  for (let words = 0; words < 3; words++) {
    while (at > from && isSpace(text.charCodeAt(at - 1))) at--;
    while (at > from && !isSpace(text.charCodeAt(at - 1))) at--;
  }
  return text.slice(Math.max(from, at - 1), to);
}

const DENIED_BEFORE = /(?:\bnot|n['’]t|\bnever)\s+(?:\p{L}+\s+)?$/iu;
/** "declined to say", "refused to comment": a saying refused, as "did not say" is one denied. */
const REFUSED_BEFORE = /\b(?:declin|refus)(?:e|es|ed|ing)\s+to\s+$/i;

/**
 * "did not respond", "has never said": a negation right before the verb. The pattern runs from the
 * sentence's start; only words that hold "not", "n't" or "never" can end in one, so a search for
 * those in the lower case answers most sentences first (no other letter folds to these).
 */
function deniedBefore(before: string): boolean {
  const lower = before.toLowerCase();
  if (!lower.includes('not') && !lower.includes("n't") && !lower.includes('n’t') && !lower.includes('never'))
    return false;
  return DENIED_BEFORE.test(before);
}

/**
 * Matches of a global pattern that start in [from, to), read from a window around that range
 * (a character of left context for look-behinds, a few to the right for particles) rather
 * than the whole text: a pattern with no match in range would otherwise run to the text's end.
 */
function matchesIn(pattern: RegExp, text: string, from: number, to: number): Found[] {
  const left = Math.max(0, from - 1);
  const window = text.slice(left, Math.min(text.length, to + 24));
  pattern.lastIndex = from - left;
  const found: Found[] = [];
  for (let m = pattern.exec(window); m && m.index + left < to; m = pattern.exec(window))
    found.push({ index: m.index + left, 0: m[0] });
  return found;
}

function speechVerbs(masked: string, from: number, to: number): Found[] {
  // The window matchesIn reads, scanned word by word (see speechVerbScan.ts).
  const left = Math.max(0, from - 1);
  const found = speechVerbsIn(masked.slice(left, Math.min(masked.length, to + 24)), from - left, to - left);
  for (const f of found) f.index += left;
  return found;
}

/**
 * Speech verbs, and verbs that introduce a quote only when it follows at once after a comma or a
 * colon: "He answered, “I have no idea.”", "Ruiz countered: “…”" ("answered questions" is none).
 */
function speechVerbsBeforeQuote(masked: string, from: number, to: number): Found[] {
  const verbs = speechVerbs(masked, from, to);
  // A quote in range only: a search past it would read on to the text's end in a sentence without one.
  if (!masked.slice(from, to).includes(MASK)) return verbs;
  const introducing = matchesIn(QUOTE_TAIL_VERB, masked, from, to).filter((m) =>
    // "he answered briefly: “…”": a manner adverb may stand between the verb and its colon.
    /^(?:\s+\p{Ll}+ly)?\s*[,:]\s*\u2591/u.test(
      masked.slice(m.index + m[0].length, m.index + m[0].length + 24),
    ),
  );
  return introducing.length ? [...verbs, ...introducing].sort((a, b) => a.index - b.index) : verbs;
}

/** A determiner right before a word: "That said, …" is no one saying. */
const BARE_DETERMINER =
  /(?<![\p{L}\p{N}])(?:the|a|an|his|her|its|their|our|my|your|these|those|this|that|such|any|no|whose)\s+$/iu;

/**
 * Is the verb form a noun here, after a determiner or an adjective ("the remarks", "his calls
 * for", "official claims")? "Said" and "told" are never nouns: only a bare determiner blocks them.
 */
function nounBefore(before: string, verb: string): boolean {
  let byWords = nounReadings.get(verb);
  if (!byWords) nounReadings.set(verb, (byWords = new Map()));
  let noun = byWords.get(before);
  if (noun === undefined) {
    if (byWords.size >= 20_000) byWords.clear();
    byWords.set(before, (noun = readNounBefore(before, verb)));
  }
  return noun;
}

const ASKED_OR_SUPPOSED =
  /(?:^|[^\p{L}])(?:if|whether|unless|how|why|what|when|where)\s+(?:[\p{L}'’.-]+\s+){1,4}$/iu;

/** Forms in -s of thinking verbs that are as often plural nouns: "Baku fears that" / "amid fears that". */
const PLURAL_NOUN_THAT = /^(?:fears|hopes|estimates)\s+that$/;

/** What comes before such a plural noun: a verb or adjective in -ed/-ing, a preposition, a determiner. */
const VERB_FORM_BEFORE = /(?:^|[^\p{L}])\p{Ll}+(?:ed|ing|est)\s+$|^\s*$/u;
const NOUN_PLURAL_BEFORE =
  /(?:^|[^\p{L}])(?:amid|of|with|despite|about|over|and|or|to|for|by|on|in|high|new|such|the|his|her|its|their|our|my|your|these|those|no|some|many|official|early|initial|rough|latest)\s+$/iu;

/**
 * nounBefore's answers by verb form, then by the last words before it: the same few words ("the
 * ministry", "he also") come before the same forms again and again, about seven times each.
 */
const nounReadings = new Map<string, Map<string, boolean>>();

const SUBJECT_THEN_FURTHER_OR_EARLIER_AT_END =
  /(?:^|\s)(?:he|she|they|it|has|have|had|\p{Lu}[\p{L}.'’-]*)\s+(?:further|earlier)\s+$/u;

function readNounBefore(before: string, verb: string): boolean {
  if (ONLY_VERB.test(verb)) return BARE_DETERMINER.test(before);
  if (BASE_FORM_THAT.test(verb)) return !PLURAL_SUBJECT_BEFORE.test(before);
  // "Asked if he thought that …", "if he thinks that …": a question or a condition, no one's view.
  if (THINKING_THAT.test(verb) && ASKED_OR_SUPPOSED.test(before)) return true;
  // "raised hopes that", "amid fears that", "the latest estimates that": plurals of the noun.
  if (PLURAL_NOUN_THAT.test(verb)) return VERB_FORM_BEFORE.test(before) || NOUN_PLURAL_BEFORE.test(before);
  // "Clinton further asserted", "he earlier claimed", "the ministry had earlier announced": after a
  // subject or an auxiliary those words are adverbs.
  if (SUBJECT_THEN_FURTHER_OR_EARLIER_AT_END.test(before) && /(?:ed|s)$/.test(verb)) return false;
  return DETERMINER_BEFORE.test(before) || QUANTITY_BEFORE.test(before) || possessiveBefore(before);
}

/** A possessive's mark is rare before a verb: a look for the apostrophe answers most words first. */
function possessiveBefore(before: string): boolean {
  return (before.includes("'") || before.includes('’')) && POSSESSIVE_BEFORE.test(before);
}

/**
 * A possessive right before the form makes it a noun: "the night's highlight", "Lazar's claims",
 * "the foundation's tally". Not a pronoun's contraction: "she's said", "it's noted" are verbs.
 */
const POSSESSIVE_BEFORE =
  /(?<![\p{L}\p{N}.-])(?!(?:he|she|it|that|who|there|what|where|here|this|one|everyone|nobody|somebody|someone|let)['’]s\s)[\p{L}\p{N}.-]+(?:['’]s|s['’])\s+$/iu;

const NEXT_LOWER_CASE_WORD = /^\s+(\p{Ll}+)/u;

/**
 * "battleground states could be decisive", "member states trump everything": an -s form that is a
 * plural noun too, followed by a verb or an auxiliary, is the subject of that verb, not a saying
 * ("a trend the foundation predicts will continue" keeps its verb: "predicts" is no noun).
 */
function pluralNounBeforeVerb(masked: string, at: number, verb: string): boolean {
  if (
    !/^(?:states|reports|claims|notes|pledges|promises|vows|demands|stresses|urges|jokes|quips)$/.test(verb)
  )
    return false;
  // "Most Southern states that vote …", "Coastal states swing …": a kind of state named before it.
  if (verb === 'states' && STATE_KIND_BEFORE.test(masked.slice(Math.max(0, at - 30), at))) return true;
  const after = NEXT_LOWER_CASE_WORD.exec(masked.slice(at + verb.length, at + verb.length + 40))?.[1];
  if (!after || /^(?:that|to|he|she|they|it|we|i|you|the|a|an|his|her|their|its|this|there)$/.test(after))
    return false;
  const pos = tag(`${verb} ${after}`)[1]?.pos;
  // "suggests reducing regulation": a gerund is the verb's content.
  return pos === 'AUX' || (pos === 'VERB' && !/ing$/.test(after));
}

/** Words that name a kind of state before "states": a region's adjective, a bloc, "swing", "member". */
const STATE_KIND_BEFORE =
  /(?<![\p{L}\p{N}])(?:\p{Lu}\p{Ll}+(?:ern|al|ic)|Gulf|Baltic|Balkan|Belt|Arab|[Ss]wing|[Bb]attleground|[Mm]ember|[Bb]order|[Ii]sland|smaller|larger|bigger|key|early|coastal|southern|northern|eastern|western|neighbou?ring)\s+$/u;

/**
 * A number or "other" before a plural form makes it a noun: "11 states", "five other states". A
 * number's comma or full stop is inside it ("2,500 claims"); one after it ends a phrase ("…, who
 * was elected in 2012, argued") and the form after it is a verb.
 */
const QUANTITY_BEFORE =
  /(?<![\p{L}\p{N}])(?:\d(?:[\d,.]*\d)?|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|other|most|few)\s+$/iu;

/**
 * Do the words before a verb hold a clause of their own, so they are no subject? "46,000
 * residents were displaced, the ombudsman" is a sentence and a subject; "the minister, who has
 * faced criticism," is one subject.
 */
function holdsClause(np: string): boolean {
  // With no comma there is none left once the relatives are taken out: most subjects end here.
  if (!np.includes(',')) return false;
  const withoutRelatives = np.replace(/,\s*(?:who|which|whose)\b[^,]*(?:,|$)/gi, ' ');
  return (
    /,/.test(withoutRelatives) &&
    /\b(?:is|are|was|were|has|have|had|will|would|been)\b/i.test(withoutRelatives)
  );
}

/** Participles that follow the people they describe with nothing after them: "traders surveyed", "those involved". */
const POSTNOMINAL =
  /^(?:surveyed|polled|interviewed|questioned|involved|concerned|affected|contacted|asked|quoted|cited|consulted|named|briefed|displaced|wounded|injured|detained|released|evacuated)$/i;

const LOWER_CASE_START = /^\p{Ll}/u;

/**
 * "…, said parents still want neighbourhood schools": a bare noun and its own present-tense verb
 * are a clause, not an inverted subject ("said officials in Baku", "said diplomats briefed on
 * the talks" are). Only a lowercase word that is no determiner reaches the tagger.
 */
function bareNounWithVerb(np: string): boolean {
  const words = np.trim();
  if (
    !LOWER_CASE_START.test(words) ||
    /^(?:the|a|an|his|her|its|their|our|this|that|these|those|some|many|several|most|two|three|four|five)\s/.test(
      words,
    )
  )
    return false;
  const tags = tag(words);
  if (tags[0]?.pos !== 'NOUN') return false;
  let i = 1;
  while (tags[i]?.pos === 'ADV') i++;
  const verb = tags[i];
  // "said troops remained": a past form with nothing after it is the noun's own verb, not a participle
  // describing it ("said diplomats briefed on the talks", "said traders surveyed").
  const lastPast = i === tags.length - 1 && /ed$/i.test(verb?.word ?? '') && !POSTNOMINAL.test(verb!.word);
  return verb?.pos === 'VERB' && (!/(?:ed|ing|en)$/i.test(verb.word) || lastPast);
}

/**
 * A tail that opens with a clause of time or the occasion of the saying: "said today after its lab
 * verified …", "announced Tuesday during a visit to the Armenian border village of Kornidzor".
 */
/** When, and nothing else: "today", "on Tuesday", "late on Monday", "last week", "earlier this month". */
const TIME_ONLY =
  /^(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:today|tonight|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|(?:this|last)\s+(?:week|month|year|morning|evening|night)|earlier|later)(?:\s+(?:this|last)\s+(?:week|month|year))?$/u;

/** A time right after an inverted verb, before its subject: "said today the …", "said on Friday Ms Ruiz". */
const TIME_BEFORE_INVERTED_SUBJECT =
  /^\s*(?:(?:late|early)\s+)?(?:today|tonight|yesterday|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?)\s+(?=(?:the|a|an)\s|\p{Lu})/u;

const TIME_CLAUSE_REST =
  /^(?:(?:today|yesterday|on\s+\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+day)\s+)?(?:(?:after|before|while|when|following)\s|during\s+(?:an?|the|his|her|their|its)\s)/u;

/**
 * "NP verb [short tail]" or "verb NP[, who …]": an attribution standing alone after a quote or a comma.
 * Right after a quote (`afterQuote`), the quote is what was said, so the verb may carry any tail
 * ("told an audience of academics at …", "said at the first sitting of the commission, …").
 */
/** Where and when the saying took place, after its verb: "on Friday evening after the eighth meeting of the commissions". */
const SETTING_AFTER_VERB =
  /^\s+(?:on|in|at|during|after|before|following|ahead of|late|early|last|this|earlier|later|yesterday|today|tonight)\s[\p{L}\d\s.'’-]*$/u;
/** Words that open a clause of their own: a tail holding one is no setting. */
const CLAUSE_IN_SETTING =
  /\b(?:that|which|who|whom|whose|when|where|while|because|but|and|is|are|was|were|has|have|had|will|would|could|said|says)\b/;

/**
 * What follows a verb of saying when it is a clause, not a tail: a count ("at least 32 people …"),
 * or a finite verb before any comma with no word that would open a clause of time or place for it.
 */
const CLAUSE_AFTER_VERB =
  /^(?:at\s+(?:least|most)\s|(?:(?!\b(?:when|where|while|as|after|before|since|until|because|who|which|whom|whose|if|once)\b)[^,])*?\b(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does)\b)/iu;

/** A long setting holds no clause: "reported at least six planes filled the skies" is one. */
const VERB_IN_SETTING = /\bat\s+(?:least|most)\b|(?<![\p{L}-])\p{Ll}{3,}ed(?![\p{L}-])/u;

function settingAfterVerb(after: string): boolean {
  return (
    (wordCount(after) <= 12 && SETTING_AFTER_VERB.test(after) && !CLAUSE_IN_SETTING.test(after)) ||
    longSetting(after) ||
    statementSetting(after)
  );
}

/**
 * "said on Sunday after hosting the two leaders for more than five hours of talks here": a setting
 * longer than most, when only phrases of time and place and a participle make it long; any finite
 * verb or clause word in it makes it a clause.
 */
function longSetting(after: string): boolean {
  const words = wordCount(after);
  if (words <= 12 || words > 24 || !SETTING_AFTER_VERB.test(after)) return false;
  if (CLAUSE_IN_SETTING.test(after) || VERB_IN_SETTING.test(after)) return false;
  return !tag(after.trim()).some((t) => (t.pos === 'VERB' && !/ing$/i.test(t.word)) || t.pos === 'AUX');
}

/**
 * "in a joint statement issued last night after the eighth meeting of the state commissions on the
 * delimitation of the border", "in a statement issued on the occasion of the International Day for
 * Mine Awareness": the text a saying was made in, then only prepositional phrases of when and on
 * what occasion. However long, it holds no clause: no verb, no clause word, no comma.
 */
const STATEMENT_SETTING =
  /^\s*(?:in|at|during|via|through)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|interview|briefing|address|speech|message|letter|communiqu[eé]|conference|readout)(?:\s+(?:published|issued|released|posted|given|held|made))?(\s+(?:on|in|at|after|before|following|during|late|early|last|this|yesterday|today|tonight)\s[\p{L}\d\s'’-]*)?[.!?]?\s*$/iu;

function statementSetting(words: string): boolean {
  if (!/statement|interview|briefing|address|speech|message|letter|communiq|conference|readout/i.test(words))
    return false;
  const m = STATEMENT_SETTING.exec(words);
  if (!m) return false;
  const tail = m[1] ?? '';
  if (CLAUSE_IN_SETTING.test(tail) || VERB_IN_SETTING.test(tail)) return false;
  // "on the reopening of the border": a word in -ing after a preposition or determiner is a noun.
  return !tag(tail.trim()).some((t) => (t.pos === 'VERB' && !/ing$/i.test(t.word)) || t.pos === 'AUX');
}

type Tail = { speaker: Span; verbEnd: number } | null;

/**
 * The tails read in the current document, by span: a unit's tail after its first quote is read
 * to tell whether the attribution comes at the end, then again to name who spoke (one in five
 * readings is such a repeat).
 */
let tailsRead: { masked: string; tails: Map<string, Tail> } = { masked: '', tails: new Map() };

export function parseAttributionTail(masked: string, start: number, end: number, afterQuote = false): Tail {
  if (tailsRead.masked !== masked) tailsRead = { masked, tails: new Map() };
  const key = `${start} ${end} ${afterQuote}`;
  let tail = tailsRead.tails.get(key);
  if (tail === undefined)
    tailsRead.tails.set(key, (tail = readAttributionTail(masked, start, end, afterQuote)));
  return tail;
}

/**
 * "…, the Ministry of Defense informed.", "…, the ombudsman estimated last month.", "…, historians
 * estimate.": agency copy's "informed" and a reckoning's "estimated" need no "that" when they close
 * the sentence after their subject, with at most a time or a setting after them.
 */
const CLOSING_TAIL_VERB =
  /(?<=\s)(?:informed|informs|estimated|estimates|estimate|report|claim|note)(?=(?:\s+[\p{L}\d'’-]+(?:\.\p{Ll}{2,4})?){0,4}\s*[.!]?\s*$)/u;

const ESTIMATE_NOUN_BEFORE =
  /(?:^|\s)(?:the|a|an|its|his|her|their|our|this|that|last|latest|first|own|initial|official|preliminary|new|rough|conservative|early|one|\S+['’]s?)\s+$/iu;

/** A subject that may take a plural verb: no singular determiner or number word opens it. */
const PLURAL_SUBJECT_START = /^(?!(?:a|an|one|this|that|its|his|her)\s)(?!\p{N})\S/iu;

function closingTailVerb(masked: string, span: Span): RegExpExecArray | undefined {
  const tail = masked.slice(span.start, span.end);
  // Most tails hold neither verb: a literal test skips the pattern.
  if (!/inform|estimat|report|claim|note/.test(tail)) return undefined;
  const m = CLOSING_TAIL_VERB.exec(tail);
  if (!m || m.index === 0) return undefined;
  // "…, down 0.2 points from the IMF's last estimate": after a determiner or a possessive it is a noun.
  if (ESTIMATE_NOUN_BEFORE.test(masked.slice(span.start, span.start + m.index))) return undefined;
  // "…, local media report.", "…, the separatists claim.": a base form that is also a noun closes
  // the sentence only after a plural subject; "…, a UN report." names a document.
  if (/^(?:report|claim|note)$/.test(m[0]) && !PLURAL_SUBJECT_START.test(tail)) return undefined;
  const after = masked.slice(span.start + m.index + m[0].length, span.end);
  if (/\b(?:that|to|the|a|an|about|of|him|her|them|us)\b/.test(after) && !settingAfterVerb(after))
    return undefined;
  m.index += span.start;
  return m;
}

/**
 * A belief closing the clause it holds, its holder named after it: "That is not enough, thinks
 * Lusine Avetisyan" (news written after Scandinavian and German "mener", "meint"). Only before a
 * capitalised word: "…, believes the report" has the verb's object there, no one who believes.
 */
const INVERTED_BELIEF = /^(?:thinks|believes)$/;
const INVERTED_BELIEF_TAIL = /^(?:thinks|believes)(?=\s+\p{Lu})/u;

function invertedBelief(masked: string, span: Span): RegExpExecArray | undefined {
  const m = INVERTED_BELIEF_TAIL.exec(masked.slice(span.start, span.end));
  if (!m) return undefined;
  m.index += span.start;
  return m;
}

/** A noun phrase, then a relative clause set off by commas: "John Smith, who heads the unit,". */
const NAME_THEN_RELATIVE = /^([^,]{1,60}),\s+(?:who|whom|whose)\s[^,]{1,160},\s*$/;

const LOWER_CASE_WORD_THEN_AUXILIARY =
  /^\p{Ll}+\s+(?:was|is|were|are|has|had|have|will|would|remains?|seems?)\b/u;

function readAttributionTail(masked: string, start: number, end: number, afterQuote: boolean): Tail {
  const span = trimSpan(masked, start, end);
  const tail = masked.slice(span.start, span.end);
  if (!tail || tail.includes(MASK)) return null;
  const verbs = speechVerbs(masked, span.start, span.end);
  // "“Denver,” he answered": right after a quote, a verb that only reports a reply or a remark.
  const first =
    verbs[0] ??
    (afterQuote ? matchesIn(QUOTE_TAIL_VERB, masked, span.start, span.end)[0] : undefined) ??
    invertedBelief(masked, span) ??
    closingTailVerb(masked, span);
  if (!first) return null;
  // A long tail is a clause of its own, unless the speaker is inverted and described at length.
  // Words set off by a comma after the verb ("the ministry said, in the deadliest incident …") add
  // to the sentence; they are no part of the tail.
  const verbEnd = first.index + first[0].length;
  // "…, officials said Thursday, as the aid chief arrived": the tail ends before the writer's addition.
  const { comma, added } = additionAfterVerb(masked, verbEnd, span.end);
  const tailEnd = comma >= 0 ? comma : span.end;
  if (wordCount(tail) > 16 && first.index !== span.start && !afterQuote) {
    // "…, Sergei Lavrov, who spoke after the talks, said at a press conference": a relative clause
    // set off after the name says who spoke; it makes the subject no longer a clause.
    const relativeAfterName = NAME_THEN_RELATIVE.exec(masked.slice(span.start, first.index));
    // "…, the Administration of the President of X and the Office of the Prime Minister of Y said":
    // named bodies joined by "and" are as long as their longest name, not a clause.
    const conjuncts = coordinatedNamedPhrases(masked.slice(span.start, first.index));
    const subjectAndVerb = relativeAfterName
      ? wordCount(relativeAfterName[1]!) + wordCount(first[0])
      : conjuncts
        ? Math.max(...conjuncts.map(wordCount)) + wordCount(first[0])
        : wordCount(masked.slice(span.start, verbEnd));
    if (
      (!added || subjectAndVerb > 16) &&
      !((conjuncts || subjectAndVerb <= 10) && settingAfterVerb(masked.slice(verbEnd, span.end)))
    )
      return null;
  }
  if (first.index === span.start) {
    // Inversion: "said Armenian Prime Minister Nikol Pashinyan, who has faced protests".
    // "“…,” read a post by Erkin Gadirli": the post's author wrote it.
    const post =
      afterQuote && /^reads?$/.test(first[0])
        ? POST_BY.exec(masked.slice(first.index + first[0].length, span.end))
        : null;
    if (post) {
      const from = first.index + first[0].length + post[0].length - post[1]!.length;
      return {
        speaker: { start: from, end: from + post[1]!.trimEnd().length },
        verbEnd: first.index + first[0].length,
      };
    }
    if (
      !INVERTIBLE_VERB.test(first[0]) &&
      !(afterQuote && INVERTIBLE_AFTER_QUOTE.test(first[0])) &&
      !INVERTED_BELIEF.test(first[0])
    )
      return null;
    // The subject ends before an appositive or a relative clause: "said Tom Rath, a GOP leader who …".
    // A comma inside a number ("2,570") ends no subject.
    const withTime = (
      /^(?:[^,;]|,(?=\d{3}))+/.exec(masked.slice(first.index + first[0].length, span.end))?.[0] ?? ''
    )
      .replace(/\s+(?:who|whom|whose|which)\b.*$/su, '')
      .replace(ON_PLATFORM, '')
      .replace(SETTING_AFTER_INVERTED_NAME, '')
      .replace(TOLD_OUTLET_AFTER_INVERTED_NAME, '');
    // "said today the Commissioner for Human Rights": the time is the saying's, the subject follows it.
    const timeLead = TIME_BEFORE_INVERTED_SUBJECT.exec(withTime)?.[0].length ?? 0;
    const np = withTime.slice(timeLead);
    const npStart = first.index + first[0].length + timeLead + (np.length - np.trimStart().length);
    // "said one of them, Aydin Huseynov.": the name in apposition to "one of them" is who spoke;
    // so too after a person's description: "said the owner, Sona Hagopian, 61, whose …".
    if (PARTITIVE.test(np.trim()) || DEFINITE_PERSON.test(np.trim()) || DEFINITE_TITLE.test(np.trim())) {
      const after = npStart + np.trim().length;
      const name = /^,\s*([^,;.]+?)\s*(?:[,;]|\.(?:\s|$)|$)/.exec(masked.slice(after, span.end));
      if (name && isApposedName(name[1]!)) {
        const from = after + name[0].indexOf(name[1]!);
        return {
          speaker: { start: from, end: from + name[1]!.length },
          verbEnd: first.index + first[0].length,
        };
      }
    }
    // "said one of them, Susanna, 64.", "said an elderly woman, Siranush, sitting …", "said a resident
    // of Kirants, who gave only the name Arshak.": a given name set off after the description is who it is.
    if (INDEFINITE_OPENER.test(np.trim())) {
      const after = npStart + np.trim().length;
      const name = /^,\s*([^,;.]+?)\s*(?:[,;]|\.(?:\s|$)|$)/.exec(masked.slice(after, span.end));
      if (name && ONE_DESCRIBED.test(np.trim()) && isGivenNameAlone(name[1]!)) {
        const from = after + name[0].indexOf(name[1]!);
        return {
          speaker: { start: from, end: from + name[1]!.length },
          verbEnd: first.index + first[0].length,
        };
      }
    }
    if (wordCount(np) === 0 || wordCount(np) > 10) return null;
    // "Baku, in turn, says Armenian units fired …": a subject set off by a connective before the verb
    // is who speaks, and the words after the verb what was said; no one stands inverted after it.
    if (SUBJECT_THEN_CONNECTIVE.test(masked.slice(Math.max(0, span.start - 80), span.start))) return null;
    // "…, Gakharia, who chaired the meeting, said today.": a time after the verb is no one inverted.
    if (TIME_ONLY.test(np.trim())) return null;
    if (clauseAfterVerb(np)) return null;
    if (bareNounWithVerb(np) || SECOND_DETERMINER_AFTER_VERB.test(np)) return null;
    // "…, said the scale of the offensive suggested weeks of preparation": a verb after the noun
    // makes the words what was said, not who said it.
    if (DETERMINER_OPENING.test(np) && wordCount(np) >= 4 && !isNounPhrase(np.trim())) return null;
    return {
      speaker: { start: npStart, end: npStart + np.trim().length },
      verbEnd: first.index + first[0].length,
    };
  }
  const whole = masked.slice(span.start, first.index);
  // "…,” Trump, the GOP front-runner and polling leader in South Carolina, said": an appositive
  // after the name describes it; the name speaks.
  // "the spokeswoman, Nazeli Baghdasaryan, told": a name after a description is who spoke.
  const apposed = afterQuote ? /^([^,]{1,60}),\s([^,]{1,160}),\s*$/.exec(whole) : null;
  // "…, John Smith, who heads the unit, said": a relative clause set off after the name says more
  // about the one who spoke; it is no part of the name.
  const relative = !afterQuote ? NAME_THEN_RELATIVE.exec(whole) : null;
  const np =
    relative && isNounPhrase(relative[1]!)
      ? relative[1]!
      : !apposed
        ? whole
        : (DESCRIPTION_OPENER.test(apposed[1]!) && isApposedName(apposed[2]!)) || apposedPair(whole)
          ? whole
          : isNounPhrase(apposed[1]!)
            ? apposed[1]!
            : whole;
  if (wordCount(np) > 12 && !coordinatedNamedPhrases(np)) return null;
  // "…, in a phone call": a preposition opens a setting, not the subject of a saying.
  if (SETTING_OPENING.test(np)) return null;
  const lastWordsOfNp = lastWords(np, 0, np.length);
  if (passiveBefore(lastWordsOfNp) || nounBefore(lastWordsOfNp, first[0]) || holdsClause(np)) return null;
  // "…near Alpha, Beta and Gamma and that its units had responded": a "that" before a determiner
  // or a pronoun opens a second clause said (coordinated with the first), never a speaker's name.
  if (THAT_CLAUSE_IN_SUBJECT.test(np)) return null;
  // "…, but Reyes did not say when": a saying denied or refused attributes nothing before it.
  if (deniedBefore(lastWordsOfNp) || (lastWordsOfNp.includes('to') && REFUSED_BEFORE.test(lastWordsOfNp)))
    return null;
  if (participleWithNoun(np, first[0])) return null;
  if (DOCUMENT_ONLY_VERBS.has(first[0].toLowerCase()) && !DOCUMENT_NOUN.test(np.trim())) return null;
  let rest = masked.slice(first.index + first[0].length, tailEnd).trim();
  // "…, the spokesman informed Aysor.am.": agency copy's "informed" takes its audience as "told" does.
  if (/(?:^|\s)(?:tell|tells|told|telling|informed|informs)$/.test(first[0]))
    rest = rest.replace(AUDIENCE, '').trim();
  // "…,” she said she had told him": a clause after the verb is what was said, not the quote.
  const speaker = { start: span.start, end: span.start + np.length };
  if (afterQuote && !/^(?:that|he|she|they|it|we|I|you|there)\b/i.test(rest)) {
    return { speaker, verbEnd: first.index + first[0].length };
  }
  // "said today after its lab verified videos of the attack": a clause of time may run longer; so
  // may a setting ("said at a closed-door session of the National Assembly on September 15").
  const limit =
    TIME_CLAUSE_REST.test(rest) || (settingAfterVerb(` ${rest}`) && !VERB_IN_SETTING.test(rest))
      ? 16
      : statementSetting(rest)
        ? Number.POSITIVE_INFINITY
        : 10;
  if ((!added && wordCount(rest) > limit) || /\bthat\b/i.test(rest) || !isAttributionTailRest(rest))
    return null;
  // "the first thing she asked for was bread": a preposition left before the main verb ends a
  // relative clause; the verb of saying is inside a noun phrase, not an attribution.
  if (LOWER_CASE_WORD_THEN_AUXILIARY.test(rest)) return null;
  // "The ombudsman, Dara Quill, said at least 32 people were hurt": a clause after the verb is what
  // was said, and the words before the name describe who said it.
  if (CLAUSE_AFTER_VERB.test(rest)) return null;
  return { speaker, verbEnd: first.index + first[0].length };
}

const DETERMINER_OPENING = /^\s*(?:the|a|an)\s/i;

/**
 * A conjunct that opens with a name or "the" and a name: "the Office of …", "Russia", "the United
 * States"; or with a body's common noun owned by a name, as copy writes offices in lower case:
 * "the office of the Armenian prime minister", "the press service of Azerbaijan's president".
 */
const NAMED_CONJUNCT = /^(?:the\s+)?(?:\p{Lu}|(?:\p{Ll}+\s+){1,2}of\s+(?:the\s+)?\p{Lu})/u;

/**
 * "the Administration of the President of Azerbaijan and the Office of the Prime Minister of
 * Armenia", "Russia, France and the United States": full noun phrases joined by "and" (or a comma
 * list ending in "and"), each named and each a noun phrase of its own. However long the whole, it
 * is a subject: its length comes from the names, not from a clause.
 */
function coordinatedNamedPhrases(np: string): string[] | null {
  if (!/\sand\s/.test(np)) return null;
  const parts = np.trim().split(LIST_SEPARATOR);
  return parts.length >= 2 &&
    parts.every((p) => wordCount(p) <= 12 && NAMED_CONJUNCT.test(p) && isNounPhrase(p) && !holdsClause(p))
    ? parts
    : null;
}

/** A complementiser "that" and the subject of its clause: "… and that the police had …". */
const THAT_CLAUSE_IN_SUBJECT =
  /\b(?:and|but|or)\s+that\s+(?:the|a|an|its|his|her|their|our|this|these|those|he|she|it|they|we|i|you|there)\s/i;

/**
 * Only the setting of a saying, no clause: "in a joint statement published on Thursday", "in an
 * interview on Monday", "at a briefing in Moscow".
 */
const SETTING_ONLY =
  /^(?:in|at|during|on|via|through)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|interview|post|briefing|address|speech|message|letter|e-?mail|communiqu[eé]|conference|call|readout)(?:\s+(?:published|issued|released|posted|given|held|made)\b)?(?:\s+(?:on|in|at|late|early|last|this|after|before)\b[^,;:.]{0,40})?[.!?]?$/iu;

/**
 * "writes Lindqvist in an email", "said Okafor in a statement": the setting after an inverted
 * subject says where it was said, never who said it; a surname alone keeps no setting in its name.
 */
const SETTING_AFTER_INVERTED_NAME = new RegExp(
  String.raw`(?<=[\p{L}'’.-])\s+(?=(?:in|at|during|on|via|through)\s)(?:${SETTING_ONLY.source.slice(1, -1)})$`,
  'u',
);

/**
 * "says ICRC spokesperson Zara Melikyan to NRK", "said Anna Berg to the BBC": whom an inverted
 * subject told is no part of who spoke. An envoy's "Ambassador to France" keeps its "to".
 */
const TOLD_OUTLET_AFTER_INVERTED_NAME =
  /(?<=\p{Lu}[\p{L}'’.-]*)(?<!\b(?:Ambassador|Envoy|Representative|Adviser|Advisor|Delegate|Emissary|Minister|Secretary|Mission|Delegation))\s+to\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}.-]*(?:\s+\p{Lu}[\p{L}\p{N}.-]*){0,2}[.!?]?\s*$/u;

/**
 * A sentence's subject, then a connective set off by commas: "Baku, in turn, ", "Azerbaijan, for
 * its part, ", "The mayor, for example, ".
 */
const SUBJECT_THEN_CONNECTIVE =
  /(?:^|[.!?]["”’]?\s+|\n)\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,5},\s+(?:in\s+turn|for\s+(?:its|his|her|their)\s+part|in\s+return|however|meanwhile|too|also|on\s+the\s+other\s+hand|by\s+contrast|in\s+contrast|in\s+response|for\s+(?:example|instance)|in\s+fact|indeed|likewise|similarly|though|in\s+particular),\s*$/u;

/** A pronoun, a wh-word or a preposition opening the words after a verb of saying. */
const CLAUSE_OPENING_AFTER_VERB =
  /^\s*(?:he|she|it|they|we|i|you|us|them|him|her|me|that|there|this|what|how|why|when|whether|if|by|to|in|on|at|for|from|with)\b/i;
/** Lower case only: "said Will Doyle" names Will Doyle. */
const CLAUSE_WORD = /\b(?:that|had|has|have|was|were|is|are|would|will|could|should|can|did|does|do)\b/;

/**
 * Whether the words after an inverted verb of saying are a clause, not its subject: "said she had
 * left …", "said Moscow would …", "said about 2,570 residents …" (a count opens what was said).
 */
function clauseAfterVerb(words: string): boolean {
  return CLAUSE_OPENING_AFTER_VERB.test(words) || CLAUSE_WORD.test(words) || opensWithCount(words);
}

/**
 * "said the summit showed the limits of …": a lower-case word between a noun and a second
 * determiner is a verb with its object, so the words are a clause, not an inverted subject.
 * A preposition or conjunction there ("the head of the mission", "a diplomat close to the talks") is no verb.
 */
const SECOND_DETERMINER_AFTER_VERB =
  /^\s*(?:the|a|an)\s+\S+(?:\s+\S+)*?\s+(?!(?:of|for|at|in|on|to|with|from|by|near|close|about|over|under|and|or|within|across|behind|among|between|into|like|than|including|inside|outside|familiar|involved|briefed)\s)\p{Ll}+\s+(?:the|a|an|its|his|her|their)\s/u;

/**
 * A setting where a subject would stand or end: "in a phone call", "…, Mevlüt Çavuşoğlu, in a
 * phone call": the "verb" after a preposition, a determiner and a word is a noun ("call").
 */
const SETTING_OPENING =
  /^\s*(?:in|on|at|during|after|before|from|with|by|for|over|via|through)\s+(?:a|an|the|his|her|its|their)\s|,\s*(?:in|on|at|during|after|before|from|with|by|for|over|via|through)\s+(?:a|an|the|his|her|its|their)\s+\p{Ll}+\s*$/iu;

/** "read a post by Erkin Gadirli", "read a tweet from the ministry": who wrote what the quote reads. */
const POST_BY =
  /^\s+(?:a|the|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:post|tweet|message|comment|caption|reply|update)\s+(?:by|from)\s+((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,5})(?=\s*(?:[,.;]|$))/u;

/** "wrote Ani Badalyan on Telegram", "posted X on his Facebook page": where it was posted is no part of who. */
const ON_PLATFORM =
  /\s+(?:on|via|in\s+a\s+post\s+on)\s+(?:X|Twitter|Telegram|Facebook|Instagram|TikTok|YouTube|Threads|Bluesky|Mastodon|VK|VKontakte|LinkedIn|WhatsApp|social\s+media|(?:his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}(?:account|page|channel|blog|feed))(?![\p{L}]).*$/su;

const GERUND_PHRASE_ONLY = /^\s*\p{Ll}+ing(?:\s+\p{Ll}+)*\s*$/u;

/**
 * "…,” giving states more power", "…, making claims about …": a lower-case participle opens a
 * clause, and the "verb" after it is a plural noun ("states", "claims", "notes"). A subject before
 * a verb in -s is singular, never a bare participle ("ruling party officials say" is plural).
 */
function participleWithNoun(np: string, verb: string): boolean {
  return /s$/.test(verb) && GERUND_PHRASE_ONLY.test(np);
}

/** Words that go on with a quote's own sentence: "“…” about the decision", "“…” for Clinton", "“…” that Sanders can win". */
const QUOTE_GOES_ON =
  /^(?:about|for|to|that|if|than|and|but|because|when|in|on|at|by|with|like|as|from|over|since|until|after|before|unless|without|against|among|despite)\s/;

/**
 * "“We’re deeply relieved” about the ruling, said Anna Petrosyan": a quote whose sentence goes on past
 * its closing mark for a few words, then the attribution after a comma. Only words that continue
 * the quote's sentence (a preposition or conjunction first): "“X” was the slogan, organisers
 * said" makes the quote a subject, and nobody said it.
 */
export function tailAfterQuoteGoesOn(
  masked: string,
  close: number,
  end: number,
): { speaker: Span; verbEnd: number; goesOnTo: number } | null {
  const region = masked.slice(close, end);
  const goesOn = /^\s+([^,;:\u2591]{1,120}?),\s+/.exec(region);
  if (!goesOn || !QUOTE_GOES_ON.test(goesOn[1]!) || wordCount(goesOn[1]!) > 12) return null;
  const from = close + goesOn[0].length;
  // The words before the comma hold no verb of saying of their own.
  if (speechVerbs(masked, close, from).length) return null;
  const tail = parseAttributionTail(masked, from, end, true);
  // Where the quote's sentence stops going on: the comma before the attribution.
  return tail && { ...tail, goesOnTo: close + goesOn[0].indexOf(',') };
}

interface Segment {
  start: number;
  end: number;
  text: string;
}

function segments(masked: string, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let depth = 0;
  let segStart = from;
  for (let i = from; i <= to; i++) {
    const ch = i < to ? masked[i]! : ',';
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    const dash =
      (ch === '-' || ch === '–' || ch === '—') &&
      /\s/.test(masked[i - 1] ?? '') &&
      /\s/.test(masked[i + 1] ?? '');
    // "2,000 supporters": a comma between digits is part of a number.
    const inNumber = ch === ',' && i < to && /\d/.test(masked[i - 1] ?? '') && /\d/.test(masked[i + 1] ?? '');
    if ((ch === ',' || dash) && depth === 0 && !inNumber) {
      const raw = masked.slice(segStart, i);
      const lead = raw.length - raw.trimStart().length;
      out.push({ start: segStart + lead, end: segStart + lead + raw.trim().length, text: raw.trim() });
      segStart = i + 1;
    }
  }
  return out;
}

/** A US party and state after a name: "R-NY", "D-Wis.", "R-Texas". */
const PARTY_TAG = /^\(?[RDI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\)?$/u;

/** A dateline opening wire copy: "BAKU, Sept 21 (Reuters) - ", "WASHINGTON (AP) — ", "GRANADA, Spain—". */
// Some US papers set the wire's dateline off with ">>": "BAKU, Azerbaijan >> A missile …".
// A chronology's date label is one too: "Sept. 25, 2023 - A fuel depot explodes …", "1991-1994 - War breaks out".
// Gulf papers write the city with a colon: "Baku: At least 21 civilians …". Spanish-language wires
// close the credit with a stop before the dash: "STEPANAKERT, Nagorno-Karabakh (apro/AFP).- The …".
// Two cities share one dateline with a slash: "STEPANAKERT/BAKU - Shops …".
const DATELINE =
  /^\s*(?:\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?:\s+(?=\p{Lu})|(?:\p{Lu}[\p{Lu} .'’/-]+(?:,[^\n(—–]{0,40}?)?\s*(?:\([^)]*\)\.?)?|(?:[*•]\s+)?(?:\p{Lu}\p{Ll}{2,8}\.?\s+)?(?:\d{1,2}(?:[-–]\d{1,2})?,\s+)?\d{4}(?:[-–]\d{2,4})?)\s*(?:[-–—―]{1,2}\s+|[—―](?=\p{Lu})|>>\s+))/u;

/** Kept per segment: subject finding asks about the same segments again and again. */
const isAdverbial = keptPerText(readIsAdverbial);

function readIsAdverbial(segment: string): boolean {
  // "And on Tuesday": a conjunction before the adverbial leaves it one.
  const text = segment.replace(/^(?:and|but|so|yet|or)\s+(?=\S)/i, '');
  // "Jan Novak from Charles University", "May Ohanyan": a month's word before a capitalised word
  // (no day, no year) is a given name that opens a name, never a time.
  if (GIVEN_NAME_LIKE_MONTH.test(text)) return false;
  return (
    ADVERBIAL_SEGMENT.test(text) ||
    RELATIVE_SEGMENT.test(text) ||
    TIME_NOUN_SEGMENT.test(text) ||
    opensWithParticiple(text) ||
    adverbAlone(text)
  );
}

const ONE_CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * "Afterwards,", "Nonetheless,", "Thereafter,": a fronted word the tagger reads as an adverb is a
 * sentence adverb, set off from the subject by its comma, never a name that opens a list of them.
 */
function adverbAlone(text: string): boolean {
  if (!ONE_CAPITALISED_WORD.test(text)) return false;
  const words = tag(text);
  return words.length === 1 && words[0]!.pos === 'ADV';
}

/** A month's word or abbreviation, written as a name, then another capitalised word: "Jan Šír", "April Ryan". */
const GIVEN_NAME_LIKE_MONTH =
  /^(?:Jan|June|July|April|May|August|Augustine)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}\p{Ll}/u;

const ENDS_WITH_ING_WORD = /(?:^|(?<!['’]s|s['’])\s)\p{Ll}\p{L}*ing$/u;

/**
 * "…, saying (that)": the segment ends with a participle; "on Thursday evening", "Berling" end with
 * nouns, and so does an -ing form owned by a possessive ("familiar with the minister's thinking").
 */
function endsWithParticiple(text: string): boolean {
  if (!ENDS_WITH_ING_WORD.test(text)) return false;
  return tag(text).at(-1)?.pos === 'VERB';
}

const OPENING_PARTICIPLE_AND_NEXT_WORD = /^(\p{L}+(?:ing|ed))\b\s*(\S*)/u;

/** "Speaking to reporters", "asked about it": a participle opens the segment; "Manning" or "Fleming wrote" is a name. */
function opensWithParticiple(text: string): boolean {
  const m = OPENING_PARTICIPLE_AND_NEXT_WORD.exec(text);
  return !!m && (LOWER_CASE_START.test(m[1]!) || LOWER_CASE_START.test(m[2]!));
}

const LAST_LOWER_CASE_WORD = /(\p{Ll}+)\s*$/u;

/**
 * The subject of a verb at `verbAt`, from the clause text before it: the segment just before the
 * verb, or when a parenthetical comes between ("Aliyev, during a call with Blinken, said") the
 * first segment that is not an adverbial ("In a separate statement, Miller said").
 */
/** The subject of the verb that ends right before `at` ("Hajizada dismissed| what he called …"). */
export function subjectOfVerbBefore(masked: string, from: number, at: number): Span | null {
  const verb = LAST_LOWER_CASE_WORD.exec(masked.slice(from, at));
  return verb ? subjectBefore(masked, from, from + verb.index) : null;
}

/**
 * "The market reopened on Monday; the court said": a subject never runs back across a semicolon,
 * which closes the clause before it. One inside brackets ("Aliyev (then premier; later president)
 * said") is no boundary of the verb's clause.
 */
function afterLastSemicolon(masked: string, from: number, to: number): number {
  let depth = 0;
  for (let i = to - 1; i >= from; i--) {
    const c = masked.charCodeAt(i);
    if (c === 41) depth++;
    else if (c === 40) depth = Math.max(0, depth - 1);
    else if (c === 59 && depth === 0) return i + 1;
  }
  return from;
}

/**
 * The subject before a speech verb. It is read off the words from the clause's start to the verb
 * alone (with the character before them and a few after, which its boundary tests look at), and
 * the same lead-ins ("Kremlin spokesman Dmitry Peskov said", "the ministry said in a statement")
 * open sentence after sentence across documents: each is read once, kept from the clause's start.
 */
function subjectBefore(masked: string, from: number, verbAt: number): Span | null {
  // The words up to the verb's first letters are the key as they are (a slice, never copied into
  // a longer string); the character before and where the verb starts tell readings of them apart.
  const words = masked.slice(from, verbAt + 3);
  const before = from === 0 ? -1 : masked.charCodeAt(from - 1);
  const at = verbAt - from;
  let readings = subjectsRead.get(words);
  let kept = readings?.find((r) => r.before === before && r.at === at)?.span;
  if (kept === undefined) {
    const read = readSubjectBefore(masked, from, verbAt);
    kept = read && { start: read.start - from, end: read.end - from };
    if (!readings) subjectsRead.set(words, (readings = []));
    readings.push({ before, at, span: kept });
  }
  return kept && { start: kept.start + from, end: kept.end + from };
}

const subjectsRead = new KeptResults<{ before: number; at: number; span: Span | null }[]>();

const PARENTHESIS_THEN_CAPITAL = /^\(\p{Lu}/u;
const SPACE_THEN_LOWER_CASE = /\s\p{Ll}/u;
const ANY_CAPITAL = /\p{Lu}/u;
const IN_OR_FROM_PLACE = /^(?:In|From)\s+(\p{Lu}[\p{L}-]+)$/u;
const CAPITAL_START = /^\p{Lu}/u;
const INDEFINITE_THEN_LOWER_CASE = /^(?:an?)\s+\p{Ll}/u;

/**
 * "A joint statement issued Sunday by the governments of France, …": a text and the first of the
 * list of its authors; the time between participle and "by" makes it no clause.
 */
const TEXT_BY_FIRST_NAMED =
  /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|communiqu[eé]|declaration|release)\s+(?:issued|released|published|signed|adopted)\s+(?:[\p{L}\d]+\s+){0,3}by\s+(?:the\s+)?(?:governments?\s+of\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}$/u;

/** "then" first among the adverbs before a verb: " then announced", " then later said". */
const THEN_FIRST = /^\s+then(?!\p{L})/u;

function readSubjectBefore(masked: string, from: number, verbAt: number): Span | null {
  let start = from;
  const dateline = DATELINE.exec(masked.slice(from, verbAt));
  if (dateline) start += dateline[0].length;
  // "(He says the border is safe.)": a sentence set in brackets opens with its subject all the same.
  else if (masked.charCodeAt(from) === 40 && PARENTHESIS_THEN_CAPITAL.test(masked.slice(from, from + 2)))
    start++;
  start = afterLastSemicolon(masked, start, verbAt);
  let end = verbAt;
  // The words before the verb end with a space: "Blinken has also |said".
  const before = masked.slice(start, end).trimEnd();
  const between = BETWEEN_SUBJECT_AND_VERB.exec(before);
  if (between) end = start + before.length - between[0].length;
  // "He gave the government an hour, then announced": "then" after a comma joins a second verb
  // to the clause before it, as "and" does; that clause's subject says it.
  const thenJoined =
    between !== null &&
    THEN_FIRST.test(between[0]) &&
    before.slice(0, before.length - between[0].length).endsWith(',');
  const group = verbGroupStart(masked.slice(start, end).trimEnd());
  if (group !== null) end = start + group;
  const parts = segments(masked, start, end);
  // "Rep. Chris Collins, R-NY, says": a party and state tag is no subject of its own.
  if (parts.length > 1 && PARTY_TAG.test(parts[parts.length - 1]!.text)) parts.pop();
  const last = parts[parts.length - 1];
  if (!last) return null;
  // "The envoy folded his notes, and then said", "The minister did not name them, but told": a second
  // verb joined to the first clause has that clause's subject.
  if (
    parts.length > 1 &&
    /^(?:and|but)?$/i.test(` ${last.text}`.replace(BETWEEN_SUBJECT_AND_VERB, '').trim()) &&
    (last.text || thenJoined)
  ) {
    // "Grassley downplayed the attack — something that has split the party — and said": an aside
    // set off by dashes is no clause of its own; the clause before it goes on.
    dropDashAsideBeforeLast(masked, parts);
    // Only the clause right before: after "…, which is inhabited by …, and declared" the verb may be the relative's.
    let clause = parts[parts.length - 2]!;
    if (!clause.text || isAdverbial(clause.text)) return null;
    if (parts.some((p) => RELATIVE_SEGMENT.test(p.text))) {
      // "Clinton, who was speaking to the mayors, did not name him, but told": a relative closed
      // before the main predicate; the subject before the relative says the second verb too.
      if (!opensWithPredicate(clause.text) || !RELATIVE_SEGMENT.test(parts[parts.length - 3]?.text ?? ''))
        return null;
      const lent = participleSubject(masked, parts.slice(0, -1));
      return lent && namesSomeone(masked.slice(lent.start, lent.end)) ? lent : null;
    }
    // "Borrell spoke with the prime minister, Nikol Pashinyan, and said": a name after a clause is
    // in apposition to its object; the clause's subject says the second verb.
    const before = parts.length > 2 ? parts[parts.length - 3]! : null;
    const apposedToObject =
      before?.text &&
      !isAdverbial(before.text) &&
      !isNounPhrase(before.text) &&
      SPACE_THEN_LOWER_CASE.test(before.text);
    if (isNounPhrase(clause.text) && !apposedToObject) return { start: clause.start, end: clause.end };
    if (apposedToObject) clause = before;
    // The first clause's subject is said to speak only when it names someone ("The bickering …, and said" names no one).
    const lent = clauseSubject(masked, clause);
    return lent && namesSomeone(masked.slice(lent.start, lent.end)) ? lent : null;
  }
  // "Humphrey, who calls Trump a “sociopath,” said": the relative clause closed inside the quote.
  if (
    parts.length > 1 &&
    RELATIVE_SEGMENT.test(last.text) &&
    last.text.endsWith(MASK) &&
    isNounPhrase(parts[parts.length - 2]!.text)
  ) {
    const named = parts[parts.length - 2]!;
    return { start: named.start, end: named.end };
  }
  // "Trump, the star of “The Apprentice,” said", "Aliyev, in an interview with “Al Arabiya,” said":
  // a description or a setting closed by the comma inside the quote; the name before it speaks.
  if (
    parts.length > 1 &&
    last.text.endsWith(MASK) &&
    (DESCRIPTION_OPENER.test(last.text) || SETTING_SET_OFF.test(last.text)) &&
    CAPITALISED_WORDS.test(parts[parts.length - 2]!.text)
  ) {
    const named = parts[parts.length - 2]!;
    return { start: named.start, end: named.end };
  }
  // "Gary Emineth, a former chairman, became a delegate and said": the subject of the first verb.
  if (parts.length > 1 && /\s(?:and|but)$/.test(last.text) && leadingNounPhrase(last.text) === null) {
    const at = parts.findIndex((p, i) => i < parts.length - 1 && p.text && !isAdverbial(p.text));
    const subject = at >= 0 ? parts[at]! : null;
    if (
      subject &&
      isNounPhrase(subject.text) &&
      ANY_CAPITAL.test(subject.text.replace(/^(?:The|A|An)\s/, ''))
    )
      return { start: subject.start, end: apposedNameEnd(parts, at) ?? subject.end };
  }
  if (last.text) {
    // "…, saying": a participle is no subject; a name that ends so ("Berling", "Xi Jinping") is.
    if (
      (RELATIVE_SEGMENT.test(last.text) &&
        !SUBORDINATOR_BEFORE_NAME.test(last.text) &&
        !SUBORDINATOR_BEFORE_PRONOUN.test(last.text) &&
        !subordinatorBeforeNounPhrase(last.text)) ||
      endsWithParticiple(last.text)
    )
      return null;
    // "In Yerevan, they reported": the seat of a government speaks for it.
    const seat =
      /^(?:they|officials)$/i.test(last.text) && parts.length > 1
        ? IN_OR_FROM_PLACE.exec(parts[parts.length - 2]!.text)
        : null;
    const government = seat ? resolveEntityAt(seat[1]!) : null;
    if (seat && government && government.kind === 'government') {
      const at = parts[parts.length - 2]!.start + seat[0].length - seat[1]!.length;
      return { start: at, end: at + seat[1]!.length };
    }
    const lead = LEADING_CONNECTIVE.exec(last.text)?.[0].length ?? 0;
    // "The United States, Russia and the European Union called": a list of names is the subject.
    let first = parts.length - 1;
    // "…, but Armenia and Azerbaijan said": a connective opens a clause of its own; no list runs back across it.
    while (
      first > 0 &&
      lead === 0 &&
      /\band\b/.test(last.text) &&
      !/^but\s/i.test(last.text) &&
      // "…, the United States, Armenia and Azerbaijan said": a name may open on "the".
      (CAPITAL_START.test(parts[first - 1]!.text) || THE_NAME_START.test(parts[first - 1]!.text)) &&
      !isAdverbial(parts[first - 1]!.text) &&
      // "He met Ali in Louisville, and Nicklaus said": a clause before "and" is no name in the list.
      (isNounPhrase(parts[first - 1]!.text) || TEXT_BY_FIRST_NAMED.test(parts[first - 1]!.text))
    )
      first--;
    const startAt = first < parts.length - 1 ? parts[first]!.start : last.start + lead;
    return startAt < last.end ? narrowSubject(masked, { start: startAt, end: last.end }) : null;
  }
  // "A truce took effect, the council's secretary, Armen Petrosyan, announced": after a clause,
  // the name in apposition to the description right before the verb spoke.
  const named = parts[parts.length - 2];
  const description = parts[parts.length - 3];
  if (
    parts.length >= 4 &&
    named?.text &&
    description?.text &&
    DESCRIPTION_OPENER.test(description.text) &&
    isApposedName(named.text) &&
    isNounPhrase(description.text)
  )
    return { start: named.start, end: named.end };
  // "It was no accident — Brendan Buck, a spokesman, told": a clause closed by a dash is the writer's lead-in.
  const clauseBeforeDash = (p: Segment) =>
    /^\s*[—–-]/.test(masked.slice(p.end, p.end + 3)) && !isNounPhrase(p.text);
  const at = parts.findIndex(
    (p, i) =>
      i < parts.length - 1 &&
      p.text &&
      !isAdverbial(p.text) &&
      !clauseBeforeDash(p) &&
      !placeAppositive(parts, i) &&
      !(placeOfPlace(parts, i) && placeAppositive(parts, i + 1)),
  );
  if (at < 0) return null;
  const timedName = at > 0 ? timeThenName(parts[at - 1]!) : null;
  // "On Monday Luis Moreno Ocampo, the former chief prosecutor, published": a time adverbial with no
  // comma before the name leaves the name the subject; the description after it is in apposition.
  if (timedName && at === 1 && DESCRIPTION_OPENER.test(parts[at]!.text)) return timedName;
  const subject = parts[at]!;
  // "Russia, France and the United States, co-chairs of the Minsk Group, said": the list, its last
  // name joined by "and", is the subject; the description after it is of them all.
  const listEnd = namedListEnd(parts, at);
  if (listEnd !== null) return { start: subject.start, end: parts[listEnd]!.end };
  // "The contingent's commander, Lieutenant General Rustam Muradov, told": a name in apposition to a description is who spoke.
  const apposed = at < parts.length - 2 ? parts[at + 1]! : null;
  if (apposed && DESCRIPTION_OPENER.test(subject.text) && isApposedName(apposed.text))
    return { start: apposed.start, end: apposed.end };
  // "The two co-presidents of the council, Anna Melikian and Paul Sarkis, said", "Two of the
  // organisers, A and B, told": a plural description in apposition to two names is those two.
  if (apposed && PLURAL_DESCRIPTION.test(subject.text) && isApposedPair(apposed.text))
    return { start: apposed.start, end: apposed.end };
  // "The council's rotating president, the United States, said": a state in apposition to the
  // role it holds is who spoke, never a person holding a like-named office.
  if (apposed && DESCRIPTION_OPENER.test(subject.text) && apposedState(apposed.text))
    return { start: apposed.start, end: apposed.end };
  // "One of them, Lilit, a student who came to help, says", "One of the mothers, Ruzanna, who …,
  // said": a given name alone set off after an indefinite or partitive description is who it is.
  if (apposed && ONE_DESCRIBED.test(subject.text) && isGivenNameAlone(apposed.text))
    return { start: apposed.start, end: apposed.end };
  // "One of the protesters, a student named Lilit, told": the description that names them is who it is.
  if (apposed && ONE_DESCRIBED.test(subject.text) && NAMED_DESCRIPTION.test(apposed.text))
    return { start: apposed.start, end: apposed.end };
  if (apposed && isTitledHolder(subject.text, apposed.text))
    return { start: apposed.start, end: apposed.end };
  // "One of them, Artur Khachikyan of the Hayastan bloc, said": the name before what it is of.
  const nameOf = apposed && DESCRIPTION_OPENER.test(subject.text) ? NAME_OF.exec(apposed.text) : null;
  if (nameOf && isApposedName(nameOf[1]!)) {
    const from = apposed!.start + apposed!.text.indexOf(nameOf[1]!);
    return { start: from, end: from + nameOf[1]!.length };
  }
  // "One of them, a shopkeeper whose son was hurt, said": the description says who "one" is.
  if (apposed && PARTITIVE.test(subject.text) && INDEFINITE_THEN_LOWER_CASE.test(apposed.text))
    return { start: apposed.start, end: apposed.end };
  return { start: subject.start, end: subject.end };
}

/**
 * Drops the segments of an aside that dashes set off right before the last segment ("… — something
 * that has split the party — and said"); nothing when no dash closes the segment before the last
 * or none opens it within three segments.
 */
function dropDashAsideBeforeLast(masked: string, parts: Segment[]): void {
  const closing = parts.length - 2;
  if (closing < 1 || !DASH_AFTER.test(masked.slice(parts[closing]!.end, parts[closing]!.end + 3))) return;
  for (let opening = closing; opening >= Math.max(1, closing - 2); opening--) {
    const at = parts[opening]!.start;
    if (DASH_BEFORE.test(masked.slice(Math.max(0, at - 3), at))) {
      parts.splice(opening, closing - opening + 1);
      return;
    }
  }
}

const DASH_AFTER = /^\s*[—–-]\s/;
const DASH_BEFORE = /\s[—–-]\s*$/;

/** A subject that names someone: a name, a person's pronoun, a noun for people who speak. */
function namesSomeone(words: string): boolean {
  return (
    ANY_CAPITAL.test(words.replace(/^(?:The|A|An)\s/, '')) ||
    /^(?:he|she|they)$/i.test(words) ||
    SPEAKER_NOUN.test(words)
  );
}

const TIME_THEN_NAME =
  /^(?:(?:On|Last|This|Late|Early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night)|Yesterday|Today|Earlier|Later)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})$/u;

/** The name a segment holds after the time it opens with ("On Monday Luis Moreno Ocampo"), or null. */
function timeThenName(part: Segment): Span | null {
  const name = TIME_THEN_NAME.exec(part.text)?.[1];
  if (!name || !isApposedName(name)) return null;
  const from = part.start + part.text.length - name.length;
  return { start: from, end: from + name.length };
}

/** A named noun phrase with no "and" in it: one item of a comma list ("Russia", "the United States"). */
const THE_NAME_START = /^the\s+\p{Lu}/u;

function isNamedItem(text: string): boolean {
  return NAMED_CONJUNCT.test(text) && !/\sand\s/.test(text) && isNounPhrase(text);
}

/**
 * Where a comma list of names that starts at `at` ends: the segment whose last item is joined by
 * "and" ("Russia|, France and the United States|"), when a description set off by commas follows
 * it right before the verb ("|, co-chairs of the Minsk Group,| said"). Null for any other parts.
 */
function namedListEnd(parts: readonly Segment[], at: number): number | null {
  if (!isNamedItem(parts[at]!.text)) return null;
  for (let k = at + 1; k < parts.length - 2; k++) {
    const text = parts[k]!.text;
    if (!/\sand\s/.test(text)) {
      if (isNamedItem(text)) continue;
      return null;
    }
    if (!text.split(LIST_SEPARATOR).every(isNamedItem)) return null;
    // Only a description of them all may stand between the list and its verb.
    const after = parts.slice(k + 1);
    const last = after.pop()!;
    if (last.text || after.length !== 1) return null;
    const description = after[0]!.text;
    return /^\p{Ll}/u.test(description) && isNounPhrase(description) ? k : null;
  }
  return null;
}

/** Lower-case words that open a noun phrase of its own ("the", "his"): what follows is no apposition. */
const DETERMINER_START =
  /^\s*(?:the|a|an|one|another|his|her|its|their|our|my|some|several|many|most|both|each|two|three)\s/;

/**
 * "In Sydney, home to most of the community, Nareg Boyadjian said": a bare lower-case phrase after
 * a place says what the place is, and a name follows it; it is no one who speaks.
 */
function placeAppositive(parts: readonly Segment[], i: number): boolean {
  const p = parts[i]!;
  const next = parts[i + 1];
  return (
    i > 0 &&
    (isAdverbial(parts[i - 1]!.text) || placeOfPlace(parts, i - 1)) &&
    /^\s*\p{Ll}/u.test(p.text) &&
    !DETERMINER_START.test(p.text) &&
    next !== undefined &&
    isApposedName(next.text)
  );
}

/** A state the gazetteer knows, named alone: "France", "the United States". */
function apposedState(text: string): boolean {
  return (
    /^(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u.test(text) &&
    resolveEntityAt(text)?.kind === 'government'
  );
}

/** A place adverbial that names a town: "In Glendale", "At Goris". */
const IN_NAMED_PLACE = /^(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Oo]utside)\s+\p{Lu}/u;
const PLACE_WORDS = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;

/**
 * "In Glendale, California, home to a large community, Raffi Kassabian said": the state or
 * country after a town's adverbial is part of it, when a description of the place and a name
 * follow it; the name spoke, not the place.
 */
function placeOfPlace(parts: readonly Segment[], i: number): boolean {
  return (
    i > 0 &&
    PLACE_WORDS.test(parts[i]!.text) &&
    IN_NAMED_PLACE.test(parts[i - 1]!.text) &&
    isAdverbial(parts[i - 1]!.text)
  );
}

/**
 * An indefinite or partitive description in lower case ("One of them", "One of the mothers", "A
 * neighbour"), the place it is of or from after it ("a resident of Stepanakert"), or someone's
 * relative or friend ("Lusine's 16-year-old daughter", "his cousin", "her mother-in-law").
 */
const ONE_DESCRIBED =
  /^(?:(?:[Oo]ne|[Aa]nother|[Aa]n?)(?:\s+[\p{Ll}-]+){1,4}(?:\s+(?:of|from|in)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?|(?:\p{Lu}[\p{L}-]*['’]s|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:daughter|son|wife|husband|mother|father|brother|sister|cousin|uncle|aunt|niece|nephew|grandmother|grandfather|grandson|granddaughter|neighbou?r|friend|fianc[eé]e?|widow)(?:-in-law)?)$/u;

/** "a student named Lilit": an indefinite description that gives the person's name. */
const NAMED_DESCRIPTION =
  /^(?:an?|one|another)\s+(?:[\p{Ll}\d-]+\s+){1,3}?(?:named|called)\s+\p{Lu}\p{Ll}+$/u;

/** "One of them", "an elderly woman", "another": a description that does not say who it is. */
const INDEFINITE_OPENER = /^(?:[Oo]ne|[Aa]nother|[Aa]n?)\s/;

/** A single capitalised word, no weekday, month or name the gazetteer knows: "Lilit", "Ruzanna". */
const GIVEN_NAME_ALONE = /^\p{Lu}\p{Ll}+$/u;
const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

function isGivenNameAlone(text: string): boolean {
  return GIVEN_NAME_ALONE.test(text) && !CALENDAR_WORD.test(text) && !resolveEntityAt(text, null);
}

/** A name and what it is of or from: "Artur Khachikyan of the Hayastan bloc". */
const NAME_OF = /^\s*(\p{Lu}[^,]*?)\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[^,]*$/u;

/**
 * A named owner's possessive that opens a description: "Georgia's", "Mr Pashinyan's", "Prime
 * Minister Nikol Pashinyan's". One to five capitalised words, the last with "'s".
 */
const NAMED_OWNER = String.raw`(?:\p{Lu}[\p{L}.-]*\s+){0,4}\p{Lu}[\p{L}.-]*['’]s`;

/**
 * A person's description in lower case, no body's: "the owner", "her elder sister", "Mr
 * Pashinyan's spokeswoman", "the town's mayor"; a name set off after it is who it is.
 */
const DEFINITE_PERSON = new RegExp(
  String.raw`^(?:the|his|her|their|${NAMED_OWNER})\s+(?:[\p{Ll}-]+(?:['’]s?)?\s+){0,2}(?!(?:ministry|office|service|agency|committee|commission|government|department|statement|report|council|court|army|police|authorities|administration|company|group|party|embassy|mission)$)[\p{Ll}-]+$`,
  'u',
);

/**
 * A capitalised office held by one person, "the" before it: "the Council of Europe Commissioner for
 * Human Rights", "the Foreign Minister". A name set off after it is the holder who spoke.
 */
const DEFINITE_TITLE =
  /^the\s+(?:[\p{L}-]+\s+){0,6}(?:Commissioner|Minister|Secretary|President|Ombudsman|Defender|Director|Chairman|Chairwoman|Chair|Envoy|Ambassador|Spokesman|Spokeswoman|Spokesperson|Mayor|Governor|Rapporteur)(?:\s+(?:for|of|on)(?:\s+[\p{L}-]+){1,4})?$/u;

/** A subject that only counts off members of a group named before: "One of them", "Another". */
const PARTITIVE = /^(?:(?:one|two|three|some|several|another|each)\s+of\s+(?:them|those|these|us)|another)$/i;

/**
 * Words that open a description a name may stand in apposition to: "the spokeswoman, Nazeli
 * Baghdasaryan", "Georgia's public defender, Levan Ioseliani".
 */
// "One of them, 58-year-old Anna Lee", "Another resident, Ara Sahakyan": "one" and "another" describe too.
// "Prime Minister Nikol Pashinyan's spokeswoman, Nazeli Baghdasaryan": the owner may be a titled, full name.
const DESCRIPTION_OPENER = new RegExp(
  String.raw`^(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ne|[Aa]nother)\s|${NAMED_OWNER}\s)`,
  'u',
);

const NAME_WORD_OR_OF_THE = /^(?:\p{Lu}|of$|the$)/u;

/** A setting set off after a name: "speaking on the program …", "in an interview with …". */
const SETTING_SET_OFF = /^(?:speaking|writing|in|on|at|during)\s/;

/** A name alone, in one to four capitalised words: "Trump", "Nikol Pashinyan". */
const CAPITALISED_WORDS = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+$/u;

const CLERIC_STYLE_ARTICLE = /^the\s+(?=(?:Rev\.|Revd\.?|Reverend|Very\s+Rev\.|Right\s+Rev\.)\s+\p{Lu})/u;

/** A segment that is a name, with any title before it: "Lieutenant General Rustam Muradov", "Nazeli Baghdasaryan". */
/** A description of several: counted ("the two", "Both", "Two of") or headed by a plural noun before any "of". */
const PLURAL_DESCRIPTION =
  /^(?:(?:[Tt]he\s+)?(?:two|[Bb]oth)\s|(?:Two|Both)\s+of\s|(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+s(?:\s+of\s|$))/u;

const TWO_NAMES = /^(\S.*?)\s+and\s+(\S.*)$/u;

/** "Anna Melikian and Paul Sarkis", "Karine and Levon Abrahamyan": two people named in full, or sharing the surname. */
function isApposedPair(written: string): boolean {
  const m = TWO_NAMES.exec(written);
  if (!m || !isApposedName(m[2]!)) return false;
  return isApposedName(m[1]!) || ONE_CAPITALISED_WORD.test(m[1]!);
}

const DESCRIPTION_THEN_PAIR = /^([^,]{1,60}),\s([^,]{1,160}?),?\s*$/u;

/** The two names a plural description stands before in apposition ("the two co-chairs, A and B"), else null. */
export function apposedPair(phrase: string): string | null {
  const m = DESCRIPTION_THEN_PAIR.exec(phrase);
  return m && PLURAL_DESCRIPTION.test(m[1]!) && isApposedPair(m[2]!) ? m[2]! : null;
}

function isApposedName(written: string): boolean {
  // "58-year-old Hasmik Sargsyan": an age before the name is no title, and no obstacle.
  // "the Rev. Garegin Boyajian": a cleric's style takes the article; the name follows it.
  const text = /^\d/.test(written)
    ? written.replace(/^\d{1,3}-year-old\s+/, '')
    : written.replace(CLERIC_STYLE_ARTICLE, '');
  const proper = CAPITAL_START.test(text) ? trailingProperName(text) : null;
  return (
    !!proper &&
    proper.name.includes(' ') &&
    proper.role.split(/\s+/).every((w) => !w || NAME_WORD_OR_OF_THE.test(w))
  );
}

const PRONOUN_BEFORE_LOWER_CASE_WORD = /^(?:he|she|they)(?=\s+\p{Ll})/iu;

/** The subject a clause opens with: a pronoun ("He shook hands") or its leading noun phrase; null if neither. */
function clauseSubject(masked: string, clause: Segment): Span | null {
  const pronoun = PRONOUN_BEFORE_LOWER_CASE_WORD.exec(clause.text);
  if (pronoun) return { start: clause.start, end: clause.start + pronoun[0].length };
  // "The Facebook page “Caucasus Truth” published …": the quoted name (masked) is read as a name.
  const quoted = QUOTED_NAME_OPENING.exec(clause.text);
  const words = quoted
    ? clause.text.slice(0, quoted[0].length - quoted[1]!.length) +
      'N'.padEnd(quoted[1]!.length, 'n') +
      clause.text.slice(quoted[0].length)
    : clause.text;
  const np = leadingNounPhrase(words);
  return np ? trimSpan(masked, clause.start, clause.start + np) : null;
}

/** A page, channel or account, then its name in quotes (masked): "the Telegram channel “Rybar”". */
const QUOTED_NAME_OPENING = new RegExp(
  `^(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?${PAGE_NOUN}\\s+(${MASK}+)`,
  'iu',
);

/**
 * "as the foundation's website (notes)", "When an NBC reporter (asked)": a subordinator before a
 * noun phrase whose verb is the saying. Not "if" (a condition says nothing) nor words that are
 * prepositions too ("After the vote Trump said": the vote is no speaker).
 */
function subordinatorBeforeNounPhrase(text: string): RegExpExecArray | null {
  const m = /^(?:when|while|as|although|though|because|whereas)\s+(?=\S)/i.exec(text);
  return m && isNounPhrase(text.slice(m[0].length)) ? m : null;
}

/** A relative clause's opening, with any preposition: "which", "under which", "of whom". */
/**
 * A subordinate clause's opening: a concession ("although"), or a condition ("if", "unless", or
 * "should" inverted: "…, should Yerevan ask for it"). Its verb is never the attribution of the clause before.
 */
const CONCESSIVE_OPENING = /^\s*(?:although|though|even though|whereas|while|if|unless|should)\s/i;

const RELATIVE_OPENING =
  /^\s*(?:(?:under|in|by|with|through|after|during|for|of|to|from|on|at)\s+)?(?:which|who|whom|whose)\b/i;

const RELATIVE_BEFORE_SUBJECT =
  /,\s*(?:(?:under|in|by|with|through|after|during|for|of|to|from|on|at)\s+)?(?:which|whom|whose)\s+[^,\u2591]*$/i;

const SUBORDINATOR_BEFORE_NAME =
  /^(?:While|When|As|After|Before|Because|Although|Though|If|Since|Once|Whereas)\s+(?=\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$)/u;

/**
 * "Although he said …,", "…, though she added that …", "…, where he said …": a pronoun subject
 * after a subordinator says what follows, up to the clause's end. Not "if" or "unless": a
 * condition reports no saying.
 */
const SUBORDINATOR_BEFORE_PRONOUN =
  /^(?:[Ww]hile|[Ww]hen|[Aa]s|[Aa]fter|[Bb]efore|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ss]ince|[Ww]hereas|(?:[Ee]ven\s+)?[Tt]hough|where)\s+(?:he|she|they|it)$/;

/** A name at the end of a segment, with the title words just before it: "Sen. Elizabeth Warren". */
const TRAILING_NAME = /(?:(?:\p{Lu}[\p{L}’'-]*\.?|of)\s+)*\p{Lu}[\p{L}’'-]+$/u;

const CONJUNCTION_THEN_SUBJECT_AT_END =
  /\s\p{Ll}[\p{L}'’-]*,?\s(?:and|but|so)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*|he|she|they)$/u;

/** A lapse of time before a subject: "days after", "two weeks before", "only hours after", "shortly after". */
const TIME_LAPSE_BEFORE_SUBJECT =
  /^(?:(?:only|just|barely|some|about|nearly|almost)\s+)?(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|\d{1,3})\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)|moments|shortly|soon|hours|days|weeks)\s+(?:after|before)\s+(?=(?:the|a|an|his|her|its|their)\s|\p{Lu})/iu;

/** Words of a clause, then "while", "as" or "whereas": "houses were damaged while (the ministry)". */
const CLAUSE_THEN_SUBORDINATOR = /\S\s+(?:while|as|whereas)\s+$/i;

/**
 * The subject inside a segment that opens with something else, when no comma tells them apart:
 * "Saturday at the party convention Sen. Elizabeth Warren" → "Sen. Elizabeth Warren"; "Listing
 * his business ventures she" → "she"; "In a Bloomberg interview Trump" → "Trump".
 */
const SUBORDINATOR_THEN_IT = /(?:^|\s)(?:where|while|whereas|although|though|because|since|when)\s+it$/i;

function narrowSubject(masked: string, whole: Span): Span | null {
  // "Frustration with police: Civil rights activists say": a label before a colon is no subject.
  const colon = masked.slice(whole.start, whole.end).lastIndexOf(': ');
  const span = colon >= 0 ? { start: whole.start + colon + 2, end: whole.end } : whole;
  const text = masked.slice(span.start, span.end);
  // "…, days after the government (announced)": how long after is no one; the subject follows.
  const lapse = TIME_LAPSE_BEFORE_SUBJECT.exec(text);
  if (lapse && lapse[0].length < text.length) return { start: span.start + lapse[0].length, end: span.end };
  const pronoun = /\s(?:he|she|they|we|I)$/u.exec(text);
  if (pronoun) return { start: span.end - pronoun[0].length + 1, end: span.end };
  // "…, where it said …", "…, while it says …": after a subordinator "it" is the clause's subject, a
  // body named before; elsewhere a trailing "it" is more often an object than who spoke.
  if (SUBORDINATOR_THEN_IT.test(text)) return { start: span.end - 2, end: span.end };
  // "Wilson praised Rubio's positions and said": the subject of the first verb says the second.
  if (/\s(?:and|but)$/.test(text)) {
    const lead = clauseSubject(masked, { start: span.start, end: span.end, text });
    if (lead) return lead;
  }
  // "the Free Trade Agreement and", "another mining company that": a subject cut short names no one.
  if (/\s(?:and|or|but|that|which|who|whose)$/i.test(text)) return null;
  if (!isAdverbial(text)) {
    // "The agreement came hours after officials said": the clause's last noun phrase is the subject.
    if (wordCount(text) < 3 || isNounPhrase(text.replace(/\s+(?:who|whom|whose|which)\b.*$/su, '')))
      return span;
    // "a villager asked for a handshake and Pashinyan (said)": a clause, then a subject of its own.
    const joined = CONJUNCTION_THEN_SUBJECT_AT_END.exec(text);
    if (joined) return { start: span.end - joined[1]!.length, end: span.end };
    const np = trailingNounPhrase(text);
    if (np === null) return span;
    // "The soldiers deployed there since March 2021 (said)": a time after "since", "after" or
    // "before" is that preposition's object, never the subject of a clause of its own.
    if (!TIME_PHRASE.test(text.slice(np))) return { start: span.start + np, end: span.end };
    const head = reducedRelativeHead(text);
    return head === null ? span : { start: span.start, end: span.start + head };
  }
  // "…, in which the Office of … and the Administration of the President of … (said)": the relative
  // opens the clause; the whole noun phrase after it is the subject, not the last name in it.
  const relative = PREPOSITION_WHICH.exec(text);
  if (relative && isNounPhrase(text.slice(relative[0].length).split(/\s+and\s+/)[0]!))
    return { start: span.start + relative[0].length, end: span.end };
  // "On December 7 the Office of … and the Administration of … (announced)": a date fronted with
  // no comma, then the whole subject (not just its last name).
  const dated = FRONTED_DATE.exec(text);
  if (dated && isNounPhrase(text.slice(dated[0].length).split(/\s+and\s+/)[0]!))
    return { start: span.start + dated[0].length, end: span.end };
  // "While Ramos (said)", "Though Senator Ana Ruiz (said)": a subordinator before a name.
  const subordinate = SUBORDINATOR_BEFORE_NAME.exec(text) ?? subordinatorBeforeNounPhrase(text);
  if (subordinate) return { start: span.start + subordinate[0].length, end: span.end };
  // "Nearly 2,783 houses were damaged while the ministry (said)": an adverb opening a clause of its
  // own, then "while", "as" or "whereas" and a noun phrase; that noun phrase is the saying verb's
  // subject. A subject never holds a finite verb of its own clause.
  const subordinated = trailingNounPhrase(text);
  if (
    subordinated !== null &&
    CLAUSE_THEN_SUBORDINATOR.test(text.slice(0, subordinated)) &&
    !TIME_PHRASE.test(text.slice(subordinated))
  )
    return { start: span.start + subordinated, end: span.end };
  const name = TRAILING_NAME.exec(text);
  if (!name || name.index === 0 || !/\s$/.test(text.slice(0, name.index))) return span;
  // The words before the name hold a lower-case word: they are the adverbial, the name the subject.
  if (!SPACE_THEN_LOWER_CASE.test(` ${text.slice(0, name.index)}`)) return span;
  return { start: span.start + name.index, end: span.end };
}

/** A relative clause's opening, a preposition and "which": "in which |", "under which |". */
const PREPOSITION_WHICH = /^(?:in|under|by|with|through|during|after|at|on)\s+which\s+/i;

const MONTH =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.';
const TIME_WORDS =
  'the|early|late|mid|last|this|next|of|end|start|beginning|middle|morning|afternoon|evening|night|' +
  'day|week|month|year|spring|summer|autumn|fall|winter|' +
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** A phrase of time words only: "March 2021", "early May", "last week", "the 1990s", "Monday night". */
const TIME_PHRASE = new RegExp(
  `^(?:(?:${TIME_WORDS}|${MONTH}|\\d{1,4}(?:s|st|nd|rd|th)?|\\d{4}['’]s),?(?:\\s+|-|$))+$`,
  'i',
);

const PAST_PARTICIPLE_THEN_PREPOSITION =
  /^\s+\p{Ll}+ed\s+(?:in|on|at|to|by|from|along|near|since|across|inside|outside|around|for|with|under|over)\s/u;

/**
 * "The Russian peacekeepers deployed in the area since 2020 (said)": a noun phrase, then a past
 * participle that opens a reduced relative clause about it. The noun phrase is the subject, as
 * its length; null for any other shape.
 */
function reducedRelativeHead(text: string): number | null {
  const np = leadingNounPhrase(text);
  if (np === null) return null;
  return PAST_PARTICIPLE_THEN_PREPOSITION.test(text.slice(np)) ? np : null;
}

/** A date fronted with no comma before the subject: "On December 7 the …", "In March Baku …". */
const FRONTED_DATE =
  /^(?:[Oo]n|[Ii]n|[Bb]y|[Ll]ate|[Ee]arly|[Ll]ast)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,4}(?:st|nd|rd|th)?|of|week|month|night|morning),?\s+){1,4}(?=\p{Lu}|the\s)/u;

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A time phrase right after a speech verb: "said Tuesday", "said on Friday night", "said last week". */
/** A day of a month as news copy writes it: "Sept. 28", "Jan. 1, 2024", "September 28". */
const MONTH_DAY =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)\\s+\\d{1,2}(?:,\\s+\\d{4})?';
const TIME_AFTER_VERB = new RegExp(
  `^,?\\s+(?:(?:on\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?|(?:on\\s+)?${MONTH_DAY}|(?:earlier|later)\\s+(?:this|that)\\s+(?:week|month|year)|` +
    `(?:last|this|next)\\s+(?:week|month|year|night|${WEEKDAY})|(?:yesterday|today|tonight|recently|earlier|later)(?:\\s+(?:morning|afternoon|evening))?|` +
    // "has said for weeks he …", "said repeatedly the talks …": how long or how often, not what was said.
    `for\\s+(?:(?:the\\s+)?(?:past|last)\\s+(?:few\\s+|several\\s+|two\\s+|three\\s+)?|(?:several|many|a\\s+few)\\s+)?(?:days|weeks|months|years|decades)|` +
    `(?:repeatedly|again|publicly|privately|previously|often|frequently|consistently|flatly|bluntly|openly)|` +
    // "said in October it had sent …", "said in March 2023 the …": a month or year, then a subject.
    `in\\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{4})?|\\d{4})` +
    `(?=\\s+(?:he|she|they|it|we|the|his|her|their|its|this|\\p{Lu}[\\p{L}'’-]*\\s+\\p{Ll})))` +
    '(?=[\\s,])(?!\\s*(?:[.;:]|$))',
  'u',
);

/**
 * Where it was posted, right after the verb and before the content's subject: "said on Facebook
 * the decision …", "wrote on Telegram that …" is left to "that"; a subject must follow.
 */
const MEDIUM_AFTER_VERB =
  /^,?\s+(?:on|in)\s+(?:Facebook|Twitter|X|Telegram|Instagram|YouTube|social\s+media)(?=\s+(?:he|she|they|it|we|the|his|her|their|its|this|\p{Lu}[\p{L}'’-]*\s+\p{Ll}))/u;

/** A source named after the content: "…, reported by Sputnik Armenia", "…, writes Kommersant", "…, TASS reported". */
const SOURCE_TAIL =
  /,\s+(?:(?:as\s+)?(?:reported|cited|quoted)\s+by|according\s+to|writes|wrote|reports|reported)\s+[^,;\u2591]{1,60}$|,\s+\p{Lu}[^,;\u2591]{0,40}\s+(?:reported|reports|writes|wrote)$/u;

function withoutSourceTail(masked: string, span: Span): Span {
  const tail = SOURCE_TAIL.exec(masked.slice(span.start, span.end));
  return tail ? trimSpan(masked, span.start, span.start + tail.index) : span;
}

const SAYING =
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
const SECOND_PARTICIPLE_AT_START = new RegExp(
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

function beforeNextSaying(masked: string, span: Span): Span {
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

/** Where a sentence starts before `at`: after a stop and spaces, or a line break. */
function sentenceStartBefore(masked: string, at: number): number {
  const from = Math.max(0, at - 600);
  let start = from;
  for (const m of allMatches(/[.!?]["”’]?\s+(?=["“‘]?\p{Lu})|\n/gu, masked.slice(from, at)))
    start = from + m.index + m[0].length;
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

function contentStart(masked: string, verbEnd: number, verb: string, end: number): number {
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
    const object = /^\s*[^,.;:"“‘'\u2591]{1,60}?\sas\s+/i.exec(masked.slice(at, end));
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

/**
 * A body's title may hold a list with commas: "the State Commission on Prisoners of War, Hostages
 * and Missing Persons". After a body noun with its complement, capitalised words joined by commas
 * and "and", up to the comma that opens the content, are still its name.
 */
const BODY_WITH_COMPLEMENT =
  /\b(?:Commission|Committee|Council|Ministry|Office|Agency|Department|Service|Centre|Center|Institute|Union|Foundation|Fund)\s+(?:on|of|for)\s+(?:the\s+)?\p{Lu}[^,]*$/u;
const TITLE_LIST_TAIL =
  /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)*,?\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*)*),\s*/u;

/** The words every "according to" reading needs, with the flags of the patterns that read them. */
const ACCORDING_TO = /according\s+to/iu;

/** A description set off by commas after a name: ", an aide to the premier,". */
/**
 * A person's description by role, its head before any "of"/"in": "the governor of X", "the head of
 * the X Society", "Armenia's human rights defender" (a possessive owner opens it as an article does).
 */
const PERSON_DESCRIPTION =
  /^(?:the|an?|his|her|its|their|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:governor|mayor|head|chief|director|spokes(?:person|man|woman)|representative|minister|ombudsman|(?:human\s+rights\s+)?defender|commander|chairman|chairwoman|chair|secretary|prosecutor(?:\s+general)?|attorney\s+general|secretary[\s-]general|deputy|adviser|advisor|aide|ambassador|envoy|official|doctor|lawyer)(?:\s+(?:of|in|for|at)\s[^,]*)?$/iu;
/** A full name of two to four capitalised words, then the comma that closes the apposition. */
const NAME_AFTER_DESCRIPTION = /^(\p{Lu}\.?[\p{L}'’-]*(?:\s+\p{Lu}\.?[\p{L}'’-]*){1,3}),\s*(?=[\p{L}\d"“‘])/u;
/** One to four capitalised words set off by a comma: a name in apposition ("Anahit,"). */
const GIVEN_NAME_APPOSED = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}),\s*(?=\p{L})/u;
const APPOSITIVE = /^((?:an?|the|another|his|her|its|their)\s[^,;:\u2591]{1,80}?),\s*(?=\S)/i;
/** A role with no article set off after a name: ", commander of the contingent,", ", head of the mission,". */
const BARE_ROLE_APPOSITIVE =
  /^((?:(?:deputy|acting|former|first|chief)\s+)?(?:commander|head|chief|director|spokes(?:man|woman|person)|chairman|chairwoman|chair|minister|ambassador|envoy|adviser|advisor|aide|secretary|governor|mayor|president|leader|founder|member|editor|professor|partner|representative|coordinator|rapporteur)\s+(?:of|for|at|to|in)\s[^,;:\u2591]{1,80}?),\s*(?=\S)/i;

/** A past participle and its agent set off after a source: ", led by Deputy Prime Minister Ana Lomidze,". */
const LED_BY_APPOSITIVE =
  /^((?:(?:jointly|respectively)\s+)?(?:led|headed|chaired|co-chaired)\s+by\s[^,;:\u2591]{1,100}?),\s*(?=\S)/i;

/** "a Western diplomat speaking under the Chatham House Rule": the description ends before its participle. */
const PARTICIPLE_TAIL = /\s+\p{Ll}+ing\b.*$/su;

/** A clause that tells what followed, hung on the one before: ", following which …", ", after which …". */
const FOLLOWING_WHICH = /,\s*(?:following|after|upon)\s+which\s+(?=\S)/gi;

/** An "according to" reading: its source, its frame from `from` to `frameEnd`, what was said from `saidFrom`. */
function accordingToReading(
  masked: string,
  source: Span,
  from: number,
  frameEnd: number,
  saidFrom: number,
  to: number,
): Attribution {
  return {
    form: 'according-to',
    speaker: source,
    frame: { start: from, end: frameEnd },
    content: trimSpan(masked, saidFrom, to),
  };
}

/** "For Anna Berg, a historian in Oslo, …": a person's full name, then a description of them. */
const FOR_PERSON_DESCRIBED =
  /^\s*For\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s*(an?\s[^,;:\u2591]{1,90}?),\s*(?=\S)/u;

/** A description whose head, before any "of", "at" or "in", is a person by occupation or standing. */
const PERSON_HEAD =
  /^an?\s+(?:[\p{L}-]+\s+){0,3}?(?:researcher|academic|analyst|expert|historian|professor|scholar|scientist|economist|lawyer|journalist|writer|author|member|activist|diplomat|official|specialist|commentator|observer|politician|lecturer|teacher|doctor|student|resident|veteran|deputy|senator|adviser|advisor|director|spokes(?:man|woman|person))(?:\s+(?:of|at|in|from|with|for|on|who)\b.*)?$/su;

/**
 * "For Anna Berg, a historian in Oslo, the vote is “a symbol”": a person's view, set before what
 * they hold, is theirs when it quotes their words. A person only, described as one ("a historian",
 * "an academic"): "For Goris, a town of 20,000, …" or "For Berg, …" give nothing, nor does a view
 * with no quote, which may be the writer's summary.
 */
function forPersonsView(masked: string, from: number, to: number): Attribution | null {
  const text = masked.slice(from, to);
  const m = FOR_PERSON_DESCRIBED.exec(text);
  if (!m || !isApposedName(m[1]!) || !PERSON_HEAD.test(m[2]!) || wordCount(m[2]!) > 12) return null;
  const entity = resolveEntityAt(m[1]!, DEFAULT_ROLE_DATE);
  if (entity && entity.kind !== 'person') return null;
  const content = trimSpan(masked, from + m[0].length, to);
  if (!masked.slice(content.start, content.end).includes(MASK)) return null;
  const npStart = from + m[0].indexOf(m[1]!);
  return {
    form: 'according-to',
    speaker: { start: npStart, end: npStart + m[1]!.length },
    frame: { start: from, end: from + m[0].trimEnd().length },
    content,
  };
}

/**
 * "As Reuters reports, citing a source in the government, …", "As the agency reported citing the
 * ministry, …": the source cited, when it is one who speaks (a name, a body, a source), not "citing
 * polls" or "citing documents". ("With reference to" is left to the outlet-voice reader, ownOutlet.ts.)
 */
const AS_OUTLET_CITING =
  /^\s*As\s+[^,]{1,60}?\s+(?:reports?|reported|writes|wrote|informs|informed|says|said)(?:\s+(?:on|last|this|earlier|late|early)(?:\s+\p{L}+)?)?,?\s+(?:citing|quoting)\s+([^,;:()"“”]{3,80}?),\s*/u;

function citedByOutlet(text: string): RegExpExecArray | null {
  const m = AS_OUTLET_CITING.exec(text);
  return m && (/^\p{Lu}/u.test(m[1]!) || SPEAKER_NOUN.test(m[1]!)) ? m : null;
}

/** "According to X, …", "…, according to X.", "As X reported, …". */
function accordingTo(masked: string, from: number, to: number): Attribution | null {
  const text = masked.slice(from, to);
  if (/^\s*For\s/.test(text)) return forPersonsView(masked, from, to);
  const initial =
    // "According to Reuters, which cited a diplomatic source in Baku, …": the outlet is the medium; the
    // one it cites said it (CONVENTIONS 15).
    /^\s*(?:[-–•*]\s+)?According\s+to\s+[^,]{1,100}?,\s+(?:which|who)\s+(?:cited|quoted|cites|quotes|is\s+citing|was\s+citing)\s+([^,]{1,100}?),\s*/i.exec(
      text,
    ) ??
    /^\s*(?:[-–•*]\s+)?According\s+to\s+([^,]{1,100}?),\s*/i.exec(text) ??
    // "As Reuters reports, citing a source in the government, …": the outlet is the medium; the one
    // it cites said it (CONVENTIONS 15).
    citedByOutlet(text) ??
    // "As reported by Reuters, …", "As first reported by the Times, …": the passive names the source after "by".
    /^\s*As\s+(?:(?:first|previously|earlier|also|was)\s+)?(?:reported|noted|stated|announced|revealed|disclosed)\s+by\s+([^,]{1,60}?),\s*/.exec(
      text,
    ) ??
    // "As Tert.am was informed by the press secretary …, …": the outlet was told; the teller spoke.
    /^\s*As\s+[^,]{1,40}?\s+(?:was|were|has\s+been)\s+(?:informed|told)\s+by\s+([^,]{1,80}?),\s*/.exec(
      text,
    ) ??
    // "As Life.ru was told at the Ministry of Defence, …", "… informed in the press service of …": told
    // inside a body, the body spoke; a place or an occasion ("in Baku", "in an interview") is no source.
    /^\s*As\s+[^,]{1,40}?\s+(?:was|were|has\s+been)\s+(?:informed|told)\s+(?:in|at)\s+(the\s+[^,]{0,60}?(?:ministry|service|office|headquarters|department|committee|administration|embassy|council|parliament|government|agency|secretariat)(?:\s+of\s+[^,]{1,60}?)?),\s*/i.exec(
      text,
    ) ??
    /^\s*As\s+([^,]{1,60}?)\s+(?:reports?|reported|said|says|noted|stated|announced|wrote|put it|warned|told|argued|explained|stressed|insisted|pointed out|acknowledged|recalled|observed|testified|informed|informs|clarified|confirmed)\b[^,]{0,80},\s*/.exec(
      text,
    );
  if (initial) {
    const npStart = from + initial[0].indexOf(initial[1]!);
    const listed = /^According/i.test(initial[0].trim())
      ? TITLE_LIST_TAIL.exec(text.slice(initial[0].length))
      : null;
    let whole = listed && BODY_WITH_COMPLEMENT.test(initial[1]!) ? initial[0] + listed[0] : initial[0];
    // "According to one, a Western diplomat speaking under …, Baku was …": the appositive is who "one" is.
    const partitive = /^(?:one|another|a second|a third|the other|one of them)$/i.test(initial[1]!);
    const one = partitive ? APPOSITIVE.exec(text.slice(whole.length)) : null;
    // "According to one of them, Anahit, the basements …": the name is who "one" is.
    const oneNamed = partitive && !one ? GIVEN_NAME_APPOSED.exec(text.slice(whole.length)) : null;
    if (oneNamed) {
      const at = from + whole.length;
      const end = at + oneNamed[1]!.length;
      return accordingToReading(masked, { start: at, end }, from, end, at + oneNamed[0].length, to);
    }
    if (one && wordCount(one[1]!) <= 12 && isNounPhrase(one[1]!.replace(PARTICIPLE_TAIL, ''))) {
      const head = one[1]!.replace(PARTICIPLE_TAIL, '');
      const at = from + whole.length;
      const source = { start: at, end: at + head.length };
      return accordingToReading(masked, source, from, at + one[0].trimEnd().length, at + one[0].length, to);
    }
    // "According to Ana Lomidze, an aide to the premier, the guards …": the appositive describes the source.
    // "According to Lieutenant General Rustam Muradov, commander of the contingent, the prisoners …":
    // a role with no article is an appositive as well.
    const apposed =
      whole === initial[0] && isApposedName(initial[1]!)
        ? (APPOSITIVE.exec(text.slice(whole.length)) ?? BARE_ROLE_APPOSITIVE.exec(text.slice(whole.length)))
        : null;
    // "According to a joint statement of the commissions, led by Deputy Prime Ministers A and B, the
    // parties …": a participle with its agent describes the source, as an appositive does.
    const ledBy = whole === initial[0] && !apposed ? LED_BY_APPOSITIVE.exec(text.slice(whole.length)) : null;
    if (ledBy && wordCount(ledBy[1]!) <= 14) whole += ledBy[0];
    if (
      apposed &&
      wordCount(apposed[1]!) <= 10 &&
      !/^(?:which|who|that|and|or|but)\b/i.test(text.slice(whole.length + apposed[0].length)) &&
      (isNounPhrase(apposed[1]!) || BARE_ROLE_APPOSITIVE.test(text.slice(whole.length)))
    )
      whole += apposed[0];
    // "According to the governor of Khoda Afarin, Ali Abdollahi, a boy was …": the name after a
    // person's description is who spoke, as in the final form (FINAL_DESCRIBED_NAME).
    const named =
      whole === initial[0] && PERSON_DESCRIPTION.test(initial[1]!)
        ? NAME_AFTER_DESCRIPTION.exec(text.slice(whole.length))
        : null;
    if (named) {
      const at = from + whole.length;
      const end = at + named[1]!.length;
      return accordingToReading(masked, { start: npStart, end }, from, end, at + named[0].length, to);
    }
    const npEnd =
      listed && whole !== initial[0]
        ? from + initial[0].length + listed[1]!.length
        : npStart + initial[1]!.length;
    const content = trimSpan(masked, from + whole.length, to);
    // "According to the network, basically.": nothing after the source is said.
    if (saysNothing(masked, content)) return null;
    return {
      form: 'according-to',
      speaker: { start: npStart, end: npEnd },
      frame: { start: from, end: from + whole.trimEnd().length },
      content,
    };
  }
  // Both readings below need the words themselves: most units never say them.
  if (!ACCORDING_TO.test(text)) return null;
  // The comma may be the last character inside a quote: "''the high-water mark,'' according to Mr. Rhodes".
  // Copy may drop the comma: "… 52 percent to 31 percent according to a Gallup survey published Tuesday."
  // A description may name its holder after a comma: "…, according to the region's ombudsman, Gegham Stepanyan."
  const final =
    FINAL_DESCRIBED_NAME.exec(text) ??
    FINAL_NAME_DESCRIBED.exec(text) ??
    // "…, according to Armenia's government - more than 40 per cent of …": a spaced dash ends the source,
    // as a semicolon does ("…, according to the ministry; 900 of them are children").
    // "…, according to a campaign official who was not authorized to speak publicly": a relative
    // clause may run on past the source's own length. A colon ends it too, before the breakdown it
    // opens ("…, according to the two ministries: 207 on one side and 79 on the other"), not a quote.
    /(?:,|\u2591(?=\s)|(?<=[\p{L}\p{N}%])(?=\s))\s*according\s+to\s+([^,;(\u2591]{1,80}?(?:\s(?:who|whom)\s[^,;(\u2591]{1,100}?)?)(?:\s*\([^)]*\)?)?(?:(?:\s+[-–—]\s+|:\s+(?!["“«']))[^\u2591]*)?[\s.!?]*$/iu.exec(
      text,
    );
  // "Many voters - 46 percent, according to a survey - back him": the dash after the source closes an aside.
  if (final && DASH_AFTER_SOURCE.test(final[0]) && /\s[-–—]\s/.test(text.slice(0, final.index))) return null;
  // "The ombudsman informed that 192 houses were damaged, according to preliminary data.": data with
  // no author is no source; the clause, "according to" and all, is what the verb's speaker said.
  if (final && AUTHORLESS_DATA.test(final[1]!) && SAYS_THAT.test(text.slice(0, final.index))) return null;
  // "…, taking up positions according to the maps of the Soviet era": a standard kept to, no source.
  if (final && STANDARD_KEPT_TO.test(final[1]!)) return null;
  if (final) {
    const npStart = from + final.index + final[0].indexOf(final[1]!);
    const contentEnd =
      from + final.index + (/^[,\u2591]/.test(final[0]) ? (final[0].startsWith(',') ? 0 : 1) : 0);
    // "Baku regained control in a day, following which 100,000 people left, according to X": the
    // source vouches for the event its clause tells, not for the writer's narrative before it.
    // "Troops attacked on Tuesday; at least 207 soldiers were killed, according to Yerevan": a
    // semicolon closes the clause before it, and the source vouches for the last clause alone.
    let contentStart = afterLastSemicolon(masked, afterDateline(masked, from, contentEnd), contentEnd);
    if (masked.slice(from, contentEnd).includes(' which ')) {
      for (const m of allMatches(FOLLOWING_WHICH, masked.slice(from, contentEnd)))
        contentStart = from + m.index + m[0].length;
    }
    return {
      form: 'according-to',
      speaker: { start: npStart, end: npStart + final[1]!.length },
      frame: { start: contentEnd + 1, end: to },
      content: trimSpan(masked, contentStart, contentEnd),
    };
  }
  return accordingToAfterConnective(masked, from, to) ?? accordingToInside(masked, from, to);
}

/**
 * "…, but according to the ministry, it was violated", "…; according to X, 100,000 fled",
 * "However, according to X, …", "…, when, according to X, four soldiers were killed", "was
 * detained after, according to X, he killed a guard" (a subordinator set off by the source): after a
 * conjunction (or a semicolon, or a colon: "raised the toll: according to X, 105 were dead") the
 * source opens a clause of its own and vouches for it alone; the writer's clause before it is no part
 * of it. One source in the sentence only.
 */
const CONNECTIVE_BEFORE_ACCORDING =
  /(?:[;:]|,\s*(?:but|and|yet|when|while|whereas|although|though)\s*,?|(?<=\s)(?:after|before|because|since|until|unless|once|when|while|although|though)\s*,|^\s*(?:However|But|Yet|Still|Meanwhile)\s*,?)\s+(?=according\s+to\s)/iu;

function accordingToAfterConnective(masked: string, from: number, to: number): Attribution | null {
  const text = masked.slice(from, to);
  const m = CONNECTIVE_BEFORE_ACCORDING.exec(text);
  if (!m || text.toLowerCase().split('according to').length !== 2) return null;
  const read = accordingTo(masked, from + m.index + m[0].length, to);
  return read && read.frame.start === from + m.index + m[0].length ? read : null;
}

const DASH_AFTER_SOURCE = /according\s+to\s+[^,(\u2591]*?\s[-–—]\s/iu;

/**
 * "…, according to the region's ombudsman, Gegham Stepanyan.", "…, according to Armenia's
 * ombudsman, Kristinne Grigoryan.": case-sensitive, so the name is capitalised.
 */
const FINAL_DESCRIBED_NAME =
  /,\s*according\s+to\s+((?:the|an?|his|her|its|their|\p{Lu}[\p{L}-]*['’]s)\s[^,\u2591]{1,70}?,\s+\p{Lu}\.?[\p{L}'’-]*(?:\s+\p{Lu}\.?[\p{L}'’-]*){1,3})[\s.!?]*$/u;

/**
 * "…, according to ANAMA, the Mine Action Agency.", "…, according to Gegham Stepanyan, the region's
 * ombudsman.": the name, then what it is; the name is the source.
 */
const FINAL_NAME_DESCRIBED =
  /,\s*according\s+to\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s+(?:the|an?|its|his|her|their|\p{Lu}[\p{L}-]*['’]s)\s[^,\u2591]{1,70}?[\s.!?]*$/u;

/** A verb that makes words a clause, read strictly: an auxiliary or modal, or a past form in -ed. */
const CLAUSE_VERB =
  /(?<![\p{L}])(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|\p{Ll}+ed)(?![\p{L}])/u;

const PARTICIPLE_OR_COMPARISON_START = /^(?:\p{Ll}+ing|compared|up|down)\b/u;

/**
 * Do the words after a medial "according to X," make a clause of their own, before any comma or
 * relative? "…, according to X, more than twice what it projected …" and "…, according to X,
 * director of the survey centre, which …" do not: a comparison or a description, no content.
 */
function hasOwnClause(rest: string): boolean {
  if (PARTICIPLE_OR_COMPARISON_START.test(rest)) return false;
  const head = rest.split(/,|(?<![\p{L}])(?:who|whom|whose|which|that|what|than)(?![\p{L}])/u)[0] ?? '';
  return FINITE_VERB.test(head);
}

const RELATIVE_OR_GERUND_START = /^(?:where|which|who|whom|whose|\p{Ll}{3,}ing)(?![\p{L}])/u;

/**
 * "Clinton holds a lead in Ohio, according to the poll, where 18 delegates are at stake", "Trump
 * gave his blessing, according to court papers, becoming its owner": after the source, a relative
 * on a place or a participle adds the writer's words; a lead that is a clause of its own (not a
 * noun phrase, not an adverbial, with a verb even if irregular) is what the source vouches for.
 */
function writersAddition(lead: string, rest: string): boolean {
  if (!RELATIVE_OR_GERUND_START.test(rest)) return false;
  return !/[.!?]\s+[\p{Lu}\p{N}]/u.test(lead) && !isNounPhrase(lead);
}

/** A finite auxiliary or copula opening what follows a medial source: the lead before it is its subject. */
const AUXILIARY_START =
  /^(?:is|are|was|were|has|have|had|will|would|could|can|must|should|may|might|remains|remained)(?![\p{L}])/u;
/** "84 people", "At least 200 people", "17 of the wounded": a counted noun phrase, no span of time. */
const COUNTED_PHRASE =
  /^(?:(?:at least|more than|fewer than|less than|about|around|some|nearly|almost|over|up to)\s+)?\d[\d,.]*\s+(?!(?:days?|weeks?|months?|years?|hours?|minutes?|ago|later|earlier)(?![\p{L}]))(?:of\s+)?\p{L}/iu;

/** "Clearing the fields": a gerund with its object, a subject when an auxiliary follows the source. */
const GERUND_SUBJECT = /^\p{Lu}\p{Ll}+ing\s+(?:the|a|an|its|their|his|her|all|most)\s/u;

/**
 * "84 people, according to police, were detained": a counted noun phrase or a gerund before the
 * source is the subject of the verb after it, though a numeral or a participle opens adverbials
 * too ("24 hours later", "Speaking to reporters").
 */
function countedSubject(lead: string, rest: string): boolean {
  return (COUNTED_PHRASE.test(lead) || GERUND_SUBJECT.test(lead)) && AUXILIARY_START.test(rest);
}

/**
 * "Moscow, according to the Kremlin, was in contact …": one capitalised word before the source is
 * the subject when an auxiliary follows the source; "However" or "Yesterday" are no subjects.
 */
function namedSubject(lead: string, rest: string): boolean {
  return (
    /^\p{Lu}\p{L}+$/u.test(lead) &&
    !isAdverbial(lead) &&
    !LEADING_CONNECTIVE.test(lead) &&
    AUXILIARY_START.test(rest)
  );
}

/** A paper and who issued it: "a note from the presidency", "a statement by the ministry". */
const AUTHOR_OF_PAPER = new RegExp(
  `^(.+?)\\s+(?:from|by|of|${wordsExcept(PUT_OUT_BY_WORDS)}\\s+by)\\s+(\\S.*)$`,
  'u',
);
/** A name and maybe a title before it, alone: "Putin", "President Vladimir Putin". */
const NAME_ALONE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+$/u;
/** A verb of saying or thinking right at the start, then its "that" within a few words. */
const SAYING_AT_START = new RegExp(`^(?:${SPEECH_VERB.source})`, 'u');
const THAT_SOON = /^(?:\s+[^\s,;:.\u2591]+){0,6}?\s+that\s/u;

/**
 * "Putin, according to the Kremlin spokesman, believes that …", "Aliyev, according to a note from
 * his office, assured his guest that …": the source set inside tells what the one named before it
 * said; its words run from that name (CONVENTIONS 14), and the named one's own saying is read
 * from them as any relayed saying is. Only a known person's name alone before the source, and a
 * verb of saying or thinking with its "that" right after it.
 */
function relayedByMedialSource(
  masked: string,
  from: number,
  to: number,
  inside: RegExpExecArray,
): Attribution | null {
  const lead = masked.slice(from, from + inside.index).trim();
  if (!NAME_ALONE.test(lead) || isAdverbial(lead) || LEADING_CONNECTIVE.test(lead)) return null;
  // A person the gazetteer knows: the named one's own saying is then read as well.
  if (resolveEntityAt(lead, DEFAULT_ROLE_DATE)?.kind !== 'person') return null;
  const restAt = from + inside.index + inside[0].length;
  const rest = masked.slice(restAt, to);
  const verb = SAYING_AT_START.exec(rest);
  if (!verb || !(/\sthat$/.test(verb[0]) || THAT_SOON.test(rest.slice(verb[0].length)))) return null;
  // "according to a note from the presidency": the paper's author is the source.
  const author = AUTHOR_OF_PAPER.exec(inside[1]!);
  const source = author && DOCUMENT_NOUN.test(author[1]!) ? author[2]! : inside[1]!;
  const npStart = from + inside.index + inside[0].indexOf(inside[1]!) + inside[1]!.length - source.length;
  return {
    form: 'according-to',
    speaker: { start: npStart, end: npStart + source.length },
    frame: { start: from + inside.index + 1, end: from + inside.index + inside[0].trimEnd().length },
    content: trimSpan(masked, from + masked.slice(from, to).indexOf(lead), to),
  };
}

/** A verb of saying (or "informed", as translations write it) and its "that": the sentence has a speaker of its own. */
const SAYS_THAT = new RegExp(`(?:${SPEECH_VERB.source}|(?<![\\p{L}])informed)\\s+that\\s`, 'u');

/**
 * "according to the maps of the Soviet era", "according to international law", "according to the
 * rules": what something conforms to, which says nothing and so is no one's source.
 */
const STANDARD_KEPT_TO =
  /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:maps|rules|regulations|norms|principles|timetable|international\s+law)(?:\s+of\s+[^,;]{1,40})?$/iu;

/** "preliminary data", "information available to his office", "the latest figures": no author named. */
const AUTHORLESS_DATA =
  /^(?:(?:the|official|preliminary|latest|new|available|initial|final|updated|operational|unofficial|current)\s+)*(?:data|figures|statistics|estimates|information|results|numbers)(?:\s+(?:available|at hand)(?:\s+to\s+(?:him|her|them|us|his|her|its|their)(?:\s+[\p{Ll}-]+){0,2})?)?$/iu;

/**
 * "At the root of the dispute, according to Thomas de Waal, was a decision …": set off by commas
 * inside what was said. The words before it are said too, unless they are an adverbial opening
 * ("In the coming decade, according to the finance ministry, the rise …").
 */
function accordingToInside(masked: string, from: number, to: number): Attribution | null {
  const text = masked.slice(from, to);
  const inside = /,\s*according\s+to\s+([^,;:\u2591]{1,80}?),\s*(?=\S)/i.exec(text);
  if (!inside) return null;
  const before = text.slice(0, inside.index);
  const relayed = relayedByMedialSource(masked, from, to, inside);
  if (relayed) return relayed;
  if (wordCount(before) < 2 && !namedSubject(before.trim(), text.slice(inside.index + inside[0].length)))
    return null;
  let after = from + inside.index + inside[0].length;
  // "according to Dennis Ross, another former envoy, was …": an appositive describes the source.
  const apposed =
    /^((?:an?|the|another|his|her|its|their)\s[^,;:\u2591]{1,80}?)(?:,\s*(?=\S)|[\s.!?]*$)/i.exec(
      masked.slice(after, to),
    );
  if (apposed && wordCount(apposed[1]!) <= 10 && isNounPhrase(apposed[1]!)) after += apposed[0].length;
  const content = trimSpan(masked, after, to);
  const rest = masked.slice(content.start, content.end);
  const lead = trimSpan(masked, from, from + inside.index);
  const leadText = masked.slice(lead.start, lead.end);
  const npStart = from + inside.index + inside[0].indexOf(inside[1]!);
  const speaker = { start: npStart, end: npStart + inside[1]!.length };
  // "The Court notes that, according to Azerbaijan, 21 persons …": a lead that ends with "that" is
  // someone's frame; what the source says is after it.
  const frameLead = /(?<![\p{L}])that$/iu.test(leadText);
  // "The ombudsman stated that, according to preliminary data, at least 50 …": numbers or
  // information with no author named are no source of their own; the clause, "according to" and
  // all, is what the frame's speaker said.
  if (frameLead && AUTHORLESS_DATA.test(inside[1]!)) return null;
  // "Trump has won 758 delegates, according to a CNN tally, but his path is narrowing": what
  // follows a conjunction is a clause of the writer's; what came before is what was said.
  if (
    frameLead ||
    !rest ||
    /^(?:but|and|or|yet|so|while|although|though|whereas)\b/i.test(rest) ||
    (CLAUSE_VERB.test(leadText) && !/[.!?]\s+[\p{Lu}\p{N}]/u.test(leadText) && !hasOwnClause(rest)) ||
    writersAddition(leadText, rest)
  ) {
    if (
      frameLead &&
      rest &&
      !/^(?:but|and|or|yet|so)\b/i.test(rest) &&
      !isNounPhrase(rest) &&
      !rest.includes(MASK)
    )
      return { form: 'according-to', speaker, frame: { start: lead.start, end: after }, content };
    if (frameLead || wordCount(leadText) < 3 || leadText.includes(MASK) || isAdverbial(leadText)) return null;
    return {
      form: 'according-to',
      speaker,
      frame: { start: from + inside.index + 1, end: after },
      content: trimSpan(masked, afterDateline(masked, lead.start, lead.end), lead.end),
    };
  }
  // "…, according to the Judicial Conference, the policy-making arm of …": a description, no content.
  // A quoted phrase inside the predicate ("…, according to X, was “a gross violation”") is still
  // the clause's; a quote elsewhere is read as its own.
  const quotedPredicate = rest.includes(MASK) && AUXILIARY_START.test(rest) && !leadText.includes(MASK);
  // "The road, according to Baku, is open": an auxiliary and its complement are a predicate.
  const shortPredicate = wordCount(rest) === 2 && AUXILIARY_START.test(rest);
  if (
    (wordCount(rest) < 3 && !shortPredicate) ||
    (rest.includes(MASK) && !quotedPredicate) ||
    RELATIVE_SEGMENT.test(rest) ||
    isNounPhrase(rest)
  )
    return null;
  return {
    form: 'according-to',
    speaker,
    frame: { start: from + inside.index + 1, end: from + inside.index + inside[0].trimEnd().length },
    content,
    // "The maps cover only part of it and, according to Baku, are only 25 percent accurate": the
    // source vouches for the conjunct after "and", not for the writer's before it.
    ...((isAdverbial(leadText) && !countedSubject(leadText, rest) && !isOpeningSetting(leadText)) ||
    LEADING_CONNECTIVE.test(leadText) ||
    leadText.includes(MASK) ||
    // "…the conflict in September, which, according to X, killed 63": the relative's antecedent is the writer's.
    /\s(?:and|but|or|yet|which|who)$/i.test(leadText)
      ? {}
      : { lead: trimSpan(masked, afterDateline(masked, lead.start, lead.end), lead.end) }),
  };
}

/** A subordinator or relative closing a lead: the source opens the clause it introduces. */
const SUBORDINATOR_AT_END =
  /(?<![\p{L}])(?:when|where|which|who|whom|whose|after|before|because|since|until|while|although|though|if|as|that|once)$/iu;

/**
 * "On Tuesday, according to the ministry, five people …", "Since then, according to X, …": a time,
 * place or circumstance that opens the sentence is part of what the source vouches for, as it is
 * before a final "…, the ministry said" (CONVENTIONS row AJ). A connective ("However,",
 * "In addition,") or a clause the source interrupts ("…, when, according to X, …") is not one.
 */
function isOpeningSetting(leadText: string): boolean {
  return (
    isAdverbial(leadText) &&
    !RELATIVE_SEGMENT.test(leadText) &&
    !LEADING_CONNECTIVE.test(leadText) &&
    !SUBORDINATOR_AT_END.test(leadText)
  );
}

/**
 * "Another diplomat put it more bluntly: the memorandum “ties our hands,” he said": the words
 * before the colon frame the saying (the writer's), what follows is said. Only a framing verb.
 */
const FRAMING_BEFORE_COLON =
  /^[^:\u2591]{0,80}?\b(?:put it|was (?:more |even )?(?:blunt|blunter|direct|explicit|succinct|candid)|summed (?:it )?up|went further)\b[^:\u2591]{0,30}:\s+(?=\S)/;

/** "WASHINGTON — The United States will …, Power announced": the dateline is no part of what was said. */
function afterDateline(masked: string, from: number, to: number): number {
  const dateline =
    DATELINE.exec(masked.slice(from, to)) ??
    (from === 0 || masked.charCodeAt(from - 1) === 10
      ? CITY_DASH_AT_PARAGRAPH.exec(masked.slice(from, to))
      : null);
  let start = dateline ? from + dateline[0].length : from;
  // "What's next: Russian troops began deploying …, the ministry said": a section label opening the
  // paragraph (a few words, no verb of their own) is the outlet's, not the source's.
  if (from === 0 || masked.charCodeAt(from - 1) === 10) {
    const label = SECTION_LABEL.exec(masked.slice(start, to));
    if (label && !LABEL_VERB.test(label[1]!)) start += label[0].length;
  }
  // "Let us recall that on April 11 …, the ministry said": the agency's idiom is the writer's, not the source's.
  const recap = RECAP_OPENER.exec(masked.slice(start, to));
  return recap ? start + recap[0].length : start;
}

/** "What's next:", "The big picture:", "Driving the news:": up to four words, a colon, a capital. */
const SECTION_LABEL = /^\s*(\p{Lu}[\p{L}'’]*(?:\s+[\p{L}'’]+){0,3}):\s+(?=\p{Lu})/u;
/** A clause before a colon is the source's own ("The reason is simple: …"); "What's" is a label's idiom. */
const LABEL_VERB =
  /(?<![\p{L}'’])(?:is|are|was|were|has|have|had|will|would|can|could|must|may|might|did|does|do|\p{Ll}+ed|said|says|told)(?![\p{L}])/u;

/**
 * "London — At least 68 people …": a dateline in the outlet's own case, a city of one or two words
 * and a spaced dash, read only where a paragraph opens (inside a sentence it may be a name and an aside).
 */
const CITY_DASH_AT_PARAGRAPH = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s[—–]\s+(?=\p{Lu})/u;

/** A translated agency's reminder before background it attributes: "Recall that", "We will remind,". */
const RECAP_OPENER =
  /^\s*(?:(?:[Ll]et\s+us|[Ll]et['’]s|[Ww]e\s+will|[Ww]e['’]ll|[Ww]e)\s+(?:recall|remind)(?:\s+you)?|[Tt]o\s+recall|[Rr]ecall|[Ii]t\s+(?:will|should)\s+be\s+recalled|[Aa]s\s+a\s+reminder)(?:\s+that(?!\p{L})|\s*,)\s*/u;

function afterFramingColon(masked: string, from: number, to: number): number {
  const colon = masked.indexOf(':', from);
  if (colon < 0 || colon >= to) return from;
  const framing = FRAMING_BEFORE_COLON.exec(masked.slice(from, to));
  return framing ? from + framing[0].length : from;
}

/** "…, the State Department said." / "…, said the ministry.": the last comma opens the attribution. */
/**
 * A claim named with its denier as the subject of the trailing verb: "a charge Ankara", "a claim
 * Baku"; "something Baku (denies)" names the claim by a pronoun, and no one speaks as "something".
 */
/** A noun phrase, then a relative word and that clause's own subject: "a step that diplomats". */
const OBJECT_RELATIVE_SUBJECT = /^(?:an?|the|this|another)\s+(?:[\p{L}-]+\s+){0,4}?(?:that|which)\s+\S/iu;

/** "as" opening what something is called, not a clause of time ("as he left"). */
const AS_PREDICATE = /^\s+as\s+(?!(?:he|she|they|we|I|it|you)\s)/;

const CLAIM_DENIED = new RegExp(
  `^(?:something|(?:an?|the|this|that)\\s+(?:[\\p{L}-]+\\s+)?${CLAIM_NOUN})\\s`,
  'iu',
);

/**
 * A figure named with a subject that is no one ("neither side", "either government", "no
 * official") as the subject of the trailing verb: "a figure neither side", "a toll far higher than
 * either government".
 */
const FIGURE_NO_ONE_CONFIRMED =
  /^(?:an?|the|this|that)\s+(?:[\p{L}-]+\s+)?(?:figure|number|toll|tally|estimate|count|total)\s(?:.*\s)?(?:neither|either|no)\s+[\p{L}-]+(?:\s+(?:has|have|had|is|was|are|were))?$/iu;

/** Noun phrases set off by commas and nothing else: a name and its description, no clause. */
function describesOnly(words: string): boolean {
  if (!words.includes(',') || words.includes(MASK) || /[—–]|\s-\s|\d/.test(words)) return false;
  return words
    .split(',')
    .every((part) => part.trim() !== '' && !FINITE_VERB.test(part) && isNounPhrase(part.trim()));
}

/**
 * "A Western diplomat in Baku, who spoke on condition of anonymity": a noun phrase, then its
 * relative clause; or its appositive and the appositive's relative clause ("Davit Melkonyan of Goris,
 * a farmer who has lost two sons"). Either way a subject, no clause said.
 */
function subjectWithRelative(words: string): boolean {
  const m =
    /^\s*([^,]{2,80}),\s+(?:((?:an?|the|one|another)\s[^,]{1,60}?)\s+)?(?:who|whom|whose)\s[^,]*$/i.exec(
      words,
    );
  return !!m && isNounPhrase(m[1]!.trim()) && (!m[2] || isNounPhrase(m[2].trim()));
}

/**
 * "…, Trend reports citing the Defense Ministry.", "…, Ann.az informs citing the ministry." (agency copy's
 * "informs" is its "reports"); "…, the agency's correspondent reports, citing sources in Baku.": a
 * lower-case "the" opens only a name of the press, since a body that cites relays (two statements).
 */
const CITING_TAIL =
  /^\s*(?:\p{Lu}[^,;\u2591]{0,50}?|the\s+[^,;\u2591]{0,40}?(?<![\p{L}-])(?:correspondent|reporter|news\s+agency|news\s+site|website|newspaper|daily|paper|channel|outlet|media|press|TV|radio|IA))\s(?:reports|reported|informs|informed|writes|wrote|said|says),?\s+citing\s+([^,;\u2591]{3,80}?)[\s.!?]*$/u;

/**
 * "…, UNHCR said, citing local authorities.": "said" is no press word, as "reports" is; a body the
 * gazetteer knows, and not as the press, relays what it cites, so it speaks too (CONVENTIONS 14).
 */
function knownBodySaid(tail: string): boolean {
  const said = /^\s*(\p{Lu}[^,;\u2591]{0,50}?)\s(?:said|says),?\s+citing\s/u.exec(tail);
  if (!said) return false;
  const body = resolveEntityAt(said[1]!);
  return (
    !!body &&
    !body.id.startsWith('text:') &&
    body.kind !== 'person' &&
    affiliationOf(body, said[1]!) !== 'media'
  );
}

/** How far back from a sentence's end a trailing attribution may start: a long subject of named bodies. */
const LONG_TAIL = 400;

/**
 * "…, the Administration of the President of the Republic of Azerbaijan and the Office of the
 * Prime Minister of the Republic of Armenia said in a joint statement today.": a tail longer than
 * most, whose subject is named noun phrases joined by "and".
 */
function coordinatedTail(masked: string, start: number, to: number, afterQuote: boolean): boolean {
  const tail = parseAttributionTail(masked, start, to, afterQuote);
  return !!tail && coordinatedNamedPhrases(masked.slice(tail.speaker.start, tail.speaker.end)) !== null;
}

/**
 * "…, IRNA quoted officials in the province as saying.": the closing order of "IRNA quoted X as
 * saying that …" (quotedAsSaying.ts); the one quoted said it, the medium only carried it.
 */
const QUOTED_AS_SAYING_TAIL =
  /^\s*\p{Lu}[^,;\u2591]{0,50}?\s(?:quoted|quotes|cited|cites)\s+([^,;\u2591]{3,80}?)\s+as\s+(?:saying|stating|telling\s+(?:\p{Ll}+\s+)?\p{Ll}+)[\s.!?]*$/u;
/**
 * "…, the authorities said before their dissolution was announced; Baku …": a clause of time after
 * the verb says when it was said, never what: no "that", no comma, nothing quoted in it.
 */
const TIME_CLAUSE_AFTER_VERB = /^\s+(?:before|after|until|once|when|while)\s[^,;:"“”\u2591]{3,80}$/u;

function trailing(text: string, masked: string, from: number, to: number): Attribution | null {
  for (let at = to - 1; at > from && to - at <= LONG_TAIL; at--) {
    // A boundary is a comma outside quotes, or the end of a quote whose last word took the comma (`…force,” the …`).
    const c = masked.charCodeAt(at);
    const afterQuote = c !== MASK_CODE && masked.charCodeAt(at - 1) === MASK_CODE;
    // Most characters are neither a comma nor the first after a quote: nothing more is read at them.
    if (c !== 44 && !afterQuote) continue;
    const quoteWithComma =
      afterQuote &&
      // The mark may be doubled apostrophes, after a nested single mark: `…,''` and `…,'''`.
      /,\s*(?:["”’'»]|'{2,3})$/.test(text.slice(Math.max(from, at - 5), at));
    if (c !== 44 && !quoteWithComma) continue;
    // A tail is short; past that only names joined by "and" may make it long.
    if (to - at > 160 && !coordinatedTail(masked, quoteWithComma ? at : at + 1, to, quoteWithComma)) continue;
    // "…, Trend reports citing the Defense Ministry.": the one cited said it; the outlet only relays.
    const citing =
      CITING_TAIL.exec(masked.slice(at + 1, to)) ?? QUOTED_AS_SAYING_TAIL.exec(masked.slice(at + 1, to));
    if (citing && !quoteWithComma && !knownBodySaid(citing[0])) {
      const start = at + 1 + citing[0].lastIndexOf(citing[1]!);
      return {
        form: 'trailing',
        speaker: { start, end: start + citing[1]!.length },
        frame: trimSpan(masked, at + 1, to),
        content: trimSpan(masked, from, at),
      };
    }
    // A relative pronoun opens no attribution ("…, which, Baku insists, implies …").
    if (RELATIVE_OPENING.test(masked.slice(at + 1, at + 24))) continue;
    // "…, although Baku acknowledged only 72": a concessive clause sets another's words against
    // the clause before it, and "…, if Yerevan asked" sets a condition; neither is its attribution.
    if (CONCESSIVE_OPENING.test(masked.slice(at + 1, at + 24))) continue;
    // "…, analysts say; in 2012, Romney …": the attribution ends at a semicolon, another clause follows.
    const semicolon = quoteWithComma ? -1 : masked.indexOf(';', at + 1);
    if (semicolon > at && semicolon < to) {
      const before = parseAttributionTail(masked, at + 1, semicolon);
      const afterVerb = before ? masked.slice(before.verbEnd, semicolon) : '';
      if (
        before &&
        (afterVerb.trim() === '' || settingAfterVerb(afterVerb) || TIME_CLAUSE_AFTER_VERB.test(afterVerb))
      )
        return {
          form: 'trailing',
          speaker: trimSpan(masked, before.speaker.start, before.speaker.end),
          frame: trimSpan(masked, at + 1, semicolon),
          content: trimSpan(masked, afterDateline(masked, afterFramingColon(masked, from, at), at), at),
        };
    }
    const tail =
      parseAttributionTail(masked, quoteWithComma ? at : at + 1, to, quoteWithComma) ??
      (quoteWithComma ? null : tailBeforeConjunct(masked, at + 1, to));
    if (!tail) continue;
    // "X urged both sides to “…,” and France asked for a council meeting": a clause joined by "and"
    // whose verb goes on to words of its own is a second clause with its own subject, no attribution
    // of the clause before it.
    if (
      /^\s*(?:and|but)\s/.test(masked.slice(quoteWithComma ? at : at + 1, tail.speaker.end)) &&
      /[\p{L}\d]/u.test(masked.slice(tail.verbEnd, to)) &&
      !settingAfterVerb(masked.slice(tail.verbEnd, to))
    )
      continue;
    // "A Western diplomat, who spoke on condition of anonymity, said the scale …": before the comma
    // stand a subject and its relative clause, no clause said; the verb after it has that subject.
    if (tail.speaker.start >= tail.verbEnd && subjectWithRelative(masked.slice(from, at))) continue;
    // "…, a charge Ankara denies", "an accusation Baku has rejected": the writer's word on the
    // claim before it, whose denier says nothing; the saying that made the claim is read elsewhere.
    if (CLAIM_DENIED.test(masked.slice(tail.speaker.start, tail.speaker.end))) continue;
    // "…, adding that he had written to Blinken to ask for …": a participle of saying opens the
    // same speaker's second saying, never the subject of a verb after it.
    if (SECOND_PARTICIPLE_AT_START.test(masked.slice(tail.speaker.start, tail.speaker.end).trimStart()))
      continue;
    // "…, a rare announcement that diplomats described as the first sign of progress": a noun in
    // apposition whose relative clause has its own subject; the relative word is the object of the
    // verb, whose "as" gives what the noun is called. The writer names the clause before it, and
    // what the relative clause's subject calls it is no words of the clause.
    if (
      OBJECT_RELATIVE_SUBJECT.test(masked.slice(tail.speaker.start, tail.speaker.end)) &&
      AS_PREDICATE.test(masked.slice(tail.verbEnd, to))
    )
      continue;
    // "…, a figure neither side has confirmed", "a number far higher than either government has
    // acknowledged": the writer's word on the figure before it, whose confirmer is no one; the
    // saying that gave the figure is read elsewhere.
    if (FIGURE_NO_ONE_CONFIRMED.test(masked.slice(tail.speaker.start, tail.speaker.end).trim())) continue;
    // "…, said about 2,570 residents had …": a count is the subject of the clause said, not who spoke.
    if (opensWithCount(masked.slice(tail.speaker.start, tail.speaker.end))) continue;
    // "…, a step later welcomed by Washington": a participle with its agent describes the phrase
    // before it, which said nothing.
    if (
      /ed$/.test(lastWord(masked, tail.speaker.start, tail.verbEnd)) &&
      /^\s+by\s/.test(masked.slice(tail.verbEnd, tail.verbEnd + 4))
    )
      continue;
    // "It is wiser, diplomats said, for Yerevan to …": the attribution stands inside what was said.
    const verbWord = lastWord(masked, tail.speaker.start, tail.verbEnd);
    // "The budget, the minister said on Friday, will …": a setting may stand before the closing comma.
    const after = (TOLD.test(verbWord) ? TOLD_BEFORE_COMMA : SAID_BEFORE_COMMA).exec(
      masked.slice(tail.verbEnd, Math.min(to, tail.verbEnd + 90)),
    );
    // "…, the minister said, although talks go on": a subordinate clause after the comma is the
    // writer's setting of the news, not the rest of a clause the attribution interrupts.
    const goesOn =
      after &&
      continuesClause(masked.slice(tail.verbEnd + after[0].length, to)) &&
      !settingAfterSource(masked.slice(from, at), masked.slice(tail.verbEnd + after[0].length, to));
    // "a declaration which, Baku insists, implies …": inside a relative clause, the words
    // before the aside are the writer's; what was said is the predicate after it.
    // "All of which, he said, would …" opens its sentence with the relative: that one stays said.
    const before = masked.slice(from, at);
    // "Armenia's ombudsman, Arman Tatoyan, said many Armenians, most of them soldiers, were …": a name
    // and its description before the comma are the subject of "said", no words it interrupts.
    if (!quoteWithComma && nameInApposition(before)) continue;
    const relative =
      /\b(?:which|who|whom|whose|that)\s*$/i.test(before) &&
      !/\bof\s+(?:which|whom)\s*$/i.test(before) &&
      wordCount(before) >= 4;
    if (relative && (!goesOn || quoteWithComma)) continue;
    if (goesOn && !quoteWithComma && (relative || PARENTHETICAL_VERB.test(verbWord) || TOLD.test(verbWord))) {
      // "…, the ministry said, two days after the vote": the clause was complete; what follows is the writer's.
      if (!relative && WRITERS_NOTE_AFTER_ATTRIBUTION.test(masked.slice(tail.verbEnd + after![0].length, to)))
        return {
          form: 'trailing',
          speaker: trimSpan(masked, tail.speaker.start, tail.speaker.end),
          frame: trimSpan(masked, at + 1, tail.verbEnd),
          content: trimSpan(masked, afterDateline(masked, afterFramingColon(masked, from, at), at), at),
        };
      const content = reportedContent(masked, trimSpan(masked, tail.verbEnd + after![0].length, to));
      if (content.end <= content.start || masked.slice(content.start, content.end).includes(MASK))
        return null;
      const opening = Math.max(pastFramingColon(masked, from, at), afterLastSemicolon(masked, from, at));
      const lead = trimSpan(masked, afterDateline(masked, opening, at), at);
      const leadText = masked.slice(lead.start, lead.end);
      return {
        form: 'trailing',
        speaker: trimSpan(masked, tail.speaker.start, tail.speaker.end),
        frame: trimSpan(masked, at + 1, tail.verbEnd),
        content,
        // "In a statement, Miller said, the talks …": an adverbial opening is no part of what was said.
        ...(isSettingOfSaying(leadText) || relative ? {} : { lead }),
      };
    }
    // "…, as the water board notes": "as" opens the attribution, the board speaks.
    const as = /^as\s+(?=\S)/i.exec(masked.slice(tail.speaker.start, tail.speaker.end));
    const speaker = trimSpan(masked, tail.speaker.start + (as?.[0].length ?? 0), tail.speaker.end);
    // "…, Zara Amatuni, a spokesperson for the ICRC, said": the name before the description spoke.
    const named = quoteWithComma ? null : nameBeforeDescription(masked, from, at, speaker);
    if (named)
      return {
        form: 'trailing',
        speaker: named.name,
        frame: trimSpan(masked, named.comma + 1, to),
        content: trimSpan(
          masked,
          afterDateline(masked, afterFramingColon(masked, from, named.comma), named.comma),
          named.comma,
        ),
      };
    // "…, Georgia's public defender, Levan Ioseliani, said": the description the name stands in
    // apposition to belongs to the attribution, not to what was said.
    const described = quoteWithComma ? -1 : describedBefore(masked, from, at, speaker);
    // "On Tuesday, Hale wrote to investors, telling …": a setting before the comma is no content.
    if (!quoteWithComma && isSettingOfSaying(masked.slice(from, at))) continue;
    // "Sam Lau, the party's spokesman said": a name before the comma is who spoke, not what was said.
    if (!quoteWithComma && isNameOnly(masked.slice(from, at))) continue;
    // "Lia Berg, the mayor's daughter, noted the rule": names and descriptions alone, with no
    // verb of their own, are who did something, never what was said.
    if (!quoteWithComma && describesOnly(masked.slice(from, at))) continue;
    return {
      form: 'trailing',
      speaker,
      frame: trimSpan(masked, described >= 0 ? described + 1 : quoteWithComma ? at : at + 1, to),
      content: trimSpan(
        masked,
        afterDateline(masked, afterFramingColon(masked, from, at), at),
        described >= 0 ? described : at,
      ),
    };
  }
  return null;
}

/** The last word between two offsets: the verb of an attribution tail. */
function lastWord(masked: string, start: number, end: number): string {
  // What `split(/\s+/).pop()` gives, read back from the end rather than splitting every word.
  const words = masked.slice(start, end);
  let at = words.length;
  while (at > 0 && !isSpace(words.charCodeAt(at - 1))) at--;
  return words.slice(at);
}

/**
 * Is what follows "…, X said," the writer's setting of the news rather than the rest of a clause
 * the attribution interrupts? Only after a clause of its own, and never when it quotes the speaker.
 */
function settingAfterSource(lead: string, rest: string): boolean {
  return wordCount(lead) >= 4 && !rest.includes(MASK) && ADJUNCT_AFTER_SAYING.test(rest.trimStart());
}

/**
 * "More than 80,000 have fled, officials said Thursday, as aid arrived.": the news, then its
 * source, then the writer's setting of the news. Read as a trailing attribution up to the comma
 * before the setting; the setting is no part of what was said.
 */
function trailingBeforeAdjunct(text: string, masked: string, from: number, to: number): Attribution | null {
  const region = masked.slice(from, to);
  if (!region.includes(', ')) return null;
  const cut = lastCommaBeforeAdjunct(region);
  // A quote in the setting is no words of the source's, only where a namer is told: "in what X called "…"".
  if (cut <= 0 || (region.includes(MASK, cut) && !IN_WHAT.test(region.slice(cut + 1).trimStart())))
    return null;
  const read = trailing(text, masked, from, from + cut);
  if (!read || read.frame.end > from + cut) return null;
  // "And so, he said, while …": a short opening is the speaker's, the clause goes on past the comma.
  return wordCount(masked.slice(read.content.start, read.content.end)) >= 4 ? read : null;
}

/**
 * Where the last dash set off by spaces between `from` and `at` stands, or -1. Only the words after
 * `from` are searched: most sentences hold no such dash, and a search from `at` would otherwise
 * read back to the start of the document each time.
 */
function spacedDashBefore(masked: string, from: number, at: number): number {
  const region = masked.slice(from + 1, at + 2);
  const i = Math.max(region.lastIndexOf(' — '), region.lastIndexOf(' – '));
  return i < 0 ? -1 : from + 2 + i;
}

/**
 * "Armenia's army was not in the region, he said, and the border was “relatively stable.”": a
 * short "X said" set off by commas before "and"/"but" is the attribution of the words before it,
 * however long the conjunct after it is; the conjunct is no part of the tail. A conjunct that opens
 * with a quote is the speaker's own words too, and is left to the quote readers.
 */
function tailBeforeConjunct(
  masked: string,
  start: number,
  end: number,
): ReturnType<typeof parseAttributionTail> {
  const conjunct = /^\s*[^,;:\u2591]{2,60}?(?=,\s+(?:and|but)\s+(?!["“\u2591]))/.exec(
    masked.slice(start, end),
  );
  return conjunct ? parseAttributionTail(masked, start, start + conjunct[0].length) : null;
}

/**
 * Where the comma before a description stands, when the segment between it and `at` describes
 * the named speaker that follows ("…, Georgia's public defender, Levan Ioseliani, said"); -1 when not.
 */
const ROLE_WORD =
  '(?:head|chief|commander|director|spokes(?:man|woman|person)|minister|deputy|adviser|advisor|aide|secretary|chair(?:man|woman)?|leader|ambassador|envoy|president|governor|mayor|ombudsman|representative|counterpart|official|officer|general|member)';
/** One person's description: "a spokesperson for …", "the ICRC's head …", "commander of …"; not "diplomatic sources". */
const ROLE_DESCRIPTION = new RegExp(
  `^(?:(?:[Tt]he|[Aa]n?)\\s|${ROLE_WORD}\\s)(?!.*\\b(?:sources|officials)\\b)`,
  'u',
);
const ROLE_NOUN_BEFORE = new RegExp(`\\b${ROLE_WORD}s?\\s*$`, 'iu');

/**
 * "…, Zara Amatuni, a spokesperson for the ICRC, said": when the trailing verb's subject is a
 * description ("a spokesperson for …", "commander of …") and a name stands alone between the two
 * commas before it, the name is who spoke and what was said ends before it.
 */
function nameBeforeDescription(
  masked: string,
  from: number,
  at: number,
  speaker: Span,
): { name: Span; comma: number } | null {
  const described = masked.slice(speaker.start, speaker.end);
  if (!ROLE_DESCRIPTION.test(described) || isApposedName(described)) return null;
  // "The plans “will not solve it,” Anne Richards, an official, said": the comma inside the quote
  // sets the name off as one outside would.
  const comma = Math.max(masked.lastIndexOf(',', at - 1), quoteClosedBefore(masked, from, at));
  if (comma <= from || wordCount(masked.slice(from, comma)) < 3) return null;
  // "… with his Azerbaijani counterpart, Jeyhun Bayramov, diplomatic sources said": a name after
  // a role noun is that role's holder, told of in what was said.
  if (ROLE_NOUN_BEFORE.test(masked.slice(Math.max(from, comma - 40), comma))) return null;
  // "…, Kiedis said his band and Brian Burton, AKA Danger Mouse, …": a saying before the name
  // is the sentence's own; the name is told of in it.
  if (COMMUNICATION_VERB.test(masked.slice(from, comma))) return null;
  const name = trimSpan(masked, comma + 1, at);
  const written = masked.slice(name.start, name.end);
  // "…, Martuni, Nagorno Karabakh, the ministry said": a place set off by commas is where, not who.
  if (written.includes(MASK) || !isApposedName(written)) return null;
  const known = resolveEntityAt(written, DEFAULT_ROLE_DATE);
  return known && known.kind !== 'person' ? null : { name, comma };
}

/** Where the last quote before `at` ends, when a space follows it and a quote is not all there is before it; -1 if none. */
function quoteClosedBefore(masked: string, from: number, at: number): number {
  let end = at - 1;
  while (end > from && masked.charCodeAt(end) !== MASK_CODE) end--;
  if (end <= from || !SPACE.test(masked.charAt(end + 1))) return -1;
  let start = end;
  while (start > from && masked.charCodeAt(start - 1) === MASK_CODE) start--;
  return masked.slice(from, start).trim() === '' ? -1 : end + 1;
}

function describedBefore(masked: string, from: number, at: number, speaker: Span): number {
  // "The deal is done — the ministry's spokeswoman, Ana Ruiz, said": a dash may open the description.
  const comma = Math.max(
    masked.lastIndexOf(',', at - 1),
    spacedDashBefore(masked, from, at),
    quoteClosedBefore(masked, from, at),
  );
  if (comma <= from) return -1;
  const segment = masked.slice(comma + 1, at).trim();
  if (!DESCRIPTION_OPENER.test(segment) || wordCount(segment) > 8 || segment.includes(MASK)) return -1;
  if (!isApposedName(masked.slice(speaker.start, speaker.end)) || !isNounPhrase(segment)) return -1;
  return wordCount(masked.slice(from, comma)) >= 3 ? comma : -1;
}

/**
 * "A truce took effect at 8 p.m., the council's secretary, Armen Petrosyan, announced, “with the
 * mediators' help.”": a quoted fragment after the attribution adds to what was said; the
 * attribution is read as if the sentence ended before it.
 */
function trailingBeforeAddition(text: string, masked: string, from: number, to: number): Attribution | null {
  // "All five were killed, the ministry said in a statement, among them a colonel": a part
  // listed after the attribution goes with the clause before it, which is what was said.
  // "65,036 people had crossed, the office said — more than half of the population": a spaced dash
  // after the attribution sets off the writer's gloss on the clause before it, likewise.
  const part = PART_AFTER_ATTRIBUTION.exec(masked.slice(from, to));
  return part ? trailing(text, masked, from, from + part.index) : null;
}

const PART_AFTER_ATTRIBUTION = /,\s+(?:among them|among whom|of whom|most of them|some of them)\s|\s[—–]\s/i;

const CLAUSE_CONTINUATION_START =
  /^(?:\p{L}+ing|who|which|and|but|as|when|while|before|after|in|at|on|during|amid|following|despite|according|citing|via|from|to)\b/iu;

/**
 * Words after a parenthetical attribution that go on with what was said, not a participle or an
 * adverbial ("adding that …"). A clause of reason or concession ("The offer is late, he said,
 * because …") finishes the claim it hangs on, so the speaker said both.
 */
function continuesClause(rest: string): boolean {
  return (
    !CLAUSE_CONTINUATION_START.test(rest) || JOINED_CLAUSE.test(rest) || QUOTE_AFTER_CONNECTIVE.test(rest)
  );
}

/**
 * A connective or "to" whose words soon turn to a quote: "…, she said, but “we expect …”", "It is
 * his job, he said, to “talk to Congress”". The quote is the speaker's, so the clause it finishes
 * is what was said, lead and all; alone, "but “we expect …”" is a fragment of it.
 */
const QUOTE_AFTER_CONNECTIVE = new RegExp(
  String.raw`^(?:and|but|while|whereas|to)\s+(?:[\p{L}'’-]+\s+){0,3}?${MASK}`,
  'u',
);

/**
 * "And" or "but" after a parenthetical attribution that opens a clause with its own subject goes
 * on with what was said: "The shops were closed, he said, and residents had left", "…, she said,
 * but more work is needed". A verb straight after it shares the attribution's subject and tells
 * the writer's next act ("…, he said, and left the room"), which stays out. A quote after it
 * ("…, she said, and “we had to start again”") is read as the quote it is, elsewhere.
 */
const JOINED_CLAUSE =
  /^(?:and|but)\s+(?:the|a|an|this|these|those|it|he|she|they|we|I|you|there|his|her|their|its|our|my|your|many|most|more|much|few|several|both|some|no|none|all|each|every|other|others|people|residents|officials|\p{Lu}[\p{L}.’'-]*)\s/u;

/**
 * What the writer sets after a parenthetical attribution once the clause is complete: an
 * indefinite noun phrase with its relative that sums up what was said ("…, she said, a view that
 * few share"), or a lapse of time that dates the news ("…, he said, two days after the vote").
 * Neither goes on with the clause the attribution interrupts.
 */
const WRITERS_NOTE_AFTER_ATTRIBUTION =
  /^(?:an?\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+\s+(?:that|which|who|whose)\s|(?:a|one|two|three|four|five|six|seven|a\s+few|several|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|since)\s)/iu;

/** "Her husband interrupted: the house, he said, had been …": the words before a colon frame what was said. */
function pastFramingColon(masked: string, from: number, leadEnd: number): number {
  const colon = masked.lastIndexOf(':', leadEnd - 1);
  // "At 10:30 the road, she said, was open": a clock's colon frames nothing.
  return colon > from && /\s/.test(masked[colon + 1] ?? '') ? colon + 1 : from;
}

/** Plain verbs of saying that may stand between two commas inside what was said. */
const PARENTHETICAL_VERB =
  /^(?:said|says|say|announced|announces|declared|declares|stated|states|confirmed|confirms|added|adds|add|argued|argues|argue|noted|notes|note|contended|contends|contend|insisted|insists|insist|explained|explains|explain|wrote|writes|write|acknowledged|acknowledges|acknowledge|warned|warns|warn|predicted|predicts|predict|suggested|suggests|suggest|stressed|stresses|cautioned|cautions|recalled|recalls|conceded|concedes|concede|continued|continues|maintained|maintains|maintain|observed|observes|claimed|claims|claim|vowed|vows|reported|reports|believes|believe|believed|thinks|think|thought)$/;

const TOLD = /^(?:told|tells)$/;
// A comma inside a number ("2,600") closes nothing.
const SAID_BEFORE_COMMA = new RegExp(`^${SETTING_BEFORE_COMMA},(?!\\d)\\s*(?=\\S)`, 'u');
/** "told" and its hearers (a few words, no clause), then a setting. */
const TOLD_BEFORE_COMMA = new RegExp(
  `^\\s+(?:[\\p{L}'’.-]+\\s+){0,5}?[\\p{L}'’.-]+${SETTING_BEFORE_COMMA},(?!\\d)\\s*(?=\\S)`,
  'u',
);

/**
 * An attribution set off by commas inside what was said: "The only problem, she said, is that …",
 * "It is wiser, diplomats said, for Yerevan to …". The words before it (a clause, not an
 * adverbial opening) are said too. Only a plain verb of saying between two commas.
 */
function parentheticalLead(
  masked: string,
  from: number,
  speaker: Span,
  verbEnd: number,
  verb: string,
): Span | null {
  const told = TOLD.test(verb);
  if (!told && !PARENTHETICAL_VERB.test(verb)) return null;
  // "The levy, she said on Monday, is …": a time of the saying may stand before the comma.
  // "The offer, he told a group of journalists in July, remains …": whom, then when, for "told".
  const comma = (told ? TOLD_BEFORE_COMMA : SAID_BEFORE_COMMA).exec(masked.slice(verbEnd, verbEnd + 90));
  if (!comma || !continuesClause(masked.slice(verbEnd + comma[0].length))) return null;
  const before = masked.slice(from, speaker.start);
  // "Pashinyan, as his press secretary reported, held talks …": an aside in which the subject's own
  // relayer reports tells the clause it splits; other "as" asides may only vouch for a phrase.
  const relayerAside = /^(?:his|her|its|their)\s/i.test(masked.slice(speaker.start, speaker.end));
  const aside = (relayerAside ? /,\s*(?:as\s+)?$/ : /,\s*$/).exec(before);
  if (!aside) return null;
  const leadEnd = from + aside.index;
  const described = describedBefore(masked, from, leadEnd, speaker);
  // "BAKU, Azerbaijan — A strike killed 21, officials said, the deadliest …": the wire's dateline is no part of it.
  const opening = Math.max(
    pastFramingColon(masked, from, leadEnd),
    afterLastSemicolon(masked, from, leadEnd),
  );
  const lead = trimSpan(
    masked,
    afterDateline(masked, opening, leadEnd),
    described >= 0 ? described : leadEnd,
  );
  const words = masked.slice(lead.start, lead.end);
  if (wordCount(words) < 1 || words.includes(MASK) || isSettingOfSaying(words)) return null;
  return lead;
}

/** A share of a whole: "half", "a third", "two-thirds". */
const SHARE = String.raw`half\b|a\s+(?:third|quarter|fifth|half|dozen)\b|(?:one|two)-thirds\b|(?:one|three)-quarters\b`;
/**
 * What opens no content right after a verb of saying: a preposition ("said by", "said of"), or
 * "about" before a topic, not before a count or a share ("said about 2,000 people fled").
 */
const AFTER_VERB_NOT_CONTENT = new RegExp(
  String.raw`^(?:by|for|with|about(?!\s+(?:\d|${SHARE}))|into|onto|from|of)\s`,
  'i',
);

/** A topic after a verb of saying, set off before the quote: "of the ceasefire, ", "about the talks, ". */
const TOPIC_BEFORE_QUOTE = /^(?:of|about)\s+[^,;:.!?\u2591]{1,60},\s*(?=\u2591)/u;

const ADDRESSING =
  /(?:^|\s)(?:ask|asks|asked|asking|tell|tells|told|telling|question|questioned|questioning|press|pressed|pressing|quiz|quizzed|warn|warned|warns|remind|reminded|inform|informed)$/i;
/**
 * One noun phrase of one to four words as the object (no subject pronoun, wh-word, auxiliary or a
 * second determiner that would open a clause's subject), then "about" a topic, not a number.
 */
const ADDRESSED_ABOUT_TOPIC =
  /^(?!(?:he|she|they|we|I|it|there|that|this|whether|if|how|why|what|when|where|who)\s)[\p{L}.'’-]+\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|can|could|should|did|does|do|not|the|a|an|his|her|their|its|our|this|that|these|those)\s)[\p{L}.'’-]+\s+){0,3}about\s+(?!to\s|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+(?:dozen|hundred|thousand|third|quarter|half)|half|a\s+third)\b)/iu;
const CALL_FOR_A_THING = /^(?:call(?:s|ed)?\s+for|demand(?:s|ed)?)$/i;
const ANONYMITY =
  /^(?:that\s+)?(?:(?:her|his|their|its)\s+(?:(?:full|last|family)\s+)?(?:name|surname|identity)|they|she|he)\s+not\s+be\s+(?:used|named|identified|published|disclosed|revealed|quoted)\b|^(?:that\s+)?only\s+(?:her|his|their)\s+(?:first|given)\s+name\s+be\s+(?:used|published|given)\b|^(?:me|us|him|her|them|reporters|journalists|the\s+\p{Ll}+)\s+not\s+to\s+(?:use|publish|print|reveal|disclose|give)\s+(?:her|his|their)\s+(?:full\s+)?(?:name|identity)\b|^not\s+to\s+be\s+(?:named|identified|quoted)\b/iu;
/** What is claimed as one claims a prize, not words: "victory", "the prize for …", "credit for the strike". */
const CLAIMED_THING =
  /^(?:(?:the|a|an|his|her|their|its|our|full|sole|first|second|third|early|outright|\p{L}+['’]s)\s+){0,3}(?:victory|victories|win|wins|prize|title|seat|seats|credit|responsibility|nomination|lead|mantle|crown|majority)(?![\p{L}-])(?!\s+(?:was|is|were|are|had|has|would|will|could|should|went|belonged|came)\b)/iu;
/** Lives taken: "more than 6,500 lives", "the lives of 14 civilians", "at least 20 victims". */
const CLAIMED_LIVES =
  /^(?:(?:the|of|dozens|scores|tens|many|more|than|at|least|nearly|almost|about|around|some|over|up|to|another|\d[\d,.]*|\p{Ll}+(?:teen|ty|red|sand|lion)s?)\s+){0,5}(?:lives|life|victims)(?![\p{L}-])/iu;
/** A relative pronoun and a short subject before the verb: "a letter that he said …", "which officials say …". */
const RELATIVE_THEN_SUBJECT =
  /(?<![\p{L}])(?:that|which|who|whom)\s+(?:[\p{L}.'’-]+\s+){1,4}(?:\p{Ll}+ly\s+)?$/iu;
/** Content opening with an auxiliary or a modal: a predicate with no subject of its own. */
const PREDICATE_OPENING =
  /^(?:(?:in|on|at|by|last|this|earlier|late|early)\s[^,;\u2591]{1,30},\s+)?(?:would|will|could|should|must|is|are|was|were|has|have|had|can|may|might|did|does)\s/;
/** An act declared: "martial law", "a general mobilisation", "a state of emergency", "a ceasefire". */
const ACT_DECLARED =
  /^(?:an?\s+)?(?:(?:full|general|partial|nationwide|national|unilateral|immediate|humanitarian)\s+)?(?:martial\s+law|state\s+of\s+(?:emergency|war)|mobili[sz]ation|ceasefire|truce|curfew|(?:a\s+)?day\s+of\s+mourning)(?![\p{L}-])/iu;

/** An event or a deed as a verb's bare object: "violations", "new shelling", "responsibility". */
const EVENT_REPORTED =
  /^(?:(?:new|fresh|further|renewed|repeated|sporadic|heavy|intense|isolated|numerous|several|multiple|more|overnight|artillery|cross-border)\s+)*(?:violations?|shelling|shooting|gunfire|fire|clashes|fighting|skirmishes|incidents?|provocations?|responsibility)(?![\p{L}-])(?!\s+(?:that|of|by|on|against)\s)/iu;

/**
 * "declared martial law", "declares a state of emergency": an act named with no clause about it
 * reports no words; nor does an event or deed owned up to ("both sides reported violations",
 * "Baku admitted responsibility"). A toll reported is read in tollReported.ts.
 */
function namesAct(verb: string, opening: string): boolean {
  if (AUXILIARY.test(opening)) return false;
  // "Znak reported on the helicopter shot down …": "on" and a noun phrase name the topic, no words.
  if (/^report(?:s|ed)?$/i.test(verb) && TOPIC_REPORTED.test(opening) && !/\bthat\b/i.test(opening))
    return true;
  if (/^(?:reports|reported|admit(?:s|ted)?|acknowledge[sd]?|confirm(?:s|ed)?)$/i.test(verb))
    return EVENT_REPORTED.test(opening);
  // "Ankara declared its full support for Baku": a stance the subject owns, named, is no words.
  return /^declare[sd]?$/i.test(verb) && (ACT_DECLARED.test(opening) || OWN_STANCE.test(opening));
}

/** "on the …", "on its …": a preposition and a determined noun phrase, the topic reported on. */
const TOPIC_REPORTED = /^on\s+(?:the|an?|its|their|his|her|this|these|those)\s/i;

/** A possessive determiner opening the object: the subject's own support, readiness or solidarity. */
const OWN_STANCE = /^(?:its|their|his|her|our)\s+\p{L}/u;
/** Verbs whose bare object may be a thing rather than words: "confirmed the agreement". */
/** Verbs of denying: what follows is the claim denied, not the denier's words. */
const DENIED = /^den(?:y|ies|ied)$/i;

/** A clause after "denied" with no "that": a subject, then an auxiliary before any comma ("its army had …"). */
function deniedClause(opening: string): boolean {
  const head = opening.split(/[,;]/)[0]!;
  // "denies having fired on the town": the perfect gerund is "denied that it had fired", a claim rejected.
  if (/^\s*having\s+\p{Ll}+(?:ed|en|t)\b/u.test(head)) return true;
  return (
    AUXILIARY.test(head) &&
    !/^\s*(?:the|a|an|any|all)?\s*(?:charges?|claims?|accusations?|reports?|allegations?)\b/i.test(head)
  );
}
const THING_VERB = /^(?:reports|reported|confirm(?:s|ed)?|acknowledge[sd]?)$/i;

const CONDEMNING = /^condemn(?:s|ed)?$/i;

/** The whole object of "condemned" is a noun phrase: no clause, comma, quote or second sentence. */
function condemnedThing(opening: string): boolean {
  const words = opening.trim().replace(/[.!?]$/, '');
  if (!words || wordCount(words) > 16 || AUXILIARY.test(words) || /[,;:]|\bthat\b/i.test(words)) return false;
  return isNounPhrase(words);
}

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
  return objectOnly(opening.replace(/\p{L}+(?:-\p{L}+)+/gu, 'thing'));
}

/** A noun phrase opened by a determiner and nothing else: no clause, quote or second sentence in it. */
function objectOnly(opening: string): boolean {
  const words = opening.trim().replace(/[.!?]$/, '');
  if (AUXILIARY.test(words) || /[;:]/.test(words)) return false;
  if (!/^(?:the|its|their|his|her|this|that|these|those|an?)\s/i.test(words)) return false;
  return isNounPhrase(words);
}

/** "in what X called …": the writer's naming of the news, set after a saying. */
const IN_WHAT = /^in\s+what\s/i;

/** Verbs of answering: their "to" names what was answered ("responded to the charge"). */
const ANSWERING = /^(?:respond(?:s|ed)?|repl(?:y|ies|ied)|react(?:s|ed)?)$/i;
/**
 * A quote among the first words after the verb is what was expressed ("voiced its "grave concern"");
 * a scare quote deep in the topic ("concern over the so-called "corridor"") is not.
 */
const QUOTE_OPENS = /^\s*(?:[^\s\u2591]+\s+){0,3}[^\s\u2591]{0,2}\u2591/u;
const STANCE_VERB =
  /^(?:express(?:es|ed)?|voice[sd]|highlight(?:s|ed)?|underscore[sd]?|underline[sd]?|welcome[sd]?)$/i;
const AUXILIARY =
  /(?<!\p{L})(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might)(?!\p{L})/u;

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
 * A full name as written: two to four capitalised words, none a sentence's opening function word or
 * a day or month ("On Sunday, a drone shot down …, the border service said" names no one).
 */
const WRITTEN_NAME =
  /^(?!(?:On|In|At|By|For|From|After|Before|During|Since|Until|Till|With|Without|Early|Late|Last|Next|This|That|The|An?)\s)\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;
const DAY_OR_MONTH =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const isWrittenName = (words: string) => WRITTEN_NAME.test(words) && !DAY_OR_MONTH.test(words);

/** "Armenia's ombudsman, Arman Tatoyan", "Arman Tatoyan, the ombudsman": a name and a description of it, nothing else. */
function nameInApposition(words: string): boolean {
  const parts = words.split(',').map((part) => part.trim());
  if (parts.length !== 2 || parts.some((part) => part === '' || part.includes(MASK))) return false;
  const [first, second] = parts as [string, string];
  return (
    (isWrittenName(second) && isNounPhrase(first)) ||
    (isWrittenName(first) && /^(?:the|a|an)\s/i.test(second) && isNounPhrase(second))
  );
}

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

function invertedInsideForm(masked: string, from: number, to: number): Attribution | null {
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
function verbForm(masked: string, from: number, to: number): Attribution | null {
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
function participle(text: string, masked: string, from: number, to: number): Attribution | null {
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

function participleSubject(masked: string, parts: readonly Segment[]): Span | null {
  let verbLed = false;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    if (!part.text || RELATIVE_SEGMENT.test(part.text)) continue;
    if (verbLed) {
      // "X stood at the pulpit, and, citing Exodus, endorsed Y, urging …": a clause before has the subject.
      const clause = !isAdverbial(part.text) && clauseSubject(masked, part);
      if (clause) return clause;
      if (isAdverbial(part.text) || !isNounPhrase(part.text.replace(LEADING_CONNECTIVE, ''))) continue;
      // Back to the first noun phrase of a run: a name and its appositives.
      let first = i;
      while (
        first > 0 &&
        parts[first - 1]!.text &&
        isNounPhrase(parts[first - 1]!.text.replace(LEADING_CONNECTIVE, ''))
      )
        first--;
      // "… in Burlington, Iowa": a noun phrase run that ends a clause before it belongs to that clause.
      const before = parts[first - 1];
      const owner = before?.text && !isAdverbial(before.text) ? clauseSubject(masked, before) : null;
      if (owner) return owner;
      const subject = parts[first]!;
      const lead = LEADING_CONNECTIVE.exec(subject.text)?.[0].length ?? 0;
      const apposed = first < i ? parts[first + 1]! : null;
      const named = apposed ? trailingProperName(apposed.text) : null;
      if (apposed && DESCRIPTION_OPENER.test(subject.text.slice(lead)) && named?.name.includes(' '))
        return { start: apposed.start, end: apposed.end };
      return { start: subject.start + lead, end: subject.end };
    }
    // "She escalated her criticism, telling CNN …": a pronoun subject speaks too.
    const subject = clauseSubject(masked, part);
    if (subject) return subject;
    const hung = i > 0 ? hungOnClauseBefore(masked, parts, i) : null;
    if (hung) return hung;
    // A predicate after a name ("Huma Abedin, an aide, emailed …"); at the start, an opener ("Asked about it").
    if (i > 0 && opensWithPredicate(part.text)) verbLed = true;
    else if (!isAdverbial(part.text)) return null;
  }
  return null;
}

const AND_OR_BUT_BEFORE_LOWER_CASE = /^(?:and|but)\s+(?=\p{Ll})/u;

/**
 * A segment that opens with a finite predicate, past adverbs between subject and verb: "did not
 * mention it", "also decried the calls", "later blamed her silence on …". The segment goes on
 * with the subject of a clause set off before it; a participle ("saying …") is no predicate.
 */
function opensWithPredicate(segment: string): boolean {
  const words = tag(segment.split(/\s+/, 4).join(' '));
  let k = 0;
  while (k < 2 && words[k]?.pos === 'ADV' && /^\p{Ll}/u.test(words[k]!.word)) k++;
  const head = words[k];
  // "furrowed her brow": a word in -ed with an object after it is a verb, whatever the tagger says.
  const withObject =
    head?.pos === 'ADJ' && /ed$/.test(head.word) && /^(?:DET|PRON)$/.test(words[k + 1]?.pos ?? '');
  if (!head || (!/^(?:VERB|AUX)$/.test(head.pos) && !withObject)) return false;
  return k === 0 || !/ing$/.test(head.word);
}

/**
 * The participle hangs on the clause before the last part when that part only goes on with the
 * clause: a second predicate joined by "and" ("The envoy met the villagers, and took their
 * questions, saying …") or a noun phrase in apposition to the clause's object ("Mirzoyan wrote
 * to Aliyev, the Azerbaijani president, saying …"). The clause's subject, or null.
 */
function hungOnClauseBefore(masked: string, parts: readonly Segment[], at: number): Span | null {
  const part = parts[at]!.text;
  const joined = AND_OR_BUT_BEFORE_LOWER_CASE.exec(part);
  const goesOn = joined
    ? /^(?:VERB|AUX)$/.test(tag(part.slice(joined[0].length))[0]?.pos ?? '')
    : isNounPhrase(part) && !CAPITAL_START.test(part);
  if (!goesOn) return null;
  const before = parts[at - 1]!;
  if (!before.text || isAdverbial(before.text) || RELATIVE_SEGMENT.test(before.text)) return null;
  return clauseSubject(masked, before);
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

function calledThenTold(words: string, at: number): boolean {
  if (BARE_AND.test(words.slice(at)) && PLUPERFECT_SUBJECT.test(words.slice(0, at))) return true;
  return TOLD_HIM.test(words.slice(at)) && CALL_THEN_TOLD.test(words.slice(0, at));
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

/**
 * The attribution of a unit whose speech is not led by a quote, tried in this order: "according
 * to", a trailing "…, X said.", a speech verb after its subject, a participle ("…, saying that").
 */
export function findFrameAttribution(
  text: string,
  masked: string,
  from: number,
  to: number,
): Attribution | null {
  // The character before (or the text's start) and the one after are part of the key: a sentence
  // that opens the text reads otherwise, and a few readers look one past the sentence's end.
  const words = text.slice(from, to);
  const around = frameSetting(masked, from, to);
  let readings = framesRead.get(words);
  let read = readings?.find((r) => r.around === around)?.read;
  if (read === undefined) {
    read = shifted(readFrameAttribution(text, masked, from, to), -from);
    if (!readings) framesRead.set(words, (readings = []));
    readings.push({ around, read });
  }
  return shifted(read, from);
}

/**
 * Besides the sentence's words, what its reading depends on: the character before (or the text's
 * start), the masked one after, and where its words are masked (the masked text is the text with
 * quoted characters, line breaks aside, replaced by the mask, so the words and the masked runs give
 * it back). Kept apart from the words: the words, a slice of the text, are the memory's key as
 * they are, never copied into a longer key string.
 */
function frameSetting(masked: string, from: number, to: number): string {
  let runs = '';
  // A scan of the sentence alone: a search for the mask past it would read on to the text's end.
  for (let at = from; at < to; at++) {
    if (masked.charCodeAt(at) !== MASK_CODE) continue;
    let end = at + 1;
    while (end < to && masked.charCodeAt(end) === MASK_CODE) end++;
    runs += `${at - from}-${end - at},`;
    at = end;
  }
  return `${from === 0 ? '\u0001' : masked.charAt(from - 1)}${runs}\u0000${masked.slice(to, to + 1)}`;
}

const MASK_CODE = MASK.charCodeAt(0);

/**
 * Wire copy, syndicated pieces and boilerplate repeat sentences word for word, and reading a
 * sentence's frame tries every form and tags its phrases: a sentence already read (the same words
 * and the same quotes) is not read again. Kept with offsets from the sentence's start; bounded.
 */
const framesRead = new KeptResults<{ around: string; read: Attribution | null }[]>();

/** An attribution with every span moved by `by`: a new object, so no caller changes a kept one. */
function shifted(a: Attribution | null, by: number): Attribution | null {
  if (!a) return null;
  const out: Attribution = {
    form: a.form,
    speaker: moved(a.speaker, by),
    frame: moved(a.frame, by),
    content: moved(a.content, by),
  };
  if (a.lead) out.lead = moved(a.lead, by);
  return out;
}

/** A top-level function, not a closure made per call: this runs for every sentence read. */
function moved(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

/**
 * "When I asked how many there were, he said …": a time clause that opens the sentence with a
 * question put to someone; what was asked is no one's statement, the main clause's saying is.
 */
const ASKING_OPENING =
  /^(?:when|after|as|once)\s+(?:[^,;:\u2591]{0,60}?\s)?(?:asked|pressed|questioned)(?:\s[^,;:\u2591]{0,80})?,\s+/iu;

function readFrameAttribution(text: string, masked: string, from: number, to: number): Attribution | null {
  const asked = ASKING_OPENING.exec(masked.slice(from, Math.min(to, from + 200)));
  if (asked) {
    const main = readFrameForms(text, masked, from + asked[0].length, to);
    if (main?.form === 'verb') return main;
  }
  const read = readFrameForms(text, masked, from, to);
  // "Daily Online - Foreign Desk: The two governments announced that …": a verb's subject never
  // runs back across a colon. What stands before it is a label (a byline, a desk, a section), and
  // the clause after it is read alone.
  if (read?.form !== 'verb') return read;
  const colon = masked.slice(read.speaker.start, read.content.start).lastIndexOf(': ');
  if (colon < 0) return read;
  const after = read.speaker.start + colon + 2;
  return after < read.content.start ? readFrameForms(text, masked, after, to) : read;
}

/** ", calling it ░", ", describing them as ░": a participle after a comma that names a thing. */
const NAMING_PARTICIPLE_AFTER_COMMA = /,\s+(?:calling|describing|terming|labell?ing|branding|dubbing)\s/;

/**
 * "Pashinyan announced the agreement on Facebook, calling it “painful …”": a verb of saying with a
 * noun phrase for its object says no clause; the name the participle gives the thing is what was
 * said (calledQuote). A clause before the participle ("said the deal was late, calling it …") stays.
 */
/** "shortly after midnight", "hours after the vote": a measure of time before a setting's preposition. */
const TIME_MEASURE_BEFORE_SETTING =
  /^\s+(?:shortly|soon|just|minutes|hours|days|moments)(?=\s+(?:after|before)\s)/u;

/**
 * "the agreement", "the agreement shortly after midnight", "the deal on Tuesday": a noun phrase,
 * maybe followed by when or where it was said, and no clause.
 */
function isObjectWithSetting(words: string): boolean {
  if (isNounPhrase(words)) return true;
  for (const space of words.matchAll(/\s+/gu)) {
    const object = words.slice(0, space.index);
    const setting = words.slice(space.index).replace(TIME_MEASURE_BEFORE_SETTING, '');
    if (settingAfterVerb(setting)) return isNounPhrase(object);
  }
  return false;
}

function verbUnlessObjectNamed(text: string, masked: string, from: number, to: number): Attribution | null {
  const read = verbForm(masked, from, to);
  if (!read) return null;
  const content = masked.slice(read.content.start, read.content.end);
  const comma = NAMING_PARTICIPLE_AFTER_COMMA.exec(content);
  if (
    !comma ||
    content.slice(0, comma.index).includes(MASK) ||
    !isObjectWithSetting(content.slice(0, comma.index))
  )
    return read;
  // Read from the verb's subject: a label before it ("Driving the news: …") is no part of the clause.
  return calledQuote(text, masked, read.speaker.start, to) ?? read;
}

function readFrameForms(text: string, masked: string, from: number, to: number): Attribution | null {
  return (
    accordingTo(masked, from, to) ??
    invertedInsideForm(masked, from, to) ??
    trailing(text, masked, from, to) ??
    trailingBeforeAdjunct(text, masked, from, to) ??
    trailingBeforeAddition(text, masked, from, to) ??
    openingParticiple(masked, from, to) ??
    withParticiple(masked, from, to) ??
    documentSaying(masked, from, to) ??
    verbUnlessObjectNamed(text, masked, from, to) ??
    calledQuote(text, masked, from, to) ??
    spokeOfQuote(text, masked, from, to) ??
    participle(text, masked, from, to) ??
    taggedAfterQuestion(masked, from, to)
  );
}

/** A line opening with a quotation dash (or a hyphen in its place): "– We lost Shusha. …". */
const DASH_LINE = /^[—–-][ \t]/;
/** The last question or exclamation mark with a lower-case tag after it: "? she says.". */
const MARK_BEFORE_TAG = /[?!][ \t]+(?=\p{Ll})/gu;

/**
 * "– We lost Shusha. What did our boys die for? she says.": speech a dash opens takes its tag
 * after a question or exclamation with no comma, as Scandinavian and Russian copy prints it.
 * Only in a line the dash opens: elsewhere "? he" is a question's own words going on.
 */
function taggedAfterQuestion(masked: string, from: number, to: number): Attribution | null {
  const lineStart = masked.lastIndexOf('\n', from) + 1;
  if (!DASH_LINE.test(masked.slice(lineStart, lineStart + 2))) return null;
  let mark = -1;
  MARK_BEFORE_TAG.lastIndex = from;
  for (let m = MARK_BEFORE_TAG.exec(masked); m && m.index < to; m = MARK_BEFORE_TAG.exec(masked))
    mark = m.index;
  if (mark < 0) return null;
  const tail = parseAttributionTail(masked, mark + 1, to);
  // The tag closes the sentence: nothing but a stop after the verb and who it was said to.
  if (!tail || !/^(?:\s+to\s+\p{Lu}[\p{L}-]*)?[.!]?\s*$/u.test(masked.slice(tail.verbEnd, to))) return null;
  return {
    form: 'trailing',
    speaker: trimSpan(masked, tail.speaker.start, tail.speaker.end),
    frame: trimSpan(masked, mark + 1, to),
    content: trimSpan(masked, from, mark + 1),
  };
}

/**
 * "…, with several member states arguing that …", "The summit opened with Aliyev calling oil "…" and
 * saying that …": the absolute construction's own subject speaks, not the clause's. Without a comma
 * "with" may be a verb's complement instead ("spoke with reporters saying …"): those verbs are left out.
 */
const WITH_PARTICIPLE =
  /(?:,|(?<=\p{Ll})(?<!\b(?:spoke|speaks|speak|speaking|talked|talks|talk|talking|met|meets|meet|meeting|interview|conversation|call|calls|called|agreed|agrees|sided|sides|disagreed|disagrees)))\s+with\s+((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s+(?:calling\s[^,;]{1,120}?\s+and\s+)?(?:saying|arguing|warning|insisting|claiming|noting|stressing|predicting|complaining|asserting)\s+(?:that\s+)?(?=\S)/u;

function withParticiple(masked: string, from: number, to: number): Attribution | null {
  const region = masked.slice(from, to);
  if (!region.includes(' with ')) return null;
  const m = WITH_PARTICIPLE.exec(region);
  if (!m || !isNounPhrase(m[1]!)) return null;
  const content = reportedContent(masked, trimSpan(masked, from + m.index + m[0].length, to));
  if (wordCount(masked.slice(content.start, content.end)) < 3 || saysNothing(masked, content)) return null;
  const speakerStart = from + m.index + m[0].indexOf(m[1]!, 6);
  return {
    form: 'participle',
    speaker: { start: speakerStart, end: speakerStart + m[1]!.length },
    frame: { start: from + m.index + 1, end: content.start },
    content,
  };
}

/** A participle of saying with its that-clause opening the sentence: "Noting that …, he urged …". */
const OPENING_PARTICIPLE =
  /^\s*(?:Noting|Stressing|Emphasi[sz]ing|Recalling|Underlining|Underscoring|Reiterating|Arguing|Insisting|Warning|Observing|Acknowledging|Asserting|Pointing out) that\s+/;
/** The main clause's subject after the opening clause's comma, and its verb: ", he urged", ", the minister called". */
const MAIN_SUBJECT =
  /,\s+(he|she|they|we|(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|the\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:also\s+)?\p{Ll}{2,}(?:ed|s)\b/u;

/**
 * "Noting that a first meeting had been held earlier today, he urged the parties to …": the
 * opening clause is said by the main clause's subject, whatever its verb. Null unless the
 * sentence opens so and a subject with a verb follows the clause.
 */
function openingParticiple(masked: string, from: number, to: number): Attribution | null {
  const region = masked.slice(from, to);
  if (!region.includes(' that ')) return null;
  const opener = OPENING_PARTICIPLE.exec(region);
  if (!opener) return null;
  const main = MAIN_SUBJECT.exec(region.slice(opener[0].length));
  if (!main) return null;
  // "Noting that …, Tester added: “…”": the main clause quotes its own saying, which is read instead.
  if (/[:\u2591]/.test(region.slice(opener[0].length + main.index))) return null;
  const comma = from + opener[0].length + main.index;
  const content = trimSpan(masked, from + opener[0].length, comma);
  const words = masked.slice(content.start, content.end);
  if (wordCount(words) < 3 || words.includes(MASK)) return null;
  const speakerStart = comma + main[0].indexOf(main[1]!, 1);
  return {
    form: 'participle',
    speaker: { start: speakerStart, end: speakerStart + main[1]!.length },
    frame: trimSpan(masked, from, from + opener[0].length),
    content,
  };
}

/** Words that may stand before a quote that opens the content: "called for an “…”", "said he was “…”". */
const FUNCTION_WORDS = new Set([
  'that',
  'for',
  'an',
  'a',
  'the',
  'to',
  'of',
  'on',
  'as',
  'by',
  'with',
  'his',
  'her',
  'its',
  'their',
  'he',
  'she',
  'it',
  'they',
  'we',
  'was',
  'were',
  'is',
  'are',
  'been',
  'had',
  'has',
  'would',
  'will',
  'be',
  'remained',
  'remains',
  'being',
  'also',
]);

const NAME_OR_PRONOUN_OBJECT_START = /^(?:\p{Lu}|the\b|all\b|both\b|them\b|him\b|her\b)/u;

/**
 * Does the quote open the content, so that it is the statement ("called for an “…”", "urged
 * President Aliyev to “…”"), rather than a few quoted words inside a reported clause ("said that
 * Baku would stop “anti-terrorist measures” if …")?
 */
export function quoteLeads(text: string, contentStart: number, quoteOpen: number): boolean {
  const prefix = text
    .slice(contentStart, quoteOpen)
    .replace(/[,:—–-]/g, ' ')
    .trim();
  if (!prefix) return true;
  const words = prefix.split(/\s+/);
  if (words.every((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return true;
  // The quote carries the predicate of a short subject: "the contingent “is fulfilling its tasks”".
  if (
    words.length <= 5 &&
    /^\s*(?:is|are|was|were|has|have|had|will|would|could|should|must|can|did|does|do)\b/i.test(
      text.slice(quoteOpen + 1, quoteOpen + 12),
    )
  ) {
    return true;
  }
  // An object and "to": "Armenia and Azerbaijan to “…”", "the parties to “…”"; not a clause of
  // its own ("The blockade is a prelude to “…”": a few quoted words inside a reported clause).
  // Not a subject, its verb and the object ("that Moscow expected both sides to “…”"): that is a
  // clause of its own, the stance told, whose words start at its subject (CONVENTIONS 16).
  if (
    words.length <= 6 &&
    words[words.length - 1] === 'to' &&
    !words.some((w) => /^(?:is|are|was|were|has|have|had|will|would|could|can|must)$/i.test(w)) &&
    NAME_OR_PRONOUN_OBJECT_START.test(prefix) &&
    !verbBeforeTo(words)
  )
    return true;
  // "called on Moscow to take “concrete steps”", "urged Baku to halt its advance and “to engage …”":
  // an appeal is no saying (CONVENTIONS 10); only the quoted words in what was asked are the speaker's.
  return (
    appealedToDo(text, contentStart, prefix) ||
    appealedInQuote(text, contentStart, prefix, quoteOpen) ||
    chargedWith(text, contentStart, quoteOpen, prefix)
  );
}

/**
 * "called on the allies “not to quarrel in public”", "urged Baku “to return to the table”": the
 * appeal's object, then a quote that opens with the infinitive asked for; the quote is the saying.
 */
function appealedInQuote(text: string, contentStart: number, prefix: string, quoteOpen: number): boolean {
  return (
    DOUBLE_MARK.test(text[quoteOpen] ?? '') &&
    APPEAL_OBJECT.test(prefix) &&
    /^(?:not\s+)?to\s+\p{Ll}/u.test(text.slice(quoteOpen + 1, quoteOpen + 16)) &&
    APPEAL_BEFORE.test(text.slice(Math.max(0, contentStart - 30), contentStart))
  );
}

/** Who is appealed to, alone: "the allies", "both sides", "President Aliyev", "the international community". */
const APPEAL_OBJECT =
  /^(?:\p{Lu}[\p{L}.'’-]*|the|all|both|them|him|her)(?:\s+(?!(?:to|that|is|are|was|were|has|have|had|will|would)\s)[\p{L}'’-]+){0,4}$/u;

/**
 * "accused Azerbaijan of carrying out “ethnic cleansing”", "blamed Baku for “…”": a charge is no
 * saying (CONVENTIONS 10); only the quoted words in it are the speaker's own, the charge's object,
 * "of"/"for" and a deed or two before them are the writer's.
 */
function chargedWith(text: string, contentStart: number, quoteOpen: number, prefix: string): boolean {
  // British single marks ("accused Baku of 'ethnic cleansing'") are left to the whole clause: a
  // single mark also opens scare quotes and names, which the quote reader does not take as words said.
  return (
    DOUBLE_MARK.test(text[quoteOpen] ?? '') &&
    CHARGED_WITH.test(prefix) &&
    CHARGE_BEFORE.test(text.slice(Math.max(0, contentStart - 20), contentStart))
  );
}

const DOUBLE_MARK = /^["“«]$/u;
/** A verb of charging right before its object: "accused", "blames"; or of thanking, "thanked" (its quote is the praise). */
const CHARGE_BEFORE = /(?<![\p{L}-])(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|thanked)\s+$/iu;
/**
 * Who is charged, then "of"/"for" and up to three words of the deed: "Baku of", "Azerbaijan of
 * carrying out", "Azerbaijan of shelling Stepanakert" (the deed's own object may be a name).
 */
const CHARGED_WITH =
  /^(?:\p{Lu}[\p{L}.'’-]*|the|all|both|them|him|her|it|its|their)(?:\s+(?!(?:of|for|that)\s)[\p{L}'’-]+){0,4}\s+(?:of|for)(?:\s+\p{Ll}[\p{L}'’-]*(?:\s+(?!(?:and|or|but|that|said|says)\s)[\p{L}'’-]+){0,2})?$/u;

/** "called on Moscow to take": an appeal's object, "to" and a verb, before the quote; no clause. */
function appealedToDo(text: string, contentStart: number, prefix: string): boolean {
  const words = prefix.split(/\s+/);
  return (
    words.length <= 10 &&
    !words.some((w) => /^(?:is|are|was|were|has|have|had|will|would|could|can|must|that)$/i.test(w)) &&
    APPEALED_TO_DO.test(prefix) &&
    APPEAL_BEFORE.test(text.slice(Math.max(0, contentStart - 30), contentStart))
  );
}

/** A verb of appealing right before its object: "urged", "called on", "asked", "appealed to". */
const APPEAL_BEFORE =
  /(?<![\p{L}-])(?:urge[sd]?|urging|call(?:s|ed)?\s+on|calling\s+on|appeal(?:s|ed)?\s+to|ask(?:s|ed)?|press(?:es|ed)?|implor(?:es|ed))\s+$/iu;
/** Who is appealed to, then "to" and a verb: "Moscow to take", "the international community to take". */
const APPEALED_TO_DO =
  /^(?:\p{Lu}[\p{L}.'’-]*|the|all|both|them|him|her)(?:\s+(?!to\s)[\p{L}'’-]+){0,4}\s+to\s+\p{Ll}+(?:\s|$)/u;

/**
 * "the departure amounted to", "Azerbaijan expected Armenia to", "Dushanbe remained committed
 * to": a verb of the clause's own before the "to" makes the words a clause with its subject, not
 * an appeal's object ("the parties to"), so the clause is what was said (CONVENTIONS 16).
 */
function verbBeforeTo(words: readonly string[]): boolean {
  return tag(words.slice(0, -1).join(' ')).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** A subject pronoun: "said it was “…”" reports a clause the quote stands in. */
const SUBJECT_PRONOUN = /(?<![\p{L}'’-])(?:he|she|it|they|we)(?![\p{L}'’-])/iu;

/**
 * Do the clause's own words before its quote give it a subject ("it was “…”", "the army “must
 * …”"), so that what was said is the whole clause and the quote only part of it (CONVENTIONS 16)?
 * Not a quote that opens the content past a "that" or a preposition ("called for an “…”"), nor
 * an object and "to" ("urged the parties to “…”"): there the quote is the saying.
 */
export function clauseSubjectBeforeQuote(text: string, clauseStart: number, quoteOpen: number): boolean {
  const prefix = text
    .slice(clauseStart, quoteOpen)
    .replace(/[,:—–-]/g, ' ')
    .trim();
  if (
    !prefix ||
    appealedToDo(text, clauseStart, prefix) ||
    appealedInQuote(text, clauseStart, prefix, quoteOpen) ||
    chargedWith(text, clauseStart, quoteOpen, prefix)
  )
    return false;
  const words = prefix.split(/\s+/);
  if (
    words[words.length - 1]!.toLowerCase() === 'to' &&
    !words.some((w) => /^(?:is|are|was|were|has|have|had|will|would|could|can|must)$/i.test(w)) &&
    !verbBeforeTo(words)
  )
    return false;
  return SUBJECT_PRONOUN.test(prefix) || !words.every((w) => FUNCTION_WORDS.has(w.toLowerCase()));
}

/** "Ted Cruz, who said …": a name set off by a comma, then "who" and a verb of saying. */
const RELATIVE_SAYING = new RegExp(
  // "Aram and Lena Avakian of Fresno, who said …": two given names, one surname, a home town.
  "(?<![\\p{L}.'’-])(\\p{Lu}[\\p{L}'’-]+\\s+and\\s+\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+" +
    "(?:\\s+(?:of|from)\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})?|" +
    "(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]+),\\s+who\\s+" +
    '(?:(?:has|have|had)\\s+)?(?:(?:also|repeatedly|previously|publicly|once|later|since)\\s+)?' +
    '(said|says|told|tells|declared|noted|argued|argues|insisted|insists|warned|claimed|claims|added|wrote|' +
    'suggested|predicted|acknowledged|stressed|believes|believed|thinks|fears|feared|admits|admitted|' +
    'reported|reports|estimates|estimated|promised|stated|states|announced|confirmed|explained)\\s+',
  'u',
);

/** Verbs a relative clause reads as a saying only before "that": "who reported that …", not "who reported the attack". */
const RELATIVE_THAT_ONLY =
  /^(?:fears|feared|admits|admitted|reported|reports|estimates|estimated|promised|stated|states|announced|confirmed|explained)$/;

/** "Head of |", "Partnership for |", "Office of the |": capitalised words before "of"/"for" ending at a name. */
const NAME_HEAD_BEFORE = /(?<![\p{L}'’.-])(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:of|for)\s+(?:the\s+)?$/u;

/** Openers that stand before a name at a sentence's start and are no part of it. */
const OPENER_BEFORE_NAME = /^(?:But|And|So|Yet|Then|When|While|After|Before|Since|As|Though|Although|If)\s+/;

/**
 * A saying inside a non-restrictive relative clause on a name: "Trump was out-boasting Ted Cruz,
 * who said he would use it sparingly, in …" → Ted Cruz said "he would use it sparingly". The
 * clause runs to its closing comma (or the sentence's end). Only a capitalised name before the
 * comma: "voters who said …" is a poll's share, "the man, who said …" points back to no one here.
 */
export function relativeSaying(
  masked: string,
  from: number,
  to: number,
): { speaker: Span; content: Span } | null {
  const region = masked.slice(from, to);
  if (!region.includes(', who ')) return null;
  const m = RELATIVE_SAYING.exec(region);
  if (!m) return null;
  const opener = OPENER_BEFORE_NAME.exec(m[1]!)?.[0].length ?? 0;
  const speakerStart = from + m.index + opener;
  const speaker = { start: speakerStart, end: from + m.index + m[1]!.length };
  if (speaker.end <= speaker.start) return null;
  // "The Head of Community, who …", "the Partnership for Conservative Principles, who …": the name
  // is the tail of a capitalised name joined by "of" or "for", and the whole name is the speaker.
  const head = NAME_HEAD_BEFORE.exec(masked.slice(Math.max(from, speakerStart - 60), speakerStart));
  if (head) speaker.start -= head[0].length;
  const verbEnd = from + m.index + m[0].trimEnd().length;
  // "who declared victory": an act, unless "that" or a quote follows.
  if (m[2] === 'declared' && !/^\s+(?:that\s|\u2591)/.test(masked.slice(verbEnd, to))) return null;
  // "who reported the attack", "who fears reprisals": an object, not a clause, unless "that" opens one.
  if (RELATIVE_THAT_ONLY.test(m[2]!) && !/^\s+that\s/.test(masked.slice(verbEnd, to))) return null;
  const at = contentStart(masked, verbEnd, m[2]!, to);
  const comma = masked.slice(at, to).search(/,(?!\d)/);
  const content = reportedContent(masked, trimSpan(masked, at, comma >= 0 ? at + comma : to));
  const words = masked.slice(content.start, content.end);
  // "who said on Thursday that “the government is giving away the land”": a quote is words enough.
  if ((wordCount(words) < 3 && !words.includes(MASK)) || saysNothing(masked, content)) return null;
  // "who told reporters about …", "who wrote to the council": a topic or an addressee is no content.
  if (TOPIC_OPENING.test(words)) return null;
  return { speaker, content };
}

/**
 * A topic or an addressee after the verb ("who told reporters about …"); "about 2,000 people" and
 * "at least two civilians" are counts.
 */
const TOPIC_OPENING =
  /^(?:by|for|with|about(?!\s+\d)|into|onto|from|of|to|on|in|at(?!\s+(?:least|most)\s))\s/i;

const WHICH_SAYING =
  /,\s+(?:which|who)\s+(?:(?:has|have|had)\s+)?(?:(?:also|repeatedly|previously|later|since)\s+)?(said|says|announced|reported|reports|stated|states|warned|noted|added|confirmed|confirms|estimated|estimates)\s+/;
/** Last words of a body that speaks: "the enclave's health ministry", "the ICRC", "the Kazakh presidency". */
const SPEAKING_BODY =
  /(?:^|\s)(?:ministry|service|office|agency|committee|council|government|administration|embassy|mission|organi[sz]ation|commission|presidency|authorities|department|Ministry|Service|Office|Agency|Committee|Council|Government|Administration|Embassy|Mission|Commission|Presidency|Department|Cross|Crescent|\p{Lu}{2,})$/u;

/** A body's name that ends in its domain: "the Armenian Ministry of Health", "the Committee for Refugees". */
const BODY_OF_DOMAIN =
  /(?:^|\s)(?:Ministry|Service|Office|Agency|Committee|Council|Commission|Department)\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,3}$/u;
/** A name whose words after "the" are all capitalised but for "of the": "the International Committee of the Red Cross". */
const CAPITALISED_NAME_WITH_THE = /^the\s+\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|for)\s+the\s+)?\p{Lu}[\p{L}-]*)*$/u;

/** A place after a body: "… in the region", "… of the enclave". */
const BODY_PLACE_AT_END = /\s+(?:in|of)\s+the\s+(?:\p{Ll}+\s+)?\p{Ll}+$/u;

const NAMED_OR_DEFINITE_PHRASE_AT_END =
  /(?:^|\s)((?:the\s+)(?:[\p{L}'’.-]+\s+){0,5}[\p{L}'’.-]+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})$/u;

/**
 * A saying inside a non-restrictive relative clause on a body: "…, according to the enclave's
 * health ministry, which said on Tuesday that 105 people were missing", "aid reached the city,
 * the ICRC, which says it has taken 700 patients …". The body is the noun phrase before the
 * comma, from its last "the" (or its capitalised name) to a body's noun or letters; the clause
 * runs to its closing comma or the sentence's end.
 */
export function relativeWhichSaying(
  masked: string,
  from: number,
  to: number,
): { speaker: Span; content: Span; stateOnly: boolean } | null {
  const region = masked.slice(from, to);
  if (!region.includes(', which ') && !region.includes(', who ')) return null;
  const m = WHICH_SAYING.exec(region);
  if (!m) return null;
  const before = region.slice(0, m.index);
  // "the authorities in the region, who said …": a body with a place after it; the head is the body.
  const place = BODY_PLACE_AT_END.exec(before);
  const head = place ? before.slice(0, place.index) : before;
  const np = NAMED_OR_DEFINITE_PHRASE_AT_END.exec(head);
  if (!np) return null;
  // "Azerbaijan, which says it is …": a bare proper name may be a state that speaks; the caller
  // keeps it only when the name resolves to a government.
  const proper = !place && !/^the\s/.test(np[1]!);
  if (!(SPEAKING_BODY.test(np[1]!) || BODY_OF_DOMAIN.test(np[1]!) || proper)) return null;
  // "the head of the ministry" is a person; "the International Committee of the Red Cross" is one name.
  if (/\bthe\s.*\bthe\s/i.test(np[1]!) && !CAPITALISED_NAME_WITH_THE.test(np[1]!)) return null;
  // "who" points back to people: a plural body of them ("the authorities, who said …"), not "the ministry, who".
  if (/^,\s+who\s/.test(m[0]) && !/(?:authorities|officials)$/i.test(np[1]!)) return null;
  const speakerStart = from + head.length - np[1]!.length;
  const verbEnd = from + m.index + m[0].trimEnd().length;
  const at = contentStart(masked, verbEnd, m[1]!, to);
  const comma = masked.slice(at, to).search(/,(?!\d)/);
  const content = reportedContent(masked, trimSpan(masked, at, comma >= 0 ? at + comma : to));
  const words = masked.slice(content.start, content.end);
  if (wordCount(words) < 3 || saysNothing(masked, content)) return null;
  if (TOPIC_OPENING.test(words)) return null;
  const bodyNamed = SPEAKING_BODY.test(np[1]!) || BODY_OF_DOMAIN.test(np[1]!);
  return { speaker: { start: speakerStart, end: from + m.index }, content, stateOnly: !bodyNamed };
}
