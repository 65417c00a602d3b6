import { mentionsWithin } from '../dates/within.ts';
import { isPlaceName } from '../entities/countryNames.ts';
import { resolveEntity, resolveEntityAt } from '../entities/resolve.ts';
import { keptPerText } from '../statements/keptPerText.ts';
import { sourceOfSentenceBefore } from '../statements/sourceOfBefore.ts';
import type {
  DocumentTimeline,
  Entity,
  Figure,
  FigureCategory,
  Sentence,
  Span,
  Statement,
} from '../types.ts';
import { wholeNamedAfter } from './amongAfter.ts';
import { bodyAntecedent } from './bodyAntecedent.ts';
import { carriedToCare } from './carriedToCare.ts';
import {
  anaphoricBefore,
  armedHead,
  arrivalsSubject,
  type CountedPhrase,
  capacityBefore,
  changeBefore,
  coordinated,
  countedAfter,
  countsPeople,
  ellipticalAfter,
  gappedBetween,
  governingVerbBefore,
  hostedBefore,
  MARKER_ADJECTIVES,
  movementAfter,
  negatedBefore,
  nestedBefore,
  postModifierEnds,
  predicateAfter,
  ratePhrases,
  secondNounEnd,
  speaksOfRefugees,
  spokeOfBefore,
  tollSubject,
  totalAfterChange,
  triggerBefore,
} from './categories.ts';
import { bringsCountTo, changeOfTotalBefore } from './changeInTotal.ts';
import { subjectBeforeJoinedPronoun, subjectBeforeTrailingPronoun } from './coordinatedSubject.ts';
import { definiteBodyReporter } from './definiteBody.ts';
import { fateUnknown } from './fateUnknown.ts';
import { FigureStatements } from './figureStatements.ts';
import { boundsOf, hedgeBefore, thresholdVerbBefore } from './hedges.ts';
import { keptPerSentence } from './keptCandidates.ts';
import { isOrderOfMagnitude } from './magnitude.ts';
import { notCounted } from './notCounted.ts';
import { findNumbers, mayHoldNumber, type NumberMatch } from './numbers.ts';
import { findPeriod, mentionOverlapping, type PeriodMatch, periodFor } from './periods.ts';
import { findPlaces, type PlaceMatch, pointsBackToPlace } from './places.ts';
import { rateOfBefore } from './rateOf.ts';
import {
  attributedSources,
  namesOtherYear,
  namesSource,
  pronounAntecedent,
  type ReporterMatch,
  reporterFor,
  reportingPronoun,
  type SentenceSources,
  sourcesIn,
  unnamedSourceBefore,
} from './reporters.ts';
import { nestSummedParts } from './summedParts.ts';
import { combinedTollBefore, tollClauseBefore } from './tollClause.ts';

export { categoryRank, type FigureGroup, groupFigures } from './group.ts';

/** A number in a sentence with everything decided about it; offsets relative to the sentence. */
interface Candidate {
  number: NumberMatch;
  hedge: string | null;
  /** Start of the hedge, or of the number when there is none. */
  from: number;
  counted: CountedPhrase;
  category: FigureCategory | null;
  /** How the category was found: coordination copies only from a verb the counts share. */
  via: 'phrase' | 'after' | 'before' | 'shared' | null;
  nested: boolean;
  /** "put the figure at 80,000": counts what the figure before counted; its category comes from there. */
  anaphoric: boolean;
  /** "rose by more than 15,000", "800 … every hour": not a count at a date (see Figure.kind). */
  kind?: 'change' | 'rate';
  /** "a further 12", "2,000 more refugees": added to a count, or counting others (see incrementKind). */
  increment?: boolean;
}

/** "a further 12 servicemen died", "an additional 300", "2,000 more refugees", "five more were hurt". */
const FURTHER_BEFORE = /\b(?:a\s+further|an\s+additional)\s+$/i;
const MORE_AFTER = /^\s+(?:more|additional)\b(?!\s+than\b)/i;
/**
 * "Azerbaijan's offensive last September killed about 200 more": an event named as the killer counts its own
 * dead, "more" than another event's; "…, bringing the toll to 32" makes them an addition to a running toll.
 */
const EVENT_KILLED_BEFORE =
  /\b(?:explosion|blast|offensive|attack|strike|shelling|bombardment|operation|war|fighting|clashes|assault|escalation|earthquake)\b[^,.;:!?]{0,40}?\s(?:killed|wounded|injured)\s+$/i;
/**
 * EVENT_KILLED_BEFORE's end, read on the last word alone: a pattern anchored at the end of the text
 * is tried from every position, and most counts follow no such verb. `\s` and `trimEnd` take the same
 * characters; the case-blind test on seven characters at most takes what the pattern's does.
 */
const HURT_VERB_END = /(?:killed|wounded|injured)$/i;
function endsHurtVerb(before: string): boolean {
  const trimmed = before.trimEnd();
  return trimmed.length < before.length && HURT_VERB_END.test(trimmed.slice(-7));
}
const RUNNING_TOLL =
  /\b(?:bringing|raising|taking|pushing|lifting)\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}(?:toll|total|tally|number)\b|\btoll\s+(?:rose|climbed|rises|reached|stands)\b/i;
/**
 * "71, 21 more than it had given on Tuesday", "12 fewer than a day earlier", "30 more than the figure
 * it gave on Monday", "8 fewer than in May", "18 more than reported on Monday" (the participle alone, its
 * agent left out), "two more dead than it had announced" (the category between): a difference between counts.
 */
const MORE_THAN_BEFORE =
  /^\s+(?:more|fewer|less)(?:\s+(?:dead|deaths|killed|wounded|injured|casualties))?\s+than\s+(?:(?:(?:previously|earlier|initially|first)\s+)?(?:reported|announced|given|recorded)\s+(?:on|in|by|at|earlier|previously|last|yesterday)\b|(?:it|they|he|she|we)\s+(?:had\s+|has\s+)?(?:given|reported|announced|said|counted|recorded)|(?:a|the)\s+(?:day|week|month|year)\s+(?:earlier|before)|(?:the|its|their)\s+(?:(?:previous|earlier|last|latest)\s+)?(?:figure|number|toll|count|tally|total)\s+(?:(?:it|they|he|she|we)\s+)?(?:had\s+)?(?:gave|given|reported|announced|released|published)|(?:the\s+)?previous(?:ly)?|before|earlier|yesterday|last\s+(?:week|month|year|time)|(?:in|on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December))\b/;

/**
 * An increment is a change, not a total. After a figure of another kind in the same sentence or the
 * one before, it counts other people ("68 bodies were brought back, and a further 105 people remained
 * missing"; "Two soldiers were killed. Three more servicemen had been wounded"): that stays a count.
 */
function incrementKind(
  increment: boolean | undefined,
  category: FigureCategory,
  previous: Figure | undefined,
  near: (f: Figure) => boolean,
): 'change' | undefined {
  if (!increment) return undefined;
  return previous && near(previous) && previous.category !== category ? undefined : 'change';
}

/**
 * " soldiers killed, ", " people injured in the blast have been evacuated to hospitals in Armenia, ": a count's
 * noun and verb (and where they went), then the comma that sets off a difference from it.
 */
const APPOSED_CHANGE = /^[^.;:!?\d]{0,90},\s*$/;
/** "since Sept. 27", "on 27 September": a day told between a count and its difference, no number of its own. */
const TOLD_DAY =
  /\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
const withoutToldDays = (text: string) => text.replace(TOLD_DAY, 'that day');

/** "50,000 of the region's 120,000 residents", "12 of the 40 passengers": what lies between a part and its whole. */
const WHOLE_BETWEEN = /^\s+of\s+(?:(?:the|its|their|an?|some|all)\s+)?(?:\p{L}[\p{L}-]*['’]s\s+)?$/u;

/** ", or more than 80 per cent of the population,": an aside between a count and its verb. */
const ASIDE_AFTER_COUNT =
  /^\s*,\s*(?:or|and|i\.e\.|that\s+is|about|some|nearly|almost|roughly|more\s+than)\b[^,;:]{1,80},/i;

/** A comma or semicolon: a clause or an aside stands before the source. */
const CLAUSE_BEFORE = /[,;]/;

/** An opening phrase that names a year: "During the 44-day war in 2020,", "In 1994,". */
const OPENS_OTHER_TIME =
  /^\s*(?:During|In|Since|After|Before|By|Between|Until)\s[^,;:]{0,60}?\b(?:19|20)\d{2}\b[^,;:]{0,30},/;

/**
 * "30,000 children are among the 98,000 people who …", a headline's "Two journalists among three killed" (its
 * copula dropped): what lies between a part and the whole after it.
 */
const AMONG_BETWEEN = /^\s+(?:(?:are|were|is|was)\s+(?:also\s+)?)?among\s+(?:the\s+)?$/i;

/** ", up 9,600 from a day earlier", "down 300 from Monday": a change, told by its own words. */
const UP_BEFORE = /,\s*(?:up|down)\s+$/i;
const FROM_AFTER = /^\s+from\s/i;

/** "former internally displaced persons": those counted are displaced no more. */
const FORMER_AFTER = /^\s+former\s+(?:(?:internally\s+|forcibly\s+)?displaced\b|IDPs\b|refugees\b)/i;

const WHOLE_OPENER = /^\s*["“]?Of\s+(?:the|its|their|all\s+the)\s+$/;
/**
 * "about half of its 150,000 residents", "nearly all of their 3,000 inhabitants": a share taken of a count
 * someone owns; the count is the whole (a population), and what follows befalls the share, not the count.
 */
const SHARE_OF_OWN_BEFORE =
  /\b(?:half|all|most|many|some|much|a\s+(?:third|quarter|fifth|tenth|majority)|the\s+(?:majority|bulk)|(?:one|two|three)[- ](?:thirds?|quarters?)|\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent))\s+of\s+(?:its|their|our|(?:the\s+)?[A-Z][\w-]*(?:'|’)s)\s+$/i;
const AGAIN_AFTER = /^[^.;]*\b(?:again|anew|once\s+more|a\s+second\s+time)\b/i;

/** A verb in the rest of a count's clause. */
const OWN_VERB = /^[^;,]*?\b(?:were|was|are|is|had|have|has|been|will|would|\p{Ll}{3,}ed)\b/u;
/** After a gapped count: a place, a time or an event ("in the operation"), or the clause's end. */
const GAPPED_AFTER = /^\s*(?:[;.]|,|$|(?:in|on|during|at|near|over|since)\s)/;
/** "people in the 1990s and": the first count's own place or time, then "and". */
const OWN_ADJUNCT_THEN_AND = /^\s+(?:in|on|during|at|near)\s+[^,;:!?.]{1,40}?\s+and\s+$/;
/**
 * "and two in Sotk.", "and more than 6,500 in 2020.": the gapped count's own place or time, closing its clause
 * ("and two in hospital remain …" goes on with a verb of its own).
 */
const PLACE_AFTER =
  /^\s*(?:in|on|during|at|near)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}|\d{4}s?|\p{Ll}+)\s*(?:[,;.]|$)/u;

/** "192 dead servicemen": the category stands as an adjective right after the number. */
const PRENOMINAL = /^\s+(?:dead|killed|wounded|injured|missing|displaced|evacuated)\s/i;

/** "our information", "my figures": the speaker's own count, no other source. */
const FIRST_PERSON_DATA =
  /^(?:our|my)\s+(?:\p{L}+\s+)?(?:information|data|figures?|estimates?|counts?|records|sources|numbers)$/iu;

/**
 * A digest line opened by a body's name and a colon: "• Armenia's Defence Ministry: one soldier wounded".
 * Only a body's head ("Ministry", "Service", …) makes the label a source: "Mine blast in Fuzuli:" is a topic.
 */
const BODY_LABEL =
  /^[^\p{L}\p{N}"“«]{0,4}((?:\p{Lu}[\p{L}.’'-]*\s+){0,4}(?:Ministry|Office|Service|Committee|Commission|Agency|Army|Police|Government|Embassy|Administration|Directorate|Council)(?:\s+of(?:\s+\p{Lu}[\p{L}.’'-]*){1,3})?):\s/u;

function labelReporter(sentence: string): ReporterMatch | null {
  const m = BODY_LABEL.exec(sentence);
  if (!m) return null;
  const start = m[0].indexOf(m[1]!);
  return { text: m[1]!, start, end: start + m[1]!.length };
}

/** "of the (most badly) burned have been flown": some of the hurt, moved by air (group 1: the partitive). */
const MEDEVAC_AFTER =
  /^(\s+of\s+(?:the|those)\s+(?:(?:most\s+)?(?:badly|seriously|severely|critically|gravely)\s+)?(?:injured|wounded|burned|burnt|hurt|sick))\b(?:\s+(?:have|has|had|were|was|been|being|already|later|then|since|overnight))*\s+(?:flown|airlifted|evacuated|medevaced)\b/i;

/**
 * "12 of the wounded taken to hospitals in the capital have since died": some of the hurt, the clause's own
 * verb (after a reduced relative, no saying verb or other count between) telling that they died.
 */
const HURT_THEN_DIED_AFTER =
  /^(\s+of\s+(?:the|those)\s+(?:(?:most\s+)?(?:badly|seriously|severely|critically|gravely)\s+)?(?:injured|wounded|hurt))\b(?![^,;.:!?"“”\d]{0,80}?\b(?:said|says|told|and|or)\b)[^,;.:!?"“”\d]{0,80}?\s(?:(?:have|has|had)\s+)?(?:(?:since|later|subsequently|now)\s+)?(?:died|succumbed)\b/i;

/** "38 of the dead", "19 of the injured": a part of those a count just given counted. */
const OF_THE_COUNTED =
  /^\s+of\s+the\s+(?:people\s+)?(dead|killed|martyrs|wounded|injured|missing|displaced|evacuated)\b(?:\s+(civilians|soldiers|servicemen|children|women|men|people))?/i;
/** "of the injured, ": the partitive fronted before the number it picks from. */
const FRONTED_OF_THE_BEFORE =
  /\bof\s+the\s+(?:people\s+)?(dead|killed|martyrs|wounded|injured|missing|displaced|evacuated)\s*,\s*$/i;
/** " of them", " of the dead", " of whom": a part picked from a group. */
const OF_GROUP_AFTER = /^\s+of\s+(?:them|whom|those|these|the)\b/i;
/**
 * "seven civilians, one of them a child", "four were wounded, one of them seriously": a verbless breakdown of the
 * count by kind or by how badly, which counts.
 */
const OF_THEM_A_AFTER =
  /^\s+of\s+(?:them|whom)\s+(?:(?:a|an)\s|(?:seriously|critically|severely|gravely|badly|fatally|slightly|lightly)\b)/i;
/** "One of them is in serious condition": the state one person is in, no event that befell them. */
const IN_CONDITION_AFTER =
  /^\s+of\s+\w+\s+(?:is|are|was|were|remains|remained)\s+(?:still\s+)?in\s+(?:a\s+)?(?:serious|critical|grave|stable|satisfactory)\s+condition\b/i;
function singleOfGroup(c: Candidate, sentence: string): boolean {
  const after = sentence.slice(c.number.end, c.number.end + 60);
  return (
    c.number.value === 1 &&
    c.number.upper === undefined &&
    ((c.via !== 'after' && c.via !== 'before') || IN_CONDITION_AFTER.test(after)) &&
    OF_GROUP_AFTER.test(sentence.slice(c.number.end, c.number.end + 12)) &&
    !OF_THEM_A_AFTER.test(sentence.slice(c.number.end, c.number.end + 24))
  );
}
/** What the hurt a partitive names count: "of the injured" are some of the wounded. */
const OF_THE_CATEGORY: Record<string, FigureCategory> = {
  ...MARKER_ADJECTIVES,
  martyrs: 'killed',
  evacuated: 'evacuated',
};

const lastWord = (words: string | null) => words?.toLowerCase().split(/\s+/).at(-1);

/** ", local officials have said, and ": a source's aside between two objects of one verb. */
const SAID_ASIDE_BETWEEN =
  /^\s*,\s*(?:(?:[\p{L}'’.-]+\s+){1,5}(?:have\s+|has\s+|had\s+)?(?:said|say|says|reported|report|reports|claimed|claim|claims|estimated|estimate|estimates)|according\s+to\s+[^,;:.!?\d]{1,60}?)\s*,\s*(?:and|or|as\s+well\s+as)\s+$/u;

/**
 * "more than 290 of the injured had been taken to hospitals in Armenia": some of the hurt moved to a named
 * place, an evacuation (group 1: the partitive). Case matters: "taken to hospital" names no place.
 */
const MOVED_ELSEWHERE_AFTER =
  /^(\s+of\s+(?:the|those)\s+(?:(?:most\s+)?(?:badly|seriously|severely|critically|gravely)\s+)?(?:injured|wounded|burned|burnt|hurt|sick))\b(?:\s+(?:have|has|had|were|was|been|being|already|later|then|since|overnight))*\s+(?:taken|transferred|moved|transported|brought)\s+(?:to|into)\s+(?:(?:hospitals?|clinics|medical\s+facilities)\s+in\s+)?\p{Lu}/u;

/** "the father of", "members of": a person or group told by their tie to whom the number names. */
const KIN_OF_BEFORE =
  /\b(?:relatives?|fathers?|mothers?|parents?|sons?|daughters?|brothers?|sisters?|wife|wives|husbands?|widows?|widowers?|families|family|members?|friends?|colleagues?|cousins?|uncles?|aunts?|neighbou?rs?|comrades?)\s+of\s+$/i;

/** "one of more than 100,000 people who fled", "one of the 40 wounded": a member of a count given right after. */
const ONE_OF_COUNT_AFTER =
  /^\s+of\s+(?:the\s+|their\s+|its\s+)?(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|roughly\s+|an\s+estimated\s+)?\d/i;

/** "his ", "her father and ": a person's own, before a count of their kin. */
const PERSONAL_POSSESSIVE_BEFORE = /\b(?:his|her|my|our)\s+(?:[\p{L}-]+\s+(?:and|or)\s+)?$/iu;
const KIN_AFTER =
  /^\s+(?:(?:older|younger|elder|little|teenage|adult|grown)\s+)?(?:sons|daughters|brothers|sisters|siblings|cousins|children|grandchildren|nephews|nieces|uncles|aunts|relatives|friends|neighbou?rs|colleagues)\b/i;
/** " bodies had not yet been identified", " bodies remain unidentified": the dead not yet named. */
const UNIDENTIFIED_AFTER =
  /^\s+(?:[\p{L}-]+\s+)?(?:bodies|remains)\s+(?:(?:have|has|had|were|was|are|is)\s+)?(?:(?:still|yet|so\s+far)\s+)?(?:not\s+(?:yet\s+)?(?:been\s+)?identified|yet\s+to\s+be\s+identified|remain(?:s|ed)?\s+unidentified|unidentified)\b/iu;

/** "The claim that …", "allegations that …": what the number stands in. */
const CLAIM_BEFORE = /\b(?:claims?|allegations?|rumou?rs?|assertions?)\s+that\s[^;:]*$/i;
/** "… is misleading", "… was false": the text's own verdict on the claim. */
const REFUTED_AFTER =
  /^[^;:]*?\b(?:is|was|are|were|remains)\s+(?:(?:both|also|simply|entirely|completely|highly|demonstrably)\s+)?(?:false|misleading|untrue|baseless|fabricated|unfounded|fake|unsupported|a\s+fabrication)\b/i;

/**
 * "21 persons who had left the region had returned": back home, displaced no more. Not across a clause
 * of other people ("90,000 had left their homes, and only a few hundred have returned"), nor across a
 * partitive of those counted ("7,600 had been forced out, of whom most have since returned": the count
 * still tells how many were uprooted).
 */
const RETURNED_AFTER =
  /^(?:(?!,\s*(?:(?:and|but|while|whereas|though|although)\s|(?:(?:most|many|some|half|all|few|none|several|the\s+majority|a\s+third)\s+)?of\s+(?:whom|them|those|these)\b))[^.;]){0,80}?\b(?:have|has|had)\s+(?:since\s+|now\s+|already\s+)?(?:returned|come\s+back|gone\s+back)\b/i;

/** "a day", "an hour", "per week" right after a bare count. */
const APPOSED_RATE_AFTER =
  /^\s+(?:an?|every|each|per)\s+(?:single\s+)?(?:hour|day|night|week|month|minute)\b/i;
/** " of whom", " of them": the words of a partitive right after its number, before its own verb. */
const PARTITIVE_WORDS = /^\s+of\s+(?:them|whom|those|these)\b/i;
const OF_THEM_AFTER = /^\s+of\s+them\b/i;
/** "the people injured in the blast": a participle describing those counted. */
const HURT_PARTICIPLE_AFTER = /^\s+(?:injured|wounded|hurt)\b/;

/** A dash or an opening bracket right after a count, and nothing else before the next count. */
const ASIDE_OPENS = /^\s*(?:[–—]|\s-|\()\s*$/;

const COMMA_APPOSITION_OPENS = /^\s*,\s*$/;
/**
 * The rest of a comma aside that breaks a count down: a coordinated list of counts ("four police officers and
 * two civilians") closed by a comma right before the clause's verb. A list of three groups has no comma
 * between its last item and the verb; an attribution after the comma ("…, the ministry said") is no verb of the
 * counted, so that list stays a list.
 */
const COMMA_APPOSITION_CLOSES =
  /^[^()[\];:–—"“”]*?\s(?:and|or)\s[^()[\];:–—"“”,]*?,\s+(?:had|have|has|were|was|are|is|died|\p{Ll}{3,}ed)\b/u;
function commaBreakdown(rest: string): boolean {
  return COMMA_APPOSITION_CLOSES.test(rest);
}

/**
 * "six people – four police officers and two road workers – were killed", "nine people (five soldiers and
 * four civilians)": counts that open an aside set off by dashes or brackets right after a count that names
 * what it counts break that count down. The aside must close before the clause ends. So do commas around a
 * coordinated list of counts right before the verb ("six people, four police officers and two civilians,
 * had been killed").
 */
function breaksDownCount(sentence: string, whole: Candidate | undefined, from: number): boolean {
  if (!whole || whole.kind || whole.nested || whole.counted.end <= whole.counted.start) return false;
  const open = ASIDE_OPENS.exec(sentence.slice(whole.counted.end, from));
  if (!open)
    return (
      COMMA_APPOSITION_OPENS.test(sentence.slice(whole.counted.end, from)) &&
      commaBreakdown(sentence.slice(from, from + 160))
    );
  const rest = sentence.slice(from, from + 160);
  const close = open[0].includes('(') ? /^[^()[\];:]*?\)/ : /^[^()[\];:–—]*?(?:[–—]|\s-\s)/;
  return close.test(rest);
}

/** "…, of whom 40 were children", "…, among whom 12": a relative pronoun takes the nearest count. */
const OF_WHOM_BEFORE = /,\s*(?:of|among)\s+whom\s+$/i;

/** "moved more than 400 patients out of the region", "flew 30 wounded out of the city": taken out, evacuated. */
const TAKEN_OUT_BEFORE =
  /\b(?:moved|moving|transferred|transferring|took|taking|taken|flew|flown|flying|carried|carrying|bused|ferried|brought|bringing|got|getting)\s+(?:(?:another|a\s+further|some|all)\s+)?$/i;
const OUT_OF_AFTER = /^\s+(?:safely\s+)?out\s+of\s/i;
/** Those taken out for their safety; passengers or prisoners moved are no evacuation. */
const TAKEN_OUT_HEADS = new Set([
  'patients',
  'people',
  'residents',
  'civilians',
  'children',
  'wounded',
  'injured',
  'sick',
  'families',
  'women',
  'persons',
]);

/**
 * "207 on the Armenian side and 79 on the Azerbaijani side", "12 in Goris, 9 in Kapan": two counts, each with
 * an adjunct of the same preposition, listed as one; the second is what the first is.
 */
const ADJUNCT_THEN_AND =
  /^\s+(on|in|at|from)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/iu;
function parallelAdjuncts(between: string, afterSecond: string): boolean {
  const preposition = ADJUNCT_THEN_AND.exec(between)?.[1]?.toLowerCase();
  return preposition !== undefined && afterSecond.toLowerCase().startsWith(` ${preposition} `);
}

const LOST_BARE_BEFORE = /\b(?:lost|loses)\s+$/i;
/** "… it lost 50" with no noun after the number, and no other loss told before it in the sentence. */
function lostBare(c: Candidate, sentenceText: string): boolean {
  if (c.kind || c.nested || c.counted.end > c.counted.start) return false;
  if (!LOST_BARE_BEFORE.test(sentenceText.slice(Math.max(0, c.from - 12), c.from))) return false;
  return !LOSS_WORD.test(sentenceText.slice(0, Math.max(0, c.from - 12)));
}
const LOSS_WORD = /\blos(?:t|es|ing|s|ses)\b/i;
const DRIVEN_BEFORE =
  /\b(?:drove|driven|driving|drives|drive|forced|forcing|forces)\s+(?:(?:another|a\s+further|some|all)\s+)?$/i;
/**
 * "from their homes", and a whole land emptied: "from the region", "out of Karabakh" (a place then "to" is a
 * trip: "drove five reporters from Goris to the border").
 */
const FROM_HOME_AFTER =
  /^(?:\s+(?:in|across)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*)?\s+(?:(?:out\s+of|from)\s+(?:(?:their|his|her)\s+(?:homes?|houses?|villages?|towns?|land)\b|the\s+(?:region|enclave|territory|republic)\b(?!\s+to\b)|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?![\p{L}'’-])(?!\s+to\b))|to\s+(?:flee\b|leave\s+(?:(?:their|his|her)\s+homes?\b|\p{Lu}|the\s+(?:region|enclave|territory|area|country|republic)\b)))/u;

/**
 * "has taken more than 700 patients for treatment in Armenia", "flew 30 wounded to Yerevan": the sick and hurt
 * taken to a named place for care were evacuated.
 */
const MEDICAL_HEADS = new Set(['patients', 'wounded', 'injured', 'sick']);
const TREATED_ELSEWHERE_AFTER =
  /^\s+(?:for\s+(?:medical\s+)?treatment\s+)?(?:to|in|into|across)\s+(?:the\s+)?\p{Lu}/u;

/**
 * "Among the wounded, according to the office, are eleven children": an aside set off by commas (a source, an
 * adverb) may stand between the fronted group and its verb; it holds no number and no clause's end.
 */
const INVERSION_ASIDE = String.raw`(?:\s*,[^,.;:!?"“”\d]{1,40},)?`;
/**
 * "Among the dead were 14 children", "among the wounded there were 13 children", "among the civilians killed were two children", "Of those killed, 35
 * were civilians", "the dead included two journalists": a part told after its whole, which the words name.
 */
const AMONG_THE_COUNTED_BEFORE = new RegExp(
  String.raw`\b(?:among\s+(?:the|those)\s+(?:(civilians|soldiers|servicemen|people|residents|victims)\s+)?(dead|killed|wounded|injured|missing|displaced|evacuated)${INVERSION_ASIDE}\s+(?:there\s+)?(?:were|was|are|is)|^\s*of\s+(?:the|those)\s+(?:(civilians|soldiers|servicemen|people|residents|victims)\s+)?(dead|killed|wounded|injured|missing|displaced|evacuated)\s*,|\b(?:the|those)\s+(?:(civilians|soldiers|servicemen|people|residents|victims)\s+)?(dead|killed|wounded|injured|missing|displaced|evacuated)\s+(?:also\s+)?(?:included|include|includes))\s+$`,
  'i',
);
const AMONG_CATEGORY: Record<string, FigureCategory> = { ...MARKER_ADJECTIVES, evacuated: 'evacuated' };

/** "the number of mine victims has increased by": a change whose subject names what it counts. */
const COUNT_OF_NOUN_BEFORE =
  /\b(?:number|count|tally|total)\s+of\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+(?:has|have|had)?\s*\p{Ll}+(?:\s+by)?\s+$/iu;

/** The latest whole (no part, no change or rate) of a category that sentence `index` gave. */
function latestWholeHere(figures: Figure[], index: number, category: FigureCategory): Figure | null {
  for (let k = figures.length - 1; k >= 0 && figures[k]!.sentence === index; k--) {
    const f = figures[k]!;
    if (f.category === category && !f.partOf && !f.kind) return f;
  }
  return null;
}

/** The latest whole (no part, no change or rate) of a category the text gave so far. */
function latestWholeBefore(figures: Figure[], category: FigureCategory): Figure | null {
  for (let k = figures.length - 1; k >= 0; k--) {
    const f = figures[k]!;
    if (f.category === category && !f.partOf && !f.kind) return f;
  }
  return null;
}

/**
 * The count a part "among the <group> killed" belongs to: the latest one of that category counting that
 * group ("seven civilians"), or without a group the latest whole of that category, in this paragraph or
 * the one before. None found: it is no part.
 */
function amongTheCounted(before: string, figures: Figure[], near: (f: Figure) => boolean): Figure | null {
  const m = AMONG_THE_COUNTED_BEFORE.exec(before);
  if (!m) return null;
  const category = AMONG_CATEGORY[(m[2] ?? m[4] ?? m[6])!.toLowerCase()]!;
  const group = (m[1] ?? m[3] ?? m[5])?.toLowerCase();
  let k = figures.length - 1;
  for (; k >= 0; k--) {
    const f = figures[k]!;
    if (!near(f)) break;
    if (f.category !== category || f.kind) continue;
    if (group ? lastWord(f.counted) === group : !f.partOf) return f;
  }
  // "the dead included seven civilians", paragraphs after the lead's toll: "the dead" are those the piece
  // counted, its latest whole of that category, when nearer text gave none.
  if (group) return null;
  for (; k >= 0; k--) {
    const f = figures[k]!;
    if (f.category === category && !f.kind && !f.partOf) return f;
  }
  return null;
}

/**
 * "Of these, about 30,000 are children", "The ministry says that among them are 300 children": the sentence,
 * maybe after a reporting clause, breaks down the figure just given.
 */
const OPENS_AS_PART =
  /^\s*(?:[^.,;:!?"“”\d]{1,60}?\b(?:says?|said|noted|added|reported|stated|wrote)\s+(?:that\s+)?)?(?:Of\s+(?:these|them|those|whom)|Among\s+(?:them|these|those))\b/i;
function opensAsPart(sentenceText: string): boolean {
  return OPENS_AS_PART.test(sentenceText);
}

/** The words right before a number that decide its hedge and category; long prefixes are cut. */
const beforeWindow = (sentenceText: string, at: number) => sentenceText.slice(Math.max(0, at - 160), at);

/**
 * `refugeeContext`: the sentence or its neighbours speak of refugees, so arriving somewhere
 * ("6,650 people have arrived in Armenia") is an exodus.
 */
/** "15 of the injured …", "168 of the most badly burned …": the hurt the words after the number name, as `category`. */
function someOfTheHurt(
  number: Candidate['number'],
  hedge: string | null,
  from: number,
  hurtWords: string,
  category: Candidate['category'],
): Candidate {
  const hurtEnd = number.end + hurtWords.length;
  return {
    number,
    hedge,
    from,
    counted: {
      start: number.end + hurtWords.search(/\S/),
      end: hurtEnd,
      head: null,
      marker: null,
      clauseFrom: hurtEnd,
      partitive: false,
    },
    category,
    via: 'after',
    nested: false,
    anaphoric: false,
  };
}

const candidatesIn = keptPerSentence(readCandidates, (c) => ({
  ...c,
  number: { ...c.number },
  counted: { ...c.counted },
}));

/** The candidates of a sentence, given the date mentions in it as offsets into it. */
function readCandidates(
  sentenceText: string,
  dates: readonly Span[],
  refugeeContext: () => boolean,
): Candidate[] {
  const out: Candidate[] = [];
  for (const number of findNumbers(sentenceText)) {
    if (dates.some((m) => number.start >= m.start && number.end <= m.end)) continue;
    const windowStart = Math.max(0, number.start - 160);
    const hedge = hedgeBefore(beforeWindow(sentenceText, number.start));
    const from = hedge ? windowStart + hedge.start : number.start;
    const before = beforeWindow(sentenceText, from);
    // The patterns read right before the number are short: a short tail keeps them cheap.
    const near = before.slice(-90);
    if (negatedBefore(near) || capacityBefore(near)) continue;
    // "a relative of one of the dead", "five members of one family": one person or household named through
    // someone else, not a count of its own.
    if (number.value === 1 && !hedge && KIN_OF_BEFORE.test(near)) continue;
    // "She is one of more than 100,000 people who fled": one person of the count after, which is the figure.
    if (
      number.value === 1 &&
      !hedge &&
      ONE_OF_COUNT_AFTER.test(sentenceText.slice(number.end, number.end + 40))
    )
      continue;
    // "his two cousins", "her father and two brothers": someone's own kin, told one by one, are no tally.
    if (
      PERSONAL_POSSESSIVE_BEFORE.test(near) &&
      KIN_AFTER.test(sentenceText.slice(number.end, number.end + 40))
    )
      continue;
    // "13 bodies had yet to be identified": a part of a toll told by what is not known of it, not a toll.
    if (UNIDENTIFIED_AFTER.test(sentenceText.slice(number.end, number.end + 80))) continue;
    // "The claim that Azerbaijan killed 5,000 civilians is misleading": a claim the text refutes counts no one.
    if (CLAIM_BEFORE.test(near) && REFUTED_AFTER.test(sentenceText.slice(number.end, number.end + 160)))
      continue;
    // "168 of the most badly burned have been flown to hospitals", "scores of the injured flown to Yerevan":
    // some of the hurt, moved by air: an evacuation, whatever the partitive's own adjective says.
    // "15 of the injured transferred to Yerevan hospitals had died": the finite verb says what befell them.
    const diedLater = HURT_THEN_DIED_AFTER.exec(sentenceText.slice(number.end, number.end + 140));
    if (diedLater) {
      out.push(someOfTheHurt(number, hedge?.text ?? null, from, diedLater[1]!, 'killed'));
      continue;
    }
    const medevac =
      MEDEVAC_AFTER.exec(sentenceText.slice(number.end, number.end + 120)) ??
      MOVED_ELSEWHERE_AFTER.exec(sentenceText.slice(number.end, number.end + 120));
    if (medevac) {
      out.push(someOfTheHurt(number, hedge?.text ?? null, from, medevac[1]!, 'evacuated'));
      continue;
    }
    // "evacuated more than 600 patients …, roughly four a day": a bare count set off by a comma with a rate unit
    // right after it is a rate of what the clause before counted (its category is taken below).
    if (/,\s*$/.test(before) && APPOSED_RATE_AFTER.test(sentenceText.slice(number.end, number.end + 30))) {
      const none = { start: number.end, end: number.end, head: null, marker: null, clauseFrom: number.end };
      out.push({
        number,
        hedge: hedge?.text ?? null,
        from,
        counted: { ...none, partitive: false },
        category: null,
        via: null,
        nested: false,
        anaphoric: false,
        kind: 'rate',
      });
      continue;
    }
    const counted = countedAfter(sentenceText, number.end);
    if (!countsPeople(counted)) continue;
    // "about half of its 150,000 residents have left": the owned whole a share is taken from counts no one
    // unless its own words say what befell it ("half of their 40 wounded").
    if (!counted.marker && SHARE_OF_OWN_BEFORE.test(before)) continue;
    // "Of the roughly 6,000 people registered in Fuzuli, most are dead or scattered": the whole a part is taken
    // from, set up for the part, counts no one unless its own words say what befell it ("Of the 200 killed, …").
    if (from < 12 && WHOLE_OPENER.test(before)) {
      const comma = sentenceText.indexOf(',', counted.clauseFrom);
      const own = comma < 0 ? null : sentenceText.slice(0, comma);
      const told =
        own !== null &&
        (counted.marker ||
          predicateAfter(own, counted.clauseFrom) ||
          movementAfter(own, counted, refugeeContext));
      if (own !== null && !told) continue;
    }
    // "about half of the population, some 70,000 people, had been displaced": a count in apposition
    // closes its aside with a comma before the verb.
    // An age ("her son, 12, were killed") counts nothing: the count must name what it counts.
    const apposition =
      counted.end > counted.start &&
      /,\s*$/.test(before) &&
      /^\s*,/.test(sentenceText.slice(counted.clauseFrom));
    // "close to 100 000 people, or more than 80 per cent of the population, have left": an aside set
    // off by commas stands between the count and its verb.
    const aside =
      counted.end > counted.start ? ASIDE_AFTER_COUNT.exec(sentenceText.slice(counted.clauseFrom)) : null;
    // "47 wounded were admitted, 9 of whom were transferred to Yerevan by helicopter": a part's own verb, when
    // the whole it is taken from is a count given before it in the sentence. "Peacekeepers … did not
    // intervene, and five of them were killed": "of them" takes its own verb with no count before it too.
    const partitiveWords =
      counted.partitive &&
      (out.length > 0 || OF_THEM_AFTER.test(sentenceText.slice(number.end, number.end + 12)))
        ? PARTITIVE_WORDS.exec(sentenceText.slice(counted.clauseFrom))
        : null;
    const predicate =
      predicateAfter(sentenceText, counted.clauseFrom) ??
      (apposition ? predicateAfter(sentenceText, sentenceText.indexOf(',', counted.clauseFrom) + 1) : null) ??
      (aside ? predicateAfter(sentenceText, counted.clauseFrom + aside[0].length) : null) ??
      (partitiveWords ? predicateAfter(sentenceText, counted.clauseFrom + partitiveWords[0].length) : null) ??
      afterPostModifier(sentenceText, counted, (at) => predicateAfter(sentenceText, at));
    if (predicate === 'combined') continue;
    // "helicopters had flown 30 of the people injured in the blast to Yerevan": a participle right after the
    // count only describes those a verb of carrying before it took to care; they were evacuated.
    const after =
      (predicate === 'displaced' && armedHead(counted)) ||
      (predicate === 'wounded' &&
        !counted.marker &&
        HURT_PARTICIPLE_AFTER.test(sentenceText.slice(counted.end, counted.end + 20)) &&
        carriedToCare(sentenceText, counted, before) === 'active')
        ? null
        : predicate;
    // "27 Azerbaijani civilians and soldiers have been killed": the second noun is counted too.
    const andNoun =
      after && counted.end > counted.start && counted.end === counted.clauseFrom
        ? secondNounEnd(sentenceText, counted.end)
        : null;
    if (andNoun) Object.assign(counted, { end: andNoun, clauseFrom: andNoun });
    // "98,000 people have arrived …, up 9,600 from a day earlier": how much the count just given grew.
    const upFrom = UP_BEFORE.test(near) && FROM_AFTER.test(sentenceText.slice(number.end, number.end + 12));
    if (changeBefore(near) || upFrom) {
      // "The number of refugees … jumped by about 22,000"; "a figure that rose by more than 15,000" takes the figure's category.
      const category = upFrom ? null : tollSubject(before);
      // "the number of mine victims has increased by 64": a change of a count its subject names, in no category
      // of ours, points back to no figure.
      if (!category && !upFrom && COUNT_OF_NOUN_BEFORE.test(before)) continue;
      out.push({
        number,
        hedge: hedge?.text ?? null,
        from,
        // "up 120 from Sunday" counts no one "from Sunday".
        counted: upFrom ? { ...counted, start: number.end, end: number.end, head: null } : counted,
        category,
        via: category && 'before',
        nested: false,
        anaphoric: !category,
        kind: 'change',
      });
      continue;
    }
    // The verb says what happened to those counted, over an adjective in the phrase:
    // "had evacuated 23 wounded people" is an evacuation, "20,000 refugees were evacuated" too.
    const governing = after ? null : governingVerbBefore(near, counted);
    // "The Red Cross moved more than 400 patients out of the region": people taken out of a place were evacuated.
    const takenOut =
      !after &&
      !governing &&
      !counted.marker &&
      TAKEN_OUT_HEADS.has(counted.head ?? '') &&
      TAKEN_OUT_BEFORE.test(before)
        ? OUT_OF_AFTER.test(sentenceText.slice(counted.end, counted.end + 20)) ||
          (MEDICAL_HEADS.has(counted.head!) &&
            TREATED_ELSEWHERE_AFTER.test(sentenceText.slice(counted.end, counted.end + 40)))
        : false;
    // "drove more than 600,000 Azerbaijanis from their homes", "forced 90,000 people to flee": driven out.
    const drivenOut =
      !after &&
      !governing &&
      !takenOut &&
      DRIVEN_BEFORE.test(near) &&
      FROM_HOME_AFTER.test(sentenceText.slice(counted.end, counted.end + 40));
    // "it had transferred 23 wounded people to hospitals in Armenia": the hurt, carried to care, were evacuated.
    const carried =
      after || governing || takenOut || (counted.marker && counted.marker !== 'wounded')
        ? null
        : carriedToCare(sentenceText, counted, before);
    const movement =
      after || governing || (counted.marker && !carried)
        ? null
        : takenOut || carried
          ? 'evacuated'
          : drivenOut
            ? 'displaced'
            : (movementAfter(sentenceText, counted, refugeeContext) ??
              afterPostModifier(sentenceText, counted, (at) =>
                movementAfter(sentenceText, { ...counted, clauseFrom: at }, refugeeContext),
              ) ??
              (hostedBefore(near, counted, refugeeContext) ? 'displaced' : null));
    const trigger =
      after || governing || counted.marker || movement || combinedTollBefore(sentenceText.slice(0, from))
        ? null
        : (triggerBefore(before) ??
          (totalAfterChange(before) ? tollSubject(before) : null) ??
          (arrivalsSubject(before) && refugeeContext() ? 'displaced' : null) ??
          tollClauseBefore(sentenceText.slice(0, from)) ??
          rateOfBefore(before, refugeeContext) ??
          (fateUnknown(near, sentenceText.slice(number.end, number.end + 160)) ? 'missing' : null));
    const category =
      after ?? governing ?? (carried ? movement : null) ?? counted.marker ?? movement ?? trigger;
    // "10,000 former internally displaced persons who have returned": no longer displaced.
    // "Some 10,000 former refugees were displaced again": uprooted anew, they are counted.
    if (
      category === 'displaced' &&
      (FORMER_AFTER.test(sentenceText.slice(number.end, number.end + 40)) ||
        RETURNED_AFTER.test(sentenceText.slice(counted.clauseFrom, counted.clauseFrom + 100))) &&
      !AGAIN_AFTER.test(sentenceText.slice(number.end, number.end + 100))
    )
      continue;
    const via =
      after || movement
        ? 'after'
        : governing
          ? 'before'
          : counted.marker
            ? 'phrase'
            : trigger
              ? 'before'
              : null;
    // "Five people were killed: three officers and two soldiers": counts after a colon that follows a
    // toll given earlier in the sentence break it down.
    const afterColon = COLON_BEFORE.test(before) && out.some((o) => o.category && !o.kind && !o.nested);
    // "Of the 50,000 people who fled last week, about 9,000 were children": the part right after the whole
    // the sentence opens with.
    const partOfOpener =
      out.length === 1 &&
      !!out[0]!.category &&
      out[0]!.from < 12 &&
      WHOLE_OPENER.test(sentenceText.slice(0, out[0]!.from)) &&
      /,\s*$/.test(before);
    const nested =
      opensAsPart(sentenceText) ||
      partOfOpener ||
      counted.partitive ||
      nestedBefore(before) ||
      afterColon ||
      breaksDownCount(sentenceText, out.at(-1), from);
    // "the fuel depot explosion killed at least 170 more": the event's own toll, unless it adds to a running one.
    const ownToll = endsHurtVerb(near) && EVENT_KILLED_BEFORE.test(near) && !RUNNING_TOLL.test(sentenceText);
    const increment =
      !ownToll && (FURTHER_BEFORE.test(near) || MORE_AFTER.test(sentenceText.slice(number.end)));
    const difference = MORE_THAN_BEFORE.test(sentenceText.slice(number.end, number.end + 60));
    // "The toll passed 300": the verb is the figure's hedge once it has given the category.
    const threshold = hedge ? null : thresholdVerbBefore(before);
    out.push({
      ...(increment && { increment }),
      ...(difference && { kind: 'change' as const }),
      number,
      hedge: hedge?.text ?? threshold?.text ?? null,
      from: threshold ? Math.max(0, from - 160) + threshold.start : from,
      counted,
      category,
      // "had taken out 5,000 people": an active verb of carrying before the count, as a governing verb is.
      via: carried === 'active' ? 'before' : via,
      nested,
      anaphoric: !category && (anaphoricBefore(before) || spokeOfBefore(before, counted)),
    });
  }
  // "12 soldiers and 3 civilians were killed": the verb after the last count covers the others;
  // "200 and 192 killed": so does a participle right after the last, with no noun of its own;
  // "killing 12 soldiers and 3 civilians": the verb before the first covers those after it.
  for (let i = out.length - 2; i >= 0; i--) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (
      !a.category &&
      !a.nested &&
      (b.via === 'after' || b.via === 'shared' || (b.via === 'phrase' && !b.counted.head)) &&
      coordinated(sentenceText.slice(Math.max(a.counted.end, a.number.end), b.from))
    ) {
      a.category = b.category;
      a.via = 'shared';
    }
  }
  for (let i = 1; i < out.length; i++) {
    const [a, b] = [out[i - 1]!, out[i]!];
    if (
      !b.category &&
      !b.nested &&
      // "reported 192 dead servicemen and one civilian": an adjective before the first noun covers both.
      (a.via === 'before' ||
        (a.via === 'phrase' &&
          a.counted.head &&
          b.counted.head &&
          /^\s+and\s+$/.test(sentenceText.slice(a.counted.end, b.from)) &&
          PRENOMINAL.test(sentenceText.slice(a.number.end, a.counted.end)))) &&
      (coordinated(sentenceText.slice(Math.max(a.counted.end, a.number.end), b.from)) ||
        // "killed about 200 Armenians, local officials have said, and nearly 200 Azerbaijani soldiers".
        (a.via === 'before' && SAID_ASIDE_BETWEEN.test(sentenceText.slice(a.counted.end, b.from))))
    ) {
      b.category = a.category;
      b.via = 'before';
    }
  }
  // "2,908 servicemen were killed in 2020, and 192 in the operation of September", "Some 4,000 Armenian
  // soldiers died, and nearly 3,000 Azerbaijani ones": the second clause leaves out the first's verb and noun.
  for (let i = 1; i < out.length; i++) {
    const [a, b] = [out[i - 1]!, out[i]!];
    if (
      b.category ||
      b.nested ||
      (a.via !== 'after' && a.via !== 'before') ||
      a.nested ||
      a.kind ||
      !a.category
    )
      continue;
    if (b.counted.head !== null && b.counted.head !== 'ones') continue;
    const rest = sentenceText.slice(b.counted.end > b.counted.start ? b.counted.end : b.number.end);
    // "…, and 30 in the town were evacuated": a verb of its own, no gap.
    if (!GAPPED_AFTER.test(rest) || OWN_VERB.test(rest)) continue;
    const gapped =
      a.via === 'after'
        ? gappedBetween(sentenceText.slice(a.counted.clauseFrom, b.from), PLACE_AFTER.test(rest))
        : // "which killed some 30,000 people in the 1990s and more than 6,500 in 2020": the verb before the first
          // count, each count with its own time or place.
          PLACE_AFTER.test(rest) && OWN_ADJUNCT_THEN_AND.test(sentenceText.slice(a.counted.end, b.from));
    if (!gapped) continue;
    b.category = a.category;
    b.via = 'shared';
    if (b.counted.end <= b.counted.start)
      b.counted = { ...b.counted, start: a.counted.start, end: a.counted.end };
  }
  // "had taken out 5,000 people to their base and 40 wounded by helicopter": the hurt, a second object of a
  // verb that carried people to safety, were carried too, not hurt anew.
  for (let i = 1; i < out.length; i++) {
    const [a, b] = [out[i - 1]!, out[i]!];
    if (a.category !== 'evacuated' || a.via !== 'before' || a.nested || a.kind) continue;
    if (b.category !== 'wounded' || b.via !== 'phrase' || b.nested || b.kind) continue;
    if (CARRIED_TOO_BETWEEN.test(sentenceText.slice(Math.max(a.counted.end, a.number.end), b.from)))
      Object.assign(b, { category: 'evacuated', via: 'before' });
  }
  // "including 3,522 servicemen and 259 volunteers": a count coordinated with a part is a part too.
  for (let i = 1; i < out.length; i++) {
    const [a, b] = [out[i - 1]!, out[i]!];
    if (
      a.nested &&
      !b.nested &&
      !b.category &&
      (coordinated(sentenceText.slice(Math.max(a.counted.end, a.number.end), b.from)) ||
        parallelAdjuncts(
          sentenceText.slice(Math.max(a.counted.end, a.number.end), b.from),
          sentenceText.slice(b.number.end),
        ))
    )
      b.nested = true;
  }
  // "up to 50,000 of the region's roughly 120,000 residents had fled": the second count is the whole
  // the first is taken from, not a count of those who fled; the verb it took is the first's.
  for (let i = out.length - 2; i >= 0; i--) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (!WHOLE_BETWEEN.test(sentenceText.slice(a.number.end, b.from))) continue;
    if (!a.category && b.category) Object.assign(a, { category: b.category, via: b.via });
    // What the part counts is what the whole counts: "residents", not "region's".
    a.counted = { ...b.counted, clauseFrom: a.counted.clauseFrom };
    out.splice(i + 1, 1);
  }
  // "More than 30,000 children are among the nearly 98,000 people who have arrived": a part named before its
  // whole. The whole goes first, so the part nests in it and takes its category.
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (a.category || a.nested || !b.category || b.nested || b.kind || a.counted.end <= a.counted.start)
      continue;
    if (!AMONG_BETWEEN.test(sentenceText.slice(a.counted.end, b.from))) continue;
    out.splice(i, 2, b, { ...a, nested: true });
    i++;
  }
  // "Azerbaijani attacks killed 207 Armenian soldiers, Yerevan says; Baku lost 80": a side that lost a bare
  // number, after a toll in the same sentence, lost that many of its own dead.
  for (let i = 1; i < out.length; i++) {
    const b = out[i]!;
    if (b.category || b.nested || b.kind || b.counted.end > b.counted.start) continue;
    if (!LOST_BARE_BEFORE.test(sentenceText.slice(Math.max(0, b.from - 12), b.from))) continue;
    // "… and it lost 10 tanks; the rebels lost 5": another loss between them may be what the bare number counts.
    let toll: Candidate | undefined;
    for (const a of out.slice(0, i)) if (a.category === 'killed' && !a.nested && !a.kind) toll = a;
    if (toll && !LOSS_WORD.test(sentenceText.slice(toll.number.end, Math.max(toll.number.end, b.from - 12))))
      b.category = 'killed';
  }
  // "has counted 1,339 soldiers killed, 162 more than it reported last week": a difference set off by a comma
  // right after a count is how much that count grew; it counts what the count counts ("1,009 … killed since
  // Sept. 27, 35 more than it reported": a day told between is no number).
  for (let i = 1; i < out.length; i++) {
    const [a, b] = [out[i - 1]!, out[i]!];
    if (b.kind !== 'change' || b.category || !a.category || a.kind || a.nested) continue;
    if (APPOSED_CHANGE.test(withoutToldDays(sentenceText.slice(a.number.end, b.from))))
      Object.assign(b, { category: a.category });
  }
  // "…, roughly four a day": the rate counts what the count before it in the sentence counts.
  for (let i = 0; i < out.length; i++) {
    const b = out[i]!;
    if (b.kind !== 'rate' || b.category) continue;
    const a = out
      .slice(0, i)
      .reverse()
      .find((c) => c.category && !c.kind && !c.nested);
    if (a) Object.assign(b, { category: a.category, via: 'shared' });
  }
  // "800 people were arriving every hour", "Every hour, around 1,000 more people cross": the count nearest a
  // rate phrase, in its clause, is a rate.
  for (const rate of ratePhrases(sentenceText)) {
    const distance = (c: Candidate) =>
      rate.start >= c.number.end ? rate.start - c.number.end : c.from - rate.end;
    const inClause = out.filter(
      (c) =>
        (c.category || c.anaphoric) &&
        distance(c) >= 0 &&
        distance(c) < 80 &&
        !/[;]/.test(sentenceText.slice(Math.min(rate.end, c.number.end), Math.max(rate.start, c.from))),
    );
    const nearest = inClause.reduce<Candidate | null>(
      (a, b) => (!a || distance(b) < distance(a) ? b : a),
      null,
    );
    if (nearest) nearest.kind = 'rate';
  }
  // "At least 200 people had been killed and more than 400 wounded": the second count has no noun
  // of its own and shares the first's ("people"), as it shares the auxiliary.
  for (let i = 1; i < out.length; i++) {
    const [a, b] = [out[i - 1]!, out[i]!];
    if (
      b.counted.end > b.counted.start ||
      a.counted.end <= a.counted.start ||
      a.nested ||
      b.nested ||
      !b.category
    )
      continue;
    if (ellipticalAfter(sentenceText.slice(a.counted.end, b.from)))
      b.counted = { ...b.counted, start: a.counted.start, end: a.counted.end, head: a.counted.head };
  }
  return out;
}

export function resolveReporter(mention: string, timeline: DocumentTimeline): Entity | null {
  try {
    const year = timeline.reference?.year;
    const entity =
      year !== undefined
        ? resolveEntityAt(mention, { year, month: timeline.reference?.month })
        : resolveEntity(mention);
    // "Officials in Goris" are not the town of Goris: a place reports nothing, its words stand alone.
    return entity?.kind === 'place' ? null : entity;
  } catch {
    return null; // a resolver failure must not cost the figure
  }
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number } | null) =>
  !!b && a.start < b.end && b.start < a.end;

function placeFor(
  sentence: string,
  places: PlaceMatch[],
  c: Candidate,
  avoid: ({ start: number; end: number } | null)[],
): PlaceMatch | null {
  const usable = places.filter((p) => !avoid.some((a) => overlaps(p, a)));
  const after = usable.find((p) => p.start >= c.number.end);
  if (after) return after;
  // A place before the number belongs to it when nothing separates them ("Fighting in X killed 12")
  // or when it opens the sentence ("In Stepanakert, 12 people …").
  return (
    [...usable]
      .reverse()
      .find((p) => p.end <= c.from && (!/[,;:—–]/.test(sentence.slice(p.end, c.from)) || p.start <= 2)) ??
    null
  );
}

/** The piece's last line when it is a short sign-off ("Day.Az", "Hraparak"): the outlet signing its own copy. */
/** "Day.Az's information", "Day.Az's own data": whose data the words are; the words themselves otherwise. */
function ownerOfData(reporter: string): string {
  return (
    /^(.+?)['’]s\s+(?:own\s+)?(?:information|data|figures|estimates|sources|count)$/i.exec(reporter)?.[1] ??
    reporter
  );
}

function signOffOf(text: string): string | null {
  const trimmed = text.trimEnd();
  const last = trimmed.slice(trimmed.lastIndexOf('\n') + 1).trim();
  return last.length > 0 && last.length <= 40 && !/[.!?]$|[.!?]\s/.test(last) ? last : null;
}

/** " to their base and ": where those carried went, then a second object of the same verb. */
const CARRIED_TOO_BETWEEN = /^(?:\s+(?:to|from|into|out\s+of)\s+[^.;:!?\d,]{1,40}?)?\s*,?\s+and\s+$/i;

/** A colon (and an article or "another") right before a count. */
const COLON_BEFORE = /:\s*(?:(?:the|another|some)\s+)?$/i;

/**
 * What the clause says once past a post-modifier of the counted phrase ("residents of villages near the
 * corridor have had to leave their homes"): the first reading `read` finds, nearest end first.
 */
function afterPostModifier<T>(
  sentence: string,
  counted: CountedPhrase,
  read: (at: number) => T | null,
): T | null {
  if (counted.end === counted.start) return null;
  for (const at of postModifierEnds(sentence, counted.clauseFrom)) {
    const found = read(at);
    if (found) return found;
  }
  return null;
}

const LABEL_OPENING = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}):\s/u;
/**
 * In a question-and-answer briefing, who answers each paragraph: "Leyla Abdullayeva: We regret …"
 * names the speaker of that answer until the next "Question:". By paragraph index.
 */
function answerersOf(text: string, sentences: Sentence[]): Map<number, ReporterMatch> {
  const answerers = new Map<number, ReporterMatch>();
  // Only a briefing asks questions: elsewhere "Name: …" is a heading or a caption.
  if (!/(?:^|\n)[ \t]*(?:Question|Q)\s*:/i.test(text)) return answerers;
  let current: ReporterMatch | null = null;
  let paragraph = -1;
  for (const s of sentences) {
    if (s.paragraph === paragraph) continue;
    paragraph = s.paragraph;
    const opening = text.slice(s.start, Math.min(s.end, s.start + 60));
    const label = LABEL_OPENING.exec(opening);
    if (/^(?:Question|Q)\s*:/i.test(opening)) current = null;
    else if (label && !/^(?:Answer|Question)\b/i.test(label[1]!))
      current = { text: label[1]!, start: s.start, end: s.start + label[1]!.length };
    if (current) answerers.set(paragraph, current);
  }
  return answerers;
}

/**
 * Every casualty count in a document: killed, wounded, missing, displaced and evacuated people,
 * with the hedge, what is counted, where, the period and who reports it, as the text says.
 */
export function extractFigures(
  text: string,
  docId: string,
  sentences: Sentence[],
  timeline: DocumentTimeline,
  statements: readonly Statement[] = [],
): Figure[] {
  const figures: Figure[] = [];
  // "over the past 24 hours" is no date of the timeline, but it is a figure's period and no count.
  const dated = timeline.spans
    ? [...timeline.mentions, ...timeline.spans].sort((a, b) => a.start - b.start)
    : timeline.mentions;
  let answerers: Map<number, ReporterMatch> | undefined;
  let signOff: string | null | undefined;
  let lastEstimate: Figure | null = null;
  const paragraphOf = new Map(sentences.map((x) => [x.index, x.paragraph]));
  const lookup = new FigureStatements(text, statements);
  // The sentences around, and the headline and lead: a piece about refugees tells of arrivals as an exodus.
  let lead: string | undefined;
  const around = (i: number) => {
    lead ??= sentences
      .slice(0, 2)
      .map((x) => text.slice(x.start, x.end))
      .join(' ');
    return `${[sentences[i - 1], sentences[i], sentences[i + 1]]
      .map((x) => (x ? text.slice(x.start, x.end) : ''))
      .join(' ')} ${lead}`;
  };
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const previous = i > 0 && sentences[i - 1]!.paragraph === sentence.paragraph ? sentences[i - 1]! : null;
    const s = text.slice(sentence.start, sentence.end);
    // Most sentences hold no number: they give no candidate, and are neither read nor kept.
    if (!mayHoldNumber(s)) continue;
    let refugees: boolean | undefined;
    const candidates = candidatesIn(
      s,
      mentionsWithin(dated, sentence.start, sentence.start + s.length).map((m) => ({
        start: m.start - sentence.start,
        end: m.end - sentence.start,
      })),
      () => (refugees ??= speaksOfRefugees(around(i))),
    );
    if (!candidates.length) continue;
    const previousText = previous ? text.slice(previous.start, previous.end) : '';
    // Read only once a candidate has a category: most sentences with numbers give no figure.
    let read: SentenceReading | undefined;
    const followsEstimate = lastEstimate?.sentence === sentences[i - 1]?.index;
    let parent: Figure | null = opensAsPart(s) && followsEstimate ? lastEstimate : null;
    // "The war killed more than 6,000 people. The ministry said 3,439 of them were soldiers."
    if (!parent && followsEstimate && candidates[0]?.counted.partitive) parent = lastEstimate;
    let previousHere: Figure | null = null;
    // Where each figure of this sentence stands in it, for a change told with its total.
    const spansHere = new Map<Figure, { from: number; end: number }>();
    for (const c of candidates) {
      let category = c.category;
      let partOf: string | undefined;
      // "The UN refugee agency put the figure at more than 80,000": the figure just given, in this
      // paragraph or the sentence right before (wire copy gives each sentence its own paragraph).
      // "2,000 more crossed, bringing the total past 50,000": a change just given counts the same thing.
      const named = figures.at(-1)?.kind ? figures.at(-1)! : lastEstimate;
      if (c.anaphoric && named) {
        const sameParagraph = paragraphOf.get(named.sentence) === sentence.paragraph;
        const justBefore = named.sentence === sentence.index || named.sentence === sentences[i - 1]?.index;
        if (sameParagraph || justBefore) category = named.category;
      }
      // "Armenia says 105 soldiers were killed. Baku says it lost 50": a side that lost a bare number, right
      // after a toll, lost that many of its own dead (within one sentence the candidates' own pass decides).
      if (
        !category &&
        lastEstimate?.category === 'killed' &&
        lastEstimate.sentence === previous?.index &&
        lostBare(c, s)
      )
        category = 'killed';
      // "of whom", "of them" refer to the count right before, itself maybe a part: "including 14
      // civilians (three of whom were children)" nests three in 14; "including" nests in the total.
      // So does "…, including 300 civilians, of whom 40 were children": a relative "of whom" before the number.
      const relative = OF_WHOM_BEFORE.test(s.slice(Math.max(0, c.from - 30), c.from));
      // "Among those killed were 35 civilians": the words name the whole, over the count just given.
      const among = c.kind
        ? null
        : amongTheCounted(s.slice(Math.max(0, c.from - 60), c.from), figures, (f) => {
            const gap = sentence.paragraph - (paragraphOf.get(f.sentence) ?? -Infinity);
            return gap >= 0 && gap <= 1;
          });
      const antecedent =
        (c.counted.partitive || relative) &&
        previousHere &&
        previousHere.category === (category ?? previousHere.category)
          ? previousHere
          : // "41 of the dead, including 6 children": with no whole before the sentence, the count just given.
            (parent ?? (c.nested && !c.counted.partitive ? previousHere : null));
      if (among && (!category || category === among.category)) {
        category = among.category;
        partOf = among.id;
      } else if (c.nested && antecedent && (!category || category === antecedent.category)) {
        category = antecedent.category;
        partOf = antecedent.id;
      } else if (c.nested && category && !c.counted.partitive && previousHere?.sentence === sentence.index) {
        // "93 civilians were killed and 416 wounded, among them 12 children killed": the part's own verb says
        // which of the wholes the sentence just gave it belongs to.
        partOf = latestWholeHere(figures, sentence.index, category)?.id;
      }
      if (!category) continue;
      // "One of them is in serious condition", "one of the dead civilians was a child": one person picked
      // from a group already counted is told about, not counted, unless a verb of its own befalls them
      // ("one of them later died").
      if (singleOfGroup(c, s)) continue;
      if (
        notCounted(category, {
          before: s.slice(Math.max(0, c.from - 40), c.from),
          afterNumber: s.slice(c.number.end, c.number.end + 60),
          counted: s.slice(c.counted.start, c.counted.clauseFrom),
          clause: s.slice(c.counted.clauseFrom, c.counted.clauseFrom + 40),
          ownVerb: c.via === 'after',
        })
      )
        continue;
      // "The war has claimed thousands of lives", "dozens are still missing": a vague amount has no
      // count to show (CONVENTIONS.md 22), whatever it counts.
      if (c.number.kind === 'vague') continue;
      if (isOrderOfMagnitude(c.number)) continue;
      // "At least 38 of the dead were conscripts": a part of the count of the dead just given.
      const ofThe = !partOf && !c.kind ? OF_THE_COUNTED.exec(s.slice(c.number.end, c.number.end + 40)) : null;
      if (ofThe) {
        // "142 of the injured had been flown to Yerevan": some of the hurt, moved, are no part of a count of
        // those moved just given ("17 patients evacuated"); the count of the hurt they are taken from is left
        // unnested, as the sets nest it only at times.
        const named = OF_THE_CATEGORY[ofThe[1]!.toLowerCase()];
        const moved = named !== undefined && named !== category;
        // "two of the dead civilians": a part of the part that counted civilians, when one was just given.
        for (let k = figures.length - 1; k >= 0 && !partOf && !moved; k--) {
          const f = figures[k]!;
          if (f.sentence !== sentence.index && f.sentence !== sentences[i - 1]?.index) break;
          if (f.category === category && !f.kind && !f.partOf) partOf = f.id;
        }
        // "The Ministry of Health said that 14 of the wounded were in a serious condition", paragraphs after
        // "more than 60 wounded": with no count of its kind near, the definite group is the last whole count
        // of that kind the text gave.
        if (!partOf && named === category) partOf = latestWholeBefore(figures, category)?.id;
        const noun = ofThe[2]?.toLowerCase();
        const part =
          noun && partOf
            ? figures.find((f) => f.partOf === partOf && lastWord(f.counted) === noun)
            : undefined;
        if (part) partOf = part.id;
      }
      // "of the injured, 168 were in a serious condition": the partitive fronted before the number names the
      // count of that kind the text last gave, in this paragraph or the two before.
      const frontedOf =
        !partOf && !c.kind ? FRONTED_OF_THE_BEFORE.exec(s.slice(Math.max(0, c.from - 40), c.from)) : null;
      if (frontedOf && OF_THE_CATEGORY[frontedOf[1]!.toLowerCase()] === category) {
        for (let k = figures.length - 1; k >= 0; k--) {
          const f = figures[k]!;
          if (sentence.paragraph - (paragraphOf.get(f.sentence) ?? -Infinity) > 2) break;
          if (f.category === category && !f.kind && !f.partOf) {
            partOf = f.id;
            break;
          }
        }
      }
      if (!partOf && !c.kind)
        partOf = wholeNamedAfter(
          s.slice(c.number.end, c.number.end + 60),
          category,
          figures,
          sentence.index,
        )?.id;
      const kind =
        c.kind ??
        (partOf
          ? undefined
          : incrementKind(
              c.increment,
              category,
              figures.at(-1),
              (f) => f.sentence === sentence.index || f.sentence === sentences[i - 1]?.index,
            ));

      const numberSpan = { start: sentence.start + c.from, end: sentence.start + c.number.end };
      const { places, sources, writtenPeriod, framing, standIn, toldAfter } = (read ??= readSentence(
        s,
        previous,
        previousText,
        text,
        sentences,
        i,
      ));
      const period = periodFor(text, sentence, writtenPeriod, dated, numberSpan, timeline.reference);
      const given = reporterFor(sources, c.from, c.number.end);
      // "by various estimates": the count's source is given, and it is no one; nothing carries over to it.
      const unnamed = given?.unnamed === true;
      const found = unnamed ? null : given;
      // "According to our information, …" in an answer is the answerer's own count, told below.
      // "…, Day.Az reports." in a piece signed "Day.Az": the paper's own voice names no source.
      if (signOff === undefined) signOff = signOffOf(text);
      const ownVoice = found !== null && signOff !== null && ownerOfData(found.text) === signOff;
      const own =
        ownVoice || unnamed
          ? null
          : found &&
              !/^(?:him|her|them|it|the\s+same\s+(?:sources?|figures|data|information|statement|report)|the\s+(?:statement|sources?))$/i.test(
                found.text,
              ) &&
              !FIRST_PERSON_DATA.test(found.text)
            ? found
            : (labelReporter(s) ?? null);
      // A source framing the sentence before ("According to the Azerbaijani side, …") carries over.
      const carried: ReporterMatch | null =
        own || ownVoice || unnamed || unnamedSourceBefore(s, c.from)
          ? null
          : (standIn ??
            toldAfter ??
            (framing && countsGoOn(figures, previous, framing, category) ? framing : null) ??
            (answerers ??= answerersOf(text, sentences)).get(sentence.paragraph) ??
            null);
      // A transcript's or interview's answer ("President Ilham Aliyev: - … mines have killed 68"): its
      // figures are the answerer's, as the statement read off the turn's label names him.
      const speaker = unnamed
        ? null
        : own || carried || ownVoice || unnamedSourceBefore(s, c.from)
          ? (own ?? carried) && lookup.roleHolder((own ?? carried)!.text, sentence.start)
          : lookup.quotedBy(numberSpan);
      const reporterText = own?.text ?? carried?.text ?? null;
      const bodyNamed = own && !speaker ? definiteBodyReporter(own.text, statements, numberSpan) : null;
      const ownReporterSpan = own ? { start: own.start, end: own.end } : null;
      const periodLocal = period.span
        ? { start: period.span.start - sentence.start, end: period.span.end - sentence.start }
        : null;
      let where: string | null =
        placeFor(s, places, c, [ownReporterSpan, periodLocal, { start: c.counted.start, end: c.counted.end }])
          ?.text ?? null;
      if (!where && previous && pointsBackToPlace(s)) where = findPlaces(previousText)[0]?.text ?? null;

      // "put their dead at more than 200, including about 25 civilians; Baku said …": a part told in the same
      // sentence as its total is given by the total's source, not by a speaker named after it.
      const whole = partOf ? figures.find((f) => f.id === partOf) : undefined;
      // A total no one is named for leaves its part to the source its own clause names ("… killed nearly 300,
      // and the Armenian government says more than 200 of them were Armenian").
      // "… said 100,617 people had arrived, and the UN refugee agency said about 30,000 of them were children":
      // a source named between the total and its part gives the part.
      const wholeSpan = whole ? spansHere.get(whole) : undefined;
      const ownBetween = !!own && !!wholeSpan && own.start >= wholeSpan.end && own.end <= c.from;
      const sameBreath =
        whole && whole.sentence === sentence.index && (whole.reporter !== null || !own) && !ownBetween
          ? whole
          : undefined;
      const { low, high } = boundsOf(c.number.value, c.number.kind, c.hedge, c.number.upper);
      const figure: Figure = {
        id: `${docId}#f${figures.length + 1}`,
        docId,
        category,
        number: { text: s.slice(c.from, c.number.end), hedge: c.hedge, value: c.number.value, low, high },
        counted: c.counted.end > c.counted.start ? s.slice(c.counted.start, c.counted.end) : null,
        ...(partOf ? { partOf } : {}),
        ...(kind ? { kind } : {}),
        where,
        period: { text: period.text, date: period.date },
        reporter: sameBreath
          ? sameBreath.reporter
          : speaker
            ? {
                entity: speaker.speaker,
                // "the minister" resolved to the one minister named before shows that minister's name.
                text:
                  PRONOUN_MENTION.test(speaker.mention) || own || carried
                    ? speaker.speaker.name
                    : speaker.mention,
              }
            : reporterText
              ? { entity: resolveReporter(reporterText, timeline), text: reporterText }
              : null,
        excerpt: { start: sentence.start, end: sentence.end },
        sentence: sentence.index,
      };
      // "The ministry said …": the body the statements resolved, shown by the words that named it.
      if (bodyNamed && !sameBreath) figure.reporter = bodyNamed;
      if (figure.reporter && !sameBreath) figure.reporter = withBodyMeant(figure.reporter, text, sentence, s);
      nestChangeWithTotal(figure, spansHere, s, c.from, c.number.end);
      spansHere.set(figure, { from: c.from, end: c.number.end });
      figures.push(figure);
      previousHere = figure;
      // A change or a rate is no estimate of a count: nothing is nested in it or put at its figure.
      if (!partOf && !kind) parent = lastEstimate = figure;
    }
  }
  readFromNextSentence(text, sentences, figures, timeline);
  nestSummedParts(figures);
  return figures;
}

/**
 * "21 more had been killed, bringing the toll to 244": the count before "bringing … to" is a part of
 * the total after it; "put the toll at 220, 22 more than a day earlier": the change is a part of the
 * total it is told of. Only the nearest figure of the same category in the sentence is taken.
 */
function nestChangeWithTotal(
  figure: Figure,
  spansHere: ReadonlyMap<Figure, { from: number; end: number }>,
  s: string,
  from: number,
  end: number,
): void {
  if (figure.partOf) return;
  const sameCategory = [...spansHere].filter(([f]) => f.category === figure.category);
  const before = sameCategory.at(-1);
  if (!before) return;
  const [other, span] = before;
  const between = s.slice(span.end, from);
  if (
    !figure.kind &&
    !other.partOf &&
    bringsCountTo(s.slice(Math.max(0, span.from - 12), span.from), between)
  )
    other.partOf = figure.id;
  else if (figure.kind === 'change') {
    // "65,036 people, including about 17,000 children, had crossed, a figure that rose by 15,000": the change
    // is told of the total, past the parts nested in it.
    let at = sameCategory.length - 1;
    while (at >= 0 && sameCategory[at]![0].partOf) at--;
    const total = sameCategory[at];
    if (!total || total[0].kind || sameCategory.slice(at + 1).some(([f]) => f.partOf !== total[0].id)) return;
    if (changeOfTotalBefore(s.slice(total[1].end, from), s.slice(end, end + 24))) figure.partOf = total[0].id;
  }
}

/** "the agency" reporting a figure, shown with the body it means: "the agency (ANAMA)". */
function withBodyMeant(
  reporter: NonNullable<Figure['reporter']>,
  text: string,
  sentence: Sentence,
  s: string,
): NonNullable<Figure['reporter']> {
  const at = s.toLowerCase().indexOf(reporter.text.toLowerCase());
  const meant = bodyAntecedent(reporter.text, text, sentence.start + Math.max(0, at), sentence.start);
  return meant ? { ...reporter, text: meant } : reporter;
}

/** What a sentence with figures says around them: places, sources, its period, who reports for it. */
interface SentenceReading {
  places: PlaceMatch[];
  sources: SentenceSources;
  writtenPeriod: PeriodMatch | null;
  framing: ReporterMatch | null;
  standIn: ReporterMatch | null;
  toldAfter: ReporterMatch | null;
}

/**
 * "At least 68 people have been killed … . That was what the region's health ministry stated.", "… . This
 * was announced on Thursday by the ministry.": the next sentence names who told the one before it, read
 * as the statements read it (sourceOfBefore.ts).
 */
function toldInNext(text: string, sentences: Sentence[], i: number): ReporterMatch | null {
  const next = sentences[i + 1];
  if (!next || next.paragraph !== sentences[i]!.paragraph) return null;
  const source = sourceOfSentenceBefore(text, next);
  if (!source) return null;
  const start = source.start - next.start;
  return { text: text.slice(source.start, source.end), start, end: start + source.end - source.start };
}

/**
 * What a sentence's words alone tell around its figures, kept per text as its candidates are
 * (keptCandidates.ts): wire copy repeats sentences word for word. Never changed by a reader.
 */
const wordsRead = keptPerText((s: string) => ({
  places: findPlaces(s),
  sources: sourcesIn(s),
  writtenPeriod: findPeriod(s),
}));
const attributedIn = keptPerText(attributedSources);

function readSentence(
  s: string,
  previous: Sentence | null,
  previousText: string,
  text: string,
  sentences: Sentence[],
  i: number,
): SentenceReading {
  // "He said more than 400 …", "According to him, 21 …": the source named in the sentence before.
  const pronoun = reportingPronoun(s);
  return {
    ...wordsRead(s),
    // "During the 44-day war in 2020, …": a sentence that opens with a time of its own leaves that frame.
    // Only a source that opens its sentence frames the next ("According to the Azerbaijani side, …"); one given
    // after a clause ("…, according to figures compiled by the International Crisis Group.") sources that clause.
    framing:
      previous && !OPENS_OTHER_TIME.test(s) && !namesOtherYear(s, previousText)
        ? (attributedIn(previousText)
            .filter((r) => !r.unnamed && !CLAUSE_BEFORE.test(previousText.slice(0, r.start)))
            .at(-1) ?? null)
        : null,
    // "Azerbaijan does not publish its losses; it says …": the subject of the clause the pronoun's is joined to.
    standIn: pronoun
      ? (subjectBeforeTrailingPronoun(s, pronoun, isPlaceName) ??
        subjectBeforeJoinedPronoun(s, pronoun) ??
        (i > 0 ? pronounStandIn(pronoun, text, sentences, i) : null))
      : null,
    toldAfter: toldInNext(text, sentences, i),
  };
}

/**
 * Who "he", "she" or "it" reporting in sentence i stands for: the source named last in the sentence before;
 * when that sentence, in the same paragraph, names no one at all (the writer's own words: "That is up by
 * 20,000 on Wednesday's figure."), the one before it. Never further: a change of speaker needs evidence.
 */
function pronounStandIn(
  pronoun: string,
  text: string,
  sentences: Sentence[],
  i: number,
  depth = 0,
): ReporterMatch | null {
  const before = sentences[i - 1]!;
  const beforeText = text.slice(before.start, before.end);
  const found = pronounAntecedent(pronoun, beforeText);
  // "Baghdasaryan said … . Of them, 30,000 are children, she added. At the peak …, she said.": the same
  // pronoun reporting in the sentence before goes on with the same speaker, named further back.
  const chained = reportingPronoun(beforeText);
  if (!found && chained && PRONOUN_CASE[chained] === PRONOUN_CASE[pronoun] && i >= 2 && depth < 3)
    return pronounStandIn(pronoun, text, sentences, i - 1, depth + 1);
  const earlier = sentences[i - 2];
  if (found || !earlier || earlier.paragraph !== sentences[i]!.paragraph || namesSource(beforeText))
    return found;
  return pronounAntecedent(pronoun, text.slice(earlier.start, earlier.end));
}

/** Subject and object forms of one pronoun: "she said" continues "according to her". */
const PRONOUN_CASE: Record<string, string> = {
  he: 'he',
  him: 'he',
  she: 'she',
  her: 'she',
  they: 'they',
  them: 'they',
  it: 'it',
};

const PRONOUN_MENTION = /^(?:he|she|they|it|we|i|you|him|her|them)$/i;
/**
 * "… 32 people have been killed. This was informed by the ombudsman Gegham Stepanyan.": agency copy in
 * translation names the source of the sentence before in a passive of its own ("This was reported to
 * Report.az by …": a site's name keeps its dot). Only a sentence that is nothing but that, and only for
 * figures whose own sentence names no source.
 */
const SOURCE_OF_BEFORE =
  /^\s*(?:This|That|It|These\s+(?:figures|data)|This\s+information)\s+(?:was|were|has\s+been|have\s+been|is)\s+(?:also\s+)?(?:informed|reported|announced|stated|confirmed|disclosed|said|told)(?:\s+to\s+(?:[^,.;:!?]|\.(?=\w)){1,40}?)?(?:\s+(?!by\b)\p{L}+){0,4}?\s+by\s+/u;

/** "The figures, as of Thursday, were released by …": the sentence after a count dates it. */
const SAME_FIGURES =
  /^\s*(?:The|These|Those)\s+(?:figures|numbers|tolls?|data|counts?|totals?|casualty\s+figures)\b/;

/** The sentence after a figure's may date it or name its source (see SAME_FIGURES, SOURCE_OF_BEFORE). */
function readFromNextSentence(
  text: string,
  sentences: Sentence[],
  figures: Figure[],
  timeline: DocumentTimeline,
): void {
  const position = new Map(sentences.map((s, i) => [s.index, i]));
  for (const f of figures) {
    if (f.period.text && f.reporter) continue;
    const next = sentences[(position.get(f.sentence) ?? -2) + 1];
    if (!next) continue;
    const nextText = text.slice(next.start, next.end);
    if (!f.period.text) datedByNextSentence(f, next, nextText, timeline);
    if (!f.reporter) sourcedByNextSentence(f, nextText, timeline);
  }
}

function sourcedByNextSentence(f: Figure, nextText: string, timeline: DocumentTimeline): void {
  const by = SOURCE_OF_BEFORE.exec(nextText);
  if (!by) return;
  const source = nextText
    .slice(by[0].length)
    .replace(/[.!]\s*$/, '')
    .trim();
  if (source.length < 3 || source.length > 120 || /[,;:]/.test(source)) return;
  f.reporter = { entity: resolveReporter(source, timeline), text: source };
}

function datedByNextSentence(f: Figure, next: Sentence, nextText: string, timeline: DocumentTimeline): void {
  if (!SAME_FIGURES.test(nextText)) return;
  const period = findPeriod(nextText);
  if (!period || !/^as\s+of\b/i.test(period.text)) return;
  const start = next.start + period.start;
  f.period = {
    text: period.text,
    date: mentionOverlapping(timeline.mentions, start, next.start + period.end)?.date ?? null,
  };
}

/**
 * "According to the ministry, around 2,600 people were taken to safer places. At least three civilians were
 * injured.": a framed report carries to the next sentence only while it counts the same kind of thing (people
 * harmed — killed, wounded, missing — or people moved); a count of another kind than every figure the frame
 * gave is no longer the frame's report ("five soldiers were killed. Twelve more were wounded" goes on). A
 * frame that gave no figure carries as before.
 */
function countsGoOn(
  figures: Figure[],
  previous: Sentence | null,
  framing: ReporterMatch,
  category: Figure['category'] | null,
): boolean {
  if (!previous || !category) return true;
  const framed = figures.filter((f) => f.sentence === previous.index && f.reporter?.text === framing.text);
  return framed.length === 0 || framed.some((f) => countedKind(f.category) === countedKind(category));
}

function countedKind(category: Figure['category']): 'moved' | 'harmed' {
  return category === 'displaced' || category === 'evacuated' ? 'moved' : 'harmed';
}
