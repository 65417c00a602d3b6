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

const MARKER_ADJECTIVES: Record<string, FigureCategory> = {
  dead: 'killed', killed: 'killed', wounded: 'wounded', injured: 'wounded', missing: 'missing', displaced: 'displaced',
};
const MARKER_NOUNS: Record<string, FigureCategory> = {
  deaths: 'killed', fatalities: 'killed', bodies: 'killed', dead: 'killed',
  injuries: 'wounded',
  refugees: 'displaced', idps: 'displaced', 'asylum-seekers': 'displaced',
  evacuees: 'evacuated',
};

/** Words that end a noun phrase: verbs, auxiliaries, prepositions other than "of", conjunctions. */
const PHRASE_STOPS = new Set([
  'have', 'has', 'had', 'were', 'was', 'are', 'is', 'be', 'been', 'being', 'will', 'would', 'could', 'may', 'might', 'must',
  'should', 'can', 'did', 'do', 'does', 'who', 'that', 'which', 'whom', 'whose', 'and', 'or', 'but', 'nor', 'while', 'as',
  'when', 'where', 'after', 'before', 'since', 'during', 'in', 'on', 'at', 'from', 'to', 'into', 'by', 'with', 'near', 'over',
  'under', 'across', 'for', 'amid', 'including', 'among', 'per', 'than', 'there', 'here', 'also', 'reportedly', 'already',
  'now', 'so', 'still', 'each', 'respectively', 'according', 'because', 'if', 'then', 'remain', 'remained', 'remains', 'fled',
  'died', 'perished', 'left', 'went', 'arrived', 'ran', 'lost', 'became', 'got', 'out', 'inside', 'outside', 'throughout',
  'last', 'this', 'yesterday', 'today', 'tonight', 'said', 'says', 'told', 'reported', 'a', 'an',
]);

/** Heads that are never people: a count of them is not a casualty figure whatever the verb. */
const NOT_PEOPLE = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'second', 'seconds',
  'decade', 'decades', 'century', 'centuries', 'time', 'times', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters',
  'hectares', 'tons', 'tonnes', 'kg', 'percent', 'points', 'positions', 'position', 'posts', 'villages', 'village', 'towns',
  'settlements', 'cities', 'houses', 'homes', 'buildings', 'apartments', 'schools', 'hospitals', 'vehicles', 'cars', 'car',
  'trucks', 'buses', 'tanks', 'drones', 'aircraft', 'planes', 'helicopters', 'rockets', 'missiles', 'shells', 'rounds',
  'artillery', 'guns', 'weapons', 'mines', 'countries', 'states', 'articles', 'resolutions', 'attempts', 'occasions', 'war',
  'wars', 'conflict', 'conflicts', 'clashes', 'attacks', 'strikes', 'incidents', 'battles', 'offensive', 'operations',
  'ceasefires', 'meetings', 'talks', 'rounds', 'dollars', 'euros', 'manat', 'drams', 'roubles', 'rubles', 'units', 'pieces',
  'items', 'trucks', 'convoys', 'checkpoints', 'roads', 'bridges', 'kilometre', 'kilometer', 'mile', 'storeys', 'floors',
  'pages', 'documents', 'votes', 'seats', 'sides', 'parties', 'tonne', 'lorries', 'lorry', 'flights', 'routes', 'regions',
  'districts', 'provinces', 'areas', 'sites', 'targets', 'objects', 'facilities', 'shots', 'explosions', 'bombs',
]);

const WORD_AFTER = /\s+((?:[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=\p{L}))*))/uy;

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** The noun phrase right after a number: "people", "resident of the city of Shusha". */
export function countedAfter(sentence: string, from: number): CountedPhrase {
  const words: { text: string; start: number; end: number }[] = [];
  let marker: FigureCategory | null = null;
  let markerEnd = from;
  let partitive = false;
  let pos = from;
  for (let i = 0; i < 14; i++) {
    WORD_AFTER.lastIndex = pos;
    const m = WORD_AFTER.exec(sentence);
    if (!m) break;
    const word = m[1]!;
    const lower = word.toLowerCase();
    const start = m.index + m[0].length - word.length;
    const end = start + word.length;
    if (lower === 'of') {
      if (words.length === 0 && /^\s+(?:them|whom|those|these)\b/i.test(sentence.slice(end))) { partitive = true; break; }
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
    const content = words.filter((w) => !/^(?:of|the|\p{L}+ly)$/iu.test(w.text));
    if (lower in MARKER_ADJECTIVES && content.length === 0 && !marker) {
      marker = MARKER_ADJECTIVES[lower]!;
      markerEnd = end;
      pos = end;
      // "displaced people" keeps the adjective in what is counted; "1.5 million displaced" has none.
      WORD_AFTER.lastIndex = end;
      const next = WORD_AFTER.exec(sentence);
      const nextWord = next?.[1]?.toLowerCase() ?? '';
      if (next && nextWord && !PHRASE_STOPS.has(nextWord) && !(nextWord in MARKER_ADJECTIVES) && !/(?:ed|ing|ly)$/.test(nextWord)) {
        words.push({ text: word, start, end });
        continue;
      }
      words.length = 0; // "1.5 million internally displaced": nothing but the marker is written
      break;
    }
    // "forcibly displaced persons", "internally displaced people": the adverb belongs to the marker.
    if (content.length === 0 && !marker && /ly$/.test(lower)) {
      WORD_AFTER.lastIndex = end;
      const next = WORD_AFTER.exec(sentence)?.[1]?.toLowerCase() ?? '';
      if (next in MARKER_ADJECTIVES) {
        words.push({ text: word, start, end });
        pos = end;
        continue;
      }
    }
    if (PHRASE_STOPS.has(lower) || lower in MARKER_ADJECTIVES) break;
    if (!isCapitalised(word) && /(?:ed|ing|ly)$/.test(lower) && !(lower in MARKER_NOUNS)) break;
    words.push({ text: word, start, end });
    pos = end;
  }
  while (words.length && ['of', 'the'].includes(words[words.length - 1]!.text.toLowerCase())) words.pop();
  // "dozens of people", "one of the soldiers": what is counted follows the "of".
  let first = 0;
  while (first < words.length && ['of', 'the'].includes(words[first]!.text.toLowerCase()) && first < 2) first++;
  if (first > 0 && words[0]!.text.toLowerCase() !== 'of') first = 0;
  const kept = words.slice(first);
  const ofAt = kept.findIndex((w) => w.text.toLowerCase() === 'of');
  const headWord = ofAt > 0 ? kept[ofAt - 1] : kept[kept.length - 1];
  const head = headWord ? headWord.text.toLowerCase() : null;
  if (!marker && head && head in MARKER_NOUNS) marker = MARKER_NOUNS[head]!;
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

const FILLER = String.raw`(?:who|that|which|have|has|had|were|was|are|is|be|been|being|reportedly|already|also|now|since|so\s+far|later|all|both|allegedly|officially|initially|subsequently|eventually|ultimately|confirmed|reported|believed|feared|said|thought|known|estimated|presumed|understood|to|still|remain|remained|remains|left|got|in\s+total|in\s+all|altogether|apparently|either|each|[a-z]+ly)`;
const TERMS: [string, FigureCategory][] = [
  [String.raw`fatally\s+(?:wounded|injured|shot)`, 'killed'],
  [String.raw`killed|died|dead|perished|slain|murdered|executed|massacred|lost\s+(?:their|his|her)\s+li(?:ves|fe)`, 'killed'],
  [String.raw`wounded|injured|hurt|maimed|hospitali[sz]ed`, 'wounded'],
  [String.raw`missing|unaccounted\s+for|disappeared`, 'missing'],
  [String.raw`fled|flee|fleeing|displaced|uprooted|homeless|expelled|deported|forced\s+(?:out|from\s+their\s+homes|to\s+(?:flee|leave))|(?:left|leave)\s+(?:their\s+homes|for\b)|crossed\s+(?:into|the\s+border)|(?:sought|taken|take|took)\s+refuge|became\s+refugees`, 'displaced'],
  [String.raw`evacuated|airlifted`, 'evacuated'],
];
/** A comma-delimited aside between what is counted and its verb: "about 70,000 people, roughly half the population, had been displaced". */
const ASIDE = String.raw`(?:\s*,[^,.;:!?\d"“”]{1,60},)?`;
const PREDICATE = new RegExp(
  String.raw`^${ASIDE}((?:\s+${FILLER}\b)*)\s+(${TERMS.map(([t]) => `(${t})`).join('|')})\b`,
  'i',
);
const TRANSITIVE = /^(?:killed|wounded|injured|hurt|evacuated|displaced|expelled|deported|murdered|executed|massacred|airlifted)$/i;
const ACTIVE_OBJECT = /^\s+(?:(?:at\s+least|about|more\s+than|nearly|almost|some|over|up\s+to|around)\s+)?(?:\d|(?:a|an|the|their|its|his|her|dozens|hundreds|thousands|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b)/i;
/** "killed or wounded", "dead and injured": a combined toll, which none of our categories is. */
const COMBINED_AFTER = /^\s+(?:or|and|and\/or)\s+(?:wounded|injured|missing)\b/i;

/** "have left Nagorno-Karabakh", "left the region": leaving a named place or an area is displacement. */
const LEFT_PLACE = new RegExp(String.raw`^${ASIDE}(?:\s+${FILLER.replace('|left|', '|')}\b)*\s+left\s+(?:\p{Lu}|the\s+(?:region|enclave|area|country|city|town|village|republic)\b)`, 'u');

/** Category stated by the clause that follows what is counted: "were killed", "fled", "dead". */
export function predicateAfter(sentence: string, from: number): FigureCategory | 'combined' | null {
  const clause = sentence.slice(from, from + 240);
  const m = PREDICATE.exec(clause);
  if (!m) return LEFT_PLACE.test(clause) ? 'displaced' : null;
  const which = TERMS.findIndex((_, i) => m[i + 3] !== undefined);
  const category = TERMS[which]![1];
  const rest = sentence.slice(from + m[0].length, from + m[0].length + 80);
  // "2,000 peacekeepers evacuated 500 people": with no auxiliary and an object, the count is the agent.
  if (!m[1] && TRANSITIVE.test(m[2]!) && ACTIVE_OBJECT.test(rest)) return null;
  if (category === 'killed' && COMBINED_AFTER.test(rest)) return 'combined';
  return category;
}

// ---- the words right before the number -------------------------------------------------

const LEAD_IN = String.raw`(?:\s+(?:another|a\s+further|an\s+additional|a\s+total\s+of|the|some|all))*\s+$`;
const TOLL_VERB = String.raw`(?:to|at|of|is|was|reached|reaches|hit|hits|exceeded|exceeds|surpassed|passed|topped|tops|stands\s+at|stood\s+at|:)`;
const tollOf = (nouns: string) => new RegExp(String.raw`\b(?:number|count|tally)\s+of\s+(?:the\s+)?(?:${nouns})\b[^.;!?]{0,60}?\b${TOLL_VERB}${LEAD_IN}`, 'i');

const BEFORE: [RegExp, FigureCategory][] = [
  [new RegExp(String.raw`\b(?:kill(?:ed|ing|s)|massacr(?:ed|ing)|slaughter(?:ed|ing)|execut(?:ed|ing)|(?:claim|claimed|claiming|took|taking|take|cost|costing)\s+the\s+lives\s+of|deaths?\s+of|killings?\s+of|murders?\s+of|bodies\s+of|remains\s+of)${LEAD_IN}`, 'i'), 'killed'],
  [new RegExp(String.raw`\b(?:death\s+)?toll\b[^.;!?]{0,60}?(?:\b${TOLL_VERB}|:)${LEAD_IN}`, 'i'), 'killed'],
  [tollOf(String.raw`dead|deaths|killed|fatalities|victims|people\s+killed`), 'killed'],
  [new RegExp(String.raw`\b(?:wound(?:ed|ing)|injur(?:ed|ing))${LEAD_IN}`, 'i'), 'wounded'],
  [tollOf(String.raw`wounded|injured|injuries|people\s+(?:wounded|injured)`), 'wounded'],
  [tollOf(String.raw`missing|people\s+missing|missing\s+people`), 'missing'],
  [new RegExp(String.raw`\b(?:displac(?:ed|ing)|displacement\s+of|exodus\s+of|influx\s+of|expell(?:ed|ing)|deport(?:ed|ing)|uproot(?:ed|ing)|forc(?:ed|ing)\s+out)${LEAD_IN}`, 'i'), 'displaced'],
  [tollOf(String.raw`refugees|displaced|displaced\s+people|IDPs|people\s+who\s+(?:have\s+)?fled|arrivals`), 'displaced'],
  [new RegExp(String.raw`\b(?:evacuat(?:ed|ing)|evacuations?\s+of|airlift(?:ed|ing))${LEAD_IN}`, 'i'), 'evacuated'],
  [tollOf(String.raw`evacuees|people\s+evacuated`), 'evacuated'],
];

/** Category stated right before the number: "killing", "evacuated", "the death of", "toll rose to". */
export function triggerBefore(before: string): FigureCategory | null {
  for (const [pattern, category] of BEFORE) if (pattern.test(before)) return category;
  return null;
}

const NESTED_BEFORE = new RegExp(
  String.raw`\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|among\s+(?:those|the)\s+(?:killed|dead|victims|wounded|injured|missing|displaced|evacuated)(?:\s+(?:were|are|was|is))?|mostly|most\s+of\s+them|many\s+of\s+them)${LEAD_IN}`,
  'i',
);

/** "…, including four employees", "among them three children": part of a figure just given. */
export function nestedBefore(before: string): boolean {
  return NESTED_BEFORE.test(before);
}

/** "None of the 40 passengers were hurt": the count is of those spared. */
export function negatedBefore(before: string): boolean {
  return /\b(?:none|no|neither)\s+of\s+(?:the\s+|them\s+|these\s+|those\s+)?$/i.test(before) || /\bnot\s+(?:a\s+single\s+)?$/i.test(before);
}

/** "and", ", " or "as well as" between two counts that share one verb: "12 soldiers and 3 civilians were killed". */
export function coordinated(between: string): boolean {
  return /^\s*(?:,\s*)?(?:and|or|as\s+well\s+as|plus)?\s*$/i.test(between) && between.trim() !== '';
}
