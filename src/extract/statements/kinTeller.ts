import { resolveEntityAt } from '../entities/resolve.ts';
import { textEntity } from '../entities/textEntity.ts';
import type { Entity, Span } from '../types.ts';
import { genderOfEntity } from './discourse/personBack.ts';
import { resolveSpeaker } from './discourse/resolveSpeaker.ts';
import type { Discourse, ResolvedSpeaker } from './discourse/state.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { FEMALE_KIN, KIN, MALE_KIN } from './kinNouns.ts';
import { LEADING_CONNECTIVE } from './lexicon.ts';
import { fitsPronoun } from './people.ts';
import { peopleFitting } from './peopleInReach.ts';

/**
 * "Ani said her cousin had told her on the phone that the shelling was worse": a speaker telling
 * what one of their own kin told them passes on two statements (CONVENTIONS 14), their own from
 * the relayed clause on and the kin's from the told words on. The teller is identified by the
 * text: a kin noun owned by a possessive that points back to the speaker ("her", "his"), told
 * to that speaker ("told her"). A name, a bare pronoun ("he told her") or a body is left to the
 * relay rules: only the relative the text names as the speaker's own is read here.
 */

/** Whose relative the kin is, before it: "my wife's |sister", "her husband's |brother". The kin is the last noun. */
const KIN_OF = `(?:${KIN}['’]s\\s+)?`;

const KIN_TELLER = new RegExp(
  // "one of her cousins", "her younger brother", "his relatives in Azerbaijan"
  `^((?:[Oo]ne\\s+of\\s+)?)((?:[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[\\p{Ll}-]+\\s+)?${KIN}(s?))(?:\\s+in\\s+\\p{Lu}[\\p{L}-]*)?` +
    // ", who is 17 and whom she asked us not to name,"
    `(?:,[^,;:.!?"“”]{1,80},)?` +
    `\\s+(?:had\\s+|has\\s+|have\\s+|would\\s+)?(?:always\\s+|once\\s+|repeatedly\\s+)?` +
    `(?:told|assured|informed|warned|wrote\\s+to|texted|messaged)\\s+(?:him|her|them)(?![\\p{L}-])`,
  'u',
);

/**
 * "He said the military had told him further fighting would cost …", "She said the doctors told her
 * that …": a body or a group named by a definite noun, telling the speaker (CONVENTIONS 14, as a
 * relative does). A bare pronoun ("he told her") is left: who "he" is the text does not say here.
 */
const GROUP_TELLER = new RegExp(
  `^((?:the\\s+)(?:[\\p{Ll}-]+\\s+){0,2}?(?:military|army|police|commanders?|officers?|doctors|nurses|officials|authorities|border\\s+guards|guards|soldiers|rescuers|organi[sz]ers|peacekeepers))` +
    `\\s+(?:had\\s+|has\\s+|have\\s+)?(?:always\\s+|once\\s+|repeatedly\\s+)?` +
    `(?:told|assured|informed|warned)\\s+(?:him|her|them)(?![\\p{L}-])`,
  'u',
);

/** "… told her all her life that |…", "… told him on the phone that |…". */
const SETTING_THEN_THAT = /^[^,;:.!?"“”]{0,60}?(?<![\p{L}-])that\s+(?=\S)/u;

/** "told him to leave", "told her about …", "told them nothing": an order or a topic, no words ("this week" is a time). */
const NO_WORDS =
  /^\s*(?:to|about|of|nothing|everything|so|this(?!\s+(?:week|morning|afternoon|evening|month|year|weekend)\b)|it|how|what|when|where|why|whether|if)(?![\p{L}-])/iu;

/** Verbs common in a relative's news, in the present of a plural subject ("they keep", "soldiers live"). */
const PRESENT_PLURAL =
  '(?:live|keep|stay|wait|need|want|know|think|hope|say|come|go|leave|eat|sleep|stand|queue|work|fight|shoot|hide|sit|cry|pray|sell|buy|get|take|give|open|close|run|walk|drive)';

/**
 * A finite verb the told words must hold to be a clause ("the funerals would be held"), not a thing
 * ("the news"); a pronoun's contracted auxiliary ("they'd rather die", "she'll come") or a negated
 * one ("don't", "won't") is one too.
 */
export const FINITE = new RegExp(
  `(?<![\\p{L}-])(?:is|are|was|were|had|has|have|would|will|could|can|cannot|must|should|might|did|does|do|\\p{Ll}{2,}ed|${IRREGULAR_PAST}|slept|sat|felt|heard|said|found|lay` +
    `|(?:[Ii]|[Yy]ou|[Hh]e|[Ss]he|[Ii]t|[Ww]e|[Tt]hey)['’](?:d|s|re|ll|ve|m)|\\p{Ll}+n['’]t` +
    // "soldiers live there now", "they keep the theatres for emergencies": a plural subject's present verb.
    `|(?:\\p{Ll}{2,}s|[Tt]hey|[Ww]e|[Yy]ou|I)\\s+(?:still\\s+|only\\s+|now\\s+)?${PRESENT_PLURAL}` +
    // "he never wants to see a soldier again", "she still lives there": a singular pronoun's present verb.
    `|(?:[Hh]e|[Ss]he)\\s+(?:(?:never|still|only|now|always|just|also|no\\s+longer)\\s+)?\\p{Ll}{2,}s)(?![\\p{L}-])`,
  'u',
);

/** The one told, the last word of the teller's phrase: "… had told her" → "her". */
const told = (teller: string): string => teller.split(/\s+/).at(-1)!;

export interface KinTelling {
  speaker: ResolvedSpeaker;
  words: Span;
}

/** The kin teller of a reported clause and where their words start, or null. */
export function kinTeller(text: string, content: Span, d: Discourse, outer: Entity): KinTelling | null {
  const clause = text.slice(content.start, content.end);
  const opened = clause
    .replace(/^\s+/, '')
    .replace(LEADING_CONNECTIVE, '')
    .replace(/^that\s+/i, '');
  const lead = clause.length - opened.length;
  const m = KIN_TELLER.exec(opened);
  if (!m)
    return (
      groupTeller(text, content, opened, clause.length - opened.length, d, outer) ??
      pronounKinTeller(text, content, opened, clause.length - opened.length, d, outer)
    );
  const start = wordsStart(text, content, lead + m[0].length, opened.slice(m[0].length));
  if (start === null) return null;
  // "one of her cousins" is a cousin of hers; "two of her cousins" stay plural.
  const phrase = m[1] && m[3] ? m[2]!.slice(0, -1) : m[2]!;
  // The possessive and the one told are the speaker: "her" is the teller's, whoever was named last.
  if (outer.kind !== 'person' && outer.kind !== 'unknown') return null;
  // "Karen said her cousin had told her …": "her" is not Karen's, so whose cousin it is goes untold.
  const gender = genderOfEntity(outer, d);
  for (const pronoun of [phrase.split(/\s+/)[0]!, told(m[0])])
    if (/^(?:his|him|her)$/i.test(pronoun) && !fitsPronoun(/^his$/i.test(pronoun) ? 'he' : pronoun, gender))
      return null;
  const kin = phrase.replace(/^\S+\s+/, '');
  const owned = resolveSpeaker(`${outer.name}'s ${kin}`, d);
  if (!owned || owned.entity.kind === 'place' || owned.entity.id === outer.id) return null;
  return { speaker: { ...owned, mention: phrase }, words: { start, end: content.end } };
}

/** When the words were told, between the verb and the words: "told me this morning that …". */
const WHEN_TOLD =
  '(?:yesterday|today|tonight|last\\s+(?:night|week)|this\\s+(?:morning|afternoon|evening|week)|on\\s+the\\s+phone|by\\s+phone|on\\s+\\p{Lu}\\p{Ll}+day|at\\s+(?:midnight|dawn|noon|night))';

/**
 * Where and when words were handed on, after the verb: a phrase opened by a preposition or a time
 * word ("on Tuesday", "from Goris last night", "at six in the morning on Tuesday"), with no stop or
 * coordinator in it; a comma only around a further such phrase ("last year, through the Red
 * Cross,"), so that what follows it opens the words, not a second clause.
 */
const WHERE_WORD =
  '(?:on|in|at|from|by|over|during|after|before|through|via|last|this|yesterday|today|tonight|early|late)';
const NOT_A_NEW_CLAUSE =
  '(?!\\b(?:and|but|or|that(?!\\s+(?:night|day|morning|evening|afternoon|week)\\b))\\b)';
const WHERE_THEN =
  `\\s+${WHERE_WORD}\\s(?:${NOT_A_NEW_CLAUSE}[^,;:.!?"“”\\n]){0,50}?` +
  `(?:,\\s+${WHERE_WORD}\\s(?:${NOT_A_NEW_CLAUSE}[^,;:.!?"“”\\n]){0,40}?)?`;

/**
 * A call before the saying: "called from Stepanakert this morning and said", "called me from Goris
 * and said", "phoned from the hospital and said", "called my mother on Sunday and said". A call
 * alone hands on no words (row S); the saying joined to it does.
 */
const CALLED_AND = `(?:(?:called|phoned|rang)(?:\\s+(?:me|us|(?:my|our)\\s+${KIN}))?(?:\\s+(?:once|twice|again|briefly))?(?:${WHERE_THEN}\\s+|\\s+)and\\s+)?`;

/** "said only one sentence: '…'", "wrote two words:": the words counted before the colon that opens them. */
const WORDS_COUNTED =
  '(?:\\s+(?:only\\s+)?(?:one|two|three|a\\s+few)\\s+(?:sentences?|words?|things?|lines?)(?=\\s*:))?';

/** The verb handing on words, with whom they were told or written to: "told me", "wrote to us". */
const TOLD_VERB = `${CALLED_AND}(?:(?:told|tell|tells)\\s+(?:me|us)|said|says|writes|wrote(?:\\s+to\\s+(?:me|us))?)${WORDS_COUNTED}`;

/**
 * Where and when the words were told, between the verb and "that": a phrase opened by a
 * preposition or a time word ("on Tuesday", "from Goris last night", "on the day we left"), with no
 * stop or coordinator in it (WHERE_THEN), so that "that" opens the words, not a second clause.
 */
const TOLD_WHERE_THEN_THAT = `${WHERE_THEN},?\\sthat(?=\\s)`;

/**
 * When the words were told, as a clause of time set off by a comma right before the quote mark that
 * opens them: "told me before I left, '…'", "said when we parted, '…'".
 */
const TOLD_WHEN_THEN_QUOTE =
  '\\s+(?:before|after|when|as|while|once)\\s[^,;:.!?"“”‘\\n]{1,40},(?=\\s*[\'‘"“])';

/**
 * "My mum told me yesterday |…", "My father always said: |…", "His mother told us that |…": a quote
 * that opens by handing on a relative's words, the speaker's own or another's the quote names.
 */
const MY_KIN_SAID = new RegExp(
  // "Now my cousins in Stepanakert tell me that …": a time word may open the sentence.
  `^(?:(?:Now|And|But|Today|Yesterday|Still),?\\s+)?(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er)\\s+${KIN_OF}(?:(?:late|elder|older|younger|little)\\s+)?(${KIN}s?)(?:\\s+in\\s+\\p{Lu}[\\p{L}-]*)?\\s+(?:(?:also|always|once|just|only)\\s+)?` +
    `${TOLD_VERB}(?:${TOLD_WHERE_THEN_THAT}|${TOLD_WHEN_THEN_QUOTE}|(?:\\s+${WHEN_TOLD})?(?:\\s+that(?=\\s)|\\s*[,:])?)\\s+['‘"“]?(?=\\S)`,
  'u',
);

/**
 * "He writes that |…", "She told me: '|…": a quote that opens by handing on someone's words. Not
 * "They told us |…": a plural is more often the officials a family waits on than a relative.
 */
/** The end of the relayed words' first sentence: a stop, then a closing mark or a space. */
export const RELAYED_SENTENCE_END = /[.!?](?=['’"”]?(?:\s|$))/u;

export const PRONOUN_SAID = new RegExp(
  `^(He|She|They)\\s+(?:(?:also|always|once|just|only)\\s+)?${TOLD_VERB}(?:${TOLD_WHERE_THEN_THAT}|${TOLD_WHEN_THEN_QUOTE}|(?:\\s+that(?=\\s)|\\s*[,:])?)\\s+['‘"“]?(?=\\S)`,
  'u',
);

/** A call that opens the quote and hands on no words of its own: "He calls us every evening. |…". */
const CALL_FIRST =
  /^(He|She)\s+(?:(?:also|always|still|just)\s+)?(?:calls|called|phones|phoned|rings|rang|texts|texted)\s+(?:me|us)(?![\p{L}-])[^.!?;:"“”]{0,60}[.!?]\s+/u;

/**
 * A relative the speaker owns, named before the quote: "her aunt", "whose brother", "Sargsyan's
 * husband", "his cousin", "has a brother in Stepanakert", "a family friend".
 */
const OWNED_KIN = new RegExp(
  // "her 22-year-old son": a modifier may hold digits.
  `(?<![\\p{L}-])(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|\\p{Lu}[\\p{L}-]+['’]s|(?:has|had|have)\\s+an?|[Aa]n?)\\s+${KIN_OF}(?:(?!family\\s+friend)[\\p{Ll}\\d-]+\\s+)?(${KIN})(?![\\p{L}-])`,
  'gu',
);

/**
 * "Ani said one of her cousins … had told her that …. “They said …”": "they" is a relative only
 * when the sentence right before the quote told what that relative told the speaker; otherwise a
 * plural is more often the officials a family waits on.
 */
const KIN_TOLD_JUST_BEFORE = new RegExp(
  `(?:[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[\\p{Ll}-]+\\s+)?(${KIN})s?(?![\\p{L}-])[^\\n]{0,160}?(?<![\\p{L}-])told\\s+(?:him|her|them)(?![\\p{L}-])([^\\n]*)$`,
  'u',
);

function tellerJustBefore(before: string): string | undefined {
  const m = KIN_TOLD_JUST_BEFORE.exec(before);
  if (!m) return undefined;
  const rest = m[2]!.replace(/[.!?]['’"”]?\s*['‘"“]?$/u, '');
  return /[.!?]['’"”]?\s/u.test(rest) ? undefined : m[1];
}

/**
 * A speaker's own quote that opens by handing on a relative's words: "“My mum told me yesterday
 * they have sugar for two weeks,” Hovik said", "Her aunt stayed behind. “She said nobody talked,”
 * Ani said". The relative's words are theirs (CONVENTIONS 14), filed under the kin noun. A pronoun
 * ("he", "she") stands for the relative only when the speaker's own kin of its gender was named just before
 * (within the paragraph or the one before it) and no other kin after it; otherwise no one.
 * A later piece of the same quote ("“A,” he said. “My sister told me …”") hands on words only by
 * "My <kin>": a pronoun there may point back into the first piece.
 */
export function kinInQuote(
  text: string,
  quote: Span,
  outer: Entity,
  from: number,
  laterPiece = false,
): KinTelling | null {
  if (outer.kind !== 'person' && outer.kind !== 'unknown') return null;
  const said = text.slice(quote.start, quote.end);
  let kin: string | undefined;
  let called = 0;
  let m = MY_KIN_SAID.exec(said);
  const inside = m ? null : kinInLaterSentence(said);
  if (m) kin = m[1];
  else if (inside) {
    ({ match: m, kin } = inside);
    called = inside.at;
  } else if (laterPiece) return null;
  else {
    // "“He calls us every evening. He says …”": a call first, then what the caller says.
    const call = CALL_FIRST.exec(said);
    m = PRONOUN_SAID.exec(call ? said.slice(call[0].length) : said);
    if (!m || (call && call[1] !== m[1])) return null;
    if (call) called = call[0].length;
    const pronoun = m[1]!.toLowerCase();
    const before = text.slice(Math.max(from, quote.start - 500), quote.start);
    // "his nephew … his family told him. “He says …”", "her husband stayed to wait for his mother.
    // “He says …”": kin the pronoun cannot stand for (the other sex, a group) are passed over.
    const last = pronoun === 'they' ? tellerJustBefore(before) : lastKinFitting(before, pronoun);
    if (!last) return null;
    if (pronoun === 'he' && FEMALE_KIN.test(last)) return null;
    if (pronoun === 'she' && MALE_KIN.test(last)) return null;
    if (/^(?:parents|grandparents|family)$/.test(last)) return null;
    if (
      pronoun !== 'they' &&
      rivalAfterKin(before, last, text.slice(quote.start, quote.start + called), pronoun, outer)
    )
      return null;
    kin = last;
  }
  const start = quote.start + called + m[0].length;
  // "He told me, 'Papa, all is calm.' Since then, nothing": what the relative said ends with its
  // first sentence; the rest is the speaker's own.
  const stop = RELAYED_SENTENCE_END.exec(text.slice(start, quote.end));
  const end = stop ? start + stop.index + 1 : quote.end;
  const words = text.slice(start, end);
  if (!FINITE.test(words) && !/^\p{Lu}\p{Ll}+,/u.test(words)) return null;
  // "Her son, Tigran, … “He wrote, '…'”": the relative the text names is filed under his name.
  const named = kinGivenName(text.slice(Math.max(from, quote.start - 500), quote.start), outer, kin!);
  const entity = textEntity(named ?? kin!);
  // "Petrosyan's aunt … said: “She …”": the relative is the speaker herself, not someone she quotes.
  if (entity.id === outer.id || outer.name.toLowerCase().endsWith(kin!)) return null;
  return { speaker: { entity, mention: kin!, viaDocument: false }, words: { start, end } };
}

/**
 * The speaker's own kin named last before that "he" or "she" may stand for: kin of the other sex and
 * groups ("his family", "her parents") are passed over; kin of either sex ("cousin") are not.
 */
function lastKinFitting(before: string, pronoun: string): string | undefined {
  return [...before.matchAll(OWNED_KIN)]
    .map((m) => m[1]!)
    .filter((kin) => fitsOwnedKin(kin, pronoun))
    .at(-1);
}

/** Kin "he" or "she" may stand for: not the other sex, not a group ("his family", "her parents"). */
function fitsOwnedKin(kin: string, pronoun: string): boolean {
  const other = pronoun === 'he' ? FEMALE_KIN : MALE_KIN;
  return !other.test(kin) && !/^(?:parents|grandparents|family)$/.test(kin);
}

/**
 * "his brother and the driver were at the checkpoint. “He told me …”": someone else "he" or "she"
 * may stand for, named after the relative and before the telling, leaves the teller unsure (rule
 * 4: no statement beats a wrong speaker). A rival is another person noun ("the driver", "a
 * cousin") or a name the gazetteer knows as a person; a bare capitalised word may be a place and
 * "the young man" re-names the one just named, so neither is one.
 */
function rivalAfterKin(
  before: string,
  kin: string,
  quoteOpening: string,
  pronoun: string,
  outer: Entity,
): boolean {
  const owned = [...before.matchAll(OWNED_KIN)];
  // "her son … a neighbour": two relatives "he" may stand for.
  if (owned.some((m) => m[1] !== kin && fitsOwnedKin(m[1]!, pronoun))) return true;
  const named = owned.filter((m) => m[1] === kin).at(-1);
  if (!named) return false;
  const after = `${before.slice(named.index + named[0].length)}${quoteOpening}`;
  return peopleFitting(after, pronoun, outer).some((c) =>
    c.noun
      ? c.name !== kin.split(/\s+/).at(-1) && !(c.definite && /^(?:man|woman|boy|girl)$/.test(c.name))
      : resolveEntityAt(c.name, null)?.kind === 'person',
  );
}

/** A sentence start inside a quote: a stop, maybe a closing mark, then space. */
const SENTENCE_START = /[.!?]['’"”]?\s+(?=\p{Lu})/gu;

/** "My nephew is up there.": a sentence of the quote that opens on the speaker's own relative. */
const MY_KIN_OPENS = new RegExp(
  `^My\\s+${KIN_OF}(?:(?:late|elder|older|younger|little)\\s+)?(${KIN})(?![\\p{L}-])`,
  'u',
);

/**
 * "We left the keys in the door. My husband said someone should …", "My nephew is up there. He
 * called at midnight and said …": a later sentence of the quote that hands on the relative's
 * words, by "My <kin>" or by a pronoun of the relative's sex right after a sentence that opened on
 * them. Where that sentence starts in the quote, and the match read from there.
 */
function kinInLaterSentence(said: string): { at: number; match: RegExpExecArray; kin: string } | null {
  let opened = MY_KIN_OPENS.exec(said)?.[1];
  let joined = opened ? kinInJoinedClause(said, 0, opened) : null;
  if (joined) return joined;
  for (const stop of said.matchAll(SENTENCE_START)) {
    const at = stop.index + stop[0].length;
    const rest = said.slice(at);
    const mine = MY_KIN_SAID.exec(rest);
    if (mine) return { at, match: mine, kin: mine[1]! };
    const pronoun = opened ? PRONOUN_SAID.exec(rest) : null;
    if (pronoun && opened && pronoun[1] !== 'They' && fitsKin(pronoun[1]!, opened))
      return { at, match: pronoun, kin: opened };
    opened = MY_KIN_OPENS.exec(rest)?.[1];
    joined = opened ? kinInJoinedClause(said, at, opened) : null;
    if (joined) return joined;
  }
  return null;
}

function fitsKin(pronoun: string, kin: string): boolean {
  return /^he$/i.test(pronoun) ? MALE_KIN.test(kin) : FEMALE_KIN.test(kin);
}

/** ", and he says |…": a clause joined to the sentence that opened on the relative, its pronoun theirs. */
const JOINED_PRONOUN = /,\s+(?:and|but)\s+(?=(?:he|she)\s)/gu;

/**
 * "My brother drove to Goris on Sunday, and he says |he cannot get back.": in the sentence from `at`
 * that opened on the speaker's relative, a joined clause whose pronoun of the relative's sex hands on
 * their words.
 */
function kinInJoinedClause(
  said: string,
  at: number,
  kin: string,
): { at: number; match: RegExpExecArray; kin: string } | null {
  const sentence = said.slice(at).split(/[.!?](?=['’"”]?\s)/u)[0]!;
  for (const join of sentence.matchAll(JOINED_PRONOUN)) {
    const from = join.index + join[0].length;
    const rest = sentence.slice(from);
    const match = PRONOUN_SAID.exec(rest.charAt(0).toUpperCase() + rest.slice(1));
    if (match && fitsKin(match[1]!, kin)) return { at: at + from, match, kin };
  }
  return null;
}

/** The group teller of a reported clause ("the military had told him …") and where its words start, or null. */
/**
 * Where the teller's words start after "told her" (`after` characters into the content, `rest` the
 * text from there), or null when what follows is no clause of words.
 */
export function wordsStart(text: string, content: Span, after: number, rest: string): number | null {
  if (NO_WORDS.test(rest)) return null;
  // "told her the line stretched for miles and that …": a "that" after a verb opens a second clause
  // of the words, not the first after a setting.
  const setting = SETTING_THEN_THAT.exec(rest)?.[0];
  const skip = setting && !FINITE.test(setting) ? setting.length : (/^\s+/.exec(rest)?.[0].length ?? 0);
  const start = content.start + after + skip;
  const words = text.slice(start, content.end);
  return FINITE.test(words) && /^["“]?\p{L}/u.test(words) ? start : null;
}

function groupTeller(
  text: string,
  content: Span,
  opened: string,
  lead: number,
  d: Discourse,
  outer: Entity,
): KinTelling | null {
  const m = GROUP_TELLER.exec(opened);
  if (!m) return null;
  const start = wordsStart(text, content, lead + m[0].length, opened.slice(m[0].length));
  if (start === null) return null;
  // The one told is the speaker: "him" told by a woman's words is someone else.
  if (outer.kind !== 'person' && outer.kind !== 'unknown') return null;
  const pronoun = told(m[0]);
  if (pronoun !== 'them' && !fitsPronoun(pronoun, genderOfEntity(outer, d))) return null;
  // "the military" the gazetteer cannot place on a side is filed under its own words.
  const group = resolveSpeaker(m[1]!, d) ?? {
    entity: textEntity(m[1]!.replace(/^the\s+/, '')),
    mention: m[1]!,
    viaDocument: false,
  };
  if (group.entity.kind === 'place' || group.entity.id === outer.id) return null;
  return { speaker: { ...group, mention: m[1]! }, words: { start, end: content.end } };
}

/** "he told her …", "she had told him …": a pronoun teller and the one told. */
const PRONOUN_TELLER =
  /^(he|she)\s+(?:had\s+|has\s+)?(?:always\s+|once\s+|repeatedly\s+)?(?:told|assured|informed|warned)\s+(him|her)(?![\p{L}-])/u;

/**
 * "Lusine talks to her brother by phone. She said he told her this week that …": a pronoun of
 * the other sex than the speaker, telling the speaker, is the speaker's own relative of that sex
 * the text named last before (in this paragraph or the one before), when no other relative was
 * named after it. A pronoun of the speaker's own sex may be the speaker, and is left.
 */
function pronounKinTeller(
  text: string,
  content: Span,
  opened: string,
  lead: number,
  d: Discourse,
  outer: Entity,
): KinTelling | null {
  const m = PRONOUN_TELLER.exec(opened);
  if (!m || (outer.kind !== 'person' && outer.kind !== 'unknown')) return null;
  const teller = m[1]!;
  const gender = genderOfEntity(outer, d);
  if (!gender || fitsPronoun(teller, gender) || !fitsPronoun(m[2]!, gender)) return null;
  const start = wordsStart(text, content, lead + m[0].length, opened.slice(m[0].length));
  if (start === null) return null;
  const paragraphs = text.slice(0, content.start).split(/\n\s*\n/);
  const before = paragraphs.slice(-2).join('\n\n').slice(-600);
  const kin = [...before.matchAll(OWNED_KIN)].at(-1)?.[1];
  if (!kin || !(teller === 'he' ? MALE_KIN : FEMALE_KIN).test(kin)) return null;
  const named = kinGivenName(text.slice(0, content.start), outer, kin);
  const owned = resolveSpeaker(named ?? `${outer.name}'s ${kin}`, d);
  if (!owned || owned.entity.kind === 'place' || owned.entity.id === outer.id) return null;
  return { speaker: { ...owned, mention: teller }, words: { start, end: content.end } };
}

/**
 * The given name the text set beside the speaker's relative: "Lusine's younger brother, Armen,",
 * "her brother Aram", "whose 19-year-old son Davit". The last one written before, or null.
 */
function kinGivenName(before: string, owner: Entity, kin: string): string | null {
  const owners = owner.name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}[\p{L}-]+$/u.test(w))
    .map((w) => `${w}['’]s`);
  const pattern = new RegExp(
    `(?<![\\p{L}-])(?:${[...owners, '[Hh]er', '[Hh]is', '[Ww]hose'].join('|')})\\s+(?:[\\p{Ll}\\d-]+\\s+)?${kin},?\\s+(\\p{Lu}\\p{Ll}+)(?![\\p{L}'’-])`,
    'gu',
  );
  return [...before.matchAll(pattern)].at(-1)?.[1] ?? null;
}
