/**
 * Who reports a figure, in the words of the text: "according to Russian President Vladimir
 * Putin", "The Armenian service of Radio Liberty reported that …", "…, the ministry said",
 * "…, said the Health Ministry". Offsets are relative to the sentence searched.
 */
import { MONTH_NAMES } from '../dates/calendar.ts';
import { isPlaceName } from '../entities/countryNames.ts';
import { allMatches } from '../statements/allMatches.ts';
import { DATA_BY_WORDS, PUBLISHED_BY_WORDS, wordsExcept } from '../statements/lexicon.ts';
import { closesConjunct } from './conjunctAside.ts';
import { coordinatedSubject } from './coordinatedSubject.ts';

export interface ReporterMatch {
  text: string;
  start: number;
  end: number;
  /** "reported by Sputnik Armenia": an outlet relaying what someone said. */
  relay?: true;
  /** "Citing ANAMA, the paper reports …": where the speaker who relays the cited source starts. */
  citedBy?: number;
  /** "…, and nearly 200 soldiers, by Baku's count": gives only the count right before it. */
  countBefore?: true;
  /** "by various estimates", "according to preliminary data": a source given, and no one named. */
  unnamed?: true;
}

/** "figures released by", "a list compiled by": who made them public reports them (PUBLISHED_BY_WORDS). */
const PUBLISHED_BY = wordsExcept(PUBLISHED_BY_WORDS);
/**
 * "Twelve deaths were reported by the health authorities", "at least 30 wounded were confirmed by hospital
 * officials", "As the paper was told at the Ministry of Defence, …": the agent of a passive verb of reporting or
 * counting reports what its clause holds.
 */
const PASSIVE_AGENT = String.raw`(?:was|were|is|are|been)\s+(?:[a-z]+ly\s+)?(?:reported|confirmed|recorded|counted|announced|documented|verified|listed|stated)\s+by|(?:was|were)\s+told\s+(?:at|by)`;
const ATTRIBUTION = new RegExp(
  String.raw`\b(?:according\s+to|${PASSIVE_AGENT}|per|citing|(?:quotes|quoted|cites|cited)(?=\s[^.;:!?]{1,80}?\bas\s+saying\b)|as\s+reported\s+by|reported\s+by|quoting|with\s+reference\s+to|referring\s+to|${PUBLISHED_BY}\s+by)\s+`,
  'gi',
);
/** "per the ministry", "Per Reuters": a source, never a rate ("1,500 per hour", "per cent"). */
const PER_SOURCE = /^[Pp]er\s+(?:the\s+\p{L}|\p{Lu}\p{Ll})/u;
/** "…, X said, reported by Sputnik Armenia": the outlet that relays, not who reports. */
const RELAY = /^(?:as\s+)?reported\s+by\s/i;
const CITED = /^(?:citing|quoting)\s/i;
/**
 * "Putin said … was approaching 5,000, according to Russian media": media that carry what a speaker in the
 * sentence said relay it, as "reported by" an outlet does (rule 15): the speaker reports.
 */
const ACCORDING_TO = /^according\s+to\s/i;
const MEDIA = /\b(?:media|press)(?:\s+reports?)?$/i;
/**
 * "…, the Armenian government said, citing figures from its border checkpoints": a citing phrase after a
 * reporting verb and its comma that names the speaker's own source ("its", "their") tells where the
 * speaker's figures come from; the speaker still reports. "…, she said, citing the registry" names another
 * who reports.
 */
const OWN_SOURCE =
  /^(?:(?:figures|data|statistics|numbers|information|records|counts?|tallies)\s+(?:from|of|by|at)\s+)?(?:its|their|his|her)\s/i;
const SAID_BEFORE_CITING =
  /\b(?:said|says|reported|reports|announced|announces|stated|states|added|adds|confirmed|confirms|wrote|writes|noted|notes)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?\s*,\s*$/;
/** ", ", " (ANAMA), ": what stands between "Citing X" and the speaker who cites it. */
const CITER_GAP = /^(?:\s*\([^()]{1,16}\))?\s*,\s*/;
/**
 * Lower-case only, so "the United States" is no verb "states". "A day earlier he had put it at 49", "the ministry
 * had given a figure of 49": a toll given again by "it" or "a figure of" is the count the subject gives.
 */
const REPORTING_VERB =
  /\b(?:(?:was|were|is|are)\s+(?:telling|saying|reporting|announcing)|said|say|says|reported|report|reports|announced|announce|announces|stated|confirmed|confirm|confirms|claimed|claim|claims|told|tell|tells|added|adds|estimated|estimate|estimates|wrote|writes|noted|declared|tweeted|posted|informed|informs|inform|revealed|advised|advises|clarified|clarifies|specified|specifies|explained|explains|acknowledged|acknowledges|admitted|admits|testified|testifies|disclosed|discloses|affirmed|affirms|asserted|asserts|assured|assures|states?(?=\s+that\b)|insisted|insists|recorded|counted|counts|count(?=\s+(?:(?:at\s+least|some|about|nearly|almost|more\s+than|over)\s+)?\d)|indicated|indicates|lists|listed(?=\s+(?:the\s+names\s+of\s+)?(?:(?:at\s+least|some|about|nearly|almost|more\s+than|over)\s+)?\d)|(?:put|puts|placed|places|raised|raises|revised|revises|lowered|lowers)\s+it(?=\s+(?:at|to)\s)|(?:gave|gives|given)\s+(?:a|the)\s+figure\s+of|(?:gave|gives|offered|offers)\s+(?:a|an|its|their|his|her)\s+(?:(?:different|own|other|conflicting|differing)\s+)?(?:account|version)|(?:published|publishes|released|releases)\s+(?:the|a|an|its|their|his|her)\s+(?:[a-z]+\s+){0,2}?(?:names|list|figures|data|statistics|tally|toll)(?=\s+of\b)|(?:speaks|spoke|spoken)\s+of|recalled|reminded|reminds|los(?:t|es)(?=\s+[\d,.]+\s*,?\s+(?:by|according\s+to)\s+(?:its|their|his|her)\s+own\s+(?:count|tally|figures?|estimates?|account))|recalls|stressed|stresses|emphasi[sz]ed|underlined|(?:put|puts|placed|places|raised|raises|revised|revises|lowered|lowers|updated|updates|brought|brings|increased|increases|gave|gives)\s+(?:(?:the|its|their|his|her)\s+)?(?:[a-z]+(?:['’]s)?\s+){0,2}(?:toll|figure|number|total|tally|count|estimate)|(?:put|puts|placed|places)\s+(?:its|their|his|her|our)\s+(?:own\s+)?(?:[a-z]+\s+)?losses|(?:put|puts|placed|places)\s+(?:the|its|their|his|her|our)\s+(?:own\s+)?(?:(?:military|civilian|combat)\s+)?(?:dead|wounded|injured|missing|fatalities|fallen))\b/g;
/** Forms of the reporting verbs that are also nouns. */
const NOUN_FORM = /^(?:claims?|reports?|estimates?|reveals?|counts?|states?)$/;
/** "the claims", "Baku's reports", "various estimates", "preliminary reports": the noun, not the verb. */
const DETERMINER_BEFORE =
  /\b(?:the|a|an|this|these|those|its|his|her|their|our|such|every|any|no|some|various|several|many|other|different|conflicting|preliminary|unofficial|unconfirmed|independent)\s+$|['’]s?\s+$/i;
const OF_NEXT = /^\s+of\b/;
const ARTICLE_BEFORE = /\b(?:the|a|an)\s+$/i;
const NEGATED_BEFORE = /\b(?:not|never|cannot|\p{L}+n['’]t)\s+$/iu;
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be)\s+(?:\p{Ll}+ly\s+)?$/u;
/**
 * Words each of the two patterns above needs somewhere: most leads hold neither, and an end-anchored
 * pattern tries (and fails) at every position before it gives up.
 */
const MAY_BE_NEGATED = /not|never|n['’]t/i;
const MAY_BE_PASSIVE = /was|were|is|are|be/;
/** "claimed the lives of", "claimed 12 lives", "claimed more than 6,500 lives": a toll, up to four words before "lives". */
const LIVES_AFTER = /^\s+(?:[\p{L}\p{N}](?:[\p{L}\p{N},.-]*[\p{L}\p{N}])?\s+){0,4}(?:lives|life)\b/u;

/** Words that end a source phrase read forwards ("according to X in a statement"). */
const FORWARD_STOPS = new Set([
  'that',
  'who',
  'which',
  'when',
  'while',
  'as',
  'because',
  'but',
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'since',
  'over',
  'from',
  'to',
  'for',
  'with',
  'by',
  'than',
  'if',
  'whose',
  'whom',
  'where',
  'last',
  'this',
  'yesterday',
  'today',
  'overnight',
  'earlier',
  'later',
  'said',
  'says',
  'told',
  'reported',
  'were',
  'was',
  'is',
  'are',
  'had',
  'has',
  'have',
  'killed',
  'died',
]);
/** Words that end a subject read backwards from its verb. */
const BACKWARD_STOPS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'when',
  'while',
  'as',
  'because',
  'but',
  'if',
  'after',
  'before',
  'since',
  'so',
  'then',
  'where',
  'whether',
  'although',
  'though',
  'in',
  'on',
  'at',
  'during',
  'from',
  'with',
  'by',
  'for',
  'to',
  'over',
  'under',
  'into',
  'than',
  'and',
  'or',
  'were',
  'was',
  'is',
  'are',
  'had',
  'has',
  'have',
  'killed',
  'died',
  'said',
  'reported',
  // "Respublika quotes Armenian media reports that …": the paper is the medium, the quoted source reports.
  'quotes',
  'cites',
  'including',
  'among',
  'there',
  'not',
  'also',
  'later',
  'earlier',
]);
/**
 * Adverbs between a subject and its verb ("Baku also reported", "the ministry has said"), and the idioms a
 * preposition makes with a bare noun ("in turn", "for its part", "in response"): they modify the verb and never
 * name who speaks, set off by commas or not ("The authorities in Stepanakert in turn reported").
 */
const BETWEEN_SUBJECT_AND_VERB =
  /(?:\s+(?:in\s+(?:(?:its|his|her|their)\s+)?turn|for\s+(?:its|his|her|their)\s+(?:own\s+)?part|in\s+(?:response|return|reply)|also|later|earlier|previously|officially|separately|has|have|had|then|now|again|further|reportedly|(?:so|thus)\s+far|already|since|yesterday|today|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|last\s+(?:week|month|year|night)|this\s+(?:week|month|year|morning|afternoon|evening)))+\s*$/;
/** "Baku, for its part, said …": an aside set off by commas between the subject and its verb. */
const ASIDE_BEFORE_VERB =
  /,\s*(?:for\s+(?:its|his|her|their)\s+(?:own\s+)?part|in\s+(?:(?:its|his|her|their)\s+)?turn|meanwhile|however|in\s+response|in\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+|though|too|on\s+the\s+other\s+hand)\s*,\s*$/iu;
/** Sentence adverbs that may open a subject run but are not part of who speaks. */
const LEADING_NOT_SUBJECT =
  /^(?:(?:Meanwhile|However|Also|Separately|Earlier|Later|Now|Then|Yesterday|Today|But|And|So|Still|Moreover|Furthermore|Additionally|(?:This|That)\s+(?:morning|afternoon|evening)|Last\s+night|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?)\s+)+/;
/** Heads that may carry a place or body after them inside a subject: "the authorities in the region". */
const SUBJECT_HEADS = new Set([
  'authorities',
  'officials',
  'official',
  'ministry',
  'government',
  'office',
  'embassy',
  'mission',
  'representative',
  'representatives',
  'spokesman',
  'spokesperson',
  'spokeswoman',
  'envoy',
  'ambassador',
  'administration',
  'sources',
  'source',
  'correspondent',
  'doctors',
  'police',
  'military',
  'forces',
  'residents',
  'ombudsman',
  'service',
  'delegation',
  'team',
]);
const PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'this',
  'that',
  'who',
  'which',
  'one',
  'some',
  'others',
  'both',
]);

const SPACE = /\s*/y;
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]|\.(?=\p{L}))*\.?/uy;

/** A role a name in apposition can follow: "the ombudsman, Gegham Stepanyan". */
const ROLE_NOUN =
  /^(?:ombuds(?:man|person)|spokes(?:man|woman|person)|minister|commander|adviser|advisor|aide|head|chief|official|representative|envoy|director|defender|governor|mayor|secretary|chairman|chairwoman|president|premier|ambassador|prosecutor|attorney|commissioner|coordinator)$/i;

const INITIALS = /^(?:\p{Lu}\.)+$/u;
const CAPITALISED = /^\p{Lu}/u;
const CAPITALISED_NEXT = /^\s+\p{Lu}/u;
const THE_OR_CAPITAL_NEXT = /^\s+(?:the\s|\p{Lu})/u;
const NAMED_AFTER_COMMA = /^,\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}(?=\s*(?:[,.;:!?]|$))/u;
/** " (ANAMA)", " (ICRC)": a body's initials in brackets right after its name. */
const SHORT_NAME_NEXT = /^\s+\(\p{Lu}[\p{Lu}\p{N}&.-]{1,11}\)/u;
/** Reads a source phrase forwards from `from` until punctuation or a clause word; max 12 words. */
function readForward(sentence: string, from: number): ReporterMatch | null {
  const words: { text: string; start: number; end: number }[] = [];
  let pos = from;
  while (words.length < 12) {
    SPACE.lastIndex = pos;
    const gap = SPACE.exec(sentence)![0].length;
    if (words.length > 0 && gap === 0) break;
    WORD.lastIndex = pos + gap;
    const m = WORD.exec(sentence);
    if (!m) break;
    let word = m[0];
    // A final stop belongs to the sentence, unless the word is an initial or acronym (U.S., J.).
    if (word.endsWith('.') && !INITIALS.test(word)) word = word.slice(0, -1);
    const lower = word.toLowerCase();
    // "the State Commission on Prisoners of War": "on" or "for" inside a capitalised name is part of it.
    const inName =
      (lower === 'on' || lower === 'for') &&
      CAPITALISED.test(words.at(-1)?.text ?? '') &&
      CAPITALISED_NEXT.test(sentence.slice(m.index + word.length, m.index + word.length + 3));
    if (FORWARD_STOPS.has(lower) && !inName) {
      // "according to officials in Stepanakert": the place is part of who the unnamed sources are.
      const placed = lower === 'in' ? sourcePlace(sentence, m.index, words.at(-1)?.text) : null;
      if (placed) words.push({ text: placed, start: m.index, end: m.index + placed.length });
      break;
    }
    if (
      lower === 'and' &&
      !THE_OR_CAPITAL_NEXT.test(sentence.slice(m.index + word.length, m.index + word.length + 8))
    )
      break;
    words.push({ text: word, start: m.index, end: m.index + word.length });
    pos = m.index + word.length;
    if (word !== m[0]) break;
  }
  while (words.length && /^(?:and|of|the)$/i.test(words[words.length - 1]!.text)) words.pop();
  if (!words.length) return null;
  const start = words[0]!.start;
  let end = words[words.length - 1]!.end;
  // "the region's human rights ombudsman, Gegham Stepanyan": the name in apposition belongs to the source.
  const named = NAMED_AFTER_COMMA.exec(sentence.slice(end));
  // "the human rights ombudsman of the region, Gegham Stepanyan": the role heads the phrase, whatever follows it.
  if (named && words.some((w) => ROLE_NOUN.test(w.text))) end += named[0].length;
  // "according to the National Agency for Mine Action (ANAMA)": the short name in brackets is part of the name.
  else if (words.at(-1)!.end === end)
    end += SHORT_NAME_NEXT.exec(sentence.slice(end, end + 16))?.[0].length ?? 0;
  return usable({ text: sentence.slice(start, end), start, end });
}

/** "in Stepanakert", "in the Kremlin": a place named in capitals, closed by punctuation or a stop word. */
const PLACE_AFTER_IN =
  /^in\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?=\s*(?:[,.;:!?)]|$)|\s+(\p{Ll}+))/u;

const LOWER_CASE = /^\p{Ll}/u;
/**
 * The place after a source headed by a common noun ("officials", "aid workers", "sources"), which tells
 * which officials they are; after a name ("Pashinyan in Yerevan") the place is only where one spoke.
 */
function sourcePlace(sentence: string, at: number, head: string | undefined): string | null {
  if (!head || !LOWER_CASE.test(head)) return null;
  const m = PLACE_AFTER_IN.exec(sentence.slice(at, at + 80));
  if (!m || (m[1] && !FORWARD_STOPS.has(m[1]))) return null;
  return m[0];
}

/** Reads the subject of a verb backwards: "The Armenian service of Radio Liberty", "Baku". */
function readSubject(sentence: string, verbStart: number): ReporterMatch | null {
  // A subject is at most a dozen words: reading a long prefix again for every verb is wasted work.
  const offset = Math.max(0, verbStart - 200);
  const found = readSubjectIn(sentence.slice(offset, verbStart), verbStart - offset);
  return found && { ...found, start: found.start + offset, end: found.end + offset };
}

const SUBJECT_WORDS = 12;
const WORD_START = /^[\p{L}\p{N}]$/u;
const WORD_CHAR = /^[\p{L}\p{N}'’.&-]$/u;

/**
 * Where the run of up to SUBJECT_WORDS words that ends `text` starts, as
 * /(?:[\p{L}\p{N}][\p{L}\p{N}'’.&-]*\s+){0,11}[\p{L}\p{N}][\p{L}\p{N}'’.&-]*$/u finds it (-1: none).
 * Read backwards word by word: the end-anchored regex tries, and fails, at every earlier position.
 */
export function subjectRunStart(text: string): number {
  let start = -1;
  let end = text.length;
  for (let words = 0; words < SUBJECT_WORDS; words++) {
    // Back over one word: the leftmost letter or digit after its last character no word may hold.
    let i = end;
    while (i > 0) {
      const width = codePointWidthBefore(text, i);
      const char = text.slice(i - width, i);
      if (!WORD_CHAR.test(char)) break;
      i -= width;
      if (WORD_START.test(char)) start = i;
    }
    if (start < 0 || start !== i || i === 0 || !isSpace(text.charCodeAt(i - 1))) return start;
    // The whole word is one: the run may take the word before, past the spaces between.
    let before = i;
    while (before > 0 && isSpace(text.charCodeAt(before - 1))) before--;
    if (before === 0) return start;
    end = before;
  }
  return start;
}

/** 2 when a surrogate pair ends at `i`, else 1. */
function codePointWidthBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  return i > 1 && low >= 0xdc00 && low <= 0xdfff && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? 2 : 1;
}

/** What `\s` matches: ASCII and Unicode spaces, line and paragraph separators, the byte-order mark. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Words after which the next word is a verb form, not the head of a subject. */
const AUXILIARY = new Set(['have', 'has', 'had', 'was', 'were', 'is', 'are', 'been', 'also', 'not']);

/** "(ANAMA)", "(ICRC)": a body's initials in brackets after its name. */
const SHORT_NAME_AFTER = /\p{L}(\s+\(\p{Lu}[\p{Lu}\p{N}&.-]{1,11}\))$/u;

/**
 * A name, then a role set off by commas that opens with a determiner ("Anna Petrosyan, the city's mayor,") or
 * names whom the role serves ("Nazeli Baghdasaryan, press secretary to Prime Minister Nikol Pashinyan,").
 * A word of the role in scare quotes ("the so-called "mayor" of the town") is still the role.
 */
const NAME_BEFORE_ROLE =
  /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}),\s+(?:(?:the|an?|his|her|its|their)\s+|(?:\p{Ll}+\s+){0,2}(?:secretary|spokes(?:man|woman|person)|adviser|advisor|aide|assistant|representative)\s+(?:to|of|for)\s+)(?:[^,;:"“”]|["“][^,;:"“”]{1,30}["”]){1,80},$/u;

/** Ends in a comma, tested only where the text does: the end-anchored pattern tries every position. */
const NAME_BEFORE_COMMA = /(?:\p{Lu}[\p{L}'’-]+|\b\p{Lu}\.)\s+\p{Lu}[\p{L}'’-]+,$/u;

const NON_SPACE_RUN = /\S+/g;
/**
 * ", who" or ", which" right before the verb: a relative clause whose subject is the phrase before the comma
 * ("Azerbaijan's Defense Ministry, which reported 50 of its own servicemen killed, …").
 */
const RELATIVE_WHO = /,\s*(?:who|which)$/;
/**
 * "Baku, which does not disclose its military losses, said …": a clause on the subject set off by commas
 * stands between it and its verb; the subject is before it.
 */
const RELATIVE_ASIDE_BEFORE_VERB = /,\s*(?:who|which|whose)\s[^,;:"“”()]{1,80},\s*$/;
/** A title's abbreviation ends in a stop but not the sentence: "Dr. K. Sargsyan". */
const TITLE = /^(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Maj|Sgt|Capt|Rev|Sen|Rep|Gov)\.$/;

const ACRONYM_START = /^\p{Lu}{2,}/u;
function readSubjectIn(sentence: string, verbStart: number): ReporterMatch | null {
  let left = sentence.slice(0, verbStart);
  // "Baku, for its part, has reported": an aside, then the auxiliary or adverbs, or the other way round.
  const auxiliary = BETWEEN_SUBJECT_AND_VERB.exec(left);
  if (auxiliary && ASIDE_BEFORE_VERB.test(left.slice(0, auxiliary.index + 1)))
    left = left.slice(0, auxiliary.index + 1);
  const aside = ASIDE_BEFORE_VERB.exec(left) ?? RELATIVE_ASIDE_BEFORE_VERB.exec(left);
  if (aside) left = left.slice(0, aside.index);
  const adverbs = BETWEEN_SUBJECT_AND_VERB.exec(left);
  if (adverbs) left = left.slice(0, adverbs.index);
  left = left.trimEnd(); // what /\s+$/ strips, without trying at every space
  // "The director of the medical centre, Dr. K. Sargsyan, who reported that …": the one the relative names speaks.
  const relative = RELATIVE_WHO.exec(left);
  if (relative) return readSubjectIn(sentence, relative.index);
  // "Azerbaijan's Mine Action Agency (ANAMA) has said": the body's short name in brackets closes its name.
  const short = left.endsWith(')') ? SHORT_NAME_AFTER.exec(left.slice(-16)) : null;
  if (short) {
    const nameEnd = left.length - short[1]!.length;
    const found = readSubjectIn(left.slice(0, nameEnd), nameEnd);
    return found && { ...found, text: sentence.slice(found.start, left.length), end: left.length };
  }
  // "Gegham Stepanyan, the de facto ombudsman, reported": the name before its role in apposition, also when
  // the role ends with another's name ("Nazeli Baghdasaryan, the spokesperson for Prime Minister Nikol Pashinyan,").
  const role = left.endsWith(',') ? NAME_BEFORE_ROLE.exec(left) : null;
  if (role) left = left.slice(0, role.index + role[1]!.length);
  // "the spokeswoman, Nazeli Baghdasaryan, told": a name set off by commas is the subject.
  // "The ICRC representative, M. Keller, said": an initial opens the name too.
  else if (left.endsWith(',') && NAME_BEFORE_COMMA.test(left)) left = left.slice(0, -1);
  else if (left.endsWith(',')) return apposedSubject(sentence, left);
  const runStart = subjectRunStart(left);
  if (runStart < 0) return null;
  const words = allMatches(NON_SPACE_RUN, left.slice(runStart)).map((w) => ({
    text: w[0],
    start: runStart + w.index,
  }));
  let first = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const lower = words[i]!.text.toLowerCase();
    // "Baku and Yerevan", "the Observatory for Human Rights": a small word inside a name.
    const capitalisedAround =
      (lower === 'and' || lower === 'for') &&
      CAPITALISED.test(words[i + 1]?.text ?? '') &&
      CAPITALISED.test(words[i - 1]?.text ?? '');
    const attached =
      /^(?:in|for|at|from)$/.test(lower) && SUBJECT_HEADS.has(words[i - 1]?.text.toLowerCase() ?? '');
    // "WHO reported": the World Health Organization, not the pronoun.
    const acronym = words[i]!.text === 'WHO' && !ACRONYM_START.test(words[i - 1]?.text ?? '');
    if (
      (BACKWARD_STOPS.has(lower) && !capitalisedAround && !attached && !acronym) ||
      (/\.$/.test(words[i]!.text) && !INITIALS.test(words[i]!.text) && !TITLE.test(words[i]!.text))
    ) {
      first = i + 1;
      break;
    }
  }
  const kept = words.slice(first);
  if (!kept.length) return null;
  // "bringing the death toll it has announced to 244": a relative clause on a count; its "it" is the
  // sentence's reporter, named elsewhere in it.
  if (kept.length > 1 && /^(?:it|they)$/i.test(kept.at(-1)!.text) && COUNT_NOUN.test(kept.at(-2)!.text))
    return null;
  // "We have also seen reports that …": a word after an auxiliary is a verb, and a verb reports nothing.
  if (
    kept.length === 1 &&
    LOWER_CASE.test(kept[0]!.text) &&
    AUXILIARY.has(words[first - 1]?.text.toLowerCase() ?? '')
  )
    return null;
  let start = kept[0]!.start;
  const end = left.length;
  const lead = LEADING_NOT_SUBJECT.exec(sentence.slice(start, end));
  if (lead) start += lead[0].length;
  if (start >= end) return null;
  start = nameListStart(sentence, start, end);
  // "The Russian peacekeepers deployed in the area since November 2020 said": a date reports nothing; the
  // subject stands before the participle whose phrase the date ends.
  if (DATE_ONLY.test(sentence.slice(start, end))) {
    const participle = REDUCED_RELATIVE.exec(left.slice(0, start));
    return participle ? readSubjectIn(sentence, participle.index) : null;
  }
  return usable({ text: sentence.slice(start, end), start, end });
}
/**
 * ", a former village council official,", ", Ramin,", ", Stepanakert,": a description opening with an article,
 * or a name, set off by commas between a subject and its verb.
 */
const APPOSITION_BEFORE_VERB =
  /,\s+(?:(?:a|an|the)\s+[^,;:"“”()]{1,60}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),$/u;
/** " who gave only his first name": a relative clause on the subject's head, before its apposition. */
const RELATIVE_ON_HEAD = /\s+(?:who|which)\s[^,;:"“”()]{1,60}$/;

/**
 * "The third witness, a former village council official, told the court", "a doctor who gave only his first
 * name, Ramin, said": the subject and what is apposed to it, both the text's naming of one source.
 */
function apposedSubject(sentence: string, left: string): ReporterMatch | null {
  const apposition = APPOSITION_BEFORE_VERB.exec(left);
  if (!apposition) return null;
  const before = left.slice(0, apposition.index);
  const relative = RELATIVE_ON_HEAD.exec(before);
  const head = readSubjectIn(sentence, relative ? relative.index : before.length);
  if (!head) return null;
  const end = left.length - 1;
  return usable({ text: sentence.slice(head.start, end), start: head.start, end });
}
const COUNT_NOUN = /^(?:toll|total|tally|number|figure|count|estimate|list)$/i;
const MONTH = `(?:${MONTH_NAMES.join('|')})`;
/** "November 2020", "September 27", "2023": a date, never who reports. */
const DATE_ONLY = new RegExp(
  String.raw`^(?:${MONTH}(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d{2})?|(?:19|20)\d{2})$`,
);
/** " deployed in the area since": a participle and its phrase after a subject (a reduced relative clause). */
const REDUCED_RELATIVE =
  /\s\p{Ll}+ed\s+(?:in|to|at|on|near|along|across|around|since|from|for|by)\s[^,;:]*$/u;

/** Capitalised words and the small words inside a body's name, up to a comma: "State Commission on Prisoners of War,". */
const NAME_RUN_BEFORE_COMMA =
  /(?:\p{Lu}[\p{L}'’.-]*\s+)(?:(?:\p{Lu}[\p{L}'’.-]*|of|on|for|and|the)\s+)*\p{Lu}[\p{L}'’.-]*,\s*$/u;
const BODY_HEAD_WITH_OBJECT =
  /\b(?:Commission|Committee|Ministry|Agency|Office|Council|Service|Department|Centre|Center|Directorate|Administration|Bureau)\s+(?:of|on|for)\s/u;
const NAMES = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*`;
/** One more item of a list of names, before the one read: "Baku, " in "Baku, Ganja and Barda". */
const LIST_ITEM_BEFORE = new RegExp(String.raw`${NAMES},\s*$`, 'u');
/** What the listed names belong to: "Officials in " Baku, Ganja and Barda. */
const HEAD_BEFORE_LIST =
  /^\s*((?:the\s+)?\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2}\s+(?:in|of|from|for|at)\s+)$/iu;
/** "After talks in Moscow, Armenia and Azerbaijan said": an opening phrase, not the subject's head. */
const OPENER =
  /^\s*(?:after|before|during|following|in|at|on|from|since|when|while|as|amid|despite|with|by|for|of|to|under|over)\b/i;

const CAPITALISED_NAMES = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and))*$/u;
/**
 * A subject of names read back only to a comma is a list's last items: "Azerbaijan's State Commission
 * on Prisoners of War, Hostages and Missing Persons said", "Officials in Baku, Ganja and Barda said".
 * The subject runs back over the list, and over the noun the listed places belong to.
 */
function nameListStart(sentence: string, start: number, end: number): number {
  const subject = sentence.slice(start, end);
  if (!CAPITALISED_NAMES.test(subject) || !/\sand\s/.test(subject)) return start;
  const window = Math.max(0, start - 120);
  const named = NAME_RUN_BEFORE_COMMA.exec(sentence.slice(window, start));
  if (named && BODY_HEAD_WITH_OBJECT.test(named[0])) return start - named[0].length;
  let from = start;
  for (let item = LIST_ITEM_BEFORE.exec(sentence.slice(window, from)); item; ) {
    from -= item[0].length;
    item = LIST_ITEM_BEFORE.exec(sentence.slice(window, from));
  }
  if (from === start) return start;
  const opening = sentence.slice(0, from);
  if (opening.trim() === '') return from;
  const head = HEAD_BEFORE_LIST.exec(opening);
  return head && !OPENER.test(head[1]!) ? from - head[1]!.length : start;
}

/** Events that can raise a toll but never report one: "The shelling raised the toll to 50". */
const EVENTS = new Set([
  'shelling',
  'attack',
  'attacks',
  'fighting',
  'explosion',
  'blast',
  'offensive',
  'strike',
  'strikes',
  'clashes',
  'bombardment',
  'war',
  'operation',
  'fire',
  'assault',
  'escalation',
  'violence',
  // "a truce announced after two days of fighting": what is announced, never who announces it.
  'truce',
  'ceasefire',
  'cease-fire',
  'armistice',
]);

/** "preliminary data", "official figures", "various estimates": what is reported, not who reports it. */
const DATA_PHRASE =
  '(?:the\\s+)?(?:(?:preliminary|official|latest|initial|updated|available|final|new|unofficial|current|operative|various|several|some|other|different|differing|conflicting|unconfirmed|independent)\\s+)*(?:data|figures?|information|estimates?|statistics|numbers?|counts?|reports?|tall(?:y|ies)|totals?|tolls?)';
const DATA_NOUNS = new RegExp(`^${DATA_PHRASE}$`, 'i');
/** "According to various estimates, …": the phrase alone up to its comma names no one. */
const DATA_ONLY = new RegExp(`${DATA_PHRASE}(?=\\s*(?:[,;:.)]|$))`, 'iy');

const ANY_LETTER = /\p{L}/u;
/**
 * "Olaylar.az reminds that …": a site named by its web address that reminds or recalls is the piece's own
 * voice giving background, as "We remind that …" is, and reports nothing. "News.Az reports" stays its reporter.
 */
const WEB_ADDRESS =
  /^(?:the\s+)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:az|am|ru|ge|kz|kg|uz|ua|by|tr|ir|com|net|org|info|news|media|tv|online)$/iu;
function usable(r: ReporterMatch): ReporterMatch | null {
  const text = r.text.trim();
  if (
    !text ||
    (PRONOUNS.has(text.toLowerCase()) && text !== 'WHO') ||
    !ANY_LETTER.test(text) ||
    DATA_NOUNS.test(text)
  )
    return null;
  const last = /\S+$/.exec(text)![0];
  // "The shelling" reports nothing; "the Commission on Prisoners of War" does (a capital inside a name).
  if (EVENTS.has(last.toLowerCase()) && !(/\s/.test(text) && CAPITALISED.test(last))) return null;
  if (/^\d/.test(text)) return null;
  return r;
}

/** Whether "citing …" from `start` to `objectStart` follows "X said," and cites X's own source. */
function citesOwnSource(sentence: string, start: number, objectStart: number): boolean {
  return (
    OWN_SOURCE.test(sentence.slice(objectStart)) &&
    SAID_BEFORE_CITING.test(sentence.slice(Math.max(0, start - 40), start))
  );
}
const CITING_BEFORE = /\b(?:citing|quoting)\s+$/i;

/** "according to X" or "citing X" anywhere in the sentence, nearest to the number first. */
export function attributedSources(sentence: string): ReporterMatch[] {
  const found: ReporterMatch[] = [];
  ATTRIBUTION.lastIndex = 0;
  for (let m = ATTRIBUTION.exec(sentence); m; m = ATTRIBUTION.exec(sentence)) {
    if (CITED.test(m[0]) && citesOwnSource(sentence, m.index, m.index + m[0].length)) continue;
    if (/^per\s/i.test(m[0]) && !PER_SOURCE.test(sentence.slice(m.index, m.index + 40))) continue;
    // "according to figures released by both sides": the source is whoever released them.
    DATA_ONLY.lastIndex = m.index + m[0].length;
    if (
      DATA_ONLY.test(sentence) &&
      !ANAPHORIC_DATA.test(sentence.slice(m.index + m[0].length, DATA_ONLY.lastIndex))
    ) {
      found.push({ text: '', start: m.index, end: DATA_ONLY.lastIndex, unnamed: true });
      continue;
    }
    // "… of the figures of the Karabakh authorities, according to which 874 …": whose figures "which" are.
    if (WHICH_NEXT.test(sentence.slice(m.index + m[0].length))) {
      const owner = OWNER_BEFORE_WHICH.exec(sentence.slice(Math.max(0, m.index - 120), m.index));
      if (owner) {
        const start = m.index - owner[0].length + owner[0].indexOf(owner[1]!);
        const r = usable({ text: owner[1]!, start, end: start + owner[1]!.length });
        if (r) found.push(r);
      }
      continue;
    }
    DATA_OF.lastIndex = m.index + m[0].length;
    const data = DATA_OF.exec(sentence);
    const read = readForward(sentence, data ? DATA_OF.lastIndex : m.index + m[0].length);
    // "Data released by the interior ministry show …": the participle's agent ends before the main verb.
    const r = read && BY_AGENT.test(m[0]) ? cutAtVerb(read) : read;
    const citer = r && CITED.test(m[0]) ? CITER_GAP.exec(sentence.slice(r.end, r.end + 24)) : null;
    if (r)
      found.push(
        RELAY.test(m[0]) || (ACCORDING_TO.test(m[0]) && MEDIA.test(r.text))
          ? { ...r, relay: true }
          : citer
            ? { ...r, citedBy: r.end + citer[0].length }
            : r,
      );
  }
  if (DATA_WORD.test(sentence))
    found.push(...dataFromSources(sentence, found), ...ownedDataSources(sentence));
  if (BY_COUNT_WORD.test(sentence)) {
    found.push(...byCountSources(sentence));
    for (const m of sentence.matchAll(BY_DATA)) {
      DATA_ONLY.lastIndex = m.index + m[0].length;
      if (DATA_ONLY.test(sentence))
        found.push({ text: '', start: m.index, end: DATA_ONLY.lastIndex, unnamed: true, countBefore: true });
    }
  }
  return found.map((r) => (!r.countBefore && closesConjunct(sentence, r) ? { ...r, countBefore: true } : r));
}

const WHICH_NEXT = /^which\b/i;
/** "the figures of the Karabakh authorities, ": data and their owner, right before "according to which". */
const OWNER_BEFORE_WHICH =
  /\b(?:figures|data|statistics|estimates|count|tally|toll|list)\s+(?:of|from|by)\s+((?:the\s+)?[^,;:()"“”]{2,60}?)\s*,\s*$/i;

/** "according to the information, …": the information just sourced, which stands for its source (reportingPronoun). */
const ANAPHORIC_DATA = /^(?:the|this|that|these)\s+(?:information|data)$/i;

const BY_COUNT_WORD = /\b[Bb]y\s/;
/** "killed, by various estimates;": an unowned estimate right after the count, as "according to" one is. */
const BY_DATA = new RegExp(`\\bby\\s+(?=${DATA_PHRASE}(?:\\s*(?:[,;:.)]|$)))`, 'gi');
/** "by Baku's count", "by the UN's tally": whose count the one right before is (never "by some counts"). */
const BY_COUNT =
  /\b[Bb]y\s+((?:the\s+)?\p{L}[\p{L}.-]*(?:\s+\p{L}[\p{L}.-]*){0,4}?)['’]s?\s+(?:own\s+)?(?:count|tally|reckoning|estimates?|figures|calculations?)\b/gu;

function byCountSources(sentence: string): ReporterMatch[] {
  const found: ReporterMatch[] = [];
  BY_COUNT.lastIndex = 0;
  for (let m = BY_COUNT.exec(sentence); m; m = BY_COUNT.exec(sentence)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const r = usable({ text: m[1]!, start, end: start + m[1]!.length });
    // "By the government's count, 100,514 people have crossed": fronted before its clause, the phrase
    // attributes that clause's counts, as a fronted "according to" does.
    const fronted = /^\W*$/.test(sentence.slice(0, m.index)) && sentence[m.index + m[0].length] === ',';
    if (r) found.push(fronted ? r : { ...r, countBefore: true });
  }
  return found;
}

const DATA_WORD = /\b(?:data|figures?|statistics|estimates?|numbers?|tallies|counts?)\b/i;
/**
 * "Figures from the Karabakh ombudsman speak for themselves: …", "Official figures from both sides put the
 * toll at …", "Data released by the health ministry show …": the body the figures come from reports them,
 * whatever the verb. Without a named body ("official figures show") no one is named.
 */
const DATA_FROM = new RegExp(
  String.raw`\b(?:data|figures?|statistics|estimates?|numbers?|tallies|counts?)\s+(?:${wordsExcept(DATA_BY_WORDS)}\s+by|from)\s+`,
  'gi',
);

/** The verb the figures' phrase is the subject of ends the body's name: "both sides speak of …". */
const DATA_VERB =
  /\s(?:show|shows|showed|shown|speak|speaks|spoke|put|puts|place|places|placed|indicate|indicates|indicated|suggest|suggests|suggested|say|says|said|point|points|pointed|give|gives|gave|list|lists|listed|reveal|reveals|revealed|record|records|recorded|count|counts|counted|include|includes|included|confirm|confirms|confirmed|are|were|is|was|have|has|had)\b/;

const BY_AGENT = new RegExp(`^${PUBLISHED_BY}\\s`, 'i');

function cutAtVerb(r: ReporterMatch): ReporterMatch | null {
  const verb = DATA_VERB.exec(r.text);
  return verb ? usable({ ...r, text: r.text.slice(0, verb.index), end: r.start + verb.index }) : r;
}

function dataFromSources(sentence: string, already: ReporterMatch[]): ReporterMatch[] {
  const found: ReporterMatch[] = [];
  DATA_FROM.lastIndex = 0;
  for (let m = DATA_FROM.exec(sentence); m; m = DATA_FROM.exec(sentence)) {
    // "…, the government said, citing figures from its checkpoints": the speaker's own figures.
    const citing = CITING_BEFORE.exec(sentence.slice(Math.max(0, m.index - 12), m.index));
    if (citing && citesOwnSource(sentence, m.index - citing[0].length, m.index)) continue;
    const read = readForward(sentence, m.index + m[0].length);
    const r = read && cutAtVerb(read);
    if (r && !already.some((a) => a.start === r.start)) found.push(r);
  }
  return found;
}

/**
 * "The interior ministry's figures show 48 wounded", "Baku's latest tally put the toll at 80": the owner of the
 * figures that are the clause's subject reports its counts, whatever the verb (DATA_VERB).
 */
const OWNED_DATA = new RegExp(
  String.raw`['’]s?\s+(?:(?:own|latest|official|updated|new|preliminary|final|initial)\s+)*(?:count|tally|figures|data|statistics|estimates?|records)(?=${DATA_VERB.source})`,
  'g',
);

function ownedDataSources(sentence: string): ReporterMatch[] {
  const found: ReporterMatch[] = [];
  for (const m of sentence.matchAll(OWNED_DATA)) {
    const owner = readSubject(sentence, m.index);
    const r = owner && usable(owner);
    if (r && !PRONOUNS.has(r.text.toLowerCase())) found.push(r);
  }
  return found;
}

const DATA_OF = new RegExp(
  String.raw`(?:the\s+)?(?:(?:preliminary|official|latest|initial|updated|new|final)\s+)*(?:data|figures|information|statistics|estimates)\s+(?:${wordsExcept(DATA_BY_WORDS)}\s+)?(?:by|from|of)\s+`,
  'iy',
);

/** Verbs whose object is the count itself, not a clause that was said. */
/**
 * Verbs whose object holds the count they make public: "recorded 12 deaths", "has published the names of 135
 * servicemen killed" (a list or figures "of" those counted), "has listed 220 of its soldiers killed". The count is the subject's, up to the next clause.
 */
const COUNTING_VERB =
  /^(?:recorded|counted|count|lists|listed)$|^(?:published|publishes|released|releases)\s/;
/** ", and then the explosion killed …", "; …": a clause of its own, with its own subject, after the count's. */
const NEXT_CLAUSE =
  /;|,\s*(?:and|but|while|whereas)\s+(?:then\s+|later\s+)?(?:the|a|an|its|their|this|\p{Lu})/u;
/**
 * "authorities announce dissolution as exodus tops 65,000", "its leader has announced, as the exodus passed …": a
 * short object or none (or a day: "said Friday, as …"), then "as" (or "when", "because" after an object) opening a clause of time or cause: what it
 * counts is told beside the report. A contrastive ", while 6 remain missing" goes on with what was reported, and
 * "said as many as …", "said that as …" are no such object.
 */
const OBJECT_THEN_ADVERBIAL =
  /^(?:\s+(?:(?!that\b)\p{Ll}[\p{L}'’-]*\s+){1,3}?(?:as|when|because)|(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?)?\s*,\s+as)\s+(?!(?:many|much|few|high|low|well|of|part|a\s+result|a\s+whole)\b)/u;

/**
 * '"We saw no damage," the team reported after its visit, while more than 100,000 have fled': a sentence that
 * opens with the quote its reporting clause closes has said what was reported; a contrast after that clause is
 * the writer's own.
 */
const QUOTE_OPENS_TO = /^\s*["“][^"“”]*[,.!?]["”]\s+[^"“”,;]{1,60}$/;
const CONTRAST_AFTER_REPORT = /(?<=^[^"“”,;]{0,60}),\s*(?:while|whereas)\s/;

/** "put the figure at", "placed their own losses at": the verb's object is the count it gives. */
const PUTTING_VERB =
  /^(?:put|puts|placed|places|raised|raises|revised|revises|lowered|lowers|updated|updates)\s/i;
/** "put the number killed at 70": the category may stand between the noun and "at". */
const PUT_AT = /^\s+(?:(?:killed|dead|wounded|injured|missing|displaced)\s+)?(?:up\s+|down\s+)?(?:at|to)\s+/i;

/** A past verb taking an object: "the United Nations welcomed the cessation". */
const CLAUSE_IN_SOURCE = /\s\p{Ll}{2,}ed\s+(?:the|a|an|its|their|his|her|this|that|these|those)\s/u;

/** A reporting verb in a sentence and who it names, read both ways. */
interface ReportingClause {
  verbStart: number;
  verbEnd: number;
  subject: ReporterMatch | null;
  /** "…, said the Health Ministry": only used when the figure comes before the verb. */
  inverted: ReporterMatch | null;
  /**
   * A verb whose object is the count ("counted", "recorded") reports nothing past its clause, nor a verb with a
   * short object past the adverbial clause after it ("announce dissolution as …"): where that ends.
   */
  scopeEnd?: number;
  /** "Azerbaijan put its own losses at 80": a verb that gives its own count reports none before it. */
  objectOnly?: true;
  /** Where that count begins ("at 80"): its subject reports it, over any "according to" in the sentence. */
  objectFrom?: number;
}

/** ", and" before a subject: a clause of its own joined to the one before. */
const COORDINATED_BEFORE = /,\s+(?:and|but|while|whereas)\s+$/;
/** What is said follows the verb: "says more than 200 …", "said that …"; not a time ("said on Tuesday") or the end. */
const SAID_CONTENT_AFTER =
  /^\s+(?!(?:on|in|at|late|early|earlier|later|yesterday|today|tonight|last|this|again|so|too)\b)(?:that\b|[\p{L}\p{N}])/u;
/** A noun, then the pronoun of a clause on it with no "that": "the death they", "the figures it". */
const ZERO_RELATIVE = /^(?:the|a|an|this|that|these|those)\s.*\s(?:they|he|she|it|we)$/i;

/** Everything in one sentence that can name a source; computed once, then asked per number. */
export interface SentenceSources {
  attributed: ReporterMatch[];
  clauses: ReportingClause[];
  /** Where the sentence's semicolons stand: each closes a clause, and a source does not reach across one. */
  semicolons: number[];
  /** Where its colons stand: a list after one is all its source's, semicolons and all. */
  colons: number[];
  /** Spans opened by a semicolon that go on counting a figure before it ("; 8 of them"): [semicolon, end). */
  partsGoingOn: [number, number][];
}

/** "; 8 of them", "; at least two of whom", "; most of those": a part of a count told before the semicolon. */
const PART_AFTER_SEMICOLON = /^;\s*(?:[\w,.-]+\s+){1,3}?of (?:them|those|whom)\b/i;

function partsGoingOnIn(sentence: string, semicolons: number[]): [number, number][] {
  return semicolons.flatMap((at): [number, number][] => {
    const part = PART_AFTER_SEMICOLON.exec(sentence.slice(at, at + 60));
    return part ? [[at, at + part[0].length]] : [];
  });
}

export function sourcesIn(sentence: string): SentenceSources {
  const clauses: ReportingClause[] = [];
  REPORTING_VERB.lastIndex = 0;
  for (let m = REPORTING_VERB.exec(sentence); m; m = REPORTING_VERB.exec(sentence)) {
    const verbStart = m.index;
    const verbEnd = m.index + m[0].length;
    // "the self-declared republic": a verb inside a hyphenated adjective reports nothing.
    if (sentence[verbStart - 1] === '-') continue;
    const lead = sentence.slice(Math.max(0, verbStart - 40), verbStart);
    // "but I can't confirm them", "the ministry did not confirm": a denial reports nothing.
    if (
      (MAY_BE_PASSIVE.test(lead) && PASSIVE_BEFORE.test(lead)) ||
      (MAY_BE_NEGATED.test(lead) && NEGATED_BEFORE.test(lead))
    )
      continue;
    // "The claim that …", "a report by …", "the ministry's estimate": a noun, no verb that reports.
    if (NOUN_FORM.test(m[0]) && DETERMINER_BEFORE.test(lead)) continue;
    // "a Defence Ministry report of shooting": a noun with its "of", whatever its modifier.
    if (NOUN_FORM.test(m[0]) && OF_NEXT.test(sentence.slice(verbEnd, verbEnd + 4))) continue;
    // "The confirmed toll", "the reported deaths": a participle after an article is an adjective.
    if (ARTICLE_BEFORE.test(lead)) continue;
    // "the war claimed the lives of 3,800", "recorded 12 deaths": the verb tells a toll, no report.
    if (/^claim/i.test(m[0]) && LIVES_AFTER.test(sentence.slice(verbEnd, verbEnd + 30))) continue;
    const subject = readSubject(sentence, verbStart) ?? coordinatedSubject(sentence, verbStart);
    // "the first such death they have reported": a clause on a noun, whose pronoun reports nothing new.
    if (subject && ZERO_RELATIVE.test(subject.text)) continue;
    if (subject && /^(?:remind|recall)/i.test(m[0]) && WEB_ADDRESS.test(subject.text.trim())) continue;
    // "…, said the Health Ministry"; after "told" comes whom it was told to ("told AFP").
    const forward =
      !subject && /[,"”’]\s*$/.test(lead) && !/^t[oe]ll?s?|^told/i.test(m[0])
        ? readForward(sentence, verbEnd)
        : null;
    // "Jenča, Assistant Secretary-General, said the United Nations welcomed the cessation …": what follows
    // the verb is what was said (a verb with its object), not who said it.
    const inverted = forward && !CLAUSE_IN_SOURCE.test(forward.text) ? forward : null;
    if (!subject && !inverted) continue;
    const next = COUNTING_VERB.test(m[0])
      ? NEXT_CLAUSE.exec(sentence.slice(verbEnd))
      : (OBJECT_THEN_ADVERBIAL.exec(sentence.slice(verbEnd, verbEnd + 60)) ??
        (QUOTE_OPENS_TO.test(sentence.slice(0, verbStart))
          ? CONTRAST_AFTER_REPORT.exec(sentence.slice(verbEnd, verbEnd + 80))
          : null));
    const object =
      subject && PUTTING_VERB.test(m[0]) ? PUT_AT.exec(sentence.slice(verbEnd, verbEnd + 20)) : null;
    // "… killed nearly 300 soldiers on both sides, and the Armenian government says more than 200 of them were
    // Armenian": a saying clause joined after the count, with what it says after its verb, reports only that.
    const joinedAfter =
      subject !== null &&
      COORDINATED_BEFORE.test(sentence.slice(Math.max(0, subject.start - 12), subject.start)) &&
      SAID_CONTENT_AFTER.test(sentence.slice(verbEnd, verbEnd + 20));
    clauses.push({
      verbStart,
      verbEnd,
      subject,
      inverted,
      ...(next && { scopeEnd: verbEnd + next.index }),
      ...((PUTTING_VERB.test(m[0]) || joinedAfter) && { objectOnly: true as const }),
      ...(object && { objectFrom: verbEnd + object[0].length }),
    });
  }
  const semicolons = marksIn(sentence, ';');
  return {
    attributed: attributedSources(sentence),
    clauses,
    semicolons,
    colons: marksIn(sentence, ':'),
    partsGoingOn: partsGoingOnIn(sentence, semicolons),
  };
}

/** Where one punctuation mark stands in a sentence. */
function marksIn(sentence: string, mark: string): number[] {
  const at: number[] = [];
  for (let i = sentence.indexOf(mark); i >= 0; i = sentence.indexOf(mark, i + 1)) at.push(i);
  return at;
}

/**
 * "Around 90,000 fled; officials said that half have returned": a semicolon closes the clause, so a source
 * named after it (from `sourceStart`) gives no figure before it. A source named first ("According to X, 207
 * were killed; 20 are missing") frames both clauses, so it is not asked for that way. The items of a list
 * after a colon ("Losses: two killed; five wounded, the ministry said") are not clauses of their own.
 */
function cutOffBefore(
  sources: SentenceSources,
  numberStart: number,
  numberEnd: number,
  sourceStart: number,
): boolean {
  return (
    sources.semicolons.some((at) => at >= numberEnd && at < sourceStart) &&
    !sources.colons.some((at) => at < numberStart)
  );
}

/** How far a span lies from the number (a module function: a closure per call cost a naming call under the dev loader). */
function distanceFrom(r: { start: number; end: number }, numberStart: number, numberEnd: number): number {
  return r.end <= numberStart ? numberStart - r.end : Math.max(0, r.start - numberEnd);
}

/** Who reports the number at [numberStart, numberEnd) of the sentence, if the sentence says. */
export function reporterFor(
  sources: SentenceSources,
  numberStart: number,
  numberEnd: number,
): ReporterMatch | null {
  // A relay names who reports only when no one in the sentence says it ("X said, reported by Sputnik Armenia").
  const spoken = sources.clauses.some((c) => c.subject ?? c.inverted);
  // "…, according to its Defense Ministry, while Armenian officials have put their own losses at 3,700".
  const putter = sources.clauses.find((c) => c.objectFrom === numberStart && c.subject);
  if (putter) return putter.subject;
  const attributed = sources.attributed.filter(
    (r) =>
      (!r.relay || !spoken) &&
      !(r.start >= numberEnd && cutOffBefore(sources, numberStart, numberEnd, r.start)) &&
      // "killed 200, officials said, and 190 soldiers, by Baku's count": only a count with no source between.
      (!r.countBefore ||
        (r.start > numberEnd &&
          !sources.clauses.some(
            (c) => c.verbStart >= numberEnd && c.verbEnd <= r.start && (c.subject ?? c.inverted),
          ))),
  );
  if (attributed.length) {
    const nearest = attributed.reduce((a, b) =>
      distanceFrom(b, numberStart, numberEnd) < distanceFrom(a, numberStart, numberEnd) ? b : a,
    );
    // "according to Yerevan, 207 servicemen died, and Baku reported 80 of its own killed": a source
    // named after it, whose verb comes before the number, takes over.
    // "Citing ANAMA, the paper reports that 65 …": the speaker right after "citing X" relays X's count.
    const later = sources.clauses.filter(
      (c) =>
        c.subject &&
        c.subject.start !== nearest.citedBy &&
        nearest.end <= numberStart &&
        c.subject.start >= nearest.end &&
        c.verbEnd <= numberStart &&
        !(c.scopeEnd !== undefined && numberStart >= c.scopeEnd),
    );
    // "Stepanyan stated that, according to preliminary data, at least 200 …": data that name no one, given
    // inside what a named speaker said, are the speaker's figure (CONVENTIONS.md 23 gives null only when no
    // one is named). The speaker's verb must stand right before the aside (" that, ").
    const teller = nearest.unnamed
      ? sources.clauses.find(
          (c) =>
            c.subject &&
            c.verbEnd <= nearest.start &&
            nearest.start - c.verbEnd <= 7 &&
            nearest.end <= numberStart &&
            !(c.scopeEnd !== undefined && numberStart >= c.scopeEnd),
        )
      : undefined;
    return later.at(-1)?.subject ?? teller?.subject ?? nearest;
  }
  let best: ReporterMatch | null = null;
  let bestDistance = Infinity;
  for (const c of sources.clauses) {
    if (c.verbStart < numberEnd && c.verbEnd > numberStart) continue;
    // "counted at least 200 dead, and then the explosion killed 170 more": the count's clause ended.
    if (c.scopeEnd !== undefined && numberStart >= c.scopeEnd) continue;
    if (c.objectOnly && c.verbStart >= numberEnd) continue;
    // "Initially, the ministry had reported two killed; the toll rose by five": a saying closes at the semicolon,
    // and the clause after it tells its own count ("According to X, …; …" frames both, and is not asked here).
    // "Doctors said 35 were evacuated; 8 of them remained in serious condition": a part of the saying's count
    // goes on counting it, so the saying still reports it.
    if (
      c.verbEnd <= numberStart &&
      cutOffBefore(sources, c.verbEnd, c.verbEnd, numberStart) &&
      !sources.partsGoingOn.some(([from, to]) => from >= c.verbEnd && numberStart < to)
    )
      continue;
    const who = c.subject ?? (c.verbStart >= numberEnd ? c.inverted : null);
    if (!who) continue;
    if (
      c.verbStart >= numberEnd &&
      cutOffBefore(sources, numberStart, numberEnd, Math.min(who.start, c.verbStart))
    )
      continue;
    const d = c.verbEnd <= numberStart ? numberStart - c.verbEnd : c.verbStart - numberEnd;
    if (d < bestDistance) {
      best = who;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * "The statement also said …", "the source added", "According to the source, …": a statement or a source
 * named before, which stands for whoever issued or was that source, as a pronoun does ("according to the
 * statement of the ministry", "the source's" name it themselves).
 */
const ANAPHORIC_SOURCE = String.raw`\b[Tt]he\s+(?:same\s+)?(?:statement|sources?)\s+(?:also\s+|further\s+|later\s+|then\s+)?(?:said|says|added|adds|stated|states|noted|notes|read|reads|told)\b|\b[Aa]ccording\s+to\s+the\s+(?:statement|sources?)(?!\s+(?:of|by|from|in|at|issued|released|published|posted|close)\b)\b`;
/**
 * "He said", "According to her", "It said", "she recalled that", "it announced", "they had put the death toll at":
 * a pronoun reports the figure, with the verbs a named subject reports with (REPORTING_VERB).
 */
const PRONOUN_REPORTS = new RegExp(
  String.raw`(?:\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\s+(?:also\s+|later\s+|further\s+|had\s+|has\s+|have\s+)?(?:said|says|added|adds|told|reported|noted|stated|wrote|estimated|claimed|announced|confirmed|informed|explained|clarified|specified|stressed|emphasi[sz]ed|underlined|recalled|reminded|(?:put|puts|placed|places|gave|gives|raised|raises|revised|revises|lowered|lowers|updated|updates)\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?:toll|figure|number|total|tally|count)|(?:put|puts|placed|places)\s+(?:its|their)\s+(?:own\s+)?losses|(?:put|puts|placed|places|raised|raises|revised|revises)\s+it(?=\s+(?:at|to)\s)|(?:gave|gives|given)\s+a\s+figure\s+of)\b|\b[Aa]ccording\s+to\s+(?:him|her|it|them)\b|\b[Aa]ccording\s+to\s+the\s+same\s+(?:sources?|figures|data|information|statement|report)\b|${ANAPHORIC_SOURCE}|\b[Aa]ccording\s+to\s+(?:the|this|that|these)\s+(?:information|data)(?=\s*[,.;])|^\W*(?:Of|Among)\s+them(?=\s*,))`,
);
const PERSON_PRONOUN = /^(?:he|she|him|her)$/i;
const BODY_WORDS =
  /\b(?:ministry|office|government|agency|authorities|committee|commission|council|service|department|side|army|military|forces|police|administration|organi[sz]ation|un|unhcr|icrc|red\s+cross|officials|sources|media|embassy|kremlin)$/i;

/** The pronoun reporting in a sentence ("he", "her", "it"), if the sentence's figures are reported by one. */
export function reportingPronoun(sentence: string): string | null {
  const first = PRONOUN_REPORTS.exec(sentence);
  if (!first) return null;
  // "Of them, about 30,000 are children, she added": the pronoun that reports goes before the opener's "them".
  const opener = /^\W*(?:Of|Among)\s/.test(first[0]);
  const m = (opener && PRONOUN_REPORTS.exec(sentence.slice(first.index + first[0].length))) || first;
  // "Of them, 45 were killed" opening a sentence splits the count the source before gave.
  // "…, according to the same source", "According to the information, …" (the information just sourced): the
  // phrase, anywhere in its sentence, stands for the source named before, person or body.
  return /\b(he|she|it|they|him|her|them)\b/i.exec(m[0])?.[1]?.toLowerCase() ?? 'they';
}

const ACRONYM = /^\p{Lu}{2,}$/u;
/**
 * Who a reporting pronoun stands for: the source named last in the sentence before, when it
 * agrees ("he"/"she" a person, "it" a body; "they" either). No such source: none (never a guess).
 */
export function pronounAntecedent(pronoun: string, previous: string): ReporterMatch | null {
  const sources = sourcesIn(previous);
  const named = [...sources.clauses.map((c) => c.subject ?? c.inverted), ...sources.attributed]
    .filter((r): r is ReporterMatch => !!r && !r.unnamed)
    .sort((a, b) => a.start - b.start);
  const last = named.at(-1);
  if (!last) return openingSubject(pronoun, previous);
  // "Azerbaijan said … . It has reported 94 civilians killed": a country or a capital speaks as a body does.
  const body = BODY_WORDS.test(last.text) || ACRONYM.test(last.text) || isPlaceName(last.text);
  if (PERSON_PRONOUN.test(pronoun) && body) return null;
  if (pronoun === 'it' && !body) return null;
  return last;
}

/** "In the town hall, ": a short opening phrase set off by a comma before the subject. */
const OPENING_PHRASE = /^(?:(?:In|At|On|Outside|Inside|Near|Back\s+in|From)\s[^,;:"“”]{1,40},\s+)?/;
/** "deputy mayor Karen Mkrtchyan", "Anna Petrosyan": a person's name, with a role in lower case before it. */
const PERSON_OPENING = new RegExp(
  String.raw`^((?:(?:\p{Ll}+\s+){0,2}(?:${ROLE_NOUN.source.slice(4, -2)})\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s+(?:also\s+|still\s+|now\s+)?\p{Ll}{3,}\b(?!\s+(?:and|or)\b)`,
  'u',
);
/** "Separatist officials in Nagorno-Karabakh", "Local residents": people named by what they are, opening a sentence. */
const GROUP_OPENING =
  /^((?:\p{L}[\p{L}-]*\s+){0,3}(?:officials|authorities|residents|doctors|medics|witnesses|villagers|rescuers|representatives)(?:\s+(?:in|of|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?)\s+(?:also\s+|have\s+|had\s+)?\p{Ll}{3,}\b/u;

/**
 * "In the town hall, deputy mayor Karen Mkrtchyan keeps a list on his desk. Around 2,700 people …, he says":
 * a sentence before that names no source may still open with the one the pronoun stands for, a person for
 * "he" or "she", people named by a plural for "they". Only its opening subject: a name further in is no
 * antecedent the reader takes.
 */
function openingSubject(pronoun: string, previous: string): ReporterMatch | null {
  const opening = OPENING_PHRASE.exec(previous)![0].length;
  const rest = previous.slice(opening);
  const m = PERSON_PRONOUN.test(pronoun)
    ? PERSON_OPENING.exec(rest)
    : pronoun === 'they'
      ? GROUP_OPENING.exec(rest)
      : null;
  if (!m) return null;
  const text = m[1]!;
  if (PERSON_PRONOUN.test(pronoun) && (BODY_WORDS.test(text) || isPlaceName(text))) return null;
  return usable({ text, start: opening, end: opening + text.length });
}

/** A sentence that names anyone as a source, or says who reports with a pronoun. */
export function namesSource(sentence: string): boolean {
  if (reportingPronoun(sentence)) return true;
  const sources = sourcesIn(sentence);
  return sources.attributed.some((r) => !r.unnamed) || sources.clauses.length > 0;
}

/** "seen reports that …", "Reports say …", "media reports of …": a source the text leaves unnamed. */
const UNNAMED_REPORTS = /\breports?\s+(?:that|of|say|says|said|suggest|suggested|indicate|indicated)\b/i;

/** The words before a figure give it to unnamed reports: nothing said before carries over to it. */
export function unnamedSourceBefore(sentence: string, at: number): boolean {
  return UNNAMED_REPORTS.test(sentence.slice(Math.max(0, at - 200), at));
}

const YEAR = /\b(?:19|20)\d{2}\b/g;
/**
 * "According to Yerevan, more than 100,000 left. Nearly 7,000 died in the war of 2020.": a sentence that names a
 * year the sentence before does not tells a background of another time (a past war, an earlier year), not the
 * framed report going on, so the frame's source does not carry to it.
 */
export function namesOtherYear(sentence: string, previous: string): boolean {
  const before = new Set(previous.match(YEAR) ?? []);
  return (sentence.match(YEAR) ?? []).some((year) => !before.has(year));
}
