import { resolveEntityAt } from '../../entities/resolve.ts';
import { trailingProperName } from '../../entities/textEntity.ts';
import type { Entity } from '../../types.ts';
import { bodyBack } from '../bodyBack.ts';
import { CLAIM_NOUN, DOCUMENT_NOUN, PAGE_NOUN } from '../lexicon.ts';
import { clauseModifierStart, isNounPhrase, tag } from '../nounPhrase.ts';
import { lastMentioned } from './personBack.ts';
import { opensWithPluralPresent } from './pluralPresentRelative.ts';
import { bodyOfHead, cleanPhrase } from './roleBack.ts';
import type { Discourse } from './state.ts';

const ADVERBIAL_AFTER_SUBJECT =
  /\s+(?:for\s+(?:the|a)\s+(?:first|second|third|fourth|fifth|last|\p{Ll}+th)\s+time|for\s+(?:his|her|its|their)\s+part|in\s+(?:(?:its|his|her|their)\s+)?turn|once\s+again|at\s+the\s+time)$/iu;

export interface SpeakerWords {
  /** The phrase cleaned and narrowed to the speaker's noun phrase. */
  p: string;
  /** That noun phrase without a reduced relative clause ("A court document| filed Thursday"). */
  described: string;
  /** The description in apposition before a name ("the spokeswoman, Nazeli Baghdasaryan"). */
  apposedRole: string | undefined;
  /** Readings of `described` alone that resolveSpeaker tries in turn (see there). */
  namesNoOne: boolean;
  data: RegExpExecArray | null;
  /** "the ministry's figures", "the organization's latest data": whose numbers they are. */
  ownData: string | undefined;
  speaksFor: RegExpExecArray | null;
  documentNoun: boolean;
  /** The subject of a relative clause with no "that" the phrase was ("a response| Armenian officials"). */
  zeroRelative: string | undefined;
}

/** Words that stand for people only with the relative clause after them: "those (who …)", "some (who …)". */
const BARE_ANTECEDENT = /^(?:those|these|some|many|others?|few|anyone|everyone|someone|people|all|one)$/i;

/** Head nouns of people: plurals ("drivers", "Democrats") and nouns of a person ("farmer", "monitor", "delegate"). */
const PEOPLE_HEAD =
  /(?:[^s']s|er|or|ist|an|man|woman|person|people|official|delegate|deputy|envoy|aide|expert|member|leader|resident|staff|police|clergy)$/i;

/**
 * Does a noun phrase name people, by its head noun (the word before any "of")? "The rhetoric of
 * the candidates" and "the fact" name none: a clause modifier after them makes no speaker.
 */
function namesPeople(np: string): boolean {
  if (!isNounPhrase(np)) return false;
  const head = np
    .split(/\s+of\s+/i)[0]!
    .split(/\s+/)
    .pop()!;
  return PEOPLE_HEAD.test(head) && !/(?:ness|ss|ics)$/i.test(head);
}

/** The singular of a plural that names people: "officials", "residents", "analysts", "sources", "police". */
const PEOPLE_SINGULAR =
  /(?:er|or|ist|ian|ant|ent|man|woman|person|official|delegate|deputy|envoy|aide|expert|member|leader|staff|source|diplomat|witness|authority|soldier|troop|family|relative|friend|neighbo(?:u)?r|colleague)$/i;

/**
 * Does a relative clause open with a present-tense verb ("lives near the road", "studies in
 * Yerevan")? The tagger reads such a word as a plural noun; a plural that names no people, with
 * more words after it, is the verb of "who …", while "who officials (say)" keeps its subject.
 */
function opensWithPresentVerb(clause: string): boolean {
  const word = /^(\p{Ll}+s)\s+\S/u.exec(clause)?.[1];
  if (!word) return false;
  const singulars = [word.slice(0, -1), word.replace(/es$/, ''), word.replace(/ies$/, 'y')];
  return !singulars.some((singular) => PEOPLE_SINGULAR.test(singular));
}

const AGE_BEFORE_NAME = /^(?:an?\s+)?\d{1,3}-year-old\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})$/u;

// "his press secretary, Berik Uali", "Their ombudsman, Artak Beglaryan": a possessive opens the
// description as an article does; the name set off after it is who it is.
const ROLE_BEFORE_APPOSED_NAME = /^(?:the|a|an|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(\p{Ll}[^,]*),\s+\p{Lu}/u;
const DATA_AS_SPEAKER =
  /^(?:the\s+)?(?:(\p{Lu}[\p{L}-]+)\s+(?=government\s))?(?:(?:the|official|preliminary|latest|new|available|government|initial|final|updated|various|some|other|different|several|unofficial|independent)\s+)*(?:data|figures|statistics|estimates|records|information|results|numbers|counts?|tallies|tally)(?:\s+(?:from|of|by|released by|published by)\s+(.+))?$/iu;

/** A proper name before a noun of numbers: "UN figures", "UNHCR data". */
export const ACCORDING_TO_BEFORE = /according\s+to\s+(?:the\s+)?$/i;
export const NAMED_DATA =
  /^(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*)\s+(?:(?:official|preliminary|latest|new|updated|initial|final)\s+)?(?:data|figures|statistics|estimates|tallies|counts?)$/u;

/** The words of a speaker phrase that name the speaker, read off the phrase alone; null when none do. */
export function readSpeakerWords(phrase: string): SpeakerWords | null {
  // "Cruz,” Beck": a quote the scanner left open ends before the speaker.
  let p = cleanPhrase(phrase.replace(/\([^)]*\)/g, ' ').replace(/^.*(?:[”»]|'')\s+(?=\S)/su, ''));
  // "the spokeswoman, Nazeli Baghdasaryan": the description in apposition is the named person's role.
  const apposedRole = ROLE_BEFORE_APPOSED_NAME.exec(p)?.[1];
  // "34-year-old Anna": the age is no part of the name.
  p = AGE_BEFORE_NAME.exec(p)?.[1] ?? p;
  p = narrowSpeakerPhrase(p);
  // "hackers who U.S. officials (say)", "a trend that the foundation (predicts)": the speaker is
  // the subject of the relative clause; a bare "… who" names none.
  const relative = /\s(?:who|whom|which|that)(?:\s+(.*))?$/isu.exec(p);
  let modified: string | null = null;
  if (relative) {
    if (!relative[1]) return null;
    const antecedent = p.slice(0, relative.index).trim();
    // "some who advocate free speech", "those who back her": a pronoun before "who" names no one.
    if (BARE_ANTECEDENT.test(antecedent)) return null;
    // "A resident who lives near the road": the word after "who" is the clause's verb, not its subject.
    if (
      /^who/i.test(relative[0].trim()) &&
      namesPeople(antecedent) &&
      (opensWithPresentVerb(relative[1]) || opensWithPluralPresent(relative[1]))
    )
      modified = antecedent;
    // "A local official who asked not to be named" stays whole: the relative clause has its verb.
    else if (isNounPhrase(relative[1])) p = relative[1];
    // "A farmer who met Nikol Pashinyan": the farmer speaks; a name inside the clause is someone else.
    else if (/^who/i.test(relative[0].trim()) && namesPeople(antecedent)) modified = antecedent;
  }
  if (!p) return null;
  // "a figure neither side (has confirmed)", "a response Armenian officials (described as …)": a
  // thing's noun with a subject right after it is a relative clause with no "that"; the thing
  // said nothing, and only that subject may have.
  const zero = zeroRelativeSubject(p);
  if (zero === '') return null;
  if (zero) p = zero;
  const reduced = reducedRelativeHead(p);
  // "Democrats trying to regain the Senate", "the last man to mount a race": the noun phrase before the modifier.
  const modifierAt = modified || reduced !== p ? null : clauseModifierStart(p);
  // "The Russian peacekeeping contingent": a name the gazetteer knows whole holds no modifier to cut.
  const head =
    modifierAt === null || resolveEntityAt(p, null)?.kind !== undefined
      ? null
      : p.slice(0, modifierAt).trim();
  const described = modified ?? (head && namesPeople(head) ? head : reduced);
  return {
    p,
    described,
    apposedRole,
    namesNoOne:
      /^(?:we|i|you|us|me)$/i.test(described) ||
      // "According to our information", "by our own count": the writer's own knowledge, no one else's words.
      OWN_KNOWLEDGE.test(described) ||
      // "55 percent of voters", "Nearly half", "six in 10", "a majority of Armenians": a poll's share speaks for no one.
      POLL_SHARE.test(described) ||
      // "Each side accuses the other": a distributive subject is every one of several, no one speaker.
      /^(?:each|either|neither)(?:\s+(?:of\s+the\s+)?[\p{L}-]+)?$/iu.test(described) ||
      // "…, a charge Armenia denies", "a claim Moscow rejects": what is denied, with its denier, says nothing.
      CHARGE_DENIED.test(p),
    // "According to official data", "preliminary figures": numbers with no author name no one.
    // "Figures from both sides", "data of the ministry": data is no speaker; only a body the text names behind it is.
    // "Armenian government data": the government the adjective names is behind them.
    data: DATA_AS_SPEAKER.exec(described),
    ownData: OWN_DATA.exec(described)?.[1],
    // "a spokeswoman for Prime Minister Nikol Pashinyan": the spokeswoman speaks, not the one she speaks for.
    speaksFor:
      /^(?:an?|the)\s+((?:[\p{L}-]+\s+){0,3}(?:spokes(?:person|man|woman)|representative|aide|adviser|advisor|press secretary|lawyer|attorney|counselor|strategist|staffer))\s+(?:for|to)\s+\S/iu.exec(
        described,
      ),
    documentNoun: DOCUMENT_NOUN.test(described),
    zeroRelative: zero ?? undefined,
  };
}

/** What the writers themselves know: "our information", "my data", "our own estimates". */
const OWN_KNOWLEDGE =
  /^(?:our|my)\s+(?:own\s+)?(?:information|data|knowledge|understanding|estimates?|calculations?|count|figures|records|findings)$/i;

/** A determiner, a thing's noun (with up to two words before it), then the words of a subject. */
const ZERO_RELATIVE =
  /^(?:an?|the|this|that|one)\s+((?:(?!(?:of|for|in|at|on|to|from|with|by|and|or)\s)\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*)\s+((?:neither|either|no|each|both|the|his|her|their|its|some|many|most|all|\p{Lu}[\p{L}'’.-]*)(?:\s+\S+){0,5})$/u;
/** A verb that names or describes a thing: its quoted name is the subject's words. */
const NAMING_AFTER =
  /^\s+(?:(?:has|have|had|later|then|once|also|openly|publicly)\s+){0,2}(?:described|called|termed|dubbed|labell?ed|branded|characteri[sz]ed)\b/i;

/** Does a naming verb follow the relative clause's subject, where the speaker phrase stands in the text? */
export function namesThingAfter(text: string, speakerAt: number, subject: string): boolean {
  if (speakerAt < 0) return false;
  const window = text.slice(speakerAt, speakerAt + 200);
  const at = window.indexOf(subject);
  return at >= 0 && NAMING_AFTER.test(window.slice(at + subject.length));
}

/** A subject that is every one or none of several: no one speaker. */
const NO_ONE_SUBJECT = /^(?:neither|either|no|each)\s/i;

/**
 * The subject of a relative clause that follows a thing's noun with no "that" ("a figure| neither
 * side", "a step| Georgian officials"): '' when that subject is no one, null when the phrase is no
 * such clause (the noun names people or a body, or the words after it name no one who speaks).
 * "a charge Baku (rejects)" is left whole: what is denied, with its denier, says nothing.
 */
function zeroRelativeSubject(p: string): string | null {
  const m = ZERO_RELATIVE.exec(p);
  if (!m || CHARGE_DENIED.test(p)) return null;
  const noun = m[1]!.split(/\s+/).pop()!;
  if (
    BODY_NOUN.test(noun) ||
    PEOPLE_HEAD.test(noun) ||
    PEOPLE_SINGULAR.test(noun) ||
    tag(noun)[0]?.pos !== 'NOUN'
  )
    return null;
  const subject = m[2]!;
  if (NO_ONE_SUBJECT.test(subject)) return '';
  const known = resolveEntityAt(subject, null);
  if (known) return known.kind === 'government' || known.kind === 'organisation' ? subject : null;
  // "the poet Vahagn Davtyan": a name after a noun is in apposition to it, no clause's subject;
  // "a move Georgian officials …" ends with a common noun of people.
  return namesPeople(subject) && /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(subject) ? subject : null;
}

/** Numbers owned by whoever the possessive names: "the organization's figures", "Baku's own data". */
const OWN_DATA =
  /^(.+?)['’]s?\s+(?:(?:own|official|preliminary|latest|new|updated|initial|final|daily)\s+)*(?:data|figures|statistics|estimates|records|numbers|counts?|tallies|tally|information)$/iu;

/** The marks QUOTED_NAME opens a name with. */
export const OPENING_MARK = /["“«]/;
/** A page, channel or account with its name in quotes. */
export const QUOTED_NAME = new RegExp(
  `^(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}${PAGE_NOUN}\\s+["“«]([^"“”«»]{2,60})["”»]$`,
  'iu',
);

/** A class noun that points back to the last organisation named: "the organization", "the charity". */
export const ORGANISATION_BACK = /^the\s+(?:organi[sz]ation|charity|NGO|group|body|aid group|aid agency)$/i;

/** Who owns the numbers: a body or person the gazetteer knows, or the organisation named last; null when unsure. */
export function dataOwner(owner: string, d: Discourse): Entity | null {
  if (ORGANISATION_BACK.test(owner)) {
    if (d.lastBody?.kind === 'organisation') return d.lastBody;
    return lastMentioned(d, (e) => e.kind === 'organisation');
  }
  const known = resolveEntityAt(owner, d.at);
  if (known) return known.kind !== 'place' ? known : null;
  return bodyBack(owner, (noun, fits) => bodyOfHead(d, noun, fits));
}

/** An accusation as the head of the speaker's words: the words after it are the clause that denies it. */
const CHARGE_DENIED = new RegExp(`^(?:something\\s|(?:an?|the|this|that)\\s+${CLAIM_NOUN}(?:\\s|$))`, 'i');

const NUMBER_WORD =
  '(?:\\d[\\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine)|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
/** A share of those polled: what a poll reports, never a speaker. */
const POLL_SHARE = new RegExp(
  '^(?:(?:about|around|nearly|almost|roughly|only|just|over|under|barely|fully|more than|less than|fewer than|at least|at most|a|an|the|a clear|a slim|a narrow|a bare)\\s+)*' +
    `(?:${NUMBER_WORD}\\s*(?:%|percent|per cent)|${NUMBER_WORD}\\s+(?:in|out of)\\s+${NUMBER_WORD}|half|` +
    `(?:${NUMBER_WORD}|a)[- ](?:thirds?|quarters?|fifths?)|majority|majorities|plurality|minority)` +
    "(?:\\s+(?:of|among)\\s.*|\\s+[\\p{L}'’]+s)?$",
  'iu',
);

const APPOSED_NAME_AFTER_ROLE =
  /^(?:the|a|an|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+\p{Ll}[^,]*,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})$/u;
const NAME_THEN_SETTING =
  /^(.*?\p{Lu}[\p{L}.'’-]+)\s+(?:during|at|in|on|after|before)\s+(?:the|a|an|his|her|their|its)\s.*$/su;

/**
 * Words around a speaker that are no part of it: "Richards and Menendez both", "Mrs. Clinton --
 * whose husband", "the dawn of the movement, Bozell", "Carly Fiorina during the second debate".
 */
function narrowSpeakerPhrase(phrase: string): string {
  let p = phrase
    .replace(/\s+(?:both|all|first|too|also|alone|themselves|himself|herself|itself)$/i, '')
    // "the ministry for the first time", "Baku for its part", "Moscow in turn": an adverbial
    // phrase between the subject and its verb is no part of the speaker.
    .replace(ADVERBIAL_AFTER_SUBJECT, '')
    .replace(/\s+(?:--|—|–)\s.*$/su, '');
  const apposed = APPOSED_NAME_AFTER_ROLE.exec(p);
  if (apposed) p = apposed[1]!;
  const setting = NAME_THEN_SETTING.exec(p);
  if (setting && trailingProperName(setting[1]!)) p = setting[1]!;
  return withoutTrailingAdverb(p.trim());
}

/** "Walker now", "One reader even": an adverb after a speaker's noun phrase is no part of it. */
function withoutTrailingAdverb(p: string): string {
  if (!/\s/.test(p) || isNounPhrase(p)) return p;
  const tagged = tag(p);
  let end = tagged.length;
  while (end > 1 && tagged[end - 1]!.pos === 'ADV') end--;
  return end < tagged.length ? headWords(p, tagged, end) : p;
}

const PARTICIPLE_ENDING = /\p{Ll}(?:ed|ing|[ew]n)$/u;

/**
 * The noun phrase a reduced relative clause describes: "A court document (filed Thursday)",
 * "People (briefed on the move)", "a memo (seen by Reuters)". The mention keeps the whole
 * phrase as written; the speaker is the noun phrase. Kept whole when the words before are no
 * noun phrase or the participle's words hold a clause ("Trump accused him").
 */
/** Pronouns that are only ever a verb's object: "operating it", "backing them". */
const OBJECT_PRONOUN = /^(?:it|them|him)$/i;

function reducedRelativeHead(p: string): string {
  if (!/\s/.test(p) || isNounPhrase(p)) return p;
  const tagged = tag(p);
  const at = tagged.findIndex((t, i) => i > 0 && t.pos === 'VERB' && PARTICIPLE_ENDING.test(t.word));
  if (at < 0) return p;
  const rest = tagged.slice(at + 1);
  const next = rest[0];
  // "published (Wednesday)": a time after the participle was already cut as an adverbial.
  // A past form with an object ("Cruz captured two", "participants outlined a scenario") is a clause.
  const gerund = /ing$/.test(tagged[at]!.word);
  // "the company operating it": an object pronoun right after the participle is its object, no subject.
  const pronounObject = gerund && !!next && OBJECT_PRONOUN.test(next.word);
  const opensModifier = gerund
    ? !!next && (/^(?:ADP|PROPN|DET|NUM|NOUN|ADJ)$/.test(next.pos) || pronounObject)
    : !next || next.pos === 'ADP' || TIME_WORD.test(next.word);
  // The noun a relative describes is a common noun: "Mr. Sanders carried voters" is a clause. A
  // name after a determiner may be one too ("a Suffolk University Poll released Sunday").
  const named = tagged[at - 1]!.pos === 'PROPN' && tagged[0]!.pos === 'DET' && next?.pos !== 'DET';
  if (tagged[at - 1]!.pos !== 'NOUN' && !named && !(at === 1 && capitalisedPlural(tagged[0]!.word))) return p;
  const clause = rest.some(
    (t, i) =>
      /^(?:VERB|AUX|SCONJ)$/.test(t.pos) ||
      (/^(?:he|she|they|it|we|i|you|him|her|them)$/i.test(t.word) && !(i === 0 && pronounObject)),
  );
  return opensModifier && !clause ? headWords(p, tagged, at) : p;
}

/**
 * "Experts interviewed by the paper", "Residents surveyed by …": the tagger reads a plural that
 * opens the sentence, capitalised there, as a name; a plural whose singular names people is the
 * common noun the participle describes.
 */
function capitalisedPlural(word: string): boolean {
  const plural = /^\p{Lu}\p{Ll}+s$/u.exec(word)?.[0];
  return (
    !!plural && PEOPLE_SINGULAR.test(plural.slice(0, -1)) && tag(plural.toLowerCase())[0]?.pos === 'NOUN'
  );
}

const LEADING_DAY_PHRASE = /^\s*(?:on\s+)?(?:\p{Lu}\p{Ll}+day|last\s+\p{Ll}+|this\s+\p{Ll}+)\b/u;

/** The cleaned phrase with the time words after it that cleaning cut: "A court document filed| Thursday". */
export function wholePhrase(raw: string, cleaned: string): string {
  // Only an opening within 80 characters counts: the search ends there, not at the text's end.
  const at = raw.slice(0, 80 + cleaned.length).indexOf(cleaned);
  if (at < 0 || at > 80) return cleaned;
  const time = LEADING_DAY_PHRASE.exec(raw.slice(at + cleaned.length));
  return time ? cleaned + time[0] : cleaned;
}

const TIME_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last|this|earlier|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The phrase's first `count` tagged words, when they make a noun phrase; else the phrase. */
function headWords(p: string, tagged: readonly { word: string }[], count: number): string {
  let at = 0;
  for (let i = 0; i < count; i++) at = p.indexOf(tagged[i]!.word, at) + tagged[i]!.word.length;
  const head = p.slice(0, at).trim();
  return isNounPhrase(head) ? head : p;
}

/** "the Russian military department", "the military department": a defence ministry in translated copy. */
export const MILITARY_DEPARTMENT = /^[Tt]he\s+(?:(\p{Lu}\p{Ll}+)\s+)?military\s+department$/u;

/** "The ministry", "the MP": a definite noun phrase of one or two words that may point back. */
export const BACK_REFERENCE = /^the\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)$/iu;
/** A word that says which ministry or service a body is: "foreign", "defence", "health". */
export const PORTFOLIO =
  /^(foreign|defen[cs]e|health|interior|justice|emergency|economy|finance|education|culture|agriculture|energy|environment|labou?r|transport)\s/;
export const BODY_NOUN =
  /^(?:ministry|department|office|agency|committee|council|service|embassy|mission|commission|administration|parliament|army|government)$/i;
