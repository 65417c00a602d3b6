import type { Span } from '../../types.ts';
import {
  AUDIENCE,
  BASE_FORM_THAT,
  DETERMINER_BEFORE,
  DOCUMENT_NOUN,
  DOCUMENT_ONLY_VERBS,
  INVERTIBLE_AFTER_QUOTE,
  INVERTIBLE_VERB,
  isAttributionTailRest,
  LIST_SEPARATOR,
  ONLY_VERB,
  PLURAL_SUBJECT_BEFORE,
  passiveBefore,
  QUOTE_TAIL_VERB,
  THINKING_THAT,
} from '../lexicon.ts';
import { MASK } from '../mask.ts';
import { isNounPhrase, tag } from '../nounPhrase.ts';
import { speechVerbsIn } from '../speechVerbScan.ts';
import { additionAfterVerb, opensWithCount } from '../writersAddition.ts';
import {
  apposedPair,
  DEFINITE_PERSON,
  DEFINITE_TITLE,
  DESCRIPTION_OPENER,
  INDEFINITE_OPENER,
  isApposedName,
  isApposedPersonName,
  isGivenNameAlone,
  ONE_DESCRIBED,
  PARTITIVE,
} from './descriptions.ts';

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
export function wordCount(s: string): number {
  let words = 0;
  for (let i = 0, inWord = false; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

export interface Found {
  index: number;
  0: string;
}

export const SPACE = /\s/;

/** Is the code unit white space, as `\s` reads it? */
export function isSpace(c: number): boolean {
  return c < 0x80 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c));
}

/**
 * The words before a verb that patterns anchored at their end can read: `text.slice(from, to)`
 * from one character before its third-last run of non-space (for look-behinds and `\b`). A
 * pattern like "a determiner, white space, the end" (two words at most) answers the same on it as
 * on the whole slice, without being tried at every position from the sentence's start.
 */
export function lastWords(text: string, from: number, to: number): string {
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
export function deniedBefore(before: string): boolean {
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
export function matchesIn(pattern: RegExp, text: string, from: number, to: number): Found[] {
  const left = Math.max(0, from - 1);
  const window = text.slice(left, Math.min(text.length, to + 24));
  pattern.lastIndex = from - left;
  const found: Found[] = [];
  for (let m = pattern.exec(window); m && m.index + left < to; m = pattern.exec(window))
    found.push({ index: m.index + left, 0: m[0] });
  return found;
}

export function speechVerbs(masked: string, from: number, to: number): Found[] {
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
/** What may stand between such a verb and its quote: an adverb in -ly, then a comma or a colon. */
const MANNER_THEN_COLON_BEFORE_QUOTE = /^(?:\s+\p{Ll}+ly)?\s*[,:]\s*\u2591/u;

export function speechVerbsBeforeQuote(masked: string, from: number, to: number): Found[] {
  const verbs = speechVerbs(masked, from, to);
  // A quote in range only: a search past it would read on to the text's end in a sentence without one.
  if (!masked.slice(from, to).includes(MASK)) return verbs;
  const introducing = matchesIn(QUOTE_TAIL_VERB, masked, from, to).filter((m) =>
    // "he answered briefly: “…”": a manner adverb may stand between the verb and its colon.
    MANNER_THEN_COLON_BEFORE_QUOTE.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 24)),
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
export function nounBefore(before: string, verb: string): boolean {
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
export function pluralNounBeforeVerb(masked: string, at: number, verb: string): boolean {
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

export const LOWER_CASE_START = /^\p{Ll}/u;

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
/**
 * Where and when the saying took place, after its verb: "on Friday evening after the eighth meeting
 * of the commissions"; wire copy's bare weekday may open it ("said Sunday after hosting …").
 */
const SETTING_AFTER_VERB =
  /^\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?=(?:on|in|at|during|after|before|following|ahead of)\s))?(?:on|in|at|during|after|before|following|ahead of|late|early|last|this|earlier|later|yesterday|today|tonight)\s[\p{L}\d\s.'’-]*$/u;
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

export function settingAfterVerb(after: string): boolean {
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

export function statementSetting(words: string): boolean {
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

/** A source's request not to be named, after "asked": "not to be named", "that her name not be used". */
export const ANONYMITY =
  /^(?:that\s+)?(?:(?:her|his|their|its)\s+(?:(?:full|last|family)\s+)?(?:name|surname|identity)|they|she|he)\s+not\s+be\s+(?:used|named|identified|published|disclosed|revealed|quoted)\b|^(?:that\s+)?only\s+(?:her|his|their)\s+(?:first|given)\s+name\s+be\s+(?:used|published|given)\b|^(?:me|us|him|her|them|reporters|journalists|the\s+\p{Ll}+)\s+not\s+to\s+(?:use|publish|print|reveal|disclose|give)\s+(?:her|his|their)\s+(?:full\s+)?(?:name|identity)\b|^not\s+to\s+be\s+(?:named|identified|quoted)\b/iu;

/** "asked not to be named", "asked that her name not be used": a request, no saying. */
function asksAnonymity(masked: string, verb: Found): boolean {
  return /^ask/i.test(verb[0]) && ANONYMITY.test(masked.slice(verb.index + verb[0].length).trimStart());
}

/** A noun phrase, then a relative clause set off by commas: "John Smith, who heads the unit,". */
const NAME_THEN_RELATIVE = /^([^,]{1,60}),\s+(?:who|whom|whose)\s[^,]{1,160},\s*$/;

const LOWER_CASE_WORD_THEN_AUXILIARY =
  /^\p{Ll}+\s+(?:was|is|were|are|has|had|have|will|would|remains?|seems?)\b/u;

function readAttributionTail(masked: string, start: number, end: number, afterQuote: boolean): Tail {
  const span = trimSpan(masked, start, end);
  const tail = masked.slice(span.start, span.end);
  if (!tail || tail.includes(MASK)) return null;
  // "…,” a resident who asked not to be named told Kyodo": a request for anonymity in the
  // speaker's description is no verb of the tail.
  const verbs = speechVerbs(masked, span.start, span.end).filter((v) => !asksAnonymity(masked, v));
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
    // So is a full name: "said one of the organisers, Armen Mkhitaryan."
    if (INDEFINITE_OPENER.test(np.trim())) {
      const after = npStart + np.trim().length;
      const name = /^,\s*([^,;.]+?)\s*(?:[,;]|\.(?:\s|$)|$)/.exec(masked.slice(after, span.end));
      if (
        name &&
        ONE_DESCRIBED.test(np.trim()) &&
        (isGivenNameAlone(name[1]!) || isApposedPersonName(name[1]!))
      ) {
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
export const NAMED_CONJUNCT = /^(?:the\s+)?(?:\p{Lu}|(?:\p{Ll}+\s+){1,2}of\s+(?:the\s+)?\p{Lu})/u;

/**
 * "the Administration of the President of Azerbaijan and the Office of the Prime Minister of
 * Armenia", "Russia, France and the United States": full noun phrases joined by "and" (or a comma
 * list ending in "and"), each named and each a noun phrase of its own. However long the whole, it
 * is a subject: its length comes from the names, not from a clause.
 */
export function coordinatedNamedPhrases(np: string): string[] | null {
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
export const SETTING_ONLY =
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
export function clauseAfterVerb(words: string): boolean {
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
