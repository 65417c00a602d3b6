import { allMatches } from '../statements/allMatches.ts';
import { DATA_BY_WORDS, wordsExcept } from '../statements/lexicon.ts';
import type { FigureCategory } from '../types.ts';

/**
 * Whether a number counts casualties, and of which kind. A number is a casualty figure when
 * what it counts says so ("20,000 refugees", "1.5 million displaced"), when the clause after it
 * does ("Six people were killed", "27 people died", "30 thousand people dead"), or when the words
 * right before it do ("killing 12 soldiers", "evacuated about 500 people", "the death of one
 * resident", "the death toll rose to 32"). Everything else ("60 combat positions") is not.
 * Offsets are relative to the sentence.
 */

export interface CountedPhrase {
  /** What is counted, as written ("employees of the Ministry of Internal Affairs of Azerbaijan"). */
  start: number;
  end: number;
  /** Lower-cased head noun, the last word before any "of": "employees", "positions". */
  head: string | null;
  /** Category implied by the phrase itself: "refugees", "dead", "displaced people". */
  marker: FigureCategory | null;
  /** Where the clause after the phrase begins (the phrase end, or past a bare marker). */
  clauseFrom: number;
  /** "five of them", "of whom three": the count is part of a figure already given. */
  partitive: boolean;
}

/** Adjectives that name what happened to people counted: "the dead", "killed", "displaced". */
export const MARKER_ADJECTIVES: Record<string, FigureCategory> = {
  dead: 'killed',
  killed: 'killed',
  wounded: 'wounded',
  injured: 'wounded',
  missing: 'missing',
  displaced: 'displaced',
};
const MARKER_NOUNS: Record<string, FigureCategory> = {
  deaths: 'killed',
  fatalities: 'killed',
  bodies: 'killed',
  martyrs: 'killed',
  dead: 'killed',
  injuries: 'wounded',
  refugees: 'displaced',
  idps: 'displaced',
  'asylum-seekers': 'displaced',
  evacuees: 'evacuated',
};

/** Words that end a noun phrase: verbs, auxiliaries, prepositions other than "of", conjunctions. */
const PHRASE_STOPS = new Set([
  'have',
  'has',
  'had',
  'were',
  'was',
  'are',
  'is',
  'be',
  'been',
  'being',
  'will',
  'would',
  'could',
  'may',
  'might',
  'must',
  'should',
  'can',
  'did',
  'do',
  'does',
  'who',
  'that',
  'which',
  'whom',
  'whose',
  'and',
  'or',
  'but',
  'nor',
  'while',
  'as',
  'when',
  'where',
  'after',
  'before',
  'since',
  'during',
  'in',
  'on',
  'at',
  'from',
  'to',
  'into',
  'by',
  'with',
  'near',
  'over',
  'under',
  'across',
  'for',
  'amid',
  'including',
  'among',
  'per',
  'than',
  'there',
  'here',
  'also',
  'reportedly',
  'already',
  'now',
  'so',
  'still',
  'each',
  'respectively',
  'according',
  'because',
  'if',
  'then',
  'remain',
  'remained',
  'remains',
  'fled',
  'died',
  'dies',
  'die',
  'perished',
  'left',
  'went',
  'arrived',
  'ran',
  'lost',
  'became',
  'got',
  'out',
  'inside',
  'outside',
  'throughout',
  'last',
  'this',
  'yesterday',
  'today',
  'tonight',
  'said',
  'says',
  'told',
  'reported',
  'a',
  'an',
  // irregular verbs the -ed rule misses: "the evacuation of 300 residents began on Monday"
  'began',
  'begun',
  'begin',
  'begins',
  // "12 bodies found in Jabrayil": a participle, not a noun of what is counted
  'found',
  'came',
  'come',
  'comes',
  'took',
  'take',
  'make',
  'made',
  'went',
  'fell',
  'rose',
  'flee',
  'need',
  'needs',
  'live',
  'face',
  'faces',
  'sought',
  'gave',
  'kept',
  'spent',
  'slept',
  'stood',
  'sat',
  'ago',
  // present-tense movement: "1,000 more people cross the bridge every hour"
  'cross',
  'crosses',
  'arrive',
  'arrives',
  'enter',
  'enters',
  'reach',
  'reaches',
  'overnight',
  'daily',
  'hourly',
  'weekly',
]);

/** Heads that are never people: a count of them is not a casualty figure whatever the verb. */
const NOT_PEOPLE = new Set([
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'hour',
  'hours',
  'minute',
  'minutes',
  'second',
  'seconds',
  'decade',
  'decades',
  'century',
  'centuries',
  'time',
  'times',
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'metres',
  'meters',
  'hectares',
  'tons',
  'tonnes',
  'kg',
  'percent',
  'points',
  'positions',
  'position',
  'posts',
  'villages',
  'village',
  'towns',
  'settlements',
  'cities',
  'houses',
  'homes',
  'buildings',
  'apartments',
  'schools',
  'hospitals',
  'vehicles',
  'cars',
  'car',
  'trucks',
  'buses',
  'tanks',
  'drones',
  'aircraft',
  'planes',
  'helicopters',
  'rockets',
  'missiles',
  'shells',
  'rounds',
  'artillery',
  'guns',
  'weapons',
  'mines',
  'countries',
  'states',
  'articles',
  'resolutions',
  'attempts',
  'occasions',
  'war',
  'wars',
  'conflict',
  'conflicts',
  'clashes',
  'attacks',
  'strikes',
  'incidents',
  'battles',
  'offensive',
  'operations',
  'ceasefires',
  'meetings',
  'talks',
  'rounds',
  'dollars',
  'euros',
  'manat',
  'drams',
  'roubles',
  'rubles',
  'units',
  'pieces',
  'items',
  'trucks',
  'convoys',
  'checkpoints',
  'roads',
  'bridges',
  'kilometre',
  'kilometer',
  'mile',
  'storeys',
  'floors',
  'pages',
  'documents',
  'votes',
  'seats',
  'sides',
  'parties',
  'tonne',
  'lorries',
  'lorry',
  'flights',
  'routes',
  'regions',
  'districts',
  'provinces',
  'areas',
  'sites',
  'targets',
  'objects',
  'facilities',
  'shots',
  'explosions',
  'bombs',
]);

const WORD_AFTER = /\s+((?:[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=\p{L}))*))/uy;
/** The first word, maybe after an opening quote: 13,350 "forcibly displaced persons" (an official term quoted). */
const FIRST_WORD_AFTER = /\s+["“]?((?:[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=\p{L}))*))/uy;

const CAPITALISED = /^\p{Lu}/u;
function isCapitalised(word: string): boolean {
  return CAPITALISED.test(word);
}

const ADVERB_OR_OF_THE = /^(?:of|the|most|very|\p{L}+ly)$/iu;
/** Nothing counted written yet: only "of", "the" and adverbs ("internally"). Asked only when a marker may follow. */
const noContentYet = (words: readonly { text: string }[]) =>
  words.every((w) => ADVERB_OR_OF_THE.test(w.text));

const SIDE_AFTER = /^\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+side)?/u;
/** " Azerbaijani soldiers": a capitalised word, then a lower-case one. */
const ADJECTIVE_THEN_NOUN = /^\s+\p{Lu}[\p{L}'’-]*\s+\p{Ll}/u;
/** The noun phrase right after a number: "people", "resident of the city of Shusha". */
export function countedAfter(sentence: string, from: number): CountedPhrase {
  const words: { text: string; start: number; end: number }[] = [];
  let marker: FigureCategory | null = null;
  let markerEnd = from;
  let partitive = false;
  let pos = from;
  for (let i = 0; i < 14; i++) {
    const wordAfter = i === 0 ? FIRST_WORD_AFTER : WORD_AFTER;
    wordAfter.lastIndex = pos;
    const m = wordAfter.exec(sentence);
    if (!m) break;
    const word = m[1]!;
    const lower = word.toLowerCase();
    const start = m.index + m[0].length - word.length;
    const end = start + word.length;
    if (lower === 'of') {
      if (words.length === 0 && /^\s+(?:them|whom|those|these)\b/i.test(sentence.slice(end))) {
        partitive = true;
        break;
      }
      words.push({ text: word, start, end });
      pos = end;
      continue;
    }
    if (lower === 'the' && words.length > 0 && words[words.length - 1]!.text.toLowerCase() === 'of') {
      words.push({ text: word, start, end });
      pos = end;
      continue;
    }
    if (/^\d/.test(word)) break;
    // "the two sides exchange the bodies": an article after the noun, with no "of" before it, opens a new phrase.
    if (lower === 'the' && words.length > 0) break;
    // "40 Armenian and Azerbaijani soldiers": two peoples' adjectives joined before one noun.
    if (
      lower === 'and' &&
      words.length > 0 &&
      isCapitalised(words[words.length - 1]!.text) &&
      !words.some((w) => w.text.toLowerCase() === 'of') &&
      ADJECTIVE_THEN_NOUN.test(sentence.slice(end, end + 60))
    ) {
      words.push({ text: word, start, end });
      pos = end;
      continue;
    }
    // "five from Azerbaijan were killed": a count with no noun of its own, counted by its side.
    if (words.length === 0 && lower === 'from') {
      const side = SIDE_AFTER.exec(sentence.slice(end));
      if (side) {
        const sideEnd = end + side[0].length;
        words.push(
          { text: word, start, end },
          { text: side[0].trim(), start: sideEnd - side[0].trimStart().length, end: sideEnd },
        );
        pos = sideEnd;
        break;
      }
    }
    // "Thousands more joined the exodus", "two more soldiers": "more" adds to a count, it is not counted.
    if (i === 0 && lower === 'more' && !/^\s+than\b/i.test(sentence.slice(end))) {
      pos = end;
      markerEnd = end;
      continue;
    }
    if (!marker && lower in MARKER_ADJECTIVES && noContentYet(words)) {
      marker = MARKER_ADJECTIVES[lower]!;
      markerEnd = end;
      pos = end;
      // "displaced people" keeps the adjective in what is counted; "1.5 million displaced" has none.
      WORD_AFTER.lastIndex = end;
      const next = WORD_AFTER.exec(sentence);
      const nextWord = next?.[1]?.toLowerCase() ?? '';
      if (
        next &&
        nextWord &&
        !PHRASE_STOPS.has(nextWord) &&
        !(nextWord in MARKER_ADJECTIVES) &&
        !/(?:ed|ing|ly)$/.test(nextWord)
      ) {
        words.push({ text: word, start, end });
        continue;
      }
      words.length = 0; // "1.5 million internally displaced": nothing but the marker is written
      break;
    }
    // "forcibly displaced persons", "internally displaced people": the adverb belongs to the marker;
    // "seriously ill people", "critically sick patients": to the adjective of illness it grades.
    if (!marker && /ly$/.test(lower) && noContentYet(words)) {
      WORD_AFTER.lastIndex = end;
      const next = WORD_AFTER.exec(sentence)?.[1]?.toLowerCase() ?? '';
      if (next in MARKER_ADJECTIVES || next === 'ill' || next === 'sick') {
        words.push({ text: word, start, end });
        pos = end;
        continue;
      }
    }
    if (PHRASE_STOPS.has(lower) || lower in MARKER_ADJECTIVES) break;
    const forcedMigrants = lower === 'forced' && /^\s+migrants\b/i.test(sentence.slice(end));
    if (!isCapitalised(word) && /(?:ed|ing|ly)$/.test(lower) && !(lower in MARKER_NOUNS) && !forcedMigrants)
      break;
    words.push({ text: word, start, end });
    pos = end;
  }
  while (words.length && ['of', 'the'].includes(words[words.length - 1]!.text.toLowerCase())) words.pop();
  // "dozens of people", "one of the soldiers": what is counted follows the "of".
  let first = 0;
  while (first < words.length && ['of', 'the'].includes(words[first]!.text.toLowerCase()) && first < 2)
    first++;
  if (first > 0 && words[0]!.text.toLowerCase() !== 'of') first = 0;
  const kept = words.slice(first);
  const ofAt = kept.findIndex((w) => w.text.toLowerCase() === 'of');
  const headWord = ofAt > 0 ? kept[ofAt - 1] : kept[kept.length - 1];
  const head = headWord ? headWord.text.toLowerCase() : null;
  if (!marker && head && head in MARKER_NOUNS) marker = MARKER_NOUNS[head]!;
  // "forced migrants", the Russian-language term for people displaced.
  if (!marker && head === 'migrants' && kept.some((w) => /^forc(?:ed|ibly)$/i.test(w.text)))
    marker = 'displaced';
  const onlyMarker = kept.length === 0;
  return {
    start: onlyMarker ? from : kept[0]!.start,
    end: onlyMarker ? from : kept[kept.length - 1]!.end,
    head,
    marker,
    clauseFrom: onlyMarker ? markerEnd : Math.max(kept[kept.length - 1]!.end, markerEnd),
    partitive,
  };
}

export function countsPeople(phrase: CountedPhrase): boolean {
  return !(phrase.head && NOT_PEOPLE.has(phrase.head));
}

// ---- the clause after the counted phrase -------------------------------------------------

/** "a day", "every hour", "per week": what makes a count a rate. */
const RATE_UNIT = String.raw`(?:an?|every|each|per)\s+(?:single\s+)?(?:hour|day|night|week|month|minute)`;
// "may have died", "might have been killed": a modal of the past perfect hedges a count already befallen
// (a modal before a bare verb, "could be displaced", or "may have to leave" foretells one and is no figure).
const FILLER = String.raw`(?:who|that|which|(?:may|might|could)(?=\s+have\s+(?!to\b))|have|has|had|were|was|are|is|be|been|being|reportedly|already|also|now|since|so\s+far|later|then|all|both|allegedly|officially|initially|subsequently|eventually|ultimately|confirmed|reported|believed|feared|said|thought|known|estimated|presumed|understood|to|still|remain|remained|remains|left|got|in\s+total|in\s+all|altogether|apparently|either|each|[a-z]+ly|listed\s+as|registered\s+as|recorded\s+as|found|as(?=\s+(?:missing|dead|killed|wounded|injured)\b)|among\s+(?:those|the)|considered|declared|inside|aboard|onboard|${RATE_UNIT})`;
const TERMS: [string, FigureCategory][] = [
  [String.raw`fatally\s+(?:wounded|injured|shot)`, 'killed'],
  [
    // "became martyrs", "had become martyrs", "fell as martyrs": the Azerbaijani and Turkish way of saying soldiers died.
    String.raw`killed|died|dies|die|dead|perished|slain|martyred|(?:became|become|fell\s+as)\s+martyrs|murdered|executed|massacred|lost\s+(?:their|his|her)\s+li(?:ves|fe)`,
    'killed',
  ],
  [
    // "sustained injuries", "suffered shrapnel wounds", "received injuries of varying severity"; "remained in
    // critical condition", a verb's own, tells of the hurt ("20 of them remained in critical condition"), where a
    // bare modifier only describes those counted ("evacuated 700 patients, including 30 in critical condition").
    // Two grades may be joined: "were in a serious or critical condition".
    String.raw`wounded|injured|hurt|maimed|hospitali[sz]ed|treated\s+for\s+(?:burns|wounds|injuries|gunshot\s+wounds|shrapnel\s+wounds)|(?:sustained|suffered|received)\s+(?:(?:serious|severe|minor|light|slight|moderate|critical|grave|life-threatening|gunshot|shrapnel|bodily|multiple|various)\s+){0,2}(?:injuries|wounds)|(?<=\b(?:remain|remains|remained|are|is|was|were|be|been|being|stay|stays|stayed)\s+)in\s+(?:a\s+)?(?:critical|serious|grave|life-threatening)(?:\s+(?:or|and)\s+(?:critical|serious|grave|life-threatening))?\s+condition`,
    'wounded',
  ],
  [String.raw`(?:went\s+|gone\s+)?missing|unaccounted\s+for|disappeared`, 'missing'],
  [
    String.raw`fled|flee|fleeing|displaced|uprooted|homeless|expelled|deported|forced\s+(?:out|from\s+their\s+homes|to\s+(?:flee|leave))|(?:left|leave)\s+(?:their\s+homes|for\b)|crossed\s+(?:from\s+[A-Z][\w'’-]*\s+)?(?:into|the\s+border)|(?:sought|taken|take|took)\s+refuge|became\s+(?:refugees|(?:internally\s+)?displaced(?:\s+persons)?|IDPs|homeless)|(?<=\b(?:registered|listed|recorded)\s+as\s+)(?:refugees|(?:internally\s+)?displaced\s+persons|IDPs)|abandoned\s+(?:their|his|her)\s+(?:homes?|houses?|villages?)|joined\s+(?:the|an?)\s+(?:[a-z]+\s+)?(?:exodus|flight)`,
    'displaced',
  ],
  // "were transferred to Yerevan by helicopter": moved by air, a medical evacuation; "brought in by ambulances": by road.
  [
    // "were moved to Vardenis", "had been moved from 16 villages": moved by others (a passive only, see
    // predicateAfter; "residents moved to Armenia" of their own accord are displaced, movementAfter).
    String.raw`evacuated|airlifted|flown\s+out|moved\s+(?:to|from|out\s+of)\s|(?:taken|moved|brought|bused|ferried)\s+to\s+safety|(?:transferred|taken|moved|flown|transported|brought)\s+(?:to|out\s+of)\s+[^.;:,!?\d"“”]{1,40}?\s+by\s+(?:helicopter|air|plane|air\s+ambulance)|(?:transferred|taken|transported|brought|carried|driven)\s+(?:in\s+|out\s+)?by\s+(?:[a-z]+\s+)?ambulances?`,
    'evacuated',
  ],
  // "more than 290 had been taken to hospital": the hurt, in local care. After the evacuations, so that
  // "taken to hospital in Yerevan by helicopter" stays one.
  [String.raw`(?:taken|rushed|admitted|brought)\s+to\s+(?:(?:a|the)\s+(?:local\s+)?)?hospital`, 'wounded'],
];
const NUMBER_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|many|most|some|all)`;
/**
 * An aside between what is counted and its verb, set off by commas, dashes or brackets: "about
 * 70,000 people, roughly half the population, had been displaced", "100,000 people – more than
 * 80% of the population – have fled", "6,500 people (a tenth of the population) have crossed".
 * A part may be a list with commas of its own ("more than 10,000 people, among them women, children and the
 * elderly, had been evacuated").
 * Numbers are allowed in a comma aside only when it gives a part ("including 300 children") or an age
 * ("one civilian, 76-year-old Aziz Azizov, was killed").
 */
const ASIDE = String.raw`(?:\s*,[^,.;:!?\d"“”]{1,60},|\s*,\s*(?:an?\s+)?\d{1,3}-year-old\s[^,.;:!?\d"“”]{1,50},|\s*,\s*(?:\d[\d,.]*|${NUMBER_WORD})\s+of\s+(?:them|whom)\b[^,.;:!?"“”]{0,40},|\s*,\s*(?:including|among\s+them|among\s+whom|of\s+whom|mostly|most\s+of\s+them|many\s+of\s+them)\s(?:[^,.;:!?"“”]|\d[,.]\d){1,60},|\s*,\s*(?:including|among\s+them|among\s+whom|mostly|many\s+of\s+them)\s+(?:[^,.;:!?\d"“”]{1,30},\s+){1,4}(?:[^,.;:!?\d"“”]{1,30}?\s)?(?:and|or)\s+[^,.;:!?\d"“”]{1,30},|\s*[–—]\s*[^–—.;:!?"“”]{1,100}?\s*[–—]|\s+-\s+[^.;:!?"“”-]{1,60}?\s+-|\s*\([^()]{1,80}\))?`;
/** Whose the count is, right after it: "five from Azerbaijan", "21 on the Armenian side". */
const SIDE = String.raw`(?:\s+(?:from|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+side)?)?`;
/**
 * "27 civilians and soldiers have been killed", "24 civilians and servicemen": a second plural noun shares the
 * count and the verb. "two journalists and a local official were killed": so does a second conjunct of its own
 * (an article, up to two modifiers, its noun), which the count does not number.
 */
const SECOND_NOUN = String.raw`\s+(?:and|or)\s+(?!(?:was|is|has|as|this|thus|always|perhaps)\b)(?:[a-z]{2,}s|[a-z]{2,}men|people|children|(?:an?|the)\s+(?:[a-z-]{2,}\s+){0,2}?[a-z]{2,})(?=\s)`;
const AND_NOUN = `(?:${SECOND_NOUN})?`;
const SECOND_NOUN_AT = new RegExp(`^${SECOND_NOUN}`);

/** The end of "and soldiers" right at `from`, when a second noun shares the count: what is counted runs to it. */
export function secondNounEnd(sentence: string, from: number): number | null {
  const m = SECOND_NOUN_AT.exec(sentence.slice(from, from + 40));
  return m ? from + m[0].length : null;
}
const PREDICATE = new RegExp(
  // "100,000 people—almost the entire population—have fled": a closing dash may touch the next word.
  String.raw`^${AND_NOUN}${ASIDE}${SIDE}((?:(?:\s+|(?<=[–—]))${FILLER}\b)*)(?:\s+|(?<=[–—]))(${TERMS.map(([t]) => `(${t})`).join('|')})\b`,
  'i',
);
const PASSIVE_AUXILIARY = /\b(?:were|was|been|being|be|are|is)\b/i;
const TRANSITIVE =
  /^(?:killed|wounded|injured|hurt|evacuated|displaced|expelled|deported|murdered|executed|massacred|airlifted)$/i;
const ACTIVE_OBJECT =
  /^\s+(?:(?:at\s+least|about|more\s+than|nearly|almost|some|over|up\s+to|around)\s+)?(?:\d|(?:a|an|the|their|its|his|her|dozens|hundreds|thousands|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b)/i;
const AUXILIARY_IN = /\b(?:have|has|had|were|was|are|is|be|been|being)\b/i;
const RELATIVE_PARTICIPLE = /^(?:killed|wounded|injured|hurt|displaced|evacuated|airlifted)$/i;
const FINITE_AFTER_RELATIVE = new RegExp(
  String.raw`^[^,;.:!?"“”]{0,60}?\s(?:had|have|has|were|was)\s+(?:(?:since|later|then|also|been)\s+)*(?:${TERMS.map(([t]) => `(${t})`).join('|')})\b`,
  'i',
);
/** "killed or wounded", "dead and injured", "killed or gone missing": a combined toll, which none of our categories is. */
const COMBINED_AFTER =
  /^\s+(?:or|and|and\/or)\s+(?:(?:gone|went|were|was|been|are|is|reported|declared|listed)\s+)?(?:wounded|injured|missing)\b/i;

/**
 * "have left Nagorno-Karabakh", "left the region", "left the border villages": leaving a named place or an
 * area (a word or two may classify it) is displacement.
 */
const LEFT_PLACE = new RegExp(
  String.raw`^${ASIDE}(?:\s+${FILLER.replace('|left|', '|')}\b)*\s+left\s+(?:\p{Lu}|the\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:region|enclave|area|country|city|town|village|republic|(?:districts|villages|towns|areas|territories)\b(?!\s+to\b))\b)`,
  'u',
);

/** "400 troops crossed into the region", "32 servicemen held in Baku crossed into Armenia": armed men who move are deployed, withdrawn or handed over, never displaced. */
const ARMED = new Set([
  'peacekeepers',
  'troops',
  'soldiers',
  'servicemen',
  'fighters',
  'officers',
  'policemen',
  'guards',
]);
export function armedHead(phrase: CountedPhrase): boolean {
  return phrase.head !== null && ARMED.has(phrase.head);
}

/** Those who act on others (send, evacuate, report, guard) rather than suffer: never counted as displaced by a verb of movement. */
const ACTORS = new Set([
  'peacekeepers',
  'troops',
  'soldiers',
  'servicemen',
  'fighters',
  'militants',
  'mercenaries',
  'officers',
  'police',
  'policemen',
  'guards',
  'journalists',
  'reporters',
  'correspondents',
  'diplomats',
  'officials',
  'observers',
  'monitors',
  'volunteers',
  'doctors',
  'medics',
  'rescuers',
  'workers',
  'staff',
  'personnel',
  'delegates',
  'delegation',
  'tourists',
  'lawmakers',
  'deputies',
  'ministers',
  'experts',
  'specialists',
  'employees',
  'protesters',
  'demonstrators',
  'supporters',
  'fans',
  'units',
]);

/** Verbs of moving in a flow: with a people count they tell an exodus only by where they lead. */
const FLOW = String.raw`streamed|poured|flooded|flocked|spilled|surged|trekked|headed|drove|walked|moved|escaped|fled`;
const ARRIVE = String.raw`${FLOW}|arrived|arriving|arrive|entered|entering|reached|came|come|relocated|resettled|settled|crossed|crossing|cross|made\s+(?:their|its)\s+way|been\s+(?:registered|resettled|relocated|housed|accommodated|received)|registered`;
const CLAUSE_START = String.raw`^${ASIDE}(?:\s+${FILLER}\b)*\s+`;
/** "streamed out of Nagorno-Karabakh", "poured from the enclave": leaving a named place or a region. */
const LEAVING = new RegExp(
  String.raw`${CLAUSE_START}(?:${FLOW})\s+(?:out\s+of|from)\s+(?:\p{Lu}|the\s+(?:region|enclave|territory|area|republic|country)\b)`,
  'u',
);
/** "poured into Armenia", "have arrived in Goris", "arrived there": arriving, which is an exodus only where refugees are spoken of. */
const ARRIVING = new RegExp(
  String.raw`${CLAUSE_START}(?:${ARRIVE})(?:(?:\s+(?:in|into|to|across|at|over|through|towards?|from))?\s+(?:\p{Lu}|the\s+(?:(?:border|country|republic|region|enclave|territory)\b|\p{Lu})|there\b)` +
    // "Nearly 2,000 more arrived on Tuesday": no place, but a time or the clause's end.
    String.raw`|\s*[,.;]|\s+(?:on|by|overnight|since|so\s+far|yesterday|today|this|last|earlier|later|in\s+the\s+(?:past|last)|${RATE_UNIT})\b)`,
  'u',
);
/**
 * "more than 100,000 people, almost the entire population, have now left.": left, with no place, after "have"
 * (without it, "300 people left" may be those remaining); an exodus only where refugees are spoken of.
 */
const HAVE_LEFT = new RegExp(
  String.raw`^${ASIDE}\s+(?:have|has|had)(?:\s+(?:now|already|since|so\s+far|all|reportedly))*\s+left(?=\s*[,.;]|\s+(?:on|by|since|so\s+far|in\s+(?:total|all)|overnight|yesterday|today)\b)`,
  'u',
);
/**
 * "more than 100,000 people, nearly the entire Armenian population of the region, left in less than a week": an
 * aside that measures the count against the population makes a bare "left" an exodus, as "have left" is.
 */
const POPULATION_LEFT =
  /^\s*,[^,.;:!?\d"“”]{1,80}\bpopulation\b[^,.;:!?\d"“”]{0,40},\s+left(?=\s*[,.;]|\s+(?:in|within|on|by|over|after|during|for|overnight|\p{Lu})\b)/u;
/** A population, not a group acting or visiting: those who, moved away in numbers, were uprooted. */
const POPULATION = new Set([
  'people',
  'persons',
  'residents',
  'inhabitants',
  'civilians',
  'families',
  'villagers',
  'armenians',
  'azerbaijanis',
]);
/**
 * The verbs of leaving, crossing or arriving that move a population out of its place, past or perfect,
 * with no help from the sentences around: "have (now) left", "arrived in", "reached", "crossed into",
 * "crossed the (Hakari) bridge into", "moved to". Not "came" (to a vigil) nor "headed", nor a habit ("cross the border every day"), nor a visit
 * ("arrived in Tbilisi for the festival").
 */
/** "for the festival", "to attend the summit": a visit's purpose, not flight. */
const VISIT = String.raw`for\s+(?:the|a|an)\s+(?!first\b|last\b|past\b|next\b)[\p{L}-]+|to\s+(?:attend|visit|watch|celebrate|take\s+part|mark|see)`;
const UPROOTED = new RegExp(
  String.raw`${CLAUSE_START}(?:(?:have|has|had)(?:\s+(?:now|already|since|so\s+far|all|reportedly))*\s+left(?=\s*[,.;]|\s+(?:on|by|since|so\s+far|in\s+(?:total|all)|overnight|yesterday|today)\b)|crossed\s+the\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:bridge|border|frontier)\s+into\s+\p{Lu}|(?:arrived|reached|crossed|relocated|moved)(?:\s+(?:in|into|to))?\s+(?:\p{Lu}|the\s+(?:country|republic)\b))(?![^.;]{0,60}\b(?:${RATE_UNIT}|${VISIT})\b)`,
  'u',
);
/**
 * The verbs LEAVING, ARRIVING and HAVE_LEFT need, found anywhere: most counts' clauses hold none, and the
 * three patterns work through the aside and filler words at the clause's start before they fail.
 */
const MAY_MOVE = new RegExp(String.raw`${ARRIVE}|left`, 'u');
/**
 * "The two Azerbaijanis crossed into Armenia in April and were detained", "two soldiers had been held since
 * April, when he crossed the border": those counted were taken in custody, not uprooted; the crossing is
 * how they were caught.
 */
const DETAINED =
  /\b(?:were|was|been|being|are|is)\s+(?:\p{L}+ly\s+)?(?:detained|arrested|captured|held|caught|jailed|imprisoned)\b/u;
/** Custody told of those counted: before any other count ("and 40 were detained" is another group's). */
function detainedAfter(clause: string): boolean {
  const m = DETAINED.exec(clause);
  return (
    m !== null &&
    !/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)\b/i.test(
      clause.slice(0, m.index),
    )
  );
}
/** Words that make a movement a flight: said in the sentence or the ones around it. */
const REFUGEE_CONTEXT =
  /\b(?:refugees?|cross(?:ed|ing)\s+into|displace(?:d|ment)|fled|flee(?:ing)?|flight|exodus|evacuat\w*|forcibly|forced\s+(?:to\s+(?:leave|flee)|out)|uprooted|humanitarian|influx|from\s+(?:Nagorno-)?Karabakh|(?:residents|civilians|families|those|people)\s+(?:(?:who|that)\s+(?:\w+\s+){0,2}to\s+|to\s+)?leav(?:e|ing))\b/i;

export function speaksOfRefugees(text: string): boolean {
  return REFUGEE_CONTEXT.test(text);
}

/**
 * Displacement told by a verb of movement after what is counted: leaving a place ("streamed out
 * of Nagorno-Karabakh") always; arriving somewhere ("have arrived in Armenia") only when
 * `refugeeContext` says the text around speaks of refugees. Actors (peacekeepers, journalists) never.
 */
export function movementAfter(
  sentence: string,
  phrase: CountedPhrase,
  refugeeContext: () => boolean,
): FigureCategory | null {
  if (phrase.head && ACTORS.has(phrase.head)) return null;
  const clause = sentence.slice(phrase.clauseFrom, phrase.clauseFrom + 240);
  if (!MAY_MOVE.test(clause)) return null;
  if (detainedAfter(clause)) return null;
  if (LEAVING.test(clause) || POPULATION_LEFT.test(clause)) return 'displaced';
  if (!ARRIVING.test(clause) && !HAVE_LEFT.test(clause)) return null;
  if (refugeeContext()) return 'displaced';
  // "more than 100,000 residents of Karabakh moved to Armenia", "50,000 people have already reached
  // Armenia": a population that has left, crossed or arrived somewhere was uprooted, said so or not.
  return phrase.head && POPULATION.has(phrase.head) && UPROOTED.test(clause) ? 'displaced' : null;
}

const ELLIPSIS = new RegExp(
  String.raw`${CLAUSE_START}(?:${TERMS.map(([t]) => t).join('|')})(?:\s+(?:in|on|at|near|during|over|by)\s+[^,.;:!?\d]{1,40}?)?(?:\s*,[^,.;:!?\d]{1,60})?\s*,?\s+(?:and|while|with|but)\s+$`,
  'i',
);

/** "were killed in the 44-day conflict in 2020, and": the first count's verb, its adjuncts, then a new conjunct. */
const GAPPED = new RegExp(
  String.raw`${CLAUSE_START}(?:${TERMS.map(([t]) => t).join('|')})\b[^;:!?.]{0,80}?,\s+(?:and|while|but|whereas)\s+$`,
  'i',
);
/** "had been wounded in Jermuk and": the verb, one place or time of its own, then "and" with no comma. */
const GAPPED_UNMARKED = new RegExp(
  String.raw`${CLAUSE_START}(?:${TERMS.map(([t]) => t).join('|')})\s+(?:in|on|during|at|near)\s+[^,;:!?.]{1,40}?\s+and\s+$`,
  'i',
);

/**
 * The words between two counts when the second clause leaves out the first's verb (and noun): gapping.
 * `placeAfter`: the second count is followed by its own place or time ("and two in Sotk"), which marks the
 * gap where no comma does.
 */
export function gappedBetween(between: string, placeAfter = false): boolean {
  return GAPPED.test(between) || (placeAfter && GAPPED_UNMARKED.test(between));
}

/** The words between two counts, "had been killed and", when the second leaves out the first's noun and auxiliary. */
export function ellipticalAfter(between: string): boolean {
  return ELLIPSIS.test(between);
}

/** A capitalised name, one or more words: "Vayots Dzor". */
const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*`;
/** ", Vayots Dzor and Gegharkunik", " and nearby villages": the rest of a list of places the counted phrase ended inside. */
const NAME_LIST_TAIL = String.raw`(?:,\s*${PLACE_NAME})*(?:,?\s+and\s+(?:${PLACE_NAME}|(?:the\s+)?(?:nearby|neighbou?ring|surrounding|adjacent|other)\s+(?:villages|towns|settlements|communities|areas|districts)\b))?`;
/** A word of a prepositional phrase: never a clause's verb, auxiliary, conjunction or relative word. */
const MODIFIER_WORD = String.raw`(?:(?:neighbou?ring|surrounding|bordering|adjoining|outlying)\b|(?!(?:from|of|in|near|on|along|across|at|inside|around|to|into|for|with|by|who|whom|which|that|where|when|whose|while|as|and|or|but|after|before|because|if|than|were|was|is|are|had|have|has|been|be|said|says|told|\p{Ll}+(?:ed|ing))\b)[\p{L}'’-]+)`;
/** Words that open a noun phrase without being counted in it. */
const DETERMINER = String.raw`(?:the|a|an|both|each|all|its|their|his|her|this|that|these|those|several|some|other)`;
/**
 * "four other people travelling with them", "passengers riding in the bus": a participle of where those counted
 * were, which a reduced relative clause puts between them and their verb.
 */
const WHERE_PARTICIPLE =
  '(?:travelling|traveling|riding|sitting|standing|working|living|staying|sheltering|waiting)';
/**
 * "from both sides", "near the corridor", "from 16 villages", "at the plant in the south of the country", "of the provinces of
 * Syunik, Vayots Dzor and Gegharkunik": prepositional phrases, each a short noun phrase, that post-modify
 * what is counted before its verb.
 */
const POST_MODIFIER = new RegExp(
  String.raw`^(?:\s+${WHERE_PARTICIPLE}\s+(?:with|in|on|at|near|inside|along)\s+(?:${DETERMINER}\s+)?${MODIFIER_WORD}(?:\s+${MODIFIER_WORD}){0,2})?(?:\s+(?:from|of|in|near|on|along|across|at|inside|around)\s+(?:${DETERMINER}\s+|\d{1,3}\s+(?=\p{Ll}))?${MODIFIER_WORD}(?:\s+${MODIFIER_WORD}){0,2}${NAME_LIST_TAIL}){0,3}`,
  'u',
);
/** The preposition (or where-participle) POST_MODIFIER opens with, alone: a cheap test before the pattern runs. */
const PREPOSITION_FIRST = new RegExp(
  String.raw`^\s+(?:from|of|in|near|on|along|across|at|inside|around|${WHERE_PARTICIPLE})\s`,
);
/** ", Vayots Dzor and Gegharkunik" right after a counted phrase that ended on a name. */
const NAME_LIST_AFTER = new RegExp(String.raw`^${NAME_LIST_TAIL}`, 'u');
const ENDS_ON_NAME = /\p{Lu}[\p{L}'’-]*$/u;
const RELATIVE_NEXT = /^\s*,?\s*(?:who|whom|whose|which|that)\b/i;
const WORD_END = /[\p{L}'’-](?![\p{L}'’-])/gu;

/**
 * Where the clause may go on after a post-modifier of the counted phrase, nearest first: each word end
 * of the longest such phrase right at `from` ("more than 200 soldiers from both sides were killed").
 */
export function postModifierEnds(sentence: string, from: number): number[] {
  // "…, Freddy was dead": a list of names goes on only from a name.
  const list = ENDS_ON_NAME.test(sentence.slice(Math.max(0, from - 40), from))
    ? (NAME_LIST_AFTER.exec(sentence.slice(from, from + 120))?.[0] ?? '')
    : '';
  const after = sentence.slice(from + list.length, from + list.length + 160);
  const m = PREPOSITION_FIRST.test(after) ? POST_MODIFIER.exec(after) : null;
  const phrase = list + (m?.[0] ?? '');
  if (!phrase) return [];
  // "requests from families looking for relatives who went missing": a relative clause after the
  // post-modifier's noun tells of that noun, not of what is counted.
  return [...phrase.matchAll(WORD_END)]
    .map((w) => from + w.index + 1)
    .filter((at) => !RELATIVE_NEXT.test(sentence.slice(at, at + 12)));
}

/** Category stated by the clause that follows what is counted: "were killed", "fled", "dead". */
export function predicateAfter(sentence: string, from: number): FigureCategory | 'combined' | null {
  const clause = sentence.slice(from, from + 240);
  const m = PREDICATE.exec(clause);
  if (!m) return clause.includes('left') && LEFT_PLACE.test(clause) ? 'displaced' : null;
  const which = TERMS.findIndex((_, i) => m[i + 3] !== undefined);
  const category = TERMS[which]![1];
  // "moved to" tells an evacuation only in the passive: "150 residents were moved to Sevan".
  if (/^moved\s/i.test(m[2]!) && !PASSIVE_AUXILIARY.test(m[1] ?? '')) return null;
  const rest = sentence.slice(from + m[0].length, from + m[0].length + 80);
  // "2,000 peacekeepers evacuated 500 people": with no auxiliary and an object, the count is the agent;
  // an adverb is no auxiliary ("five soldiers then killed two civilians").
  if (!AUXILIARY_IN.test(m[1] ?? '') && TRANSITIVE.test(m[2]!) && ACTIVE_OBJECT.test(rest)) return null;
  // "17 of the people wounded in the blast had been airlifted": a bare participle modifies the noun;
  // the finite verb after it says what befell those counted.
  if (!m[1] && RELATIVE_PARTICIPLE.test(m[2]!)) {
    const finite = FINITE_AFTER_RELATIVE.exec(rest);
    // "died and 11 were injured": a verb of another count, after a conjunction or a number, is not it.
    if (finite && !/\b(?:and|or|but|while|whereas|as)\b|\d/i.test(finite[0]))
      return TERMS[TERMS.findIndex((_, i) => finite[i + 1] !== undefined)]![1];
  }
  if (category === 'killed' && COMBINED_AFTER.test(rest)) return 'combined';
  if (category === 'displaced' && detainedAfter(rest)) return null;
  return category;
}

// ---- the words right before the number -------------------------------------------------

/** Before "victims": "mine victims" counts the killed and the wounded together. */
const NOT_MINE = String.raw`(?<!\b(?:land)?mines?\s)`;
const LEAD_IN = String.raw`(?:\s+(?:another|a\s+further|an\s+additional|a\s+total\s+of|the|some|all))*\s+$`;
const TOLL_VERB = String.raw`(?:to|at|of|is|was|reached|reaches|hit|hits|exceeded|exceeds|surpassed|surpasses|passed|passes|crossed|crosses|topped|tops|stands\s+at|stood\s+at|peaked\s+at|averaged|:)`;
const tollOf = (nouns: string) =>
  new RegExp(
    String.raw`\b(?:number|count|tally)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:${nouns})\b[^.;!?]{0,100}?\b${TOLL_VERB}${LEAD_IN}`,
    'i',
  );

/** A verb right before the number governs it ("evacuated 23 wounded people"), beating the counted phrase's own marker. */
const KILLING = new RegExp(
  String.raw`\b(?:kill(?:ed|ing|s)?|massacr(?:ed|ing)|slaughter(?:ed|ing)|execut(?:ed|ing)|(?:claim|claimed|claiming|took|taking|take|cost|costing)\s+the\s+lives\s+of|deaths?\s+of|killings?\s+of|murders?\s+of|bodies\s+of|remains\s+of)${LEAD_IN}`,
  'i',
);
const WOUNDING = new RegExp(String.raw`\b(?:wound(?:ed|ing)|injur(?:ed|ing))${LEAD_IN}`, 'i');
const DISPLACING = new RegExp(
  String.raw`\b(?:displac(?:ed|ing)|displacement\s+of|exodus\s+of|flight\s+of|influx\s+of|expell(?:ed|ing)|deport(?:ed|ing)|uproot(?:ed|ing)|forc(?:ed|ing)\s+out)${LEAD_IN}`,
  'i',
);
const EVACUATING = new RegExp(
  String.raw`\b(?:evacuat(?:ed|ing)|(?:help(?:ed|ing|s)?|able\s+to|managed\s+to|did)\s+(?:to\s+)?evacuate|evacuations?\s+of|airlift(?:ed|ing))${LEAD_IN}`,
  'i',
);
/** "claimed 170 lives", "cost 12 lives", "cost "nearly 5,000 lives"": the number counts the dead. */
const CLAIMING = new RegExp(
  String.raw`\b(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|t(?:ook|aken|aking|akes?))(?:${LEAD_IN}|\s+["“]$)`,
  'i',
);
const GOVERNING: [RegExp, FigureCategory][] = [
  [KILLING, 'killed'],
  [WOUNDING, 'wounded'],
  [DISPLACING, 'displaced'],
  [EVACUATING, 'evacuated'],
];

/**
 * "Azerbaijan put its own losses at 80", "have put their own military losses at about 3,700": a side's
 * estimate of its own dead. Only a possessive before "losses": "put economic losses at" counts no one.
 */
const OWN_LOSSES = new RegExp(
  String.raw`\b(?:put|puts|putting|place[sd]?|placing|estimate[sd]?|estimating)\s+(?:its|their|his|her|our)\s+(?:own\s+)?(?:(?:military|combat|battlefield|human)\s+)?losses\s+at${LEAD_IN}`,
  'i',
);

const BEFORE: [RegExp, FigureCategory][] = [
  [KILLING, 'killed'],
  [OWN_LOSSES, 'killed'],
  // "The death toll from Monday's fuel depot explosion in Nagorno-Karabakh rose to 68": the subject runs long.
  // "The death toll from Monday's explosion at a depot outside the city, where crowds had gathered, has climbed to 170".
  [new RegExp(String.raw`\b(?:death\s+)?toll\b[^.;!?]{0,160}?(?:\b${TOLL_VERB}|:)${LEAD_IN}`, 'i'), 'killed'],
  // Mine victims are the killed and the wounded together: no count of the dead.
  [tollOf(String.raw`dead|deaths|killed|fatalities|${NOT_MINE}victims|people\s+killed`), 'killed'],
  [WOUNDING, 'wounded'],
  [tollOf(String.raw`wounded|injured|injuries|people\s+(?:wounded|injured)`), 'wounded'],
  [
    tollOf(
      String.raw`missing|people\s+missing|missing\s+people|(?:[a-z]+\s+){0,3}(?:listed|registered|reported|considered|declared)\s+(?:as\s+)?missing`,
    ),
    'missing',
  ],
  [DISPLACING, 'displaced'],
  // "as exodus tops 65,000", "the influx has passed 40,000": the movement itself, as subject, counted by its size.
  [
    new RegExp(
      String.raw`\b(?:exodus|influx|outflow)\b[^.;!?\d]{0,60}?\b(?:reached|reaches|hit|hits|exceeded|exceeds|surpassed|surpasses|passed|passes|crossed|crosses|topped|tops|(?:climbed|climbs|rose|rises|grew|grows)\s+to)${LEAD_IN}`,
      'i',
    ),
    'displaced',
  ],
  [
    tollOf(
      String.raw`refugees|(?:forcibly\s+|internally\s+)?displaced(?:\s+(?:people|persons))?|IDPs|forced\s+migrants|(?:people|[a-z-]+(?:\s+[a-z-]+)?)\s+who\s+(?:have\s+|had\s+)?(?:fled|left|arrived|crossed|entered|been\s+displaced)|arrivals`,
    ),
    'displaced',
  ],
  // "the number who arrived was 100,617": a count named by those it counts, with no "of".
  [
    new RegExp(
      String.raw`\b(?:number|count|tally|total)\s+(?:of\s+(?:those|people|persons)\s+)?who\s+(?:have\s+|had\s+)?(?:fled|left|arrived|crossed|entered|been\s+displaced)\b[^.;!?]{0,100}?\b${TOLL_VERB}${LEAD_IN}`,
      'i',
    ),
    'displaced',
  ],
  [EVACUATING, 'evacuated'],
  [tollOf(String.raw`evacuees|people\s+evacuated`), 'evacuated'],
];

/** "Arrivals peaked at more than 28,000 a day": the arrivals themselves, as the clause's subject, are counted. */
const ARRIVALS_SUBJECT = new RegExp(
  String.raw`^\s*(?:the\s+)?(?:(?:daily|new|total)\s+)?arrivals\b[^.;!?\d]{0,60}?\b${TOLL_VERB}${LEAD_IN}`,
  'i',
);

/** Arrivals counted where the text speaks of refugees (elsewhere they may be an airport's travellers). */
export function arrivalsSubject(before: string): boolean {
  return ARRIVALS_SUBJECT.test(before);
}

/**
 * "The Karabakh authorities put their dead at more than 200", "put the number killed at 70", "puts the
 * number of injured in the war at", "have put their military dead at", "put the number of their fallen
 * soldiers at": an estimate of those its noun names, given as the verb's object.
 */
const PUT_COUNT_AT = new RegExp(
  String.raw`\b(?:put|puts|putting|placed|places|placing)\s+(?:the|its|their|his|her|our)\s+(?:own\s+)?(?:(?:number|count|toll|tally|total)\s+(?:of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:own\s+)?)?)?(?:(?:military|civilian|combat)\s+)?(dead|deaths|killed|fallen|martyrs|fatalities|wounded|injured|missing|displaced|refugees|evacuees|evacuated)\b[^.;:!?\d]{0,60}?\s+at${LEAD_IN}`,
  'i',
);

/** Category stated right before the number: "killing", "evacuated", "the death of", "toll rose to". */
export function triggerBefore(before: string): FigureCategory | null {
  for (const [pattern, category] of BEFORE) if (pattern.test(before)) return category;
  const put = PUT_COUNT_AT.exec(before);
  if (!put) return null;
  const noun = put[1]!.toLowerCase();
  return noun === 'fallen' || noun === 'martyrs' ? 'killed' : (SUBJECT_CATEGORY[noun] ?? null);
}

/**
 * "Officials say they registered 6,000 people on the busiest day", "the town has sheltered 3,000 residents":
 * people taken in, where the text speaks of refugees, were displaced. Elsewhere ("registered 300 voters")
 * the verb tells nothing of what befell them.
 */
const HOSTING = new RegExp(
  String.raw`\b(?:registered|received|sheltered|hosted|housed|accommodated|taken\s+in|took\s+in|welcomed)${LEAD_IN}`,
  'i',
);
const HOSTED = /^(?:people|persons|individuals|residents|refugees|civilians|evacuees|arrivals)$/;

export function hostedBefore(before: string, phrase: CountedPhrase, refugeeContext: () => boolean): boolean {
  return phrase.head !== null && HOSTED.test(phrase.head) && HOSTING.test(before) && refugeeContext();
}

/** "Azerbaijan lost 2,908 soldiers": an army losing its men, who died; "lost 30 tanks" counts no one. */
const LOST = new RegExp(String.raw`\b(?:lost|loses|losing)${LEAD_IN}`, 'i');
const FIGHTERS = new Set(['soldiers', 'servicemen', 'troops', 'fighters', 'conscripts', 'men', 'officers']);
/**
 * "the Armenian side lost about 200 people", "the army has lost 40 people": a warring party as subject
 * loses its own dead, whatever noun counts them.
 */
const SIDE_LOST = new RegExp(
  String.raw`\b(?:side|army|armed\s+forces|military)\s+(?:(?:has|had|have)\s+)?(?:lost|loses)${LEAD_IN}`,
  'i',
);

/** A verb whose object is the number ("killing", "helped evacuate", "claimed … lives"): it decides over the counted phrase. */
export function governingVerbBefore(before: string, phrase: CountedPhrase): FigureCategory | null {
  if (phrase.head === 'lives' && CLAIMING.test(before)) return 'killed';
  if (phrase.head && FIGHTERS.has(phrase.head) && LOST.test(before)) return 'killed';
  if (phrase.head === 'people' && SIDE_LOST.test(before)) return 'killed';
  for (const [pattern, category] of GOVERNING) if (pattern.test(before)) return category;
  return null;
}

/** "the military death toll", "its toll": a running toll named by its own noun. */
const RUNNING_TOLL_NOUN = String.raw`(?:the|its|their|his|her)\s+(?:(?:overall|total|latest|new|official|military|civilian|death|own)\s+){0,3}toll`;
/** "since September 27": the day of a month, the one number a running total's words may hold. */
const DAY_OF_MONTH = String.raw`(?<=\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s)\d{1,2}\b`;
const SAME_THING = String.raw`(?:the|its|their|his|her|this|that)\s+(?:(?:overall|total|latest|new|official|updated|revised|own|final|current|likely)\s+)?(?:figure|number|total|tally|count|estimate)`;
const ANAPHORA = new RegExp(
  String.raw`(?:\b(?:put|puts|putting|place[sd]?|placing|estimate[sd]?|estimating|raise[sd]?|raising|revise[sd]?|revising|lower(?:ed|s|ing)?|update[sd]?|updating|increase[sd]?|increasing|br(?:ought|ings?|inging)|set|sets|gave|gives?|giving)\s+${SAME_THING}(?:\s+(?:up|down))?\s+(?:at|to|as)` +
    // "The figure given by the Armenian government on Tuesday evening was 28,120": who gave it, then the verb.
    String.raw`|\b${SAME_THING}(?:\s+${wordsExcept(DATA_BY_WORDS)}\s+by\s+[^.;:!?\d]{1,80}?)?\s+(?:(?:has|had|have|now|since|already|later|then)\s+)*(?:rose|risen|rises|climbed|reached|reaches|stood|stands|was|is|hit|grew|grown|jumped|increased|exceeded|passed|topped)(?:\s+(?:at|to))?` +
    // "28,120 had crossed, a figure that passed 19,000 only the day before": an apposition to the count just given,
    // whose relative clause tells an earlier value of it.
    String.raw`|\ba\s+(?:figure|number|total|tally|count)\s+(?:that|which)\s+(?:(?:has|had|have|only|already|just|first)\s+)*(?:rose|risen|climbed|reached|stood|was|hit|grew|grown|exceeded|passed|topped|surpassed|crossed)(?:\s+(?:at|to))?` +
    // "bringing the total past 50,000", "taking the tally to 204": the hedge ("past") is read apart.
    String.raw`|\b(?:br(?:ought|ings?|inging)|t(?:ook|akes?|aking)|push(?:ed|es|ing)?)\s+${SAME_THING}(?:\s+(?:to|at))?` +
    // "bringing the number (of people) it has evacuated since May to 41": the running total's own words, then "to";
    // "bringing the military death toll it has announced since September 27 to 244": a toll, a day of a month.
    String.raw`|\b(?:br(?:ought|ings?|inging)|t(?:ook|akes?|aking))\s+(?:${SAME_THING}|${RUNNING_TOLL_NOUN})\s+(?:[^.;:!?\d,"“”]|${DAY_OF_MONTH}){1,70}?\s+to` +
    String.raw`|\b(?:br(?:ought|ings?|inging)|t(?:ook|akes?|aking))\s+${RUNNING_TOLL_NOUN}\s+to` +
    // "A day earlier he had put it at 49": "it", the toll just named, put at a number by its source.
    String.raw`|\b(?:put|puts|putting|place[sd]?|placing)\s+it\s+at)${LEAD_IN}`,
  'i',
);

/**
 * "A day earlier the government had spoken of 6,650 people", "we spoke of 105": a source's earlier word on the
 * count just given. Only a bare number or "people": "spoke of 300 families" names what it counts itself.
 */
const SPOKE_OF = new RegExp(String.raw`\b(?:spoke|spoken|speaks|speaking|talked|talks)\s+of${LEAD_IN}`, 'i');
export function spokeOfBefore(before: string, phrase: CountedPhrase): boolean {
  return (
    SPOKE_OF.test(before) && (phrase.head === null || phrase.head === 'people' || phrase.head === 'persons')
  );
}

/** "put the figure at", "estimates the number at", "the total rose to", "down from": a count of what the figure before counted. */
export function anaphoricBefore(before: string): boolean {
  return ANAPHORA.test(before) || COMPARED.test(before);
}
/**
 * "300 crossed on Sunday, down from more than 20,000 a day", "down from a peak of 27,000", "had given a figure
 * of 49": the same count at another time or by another source.
 */
const COMPARED = new RegExp(
  String.raw`\b(?:(?:down|up)\s+from(?:\s+(?:a|the|its)\s+(?:peak|high|record|low)\s+of)?|(?:gave|given|giving|gives|released|published)\s+a\s+figure\s+of)${LEAD_IN}`,
  'i',
);

const CAPACITY =
  /\b(?:house|housing|houses|accommodate|accommodating|accommodates|shelter|sheltering|host|hosting|hosts|room\s+for|space\s+for|capacity\s+(?:for|of)|enough\s+for|designed\s+for|(?:ready|prepared|able|willing|expected|set|plans?|planning)\s+to\s+(?:receive|accept|take\s+in|take|welcome|house|accommodate|host|resettle)|(?:ready|prepared|willing|expected|set|plans?|planning)\s+to\s+evacuate|(?:can|could|will|would|may|might)\s+(?:receive|accept|take\s+in|take|welcome|hold))(?:\s+(?:another|a\s+further|an\s+additional|a\s+total\s+of|the|some|all))*\s+$/i;

/** "build homes to house 40,000 families", "ready to receive 40,000 refugees": room for people, not people counted. */
export function capacityBefore(before: string): boolean {
  return CAPACITY.test(before);
}

const NESTED_BEFORE = new RegExp(
  String.raw`\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|among\s+(?:those|the)\s+(?:killed|dead|victims|wounded|injured|missing|displaced|evacuated)(?:\s+(?:were|are|was|is))?|mostly|most\s+of\s+them|many\s+of\s+them)${LEAD_IN}`,
  'i',
);

/** "…, including four employees", "among them three children": part of a figure just given. */
export function nestedBefore(before: string): boolean {
  return NESTED_BEFORE.test(before);
}

const NEGATED_TELLING =
  /\b(?:never|not|n['’]t)\s+(?:\p{Ll}+\s+)?(?:spoken|spoke|speak|talked|mentioned|mention|reported|report|cited|cite|claimed|claim|confirmed|confirm)\s+(?:of\s+|about\s+)?$/iu;

/** "None of the 40 passengers were hurt": the count is of those spared; "no one" counts no one. */
export function negatedBefore(before: string): boolean {
  return (
    /\b(?:none|no|neither)\s+of\s+(?:the\s+|them\s+|these\s+|those\s+)?$/i.test(before) ||
    /\bnot\s+(?:a\s+single\s+)?$/i.test(before) ||
    // "no one had been forced to leave": nobody, not a count of one.
    /\bno\s+$/i.test(before) ||
    // "he has never spoken of thousands", "did not mention 5,000 dead": what no one said is no count.
    NEGATED_TELLING.test(before)
  );
}

/** "and", ", " or "as well as" between two counts that share one verb: "12 soldiers and 3 civilians were killed". */
export function coordinated(between: string): boolean {
  return /^\s*(?:,\s*)?(?:and|or|as\s+well\s+as|plus)?\s*$/i.test(between) && between.trim() !== '';
}

// ---- changes and rates -------------------------------------------------------------------

const CHANGE_VERB = String.raw`(?:rose|risen|rises|rising|increased|increases|increasing|grew|grown|grows|growing|jumped|jumps|jumping|climbed|climbs|swelled|swollen|soared|went\s+up|gone\s+up|fell|fallen|falls|dropped|drops|decreased|decreases|declined|declines|shrank)`;
/** "rose by", and the writer's own comparison: "That is up by more than 20,000 on Wednesday's figure". */
const CHANGE_BY = new RegExp(
  String.raw`\b(?:${CHANGE_VERB}|up|down)\s+by(?:\s+(?:another|a\s+further))?\s+$|,\s*(?:an?\s+)?(?:(?:daily|overnight|further)\s+)?(?:increase|rise|jump|drop|decrease|fall|decline)\s+of\s+$`,
  'i',
);
const TOTAL_AFTER_CHANGE = new RegExp(String.raw`\b${CHANGE_VERB}\s+by\b[^.;!?]{1,60}?\s+to${LEAD_IN}`, 'i');
/** "The number of refugees …", and "the death toll" itself. */
const TOLL_SUBJECT = new RegExp(
  String.raw`\b(?:(?:number|count|tally|total|toll)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(dead|deaths|killed|fatalities|${NOT_MINE}victims|wounded|injured|injuries|missing|refugees|displaced|idps|evacuees|evacuated|arrivals)|(death)\s+toll)\b`,
  'i',
);
const SUBJECT_CATEGORY: Record<string, FigureCategory> = {
  death: 'killed',
  dead: 'killed',
  deaths: 'killed',
  killed: 'killed',
  fatalities: 'killed',
  victims: 'killed',
  wounded: 'wounded',
  injured: 'wounded',
  injuries: 'wounded',
  missing: 'missing',
  refugees: 'displaced',
  displaced: 'displaced',
  idps: 'displaced',
  arrivals: 'displaced',
  evacuees: 'evacuated',
  evacuated: 'evacuated',
};

/** "rose by more than 15,000": the number is a change of a count, not a count. */
export function changeBefore(before: string): boolean {
  return CHANGE_BY.test(before);
}

/** "jumped by about 22,000 in 24 hours to 88,780": the number after "to" is the count itself. */
export function totalAfterChange(before: string): boolean {
  return TOTAL_AFTER_CHANGE.test(before);
}

/** "The number of refugees arriving in Armenia …": what the changing count counts. */
export function tollSubject(before: string): FigureCategory | null {
  const m = TOLL_SUBJECT.exec(before);
  return m ? (SUBJECT_CATEGORY[(m[1] ?? m[2])!.toLowerCase()] ?? null) : null;
}

const RATE = new RegExp(
  String.raw`(?<!\b(?:for|within|in|than|over|after|of|once|twice|half|whole|entire|one|single|same|next|previous)\s)\b${RATE_UNIT}\b(?!\s+(?:ago|earlier|later|after|before|of|or\s+two))`,
  'gi',
);

const RATE_UNIT_ANYWHERE = new RegExp(RATE_UNIT, 'i');

/** Where "every hour", "a day", "per week" sit in a sentence: each makes the nearest count in its clause a rate. */
export function ratePhrases(sentence: string): { start: number; end: number }[] {
  // Every match holds a rate unit: a sentence without one never pays for RATE's look-behind at each position.
  if (!RATE_UNIT_ANYWHERE.test(sentence)) return [];
  return allMatches(RATE, sentence)
    .filter((m) => !SPAN_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index)))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
/** "fled in under a week", "within less than a day": how long it took, no rate. */
const SPAN_BEFORE =
  /\b(?:in|within)\s+(?:under|less\s+than|just|only|about|barely|little\s+more\s+than|more\s+than)\s+$/i;
