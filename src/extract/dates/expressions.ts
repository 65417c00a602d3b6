import * as chrono from 'chrono-node';
import { solarHijriYearFirst } from '../../corpus/metadata/solarHijri.ts';
import type { Season } from '../../corpus/types.ts';
import { daysInMonth, MONTH_NAMES as MONTH_NAME_LIST } from './calendar.ts';

const LETTER_AT_END = /\p{L}$/u;
const LETTER_AT_START = /^\p{L}/u;
const THIS_WEEKDAY = /^this\s+\p{L}+day\b/iu;
const OF_BEFORE_A_YEAR_OR_NAME = /^of\s+(?:the\s+)?(?=\d|\p{Lu})/iu;

/**
 * Date expressions as written, before any year is chosen. Absolute dates and weekdays come from
 * chrono-node; relative, season, decade and bare-year expressions from the small parsers below
 * (chrono resolves relatives against the reference only and reads "for three weeks" as a date).
 */
export type DateForm =
  | {
      kind: 'calendar';
      year?: number;
      /** "September 13 and 14 last year": the year counted from the reference year, when none is written. */
      yearOffset?: number;
      month: number;
      day?: number;
      weekday?: number;
      end?: { year?: number; month?: number; day?: number };
      /**
       * A dotted date ("13.09.2022"): which order its numbers allow. 'either' ("04.11.2021") is read day
       * first here, and the document's other dates settle it (see settleDottedOrder in scan.ts).
       */
      dotted?: 'dayFirst' | 'monthFirst' | 'either';
    }
  /** `relation`: "last Monday" is the Monday before the reference day, "next Monday" the one after. */
  /** `fromDiscourse`: "the previous Friday", "the following Monday" count from the day the text gave last. */
  /** `intoNext`: "the night of Saturday to Sunday" runs from the weekday into the next day. */
  | {
      kind: 'weekday';
      weekday: number;
      relation?: 'last' | 'next';
      /**
       * "Thursday last week" (-1), "Monday of next week" (1): in the calendar week before or after the piece's;
       * "this Friday" (0): in the piece's own.
       */
      week?: -1 | 0 | 1;
      fromDiscourse?: true;
      intoNext?: true;
    }
  /** "the week of March 6": the Monday-to-Sunday week holding that day. */
  | { kind: 'weekOf'; month: number; day: number; year?: number }
  /**
   * today / yesterday (anchor 'reference'); the next day / a day earlier (anchor 'discourse'). `toldDay`: "the
   * next morning" counts only from a day the text gave, never from the piece's own.
   */
  /** `inSentence`: ", a day after Azerbaijan launched …" counts only from the day its own sentence gave. */
  /** `night`: "overnight" runs from the day `offset` gives into the next. */
  /** `pastInWords`: "last night" tells its past by its own words, whatever the clause's tense. */
  /** `orPieceDay`: "earlier in the day" is the day the text gave, else the piece's own day. */
  /** `fronted`: "A day earlier it put …" opens its sentence and counts from the day of the sentence before. */
  /** `clauseAhead`: "Two days after X, …" opens its sentence and counts from the day its main clause tells. */
  /** `eventOnly`: "a week later" counts only from an event the text dated (eventMemory.ts), never the last day. */
  | {
      kind: 'relativeDay';
      anchor: 'reference' | 'discourse';
      offset: number;
      toldDay?: true;
      inSentence?: true;
      night?: true;
      pastInWords?: true;
      orPieceDay?: true;
      fronted?: true;
      clauseAhead?: true;
      eventOnly?: true;
    }
  /** over the past 24 hours: the span of `days` days ending at the reference. */
  | { kind: 'pastSpan'; days: number }
  /** `told`: "the same week" is the week of the week or day the text just told, not the piece's. */
  | { kind: 'relativeWeek'; offset: number; told?: true }
  | { kind: 'relativeMonth'; offset: number }
  /** `results`: "for the year", told of a company's results, is the year of the piece; elsewhere it is no date. */
  | { kind: 'relativeYear'; offset: number; results?: true }
  /** "the current quarter", "next quarter": the calendar quarter of the reference day, and on. */
  | { kind: 'relativeQuarter'; offset: number }
  /**
   * `latest`: "the summer", "this past spring": the latest such season begun by the reference (or to come, told as
   * future). `counted`: "last summer", "next spring" count seasons from the reference day, not years (see resolve).
   */
  | { kind: 'season'; season: Season; year?: number; offset?: number; latest?: true; counted?: true }
  /** `decade` is the full start year (1990) or, for "the nineties", only the tens (90). */
  | { kind: 'decade'; decade: number; centuryKnown: boolean; part?: 'early' | 'mid' | 'late' }
  /** `past`: the year names an event that has begun by the time anyone names it so ("the 2020 war"). */
  | { kind: 'year'; year: number; past?: true; end?: number }
  /** now, currently, at present: the time the text speaks from (the reference date). */
  | { kind: 'present' }
  /** "on the 21st": a day of the month the text last gave a day in, or of the piece's own month; "the 19th and 20th". */
  | { kind: 'dayOfMonth'; day: number; endDay?: number }
  /** A quarter or half of a year ("the third quarter of 1989", "third-quarter", "the first half"), months first..last. */
  | { kind: 'yearPart'; first: number; last: number; year?: number; offset?: number }
  /**
   * A month placed by its relation to the reference: `last` ("last May": the latest May before the
   * reference month), `next`, or `year` (offset in years: "November last year", "June this year").
   */
  | { kind: 'namedMonth'; month: number; relation: 'last' | 'next' | 'year'; offset: number }
  /** "four years ago", "six months ago"; `sameDay`: "two years ago on this day", "a year ago today". */
  | {
      kind: 'ago';
      unit: 'year' | 'month';
      count: number;
      sameDay?: true;
      anchor?: 'discourse' | 'part';
      part?: { first: number; last: number };
      year?: number;
    }
  /**
   * "that year", "the following year", "later that month": `offset` years or months from the date
   * the text gave just before; with no such date nearby it is left unresolved, never guessed.
   */
  | { kind: 'anaphoric'; unit: 'year' | 'month'; offset: number; month?: number; day?: number }
  /** "the weekend", "last weekend", "this weekend": a Saturday and its Sunday. */
  | { kind: 'weekend'; relation?: 'last' | 'next' }
  /** "Christmas", "Thanksgiving", "Easter Sunday": a day a calendar rule fixes in each year. */
  /** `week`: "Easter week", the Monday-to-Sunday week holding the holiday. */
  | { kind: 'holiday'; holiday: Holiday; relation?: 'last' | 'next'; year?: number; week?: true };

/** Holidays whose day follows from the year alone (Western Christian calendar, US Thanksgiving). */
export type Holiday =
  | 'christmas'
  | 'christmasEve'
  | 'newYearsDay'
  | 'newYearsEve'
  | 'thanksgiving'
  | 'easter';

export interface DateExpression {
  start: number;
  end: number;
  text: string;
  form: DateForm;
}

const MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const MONTH_INDEX: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const monthOf = (word: string) => MONTH_INDEX[word.slice(0, 3).toLowerCase()]!;

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};
const countOf = (w: string) => (/^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w.toLowerCase()]);
const COUNT =
  '(\\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)';

const DECADE_WORDS: Record<string, number> = {
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
};

function part(word: string | undefined): 'early' | 'mid' | 'late' | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/^(early|beginning|start)/.test(w)) return 'early';
  if (/^(mid|middle)/.test(w)) return 'mid';
  if (/^(late|end)/.test(w)) return 'late';
  return undefined;
}

function season(word: string): Season {
  const w = word.toLowerCase();
  return w === 'autumn' ? 'fall' : (w as Season);
}

/**
 * "since the fall", "by the fall": a preposition that only bounds time before "the fall", and no drop's object or
 * measure after ("in the fall", "during the fall" may be someone's fall).
 */
const FALL_AFTER_PREPOSITION = /^(?:since|until|till|by)\s+the\s+fall$/i;
const DROP_FOLLOWS = /^\s+(?:in|on|of|from|to|by|at|off)\b/i;
const seasonFall = (m: RegExpExecArray) =>
  FALL_AFTER_PREPOSITION.test(m[0]) && !DROP_FOLLOWS.test(m.input.slice(m.index + m[0].length));

const RELATIVE_OFFSET: Record<string, number> = {
  this: 0,
  current: 0,
  last: -1,
  past: -1,
  previous: -1,
  prior: -1,
  next: 1,
  coming: 1,
};
const ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  last: 0,
  latter: 0,
};

const FULL_MONTHS = MONTH_NAME_LIST.join('|');
const wordList = (words: string) => words.trim().split(/\s+/).join('|');

/** "the Helsinki Final Act of 1975", "the Class of 2020": a capitalised name (not a month) owns the year. */
const NAME_BEFORE_OF = new RegExp(`(?:^|[^\\p{L}])(?!(?:${FULL_MONTHS})\\s)\\p{Lu}[\\p{L}'’.-]*\\s+$`, 'u');

/** Words after a number that make it a count, not a year ("2000 troops", "1990 people", "2000 of them"). */
const COUNTED = new RegExp(
  `^\\s*(?:[a-z]+s|${wordList(`
  people men women children persons personnel staff police troops soldiers residents refugees civilians
  km kg mm cm ft mph hours hrs gmt utc local feet metres meters tons? tonnes? m of`)})\\b`,
  'i',
);
/** Plural-looking words that are not counted nouns. */
const NOT_COUNTED = new RegExp(
  `^\\s*(?:${wordList(`
  was is has as this its his us always whereas thus less unless towards afterwards besides
  elections talks negotiations protests hostilities clashes campaigns crisis`)})\\b`,
  'i',
);
/** Words before a number that make it a count or a code ("about 2000", "No. 1990", "wounded 2000"). */
const COUNT_BEFORE = new RegExp(
  `(?:${wordList(`
  about some nearly almost over than least around approximately roughly only just up\\s+to at no\\. number
  page pp?\\. route flight room killed wounded injured evacuated displaced arrested detained captured
  numbered totall?ed exceeded rose\\s+to fell\\s+to reached`)})\\s+$`,
  'i',
);
/**
 * "notes due 2032", "bonds maturing in 2030": the year a debt falls due is a term of the debt, no event. A bare
 * year after "maturing" is one; after "due" (or "due in"), only when a debt's noun or coupon comes before it
 * ("the 7.5% eurobond, due 2030"): "elections due 2025" are an event.
 */
const MATURITY_BEFORE = /\b(?:maturing|maturity)\s+$/i;
const DEBT =
  '(?:notes?|bonds?|eurobonds?|securities|debt|debentures?|loans?|paper|issues?|obligations?|bills?)';
const DEBT_MATURITY_BEFORE = new RegExp(`\\b${DEBT}\\s+(?:due|maturing)\\s+in\\s+$`, 'i');
const DUE_BEFORE = /\bdue\s+(?:in\s+)?$/i;
const DEBT_DUE_BEFORE = new RegExp(`(?:\\b${DEBT}\\b|%)[^.;!?]{0,30}\\bdue\\s+(?:in\\s+)?$`, 'i');
/** Capitalised words a year may follow: a month, a preposition or a determiner opening a sentence. */
const OPENS_BEFORE_YEAR = new RegExp(
  `^(?:${FULL_MONTHS}|${wordList(`
  In By Since Until From Before After During Through Of The And Or But Fiscal Between For That This A An
  Its His Her Their Our Early Late Mid`)})$`,
);

const WORD_BEFORE = /([\p{L}][\p{L}'’.-]*)\s+$/u;
const CAPITALISED = /^\p{Lu}/u;
const CAPITALISED_NEXT = /^\s+\p{Lu}/u;
/** "Copyright (c) 2021", "© 2023", "(C) 2020": a notice's year is its rights', no event's. */
const COPYRIGHT_BEFORE = /(?:©|\([cC]\)|\bcopyright)\s*(?:(?:©|\([cC]\))\s*)?$/i;
/**
 * A bare year is read only where nothing makes it a count, a code or part of a name: not after a
 * capitalised word or inside parentheses ("Resolution 884 (1993)", "Windows 2000"), not before a
 * counted noun or a capitalised name ("2000 troops", "the 1975 Helsinki Final Act").
 */
function bareYearAllowed(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (/\(\s*$/.test(before) || /\d\s*$/.test(before) || COUNT_BEFORE.test(before)) return false;
  if (COPYRIGHT_BEFORE.test(before)) return false;
  if (MATURITY_BEFORE.test(before) || DEBT_MATURITY_BEFORE.test(before)) return false;
  if (DUE_BEFORE.test(before) && DEBT_DUE_BEFORE.test(text.slice(Math.max(0, start - 60), start)))
    return false;
  const of = /\bof\s+$/i.exec(before);
  if (of && NAME_BEFORE_OF.test(before.slice(0, of.index))) return false;
  const previous = WORD_BEFORE.exec(before)?.[1];
  if (previous && CAPITALISED.test(previous) && !/['’]s$/.test(previous) && !OPENS_BEFORE_YEAR.test(previous))
    return false;
  if (CAPITALISED_NEXT.test(after) && !/^\s+(?:and|or)\b/.test(after)) return false;
  return !COUNTED.test(after) || NOT_COUNTED.test(after);
}

/** Nouns for events that have happened (or begun) once they are named by their year. */
const PAST_EVENT_NOUNS =
  'raids?|bombings?|shelling|(?:air)?strikes?|killings?|shootings?|explosions?|riots?|wars?|conflicts?|(?:counter-?)?offensives?|cease-?fires?|truces?|armistice|invasions?|clashes|fighting|hostilities|escalations?|flare-ups?|massacres?|pogroms?|genocides?|uprisings?|revolutions?|coups?|earthquakes?|exodus|blockades?|sieges?|attacks?|assaults?|operations?|incursions?|war';
/** Nouns for events that may still be to come ("the 2024 elections will…"): their tense is read from the clause. */
const OTHER_EVENT_NOUNS =
  'elections?|votes?|referendums?|referenda|summits?|talks|negotiations|agreements?|accords?|deals?|treat(?:y|ies)|declarations?|statements?|census|protests?|campaigns?|crisis|crises|peace\\s+(?:deal|plan|process|talks)';
const PAST_EVENT_NOUN = new RegExp(`^(?:${PAST_EVENT_NOUNS})$`, 'i');
/**
 * A determiner or possessive, the year, then at most three modifiers that are names or compounds
 * ("Karabakh", "44-day", "Nagorno-Karabakh") or plain adjectives, then the event noun.
 */
/** "war|wars" → "[wW]ar|[wW]ars": nouns may be capitalised ("the 2020 Karabakh War") while modifiers must stay case-exact. */
const eitherCase = (alternatives: string) =>
  alternatives.replace(/(^|\|)([a-z])/g, (_, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`);
const NAMED_EVENT_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[\\p{Lu}][\\p{L}.-]*['’]s)\\s+(?:[\\p{L}\\d]+-[\\p{L}\\d-]+\\s+)?((?:19|20)\\d{2})\\s+` +
    `(?:(?:[\\p{Lu}][\\p{L}'’-]*|[\\p{L}\\d]+-[\\p{L}\\d-]+|first|second|third|last|brief|short|full-scale|military|border|armed|parliamentary|presidential|general|snap|local|bloody|deadly|major|large-scale|lightning)\\s+){0,3}` +
    `(${eitherCase(PAST_EVENT_NOUNS)}|${eitherCase(OTHER_EVENT_NOUNS)})(?![\\p{L}\\d-])`,
  'gu',
);

/** An event noun right after a year or decade, maybe after a compound ("2020 war", "1990s conflict"). */
const EVENT_NOUN_NEXT = new RegExp(
  `^\\s+(?:[\\p{L}\\d]+-[\\p{L}\\d-]+\\s+)?(?:${eitherCase(PAST_EVENT_NOUNS)}|${eitherCase(OTHER_EVENT_NOUNS)})(?![\\p{L}\\d-])`,
  'u',
);

/**
 * "worst fighting since 2020 war", "first border deal since the 1990s conflict": a headline drops the article
 * before a year that names an event, so the year or decade right before the event noun modifies it.
 */
export function yearBeforeEventNoun(text: string, e: { end: number; form: DateForm }): boolean {
  if (e.form.kind !== 'year' && e.form.kind !== 'decade') return false;
  return EVENT_NOUN_NEXT.test(text.slice(e.end, e.end + 60));
}

/** Does a date expression name by its year an event that has already happened ("the 2020 war")? */
export function namesPastEvent(expression: string): boolean {
  // Every match holds a year then white space; most expressions hold none, and the pattern is long.
  if (!YEAR_THEN_SPACE.test(expression)) return false;
  NAMED_EVENT_YEAR.lastIndex = 0;
  const m = NAMED_EVENT_YEAR.exec(expression);
  return m !== null && PAST_EVENT_NOUN.test(m[2]!);
}

/** "overnight clashes", "overnight drone strikes": a violent event the adjective dates to one night. */
const NIGHT_EVENT =
  /\s(?:(?:artillery|drone|missile|rocket|air)\s+)?(?:raids?|bombings?|bombardments?|shelling|strikes?|shootings?|explosions?|blasts?|clashes|skirmish(?:es)?|fighting|attacks?|assaults?|barrages?|firefights?|fire|battles?|incursions?)\b/;
const NIGHT_EVENT_NEXT = new RegExp(`^${NIGHT_EVENT.source}`);

/** A participle right after "overnight": "… overnight ending the war", "an overnight sitting". */
const PARTICIPLE_NEXT = /^\s\p{Ll}{2,}ing\b/u;
/**
 * Before "overnight" and a participle, the object the adverb follows ("signed a statement overnight ending …"): a
 * word of its own, neither a determiner nor a preposition, which would make "overnight" an adjective.
 */
const NOUN_BEFORE_ADVERB =
  /(?<![\p{L}-])(?!(?:a|an|the|its|their|his|her|our|this|that|these|those|of|for|in|on|at|an|any|no|every|each)\s+$)\p{L}{2,}\s+$/iu;

/** "almost overnight", "won't happen overnight", "change overnight": the idiom for "suddenly", no night. */
const SUDDENLY_BEFORE =
  /\b(?:almost|virtually|nearly|practically|literally|seemingly|all\s+but|not|n['’]t|never|happen|happened|change[sd]?|changing|became|become|becomes|transformed|vanished|disappeared|appeared)\s+(?:\S+\s+){0,6}?$|\b(?:almost|virtually|nearly|practically|literally|seemingly|all\s+but)\s+$/i;

/** "the shooting had become less intense overnight": a change by degree over the night, no sudden change. */
const CHANGED_BY_DEGREE_BEFORE = /\b(?:became|become|becomes)\s+(?:less|more)\s+\p{L}+\s+$/iu;

/** "the war of 2020", "the conflicts of the 1990s and": an event noun, then the "of" a year or decade names it by. */
const EVENT_NOUN_THEN_OF = new RegExp(
  `(?<![\\p{L}-])(?:${eitherCase(PAST_EVENT_NOUNS)})\\s+of\\s+(?:the\\s+)?$`,
  'u',
);

/** "the", "their", "Baku's": what opens a noun phrase a month may modify. */
const DETERMINER_BEFORE_MONTH =
  /(?:^|[^\p{L}\d])(?:[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[\p{Lu}][\p{L}.-]*['’]s)\s+$/u;
/**
 * A past event's noun after a month (and its year), maybe after one or two modifiers ("military
 * operation"). An event that may still be to come ("the November summit") keeps its date, as "the 2024
 * elections" keeps its year.
 */
const EVENT_NOUN_AFTER_MONTH = new RegExp(
  `^\\s+(?:(?:[\\p{L}\\d]+-[\\p{L}\\d-]+|[\\p{Lu}][\\p{L}'’-]*|military|border|armed|brief|deadly|bloody|large-scale|lightning|anti-terror(?:ist)?)\\s+){0,2}` +
    `(?:${eitherCase(PAST_EVENT_NOUNS)}|[Ee]vents)(?![\\p{L}\\d-])`,
  'u',
);

/**
 * "the September fighting", "Baku's September offensive", "the September 2023 operation": a month inside a
 * noun phrase, before the event noun, names the event as a year does in "the 2020 war" (CONVENTIONS 18);
 * it dates nothing the sentence tells. A day ("the September 19 attack") is left to date it.
 */
function monthBeforeEventNoun(text: string, e: { start: number; end: number; form: DateForm }): boolean {
  if (e.form.kind !== 'calendar' || e.form.day !== undefined || e.form.end !== undefined) return false;
  const written = text.slice(e.start, e.end);
  if (!/^\p{Lu}/u.test(written)) return false;
  return (
    DETERMINER_BEFORE_MONTH.test(text.slice(Math.max(0, e.start - 40), e.start)) &&
    EVENT_NOUN_AFTER_MONTH.test(text.slice(e.end, e.end + 80))
  );
}

/** "'s war", "’s brief offensive", "'s talks": the possessive ending, then an event's noun. */
const POSSESSIVE_THEN_EVENT_NOUN = new RegExp(
  `^['’]s\\s+(?:(?:[\\p{L}\\d]+-[\\p{L}\\d-]+|[\\p{Lu}][\\p{L}'’-]*|military|border|armed|brief|deadly|bloody|large-scale|lightning)\\s+){0,2}` +
    `(?:${eitherCase(PAST_EVENT_NOUNS)}|${eitherCase(OTHER_EVENT_NOUNS)}|[Ee]vents)(?![\\p{L}\\d-])`,
  'u',
);

/** Times that name an event when they stand in the possessive before its noun: a season, a month, a week or a year. */
const NAMING_POSSESSIVE_KINDS: ReadonlySet<DateForm['kind']> = new Set([
  'season',
  'namedMonth',
  'relativeWeek',
  'relativeMonth',
  'relativeYear',
  'anaphoric',
]);

/**
 * "last autumn's war", "last year's war", "last month's clashes", "the previous year's ceasefire": a time in the
 * possessive before an event's noun names the event as "the September fighting" does (CONVENTIONS 18, row
 * AT); it tells no more of when than the name. An adjunct still dates ("the war last year", "in
 * last year's autumn"), and a day ("yesterday's attack") dates its day.
 */
function possessiveBeforeEventNoun(text: string, e: { end: number; form: DateForm }): boolean {
  if (!NAMING_POSSESSIVE_KINDS.has(e.form.kind)) return false;
  return POSSESSIVE_THEN_EVENT_NOUN.test(text.slice(e.end, e.end + 60));
}

/**
 * Does a year, decade or month of a year name an event that has happened rather than date what the
 * sentence tells (CONVENTIONS 18)? "the 2020 war", "their 2020 war", "the war of 2020", "the conflicts of
 * the 1990s", "the fighting of September 2022". An
 * adjunct dates it ("the war in 2020"); so does the year of an event that may be to come ("the 2024 elections").
 */
export function namesEventByYear(text: string, e: { start: number; end: number; form: DateForm }): boolean {
  if (e.form.kind === 'year' && e.form.end !== undefined) return false;
  if (monthBeforeEventNoun(text, e)) return true;
  if (possessiveBeforeEventNoun(text, e)) return true;
  // "the war of autumn 2020" names it by its season as by its year. A month after "of" dates the event as a
  // day does ("the clashes of September 2022", "the explosion of 25 September": row AO); a month
  // before the noun names it ("the September 2022 clashes", monthBeforeEventNoun).
  const seasonOfYear = e.form.kind === 'season' && e.form.year !== undefined;
  if (e.form.kind !== 'year' && e.form.kind !== 'decade' && !seasonOfYear) return false;
  const written = text.slice(e.start, e.end);
  if (e.form.kind === 'year' && e.form.past) return true;
  const of = OF_BEFORE_A_YEAR_OR_NAME.exec(written)?.[0] ?? '';
  return EVENT_NOUN_THEN_OF.test(text.slice(Math.max(0, e.start - 40), e.start) + of);
}

/** `needs` is text every match of `pattern` contains: a slice without it is not searched with the (slower) pattern. */
type Parser = { pattern: RegExp; needs: RegExp; read: (m: RegExpExecArray) => DateForm | null };
/** "at 9 in the evening", "eight o'clock in the morning": a clock time, not the day's part. */
const CLOCK_BEFORE_DAYPART =
  /(?:\d|\bo['’]clock|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s*$/i;
/**
 * One gate for three rare forms, so that most sentences pay one test: a dotted date ("13.09.2022"), a part of
 * a day ("the previous evening") and a day before "[of] last/this/next year" ("September 13 last year",
 * "12 December of last year").
 */
const RARE_FORMS =
  /\d\. ?\d{1,2}\. ?[12]|morning|afternoon|evening|night|\d(?:st|nd|rd|th)?,?\s+(?:(?:of\s+)?\p{Lu}\p{L}*\.?,?\s+)?(?:of\s+)?(?:last|this|next)\s+year/iu;
/** After a day range: a written year ("13-14 September, 2022") or one told from the reference ("… last year"). */
const RANGE_YEAR = '(?:,?\\s+((?:19|20)\\d{2})\\b|\\s+(last|this|next)\\s+year\\b|\\b)';
/** Narrower pre-tests for parsers whose every match holds a year ("1999"), a decade ("1990s") or a year then a space. */
const YEAR_DIGITS = /(?:19|20)\d\d/;
const DECADE_DIGITS = /\d0['’]?s/i;
const YEAR_THEN_SPACE = /(?:19|20)\d\d\s/;
const DAY = /day/i;
/** "the 19th", "on the 3rd of": a digit with an ordinal ending. */
const ORDINAL_DIGIT = /\d(?:st|nd|rd|th)\b/;
/** "earlier this month", "later that week", "earlier in the year": "earlier"/"later" heading a period of its own. */
const EARLIER_HEADS_PERIOD =
  /^(?:(?:this|that|last|next)\s+(?:week|month|year|morning|afternoon|evening|spring|summer|autumn|fall|winter)|in\s+the\s+(?:day|week|month|year))\b/i;
/** "for ten days", "over two days": a count after these tells a length of time. */
const DURATION_BEFORE = /\b(?:for|over|within|lasting)\s+$/i;
/** What every "two days ago", "a day after", "three days later" holds: a count's space, "day(s)", a space. */
const COUNT_THEN_DAYS = /\sdays?\s/i;
/** What every day range ("13-14 September", "Sept. 5 to 7") holds: two numbers joined. */
const DAY_RANGE = /\d\s*(?:-|–|and|to)\s*\d/;
const HEDGE_BEFORE = /\b(?:nearly|almost|about|around|some|roughly|approximately|over|under|than)\s+$/i;

const WORD_NUMBER: Record<string, number> = Object.fromEntries(
  [
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen',
    'eighteen nineteen',
  ]
    .join(' ')
    .split(' ')
    .map((w, i) => [w, i + 1])
    .concat(
      'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, 20 + 10 * i]),
    ),
);
const MONTH_NAMES = MONTH_NAME_LIST.join('|');
const THAT_MONTH_CLOSES = /^\s*[.,;:!?)"”’]|^\s+(?:and|but|when|as|after|before|while)\b/;
const THAT_MONTH_OPENS = /(?:^|[,;.]\s*|\b(?:and|but|then|until|since|from|in|by)\s+)$/;
const TEEN_WORDS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONE_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const SPELLED_YEAR = new RegExp(
  `(?:\\b(${MONTH_NAMES})\\s+)?\\b(nineteen|twenty)[\\s-]+(?:(${TEEN_WORDS})|(${TENS_WORDS})(?:[\\s-]+(${ONE_WORDS}))?)\\b|` +
    `\\bthe\\s+year\\s+(two\\s+thousand)(?:\\s+and\\s+(${ONE_WORDS}|${TEEN_WORDS}))?\\b`,
  'gi',
);

const WEEKDAY_INDEX = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "last", "this past" → last; "next", "this coming" → next; "this" and none → placed by the clause's tense. */
function relationOf(word: string | undefined): 'last' | 'next' | undefined {
  const w = word?.toLowerCase().replace(/\s+/g, ' ');
  if (!w) return undefined;
  if (/^(?:last|this past|the past|the previous)$/.test(w)) return 'last';
  if (/^(?:next|this coming|the coming|the next)$/.test(w)) return 'next';
  return undefined;
}

const HOLIDAY_NAMES: [RegExp, Holiday][] = [
  [/^Christmas\s+Eve$/, 'christmasEve'],
  [/^Christmas/, 'christmas'],
  [/^New\s+Year['’]s\s+Day$/, 'newYearsDay'],
  [/^New\s+Year['’]s\s+Eve$/, 'newYearsEve'],
  [/^Thanksgiving/, 'thanksgiving'],
  [/^Easter/, 'easter'],
];
/**
 * Churches that keep the Julian calendar, or their own, hold Christmas and Easter on other days (the
 * Armenian Church's Christmas is 6 January, the Russian and Georgian 7 January): in a piece that
 * names one of them or their countries, those holidays are left undated rather than guessed.
 */
export const OTHER_CALENDAR =
  /\b(?:Armenia|Karabakh|Artsakh|Orthodox|Russia|Georgia|Ukrain|Belarus|Moldova|Serbia|Coptic|Ethiopia|Julian|Old\s+Calendar|Eastern\s+Church)/;
/** "Christmas shopping", "Easter eggs", "the Easter Rising", "Christmas Island": a holiday naming something else. */
const HOLIDAY_NOT_DAY =
  /^(?:\s+(?:\p{Lu}|trees?|cards?|shopping|shoppers|sales|season|holidays?|part(?:y|ies)|gifts?|presents?|eggs?|bunny|lights|markets?|carols?|messages?|address|decorations|turkeys?|specials?|bonus(?:es)?|lists?|spirit|story|stories|music|songs?|movies?|films?|parade)\b|-\p{L})/u;

const PERIOD_ENDED_ON = new RegExp(`^\\s+(?:ended|ending)\\s+(?:on\\s+)?(${MONTH})\\s*(\\d{1,2})?`, 'i');

const PARSERS: Parser[] = [
  {
    // "the previous Friday", "the following Monday": a weekday counted from the day the text just gave.
    pattern:
      /\bthe\s+(previous|preceding|following)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi,
    needs: /previous|preceding|following/i,
    read: (m) => ({
      kind: 'weekday',
      weekday: WEEKDAY_INDEX.indexOf(m[2]!.toLowerCase()),
      relation: m[1]!.toLowerCase() === 'following' ? 'next' : 'last',
      fromDiscourse: true,
    }),
  },
  {
    // "the week of March 6", "the week of Oct. 9, 2023".
    pattern: new RegExp(
      `\\bthe\\s+week\\s+of\\s+(${MONTH})\\s*(\\d{1,2})(?:,?\\s+((?:19|20)\\d{2}))?\\b`,
      'gi',
    ),
    needs: /week/i,
    read: (m) => {
      const day = Number(m[2]);
      if (!(day >= 1 && day <= 31)) return null;
      return { kind: 'weekOf', month: monthOf(m[1]!), day, ...(m[3] && { year: Number(m[3]) }) };
    },
  },
  {
    // "that year", "the following year", "later that month", "the same year".
    pattern:
      /\b(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that\s+(?:same\s+)?|the\s+(same|following|previous|preceding|prior)\s+)(year|month)\b(?![-'’]\p{L})/giu,
    needs: /year|month/i,
    read: (m) => {
      const w = (m[1] ?? 'same').toLowerCase();
      return {
        kind: 'anaphoric',
        unit: m[2]!.toLowerCase() === 'year' ? 'year' : 'month',
        offset: w === 'following' ? 1 : w === 'same' ? 0 : -1,
      };
    },
  },
  {
    // "she told a visiting journalist that November", "and that October the border closed": that month of the
    // year the text speaks of, closing its clause or opening one. "said that March was …" names no month of it.
    pattern: new RegExp(`\\b(?:(?:later|earlier)\\s+(?:in\\s+)?)?[Tt]hat\\s+(${MONTH_NAMES})\\b`, 'gu'),
    needs: /[Tt]hat\s+\p{Lu}/u,
    read: (m) => {
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 8);
      const before = m.input.slice(Math.max(0, m.index - 8), m.index);
      if (!THAT_MONTH_CLOSES.test(after) && !THAT_MONTH_OPENS.test(before)) return null;
      return { kind: 'anaphoric', unit: 'year', offset: 0, month: MONTH_NAMES.split('|').indexOf(m[1]!) + 1 };
    },
  },
  {
    // "signed in November that year", "in March of the following year": a month of the year the text speaks of;
    // "on 10 November of that year", "on November 10 that year": a day of it.
    pattern: new RegExp(
      `\\b(?:(?:on\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+|in\\s+)?(${MONTH_NAMES})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)?\\s+(?:of\\s+)?(?:that\\s+(?:same\\s+)?|the\\s+(same|following|previous)\\s+)year\\b(?![-'’]\\p{L})`,
      'gu',
    ),
    needs: /\syear\b/i,
    read: (m) => {
      const w = (m[4] ?? 'same').toLowerCase();
      const month = MONTH_NAMES.split('|').indexOf(m[2]!) + 1;
      const day = Number(m[1] ?? m[3] ?? 0);
      if (m[1] && m[3]) return null;
      return {
        kind: 'anaphoric',
        unit: 'year',
        offset: w === 'following' ? 1 : w === 'same' ? 0 : -1,
        month,
        ...(day >= 1 && day <= 31 && { day }),
      };
    },
  },
  {
    // "over the weekend", "last weekend", "this coming weekend" ("weekends" recur: not a date).
    pattern:
      /\b(?:(this\s+past|this\s+coming|the\s+past|the\s+previous|the\s+coming|the\s+next|this|last|next)\s+|the\s+)weekend\b(?![-'’]\p{L}|s\b)/giu,
    needs: /weekend/i,
    read: (m) => {
      const relation = relationOf(m[1]);
      // "did not survive the weekend", "spent the weekend": a bare "the weekend" right after a verb is its
      // object, a stretch of time the clause is about, not a time set for its event; an adjunct takes a
      // preposition ("over the weekend") or a relation ("last weekend").
      if (!m[1] && OBJECT_BEFORE.test(m.input.slice(Math.max(0, m.index - 24), m.index))) return null;
      return { kind: 'weekend', ...(relation && { relation }) };
    },
  },
  {
    // "Christmas Day", "last Thanksgiving", "Easter Sunday 2021", "New Year's Eve".
    pattern:
      /(?<![\p{L}'’-])(?:((?:[Ll]ast|[Nn]ext|[Tt]his(?:\s+past|\s+coming)?))\s+)?(Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday|\s+week)?)(?![\p{L}\d])(?:,?\s+((?:19|20)\d{2})\b)?/gu,
    needs: /Christmas|New Year|Thanksgiving|Easter/,
    read: (m) => {
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (!m[3] && HOLIDAY_NOT_DAY.test(after)) return null;
      const holiday = HOLIDAY_NAMES.find(([name]) => name.test(m[2]!))![1];
      const relation = relationOf(m[1]);
      return {
        kind: 'holiday',
        holiday,
        ...(relation && { relation }),
        ...(m[3] && { year: Number(m[3]) }),
        ...(/\sweek$/.test(m[2]!) && { week: true as const }),
      };
    },
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})\\s*(?:-|–|and|to)\\s*(\\d{1,2})\\s+(${MONTH})${RANGE_YEAR}`, 'g'),
    needs: DAY_RANGE,
    read: (m) => range(Number(m[1]), Number(m[2]), monthOf(m[3]!), m[4], m[5]),
  },
  {
    pattern: new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})\\s*(?:-|–|and|to)\\s*(\\d{1,2})${RANGE_YEAR}`, 'g'),
    needs: DAY_RANGE,
    read: (m) => range(Number(m[2]), Number(m[3]), monthOf(m[1]!), m[4], m[5]),
  },
  {
    // "13.09.2022", "09.13.2022": a dotted numeric date with a four-digit year is no version or figure.
    pattern: /(?<![\d.,])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d%]|[.,]\d)/g,
    needs: RARE_FORMS,
    read: (m) => dottedDate(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // "24. 4. 2024": the spaced dotted date of Central European copy (Czech, Slovak, German) is day first.
    pattern: /(?<![\d.,]\s?)(\d{1,2})\. (\d{1,2})\. ((?:19|20)\d{2})(?![\d%]|[.,]\d)/g,
    needs: RARE_FORMS,
    read: (m) => spacedDottedDate(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    pattern:
      /\b(?:the\s+)?(?:(early|late|mid-?)\s*)?(spring|summer|fall|autumn|winter)(?:\s+of)?\s+((?:19|20)\d{2})\b/gi,
    needs: YEAR_DIGITS,
    read: (m) => ({ kind: 'season', season: season(m[2]!), year: Number(m[3]) }),
  },
  {
    // "the winter of nineteen ninety-four": a season of a spoken year.
    pattern: new RegExp(
      `\\bthe\\s+(?:(?:early|late|mid)[\\s-]+)?(spring|summer|fall|autumn|winter)\\s+of\\s+(nineteen|twenty)[\\s-]+(?:(${TEEN_WORDS})|(${TENS_WORDS})(?:[\\s-]+(${ONE_WORDS}))?)\\b`,
      'gi',
    ),
    needs: /nineteen|twenty/i,
    read: (m) => {
      const rest = m[3]
        ? WORD_NUMBER[m[3].toLowerCase()]!
        : WORD_NUMBER[m[4]!.toLowerCase()]! + (m[5] ? WORD_NUMBER[m[5].toLowerCase()]! : 0);
      const year = (m[2]!.toLowerCase() === 'nineteen' ? 1900 : 2000) + rest;
      return { kind: 'season', season: season(m[1]!), year };
    },
  },
  {
    pattern: /\b(this|last|next|the past|the previous|the coming)\s+(spring|summer|fall|autumn|winter)\b/gi,
    needs: /spring|summer|fall|autumn|winter/i,
    read: (m) => ({
      kind: 'season',
      season: season(m[2]!),
      offset: RELATIVE_OFFSET[m[1]!.toLowerCase().replace(/^the /, '')] ?? 0,
      counted: true,
    }),
  },
  {
    // "In the spring of this year", "the summer of last year": the season of a year told from the piece's, as
    // "May of this year" is a month of it.
    pattern: /\b(?:the\s+)?(spring|summer|fall|autumn|winter)\s+of\s+(this|last|next)\s+year\b(?!['’]s)/gi,
    needs: /spring|summer|fall|autumn|winter/i,
    read: (m) => ({
      kind: 'season',
      season: season(m[1]!),
      offset: RELATIVE_OFFSET[m[2]!.toLowerCase()] ?? 0,
    }),
  },
  {
    // "over the summer", "the early summer", "this past spring"; "the fall" is too often a drop to be read alone,
    // but after a bound of time ("since the fall", "by the fall") it is the season unless a drop's object or
    // measure follows ("since the fall of Shusha", "since the fall in prices").
    // "since spring", "in spring", "until spring": with no article as with one, the season nearest the piece's
    // day ("in spring and summer" is a habit of any year, no one season).
    // "the summer every year" recurs: no one season.
    pattern:
      /(?<![\p{L}-])(?:([Tt]his\s+past)|(?:[Oo]ver|[Dd]uring|[Ii]n|[Tt]hrough|[Ii]nto|[Ss]ince|[Uu]ntil|[Bb]y)\s+the|[Tt]he|[Ss]ince|[Ii]n|[Uu]ntil|[Tt]ill|[Bb]y)\s+(?:(?:early|late|mid)[\s-]+)?(spring|summer|autumn|fall)\b(?!\s+of\b|-\p{L}|\s+(?:every|each)\s+year\b|\s+(?:and|or)\s+(?:spring|summer|autumn|fall|winter)\b)/gu,
    needs: /spring|summer|autumn|fall/,
    read: (m) =>
      m[2] === 'fall' && !m[1] && !seasonFall(m)
        ? null
        : { kind: 'season', season: season(m[2]!), latest: true },
  },
  {
    pattern:
      /\b(?:the\s+)?(?:(early|mid|late|beginning of the|start of the|middle of the|end of the)[\s-]+)?((?:1[5-9]|20)\d0)['’]?s\b/gi,
    needs: DECADE_DIGITS,
    read: (m) => ({ kind: 'decade', decade: Number(m[2]), centuryKnown: true, part: part(m[1]) }),
  },
  {
    // "a farmer in his fifties", "in their late forties": after a possessive, the decade is an age.
    pattern:
      /(?<!\b(?:his|her|their|my|our|your)\s+(?:(?:early|mid|late)[\s-]+)?)\b(?:the\s+)?(?:(early|mid|late|beginning of the|start of the|middle of the|end of the)[\s-]+)?(?:(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|['’]([2-9]0)s)\b/gi,
    // A decade word, not any "-ties" ("authorities", "casualties", "parties").
    needs: /(?:twen|thir|for|fif|six|seven|eigh|nine)ties|['’][2-9]0s/i,
    read: (m) => ({
      kind: 'decade',
      decade: m[2] ? DECADE_WORDS[m[2].toLowerCase()]! : Number(m[3]),
      centuryKnown: false,
      part: part(m[1]),
    }),
  },
  {
    // A year after a preposition: "in 2021", "since 2020"; not a year inside a name ("the Helsinki Final Act of 1975").
    pattern:
      /\b(?:in|since|by|until|till|through|during|before|after|from|of|the year)\s+((?:19|20)\d{2})\b(?![-–/]\d)/gi,
    needs: YEAR_DIGITS,
    read: (m) =>
      (/^of/i.test(m[0]) && NAME_BEFORE_OF.test(m.input.slice(Math.max(0, m.index - 40), m.index))) ||
      (/^in/i.test(m[0]) &&
        (DEBT_MATURITY_BEFORE.test(m.input.slice(Math.max(0, m.index - 30), m.index + 3)) ||
          DEBT_DUE_BEFORE.test(m.input.slice(Math.max(0, m.index - 60), m.index + 3))))
        ? null
        : { kind: 'year', year: Number(m[1]) },
  },
  {
    // "2009-2010", "1957-58", "from 2009 to 2011", "between 2009 and 2011": a span of years.
    pattern:
      /(?<![\p{L}\d$€£#.,/-])(?:(?:from|between)\s+)?((?:19|20)\d{2})\s*(?:[-–]|\s(?:to|and|through)\s)\s*((?:19|20)?\d{2})(?![\p{L}\d%]|[-–/.,]\d)/giu,
    needs: YEAR_DIGITS,
    read: (m) => {
      const first = Number(m[1]);
      const end = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (!(end > first && end - first <= 30)) return null;
      if (!/[-–]/.test(m[0]) && !/^(from|between)/i.test(m[0])) return null;
      if (/^between/i.test(m[0]) !== /\sand\s/.test(m[0]) && !/[-–]/.test(m[0])) return null;
      return bareYearAllowed(m.input, m.index, m.index + m[0].length)
        ? { kind: 'year', year: first, end }
        : null;
    },
  },
  {
    // A bare year standing alone ("a record set in May and broken in 1999", "1989 was a bad year").
    pattern: /(?<![\p{L}\d$€£#.,/-])((?:19|20)\d{2})(?![\p{L}\d%]|[-–/.,]\d)/gu,
    needs: YEAR_DIGITS,
    read: (m) =>
      bareYearAllowed(m.input, m.index, m.index + m[0].length) ? { kind: 'year', year: Number(m[1]) } : null,
  },
  {
    // "nineteen ninety-six", "the year two thousand": a year spoken, as transcripts and translations write it.
    pattern: SPELLED_YEAR,
    needs: /nineteen|twenty|two thousand/i,
    read: (m) => {
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^[\s-]+(?:years?|dollars|people|percent|per)\b/i.test(after)) return null;
      if (m[6] !== undefined)
        return { kind: 'year', year: 2000 + (m[7] ? (WORD_NUMBER[m[7].toLowerCase()] ?? 0) : 0) };
      const century = m[2]!.toLowerCase() === 'nineteen' ? 1900 : 2000;
      const rest = m[3]
        ? WORD_NUMBER[m[3].toLowerCase()]!
        : WORD_NUMBER[m[4]!.toLowerCase()]! + (m[5] ? WORD_NUMBER[m[5].toLowerCase()]! : 0);
      // "January nineteen ninety-seven": that month of the year.
      const month = m[1] ? MONTH_NAMES.split('|').indexOf(m[1]) + 1 : 0;
      return month > 0
        ? { kind: 'calendar', month, year: century + rest }
        : { kind: 'year', year: century + rest };
    },
  },
  {
    // "fiscal 1990", "fiscal year 2011", "FY2011": named by the calendar year it ends in, as TimeML does.
    pattern: /\b(?:fiscal(?:\s+year)?\s+|FY\s?)((?:19|20)\d{2})\b(?![-–/]\d)/g,
    needs: /fiscal|FY/,
    read: (m) => ({ kind: 'year', year: Number(m[1]) }),
  },
  {
    pattern:
      /(?<![\p{L}-])(right now|now|currently|at present|at the moment|nowadays|these days)(?![\p{L}-])/giu,
    needs: /now|current|present|moment|these days/i,
    read: (m) => {
      const before = m.input.slice(Math.max(0, m.index - 12), m.index);
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 8);
      // "a week from now" is a day still to come; "now-defunct", "now that" keep their own sense.
      if (/\bfrom\s+$/i.test(before) || /^\s+on\b/i.test(after) || /^['’]s\b/.test(after)) return null;
      return { kind: 'present' };
    },
  },
  {
    // "the third quarter of 1989", "third-quarter", "this year's first half", "the 1988 fourth quarter", "Q3 2023".
    pattern: new RegExp(
      `\\b(?:(?:the|its|their)\\s+)?(?:((?:19|20)\\d{2})\\s+|(this|last|next)\\s+year['’]s\\s+|(year-ago|year-earlier|prior-year)\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last|latter|first\\s+two|last\\s+two)[\\s-]+(quarters?|half)\\b` +
        `(?:\\s+of\\s+(?:((?:19|20)\\d{2})\\b|(?:the|this)\\s+year\\b|(last|next)\\s+year\\b))?|\\bQ([1-4])\\s+((?:19|20)\\d{2})\\b`,
      'gi',
    ),
    needs: /quarter|half|Q[1-4]/i,
    read: (m) => {
      // A company's fiscal quarter is not the calendar quarter: left alone rather than guessed.
      if (/fiscal[\s-]+$/i.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return null;
      if (m[8])
        return { kind: 'yearPart', first: 3 * Number(m[8]) - 2, last: 3 * Number(m[8]), year: Number(m[9]) };
      // "the first two quarters" are the first half, "the last two quarters" the second.
      const two = /\stwo$/i.test(m[4]!);
      if (two !== /s$/i.test(m[5]!)) return null;
      const quarter = m[5]!.toLowerCase() === 'quarter';
      // "the last half of 1989", "the latter half": the second half; "the last quarter" is too often "the latest".
      // "the last half of the '80s" is part of a decade, read as the decade.
      if (
        /^\s+of\s+(?:the\s+)?(?:(?:19|20)?\d0['’]?s|['’]\d0s|\w+ties)\b/i.test(
          m.input.slice(m.index + m[0].length),
        )
      )
        return null;
      const n = two ? (/^first/i.test(m[4]!) ? 1 : 2) : ORDINAL[m[4]!.toLowerCase()]! || (quarter ? 0 : 2);
      if (n === 0 || (!quarter && n > 2)) return null;
      const [first, last] = quarter ? [3 * n - 2, 3 * n] : [6 * n - 5, 6 * n];
      const year = m[1] ?? m[6];
      const relative = (
        m[2] ??
        m[7] ??
        (/\bof\s+(?:the|this)\s+year/i.test(m[0]) ? 'this' : undefined)
      )?.toLowerCase();
      if (m[3]) return { kind: 'ago', unit: 'year', count: 1, anchor: 'part', part: { first, last } };
      return {
        kind: 'yearPart',
        first,
        last,
        ...(year ? { year: Number(year) } : relative && { offset: RELATIVE_OFFSET[relative]! }),
      };
    },
  },
  {
    // "the first three months of this year", "the last two months of last year": a run of months at either end of
    // the year the piece counts from. With "of 1997" or "of the year" the run reads as a span of the year named
    // apart, as annotated news corpora mark it ("the first nine months" a duration, "1997" the year).
    pattern: new RegExp(
      `\\bthe\\s+(first|last)\\s+${COUNT}\\s+months\\s+of\\s+(this|last|next)\\s+year\\b`,
      'gi',
    ),
    needs: /months\s+of/i,
    read: (m) => {
      const n = countOf(m[2]!);
      if (n === undefined || n < 2 || n > 11) return null;
      const [first, last] = /^first$/i.test(m[1]!) ? [1, n] : [13 - n, 12];
      return {
        kind: 'yearPart',
        first,
        last,
        offset: RELATIVE_OFFSET[m[3]!.toLowerCase()]!,
      };
    },
  },
  {
    // "in early May", "mid-May": chrono reads no "May" after these words (it guards the modal verb).
    pattern: /(?<![\p{L}-])(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+May(?![\p{L}-]|\.?\s*\d|\s+\p{Lu})/gu,
    needs: /May/,
    read: () => ({ kind: 'calendar', month: 5 }),
  },
  {
    // "have been there since May.", "lasted until May!": chrono reads no "May" closing a sentence after these
    // words (it guards the modal verb), and no modal follows them.
    pattern: /(?<=\b(?:[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Tt]hrough)\s+)May(?=\s*[.!?;:]|\s*$)/gu,
    needs: /May/,
    read: () => ({ kind: 'calendar', month: 5 }),
  },
  {
    // "last May", "this September", "next March" (a month name is capitalised; "last May 5" is a day).
    pattern: new RegExp(
      `\\b([Ll]ast|[Tt]his|[Nn]ext|[Tt]his past|[Tt]his coming)\\s+(${MONTH})(?![\\p{L}]|\\.?\\s*\\d)`,
      'gu',
    ),
    needs: /ast|his|ext/,
    read: (m) => {
      const w = m[1]!.toLowerCase();
      const month = monthOf(m[2]!);
      if (w === 'this') return { kind: 'namedMonth', month, relation: 'year', offset: 0 };
      return {
        kind: 'namedMonth',
        month,
        relation: w === 'next' || w === 'this coming' ? 'next' : 'last',
        offset: 0,
      };
    },
  },
  {
    // "since the beginning of the year", "since the start of this year": counted from the piece's January.
    pattern: /\bsince\s+the\s+(?:very\s+)?(?:beginning|start)\s+of\s+(?:the|this)\s+year\b(?![-'’]\p{L})/giu,
    needs: /year/i,
    read: () => ({ kind: 'namedMonth', month: 1, relation: 'year', offset: 0 }),
  },
  {
    // "November last year", "June of this year", "March next year".
    pattern: new RegExp(`\\b(${MONTH})\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, 'gu'),
    needs: /year/,
    read: (m) => ({
      kind: 'namedMonth',
      month: monthOf(m[1]!),
      relation: 'year',
      offset: RELATIVE_OFFSET[m[2]!]!,
    }),
  },
  {
    // "September 13 last year", "the 4th of May this year": a day whose year is counted from the reference's.
    pattern: new RegExp(
      `\\b(?:(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH}))` +
        `,?\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`,
      'gu',
    ),
    needs: RARE_FORMS,
    read: (m) => {
      const day = Number(m[2] ?? m[3]);
      if (day < 1 || day > 31) return null;
      return {
        kind: 'calendar',
        month: monthOf((m[1] ?? m[4])!),
        day,
        yearOffset: RELATIVE_OFFSET[m[5]!]!,
      };
    },
  },
  {
    // "four years ago", "six months ago", "two years ago on this day", "a year ago today".
    pattern: new RegExp(
      `\\b${COUNT}\\s+(years?|months?)\\s+ago\\b(\\s+(?:today|on\\s+this\\s+(?:day|date)|to\\s+the\\s+day)\\b)?`,
      'gi',
    ),
    needs: /ago/i,
    read: (m) =>
      count(m[1]!, (n) => ({
        kind: 'ago',
        unit: /^year/i.test(m[2]!) ? 'year' : 'month',
        count: n,
        ...(m[3] && { sameDay: true as const }),
      })),
  },
  {
    // "the quarter", "this quarter", "the latest period": the quarter or half the text just named (zero years
    // back). "the period from May to June", "the quarter-to-quarter change" are not; "in the quarter to $2
    // billion" is.
    pattern: new RegExp(
      `\\b(?:the|this|that)\\s+(?:latest\\s+|same\\s+)?(quarter|period)\\b(?!-\\p{L})` +
        `(?!\\s+(?:of|between)\\b|\\s+(?:from|to|through|until)\\s+(?:${MONTH}|(?:19|20)\\d{2}|the\\s+(?:end|start|beginning)\\b))`,
      'giu',
    ),
    needs: /quarter|period/i,
    read: (m) => {
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const ended = PERIOD_ENDED_ON.exec(after);
      if (ended) {
        // "the quarter ended Sept. 30": the calendar quarter ending that day; a fiscal one ending on another
        // day ("Sept. 29"), or a period of any length, is left alone.
        const month = monthOf(ended[1]!);
        const lastDay = [31, 30, 30, 31][month / 3 - 1];
        return m[1]!.toLowerCase() === 'quarter' &&
          month % 3 === 0 &&
          (ended[2] === undefined || Number(ended[2]) === lastDay)
          ? { kind: 'yearPart', first: month - 2, last: month }
          : null;
      }
      if (/^\s+(?:ended|ending)\b/i.test(after)) return null;
      return { kind: 'ago', unit: 'year', count: 0, anchor: 'part' };
    },
  },
  {
    // "sales for the full year", "by year end", "the first nine months of the year": the year of the piece.
    pattern:
      /\b(?:(for|of|during|throughout|(?:earlier|later)\s+in)\s+the\s+(?:(?:full|whole|entire)\s+)?year|the\s+full\s+year|(?:by|at|around|before|until|till|toward|towards)\s+(?:the\s+)?year(?:['’]s)?[-\s]end)\b(?![-'’]\p{L}|\s+(?:ended|ending|to|of|before|after|earlier|ago|\d)\b)/giu,
    needs: /year/i,
    read: (m) => ({
      kind: 'relativeYear',
      offset: 0,
      ...(m[1] && !/full|whole|entire/i.test(m[0]) && { results: true as const }),
    }),
  },
  {
    // "the current quarter", "next quarter": counted from the quarter the piece was written in.
    pattern: /\b(?:the\s+(current|coming|next|previous|prior)|(next))\s+quarter\b(?!-\p{L})/giu,
    needs: /quarter/i,
    read: (m) => ({ kind: 'relativeQuarter', offset: RELATIVE_OFFSET[(m[1] ?? m[2])!.toLowerCase()] ?? 0 }),
  },
  {
    // "the 1988 quarter", "the 1989 period": the quarter the text just named, in that year.
    pattern: /\bthe\s+((?:19|20)\d{2})\s+(?:quarter|period)\b/gi,
    needs: /quarter|period/i,
    read: (m) => ({ kind: 'ago', unit: 'year', count: 0, anchor: 'part', year: Number(m[1]) }),
  },
  {
    // "year-earlier profit", "year-ago levels": the period the text just named, a year before.
    pattern: /\b(?:year-earlier|year-ago)\b/gi,
    needs: /year-/i,
    // "the year-earlier nine months" is a length of time: left to the lengths.
    read: (m) =>
      /^\s+(?:[\w-]+\s+)?months\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24))
        ? null
        : { kind: 'ago', unit: 'year', count: 1, anchor: 'part' },
  },
  {
    // "a year earlier", "two years before": counted from the date the text just gave.
    pattern: new RegExp(
      `(?:\\b${COUNT}\\s+(years?|months?)\\s+(?:earlier|before)(?=\\s*[,.;:)]|\\s*$)|(?<=\\b(?:from|than|with)\\s+)${COUNT}\\s+(years?|months?)\\s+earlier\\b)`,
      'gi',
    ),
    needs: /earlier|before/i,
    read: (m) =>
      count((m[1] ?? m[3])!, (n) => ({
        kind: 'ago',
        unit: /^year/i.test((m[2] ?? m[4])!) ? 'year' : 'month',
        count: n,
        anchor: 'discourse',
      })),
  },
  {
    // "Nine months later, the enclave was gone", "two years afterwards": counted forward from the date the
    // text just gave, as precise as the count (a month, a year), never a day. "later than planned" compares.
    pattern: new RegExp(
      `\\b${COUNT}\\s+(years?|months?)\\s+(?:later|afterwards?)(?!\\s+than\\b)(?=\\s*[,.;:)]|\\s*$|\\s+\\p{L})`,
      'giu',
    ),
    needs: /later|afterward/i,
    read: (m) =>
      count(m[1]!, (n) => ({ kind: 'anaphoric', unit: /^year/i.test(m[2]!) ? 'year' : 'month', offset: n })),
  },
  {
    // "the year-ago quarter", "the year-earlier period": the same part of the year before the one the sentence names.
    pattern:
      /\bthe\s+(?:comparable\s+|corresponding\s+)?(?:year-ago|year-earlier|prior-year)\s+(?:quarter|period|half)\b|\bthe\s+(?:(?:corresponding|comparable|same)\s+)?(?:quarter|period)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier))\b|\blast\s+year['’]s\s+(?:quarter|period)\b/gi,
    needs: /year/i,
    read: () => ({ kind: 'ago', unit: 'year', count: 1, anchor: 'part' }),
  },
  {
    // A year inside a noun phrase names an event: "the 2020 war", "Azerbaijan's 2023 offensive", "the 2024 elections".
    pattern: NAMED_EVENT_YEAR,
    needs: YEAR_THEN_SPACE,
    read: (m) => ({
      kind: 'year',
      year: Number(m[1]),
      ...(PAST_EVENT_NOUN.test(m[2]!) && { past: true as const }),
    }),
  },
  {
    // "yesterday afternoon", "tomorrow morning": the part of the day is the expression's, the day its value.
    pattern:
      /\b(today|tonight|this morning|this afternoon|this evening|earlier today|yesterday|tomorrow|the day before yesterday|(?<!\bthe\s+)last night)\b(?:(?<=yesterday|tomorrow)\s+(?:morning|afternoon|evening)\b(?![-'’]\p{L}))?/giu,
    needs: /today|tonight|morning|afternoon|evening|yesterday|tomorrow|night/i,
    read: (m) => {
      const w = m[1]!.toLowerCase();
      if ((w === 'today' || w === 'tomorrow') && nowadays(m.input, m.index, m.index + m[0].length))
        return null;
      const offset =
        w === 'yesterday' || w === 'last night'
          ? -1
          : w === 'tomorrow'
            ? 1
            : w === 'the day before yesterday'
              ? -2
              : 0;
      // "last night", told on a known day, is the night before it: the evening of the day before into the small
      // hours of the day itself (CONVENTIONS row Q); which side of midnight, the words do not tell.
      if (w === 'last night')
        return { kind: 'relativeDay', anchor: 'reference', offset, night: true, pastInWords: true };
      return { kind: 'relativeDay', anchor: 'reference', offset };
    },
  },
  {
    // "talked with Putin earlier in the day": the day the narrative stands on, or the piece's own.
    pattern: /\b(?:earlier|later)\s+in\s+the\s+day\b/gi,
    needs: /in the day/i,
    read: () => ({ kind: 'relativeDay', anchor: 'discourse', offset: 0, orPieceDay: true }),
  },
  {
    // "Stepanakert was shelled overnight, officials said": the night before the day the piece speaks from. An
    // adjective ("an overnight curfew") or "suddenly" ("almost overnight", "won't happen overnight") is no night,
    // but one before a violent event ("killed in overnight clashes", "overnight shelling") dates that event;
    // resolve.ts reads it only in a clause told as past. "signed a statement overnight ending the war": an adverb
    // after the object, before the participle that runs on from it; "the overnight parking" is an adjective.
    pattern: new RegExp(
      `(?<![\\p{L}-])overnight(?![\\p{L}-])(?=\\s*(?:[,.;:)"”’—–]|$|\\s(?:and|but|in|on|at|near|along|to|into|from|across|around|after|before|as|when|while|with|without|by|the|a|an|and|according|officials|local|residents|said|says)\\b|\\s\\p{Ll}{2,}ing\\b|${NIGHT_EVENT.source}))`,
      'giu',
    ),
    needs: /overnight/i,
    read: (m) => {
      const before = m.input.slice(Math.max(0, m.index - 40), m.index);
      if (SUDDENLY_BEFORE.test(before) && !CHANGED_BY_DEGREE_BEFORE.test(before)) return null;
      const next = m.input.slice(m.index + m[0].length);
      if (PARTICIPLE_NEXT.test(next) && !NIGHT_EVENT_NEXT.test(next) && !NOUN_BEFORE_ADVERB.test(before))
        return null;
      return { kind: 'relativeDay', anchor: 'reference', offset: -1, night: true };
    },
  },
  {
    // "Shelling resumed on the 21st, residents said": an ordinal day alone, ending its phrase (not "the 21st century").
    pattern:
      /\b(?:on|by|since|until|till|from)\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*[,.;:)]|\s*$|\s+(?:and|but|when|as|after|before|at|in|of\s+this\s+month)\b)/gi,
    needs: ORDINAL_DIGIT,
    read: (m) => ({ kind: 'dayOfMonth', day: Number(m[1]) }),
  },
  {
    // "killed in the fighting on the 19th and 20th": two days of one month that follow each other, one stretch.
    // Days further apart ("on the 5th and 9th") are not the days between: the first is read alone, as above.
    pattern:
      /\b(?:on|by|since|until|till|from)\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+and\s+(?:the\s+)?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*[,.;:)]|\s*$|\s+(?:and|but|when|as|after|before|at|in|of\s+this\s+month)\b)/gi,
    needs: ORDINAL_DIGIT,
    read: (m) =>
      Number(m[2]) === Number(m[1]) + 1
        ? { kind: 'dayOfMonth', day: Number(m[1]), endDay: Number(m[2]) }
        : null,
  },
  {
    pattern: new RegExp(`\\b${COUNT}\\s+days?\\s+ago\\b`, 'gi'),
    needs: COUNT_THEN_DAYS,
    read: (m) => count(m[1]!, (n) => ({ kind: 'relativeDay', anchor: 'reference', offset: -n })),
  },
  {
    // "agreed on Wednesday to lay down their arms, a day after Azerbaijan launched an offensive": set off
    // after a clause that gave its day, the phrase dates the event it names, that many days before (after)
    // that day. Elsewhere ("Two days after the attack, …") the event's own day is not given: left alone.
    pattern: new RegExp(`\\b${COUNT}\\s+days?\\s+(after|before)(?=\\s+\\p{L})`, 'giu'),
    needs: COUNT_THEN_DAYS,
    read: (m) => {
      const before = m.input.slice(Math.max(0, m.index - 8), m.index);
      const offset = (n: number) => (/^after$/i.test(m[2]!) ? -n : n);
      if (/,["”’']?\s*(?:just\s+|only\s+)?$/.test(before))
        return count(m[1]!, (n) => ({
          kind: 'relativeDay',
          anchor: 'discourse',
          offset: offset(n),
          inSentence: true,
        }));
      // "Two days after a ceasefire brokered on Wednesday, the border was quiet on Friday": fronted, the phrase
      // counts from the day its main clause tells after the comma (resolve.ts), else from none.
      return /(?:^|[.!?]["”’]?\s+)$/.test(before)
        ? count(m[1]!, (n) => ({
            kind: 'relativeDay',
            anchor: 'discourse',
            offset: offset(n),
            clauseAhead: true,
          }))
        : null;
    },
  },
  {
    // "two weeks ago", "a week ago": that many weeks before the day the text speaks from, to the day, as writers
    // date with them. "six weeks ago" is rounder, and "nearly two weeks ago" hedged: no day is read.
    pattern: new RegExp(`\\b${COUNT}\\s+weeks?\\s+ago\\b(?!-)`, 'gi'),
    needs: /ago/i,
    read: (m) => {
      const n = countOf(m[1]!);
      if (n === undefined || n > 2 || HEDGE_BEFORE.test(m.input.slice(Math.max(0, m.index - 16), m.index)))
        return null;
      return { kind: 'relativeDay', anchor: 'reference', offset: -7 * n };
    },
  },
  {
    // "The second truce, announced a week later": a week or two from an event the text dated, to the day, only
    // when its clause names that event (resolve.ts); "weeks later than planned" compares, a hedge rounds.
    pattern: new RegExp(`\\b${COUNT}\\s+weeks?\\s+(later|earlier)\\b(?!\\s+than\\b)`, 'gi'),
    needs: /later|earlier/i,
    read: (m) => {
      const n = countOf(m[1]!);
      if (n === undefined || n > 2 || HEDGE_BEFORE.test(m.input.slice(Math.max(0, m.index - 16), m.index)))
        return null;
      return {
        kind: 'relativeDay',
        anchor: 'discourse',
        offset: (/^later$/i.test(m[2]!) ? 7 : -7) * n,
        eventOnly: true,
      };
    },
  },
  {
    // "the previous evening", "the next morning": a part of the day before or after the day the text gave;
    // "that night", "the same evening": a part of that very day.
    pattern:
      /\b(?:the\s+(next|following|previous|preceding|same)|that(?:\s+same)?)\s+(?:morning|afternoon|evening|night)\b(?![-'’]\p{L})/giu,
    needs: RARE_FORMS,
    read: (m) => ({
      kind: 'relativeDay',
      anchor: 'discourse',
      offset: m[1] === undefined || /^same$/i.test(m[1]) ? 0 : /^(next|following)$/i.test(m[1]) ? 1 : -1,
      toldDay: true,
    }),
  },
  {
    // "The blast the evening before killed 170 people": "before"/"after" with no object of its own is the part of
    // the day before (after) the day the text gave, as "the previous evening" is. "the night before the vote"
    // counts from a day not given; "the night before last" is two nights back: neither is read. Before a gerund
    // ("rose in the morning before falling back") "before" opens a clause: the day's part is that day's own.
    pattern:
      /\bthe\s+(?:morning|afternoon|evening|night)\s+(before|after)\b(?=\s*[,.;:)]|\s*$|\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|he|she|it|they|we|i|you|last|next|yesterday|tomorrow|being|having)\b|\p{Ll}+ing\b)\p{Ll})/giu,
    needs: RARE_FORMS,
    // "stopped in the evening after Moscow intervened": before a capital "after" opens a clause with its
    // subject (the /i flag lets the pattern's lower-case letter match a capital, so it is checked here).
    read: (m) =>
      /^\s+\p{Lu}/u.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3))
        ? null
        : {
            kind: 'relativeDay',
            anchor: 'discourse',
            offset: /^after$/i.test(m[1]!) ? 1 : -1,
            toldDay: true,
          },
  },
  {
    // "confirmed the detention in the afternoon", "By the evening it was clear": a part of the day the text has
    // just told, only next to it (as "that evening"). After a clock ("at 9 in the evening") the part names the hour.
    // "in the morning of May 27" is that day's morning, read with its day. Only "in" names a clock's part of the
    // day: "a figure that rose by 6,500 since the morning" is a count, then the day's part.
    // "I have been calling him since lunchtime", "By nightfall, both capitals reported": parts of the day too,
    // written without "the".
    pattern:
      /\b(?:(?:in|by|since)\s+(?:the\s+)?(?:morning|afternoon|evening)|(?:by|since)\s+(?:lunchtime|nightfall|dusk|sunset|sundown))\b(?![-'’]\p{L}|\s+of\b)/giu,
    needs: /morning|afternoon|evening|lunchtime|nightfall|dusk|sunset|sundown/i,
    read: (m) =>
      /^in\b/i.test(m[0]) && CLOCK_BEFORE_DAYPART.test(m.input.slice(Math.max(0, m.index - 16), m.index))
        ? null
        : { kind: 'relativeDay', anchor: 'discourse', offset: 0, toldDay: true, orPieceDay: true },
  },
  {
    // "Lavrov announced the agreement in the early hours in Moscow": the night's end before the day just told,
    // read as its morning is ("since the early hours of the morning" too). "in the early hours of Saturday" is
    // that day's, read with its day.
    pattern: /\b(?:in|since)\s+the\s+(?:early|small|wee)\s+hours(?:\s+of\s+the\s+morning\b|\b(?!\s+of\b))/gi,
    needs: /\b(?:early|small|wee)\s+hours/i,
    read: () => ({ kind: 'relativeDay', anchor: 'discourse', offset: 0, toldDay: true, orPieceDay: true }),
  },
  {
    pattern:
      /\bthe\s+(next|following|previous|same)\s+day\b|\bthat\s+(same\s+)?day\b|\bthe\s+day\s+(before|after)(?=\s*[,.;:)]|\s*$)/gi,
    needs: DAY,
    read: (m) => {
      const w = (m[1] ?? m[3] ?? 'same').toLowerCase();
      const offset =
        w === 'next' || w === 'following' || w === 'after' ? 1 : w === 'previous' || w === 'before' ? -1 : 0;
      return { kind: 'relativeDay', anchor: 'discourse', offset };
    },
  },
  {
    // "A day earlier it put the number at 2,900": opening its sentence, the phrase is fronted before a clause too.
    pattern: new RegExp(
      `\\b${COUNT}\\s+days?\\s+(earlier|later|before|after|afterwards)(?=\\s*[,.;:)]|\\s*$|\\s+\\p{Ll})`,
      'giu',
    ),
    needs: COUNT_THEN_DAYS,
    read: (m) => {
      const after = m.input.slice(m.index + m[0].length).trimStart();
      const beforeWord = !/^[,.;:)]|^$/.test(after.slice(0, 1));
      // "Two days after the attack, …" takes an object: only "earlier" and "later" stand alone before a word.
      if (beforeWord && (!/^(?:earlier|later)$/i.test(m[2]!) || /^than\b/i.test(after))) return null;
      // "were cut for ten days earlier this month": the adverb heads the period after it, and the count,
      // the object of "for", is how long, not how far back.
      if (beforeWord && EARLIER_HEADS_PERIOD.test(after)) return null;
      if (DURATION_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return null;
      // "A day earlier it put …" opens its clause; "a second strike a day earlier had killed five" dates its noun.
      const fronted =
        beforeWord && /(?:^|[.!?]["”’]?\s+)$/.test(m.input.slice(Math.max(0, m.index - 3), m.index));
      return count(m[1]!, (n) => ({
        kind: 'relativeDay',
        anchor: 'discourse',
        offset: /^(earlier|before)$/i.test(m[2]!) ? -n : n,
        ...(fronted && { fronted: true as const }),
      }));
    },
  },
  {
    pattern: new RegExp(`\\b(?:the\\s+)?(?:past|last|previous)\\s+(?:${COUNT}\\s+)?(hours?|days?)\\b`, 'gi'),
    needs: /past|last|previous/i,
    read: (m) => {
      const n = m[1] ? countOf(m[1]) : 1;
      if (n === undefined) return null;
      // "during the last two hours": a span within the day of writing, a time and no date.
      if (/^hour/i.test(m[2]!) && n < 24) return null;
      const days = /^hour/i.test(m[2]!) ? Math.ceil(n / 24) : n;
      return days >= 1 && days <= 31 ? { kind: 'pastSpan', days } : null;
    },
  },
  {
    pattern: /\b(?:this|the)\s+past\s+week\b|\b(?:the\s+)?(?:past|last)\s+seven\s+days\b/gi,
    needs: /past|seven/i,
    read: () => ({ kind: 'pastSpan', days: 7 }),
  },
  {
    // "by the end of the month", "since the start of the month": the month itself; "before the end of the
    // week" the week (CONVENTIONS 19, row AL).
    pattern:
      /\b(?:the\s+)?(?:end\s+of\s+(?:the|this)\s+(month|year|week)|(?:start|beginning|middle)\s+of\s+(?:the|this)\s+(month))\b/gi,
    needs: /month|year|week/i,
    read: (m) => {
      const unit = (m[1] ?? m[2])!.toLowerCase();
      return unit === 'month'
        ? { kind: 'relativeMonth', offset: 0 }
        : unit === 'week'
          ? { kind: 'relativeWeek', offset: 0 }
          : { kind: 'relativeYear', offset: 0 };
    },
  },
  {
    // "a debate the same week", "that same week": the week of the week or day just told.
    pattern: /\b(?:the\s+same|that(?:\s+same)?)\s+week\b(?![-'’]\p{L})/giu,
    needs: /week/i,
    read: () => ({ kind: 'relativeWeek', offset: 0, told: true }),
  },
  {
    // "the last week of May", "in the last year" (a length), "the next month of talks" are not last week, last year.
    pattern:
      /\b(this|(?<!\bthe\s+)last|(?<!\bthe\s+)next|the current)\s+(?:(?:fiscal|calendar)\s+)?(week|month|year)\b/gi,
    needs: /week|month|year/i,
    read: (m) => {
      const offset = RELATIVE_OFFSET[m[1]!.toLowerCase().replace(/^the /, '')]!;
      const unit = m[2]!.toLowerCase();
      return unit === 'week'
        ? { kind: 'relativeWeek', offset }
        : unit === 'month'
          ? { kind: 'relativeMonth', offset }
          : { kind: 'relativeYear', offset };
    },
  },
];

/**
 * The parsers' distinct pre-tests (many parsers need a digit, or "day", or "year"): each is run once
 * per slice, not once per parser. Keyed by source and flags; none has `g` or `y`, so a test keeps no state.
 */
const NEEDS: RegExp[] = [];
const NEEDS_INDEX = PARSERS.map(({ needs }) => {
  const at = NEEDS.findIndex((n) => n.source === needs.source && n.flags === needs.flags);
  return at >= 0 ? at : NEEDS.push(needs) - 1;
});
/**
 * Most pre-tests are plain words ("day", "week|month|year"): one scan of a slice finds which of their
 * words it holds, in any case, rather than one scan per pre-test. Longest word first, and the scan moves
 * on one character after each find, so a word inside another ("day" in "today") is found too. A
 * case-exact pre-test whose words the slice holds in some case is then run itself.
 */
const NEED_WORDS = NEEDS.map((n) =>
  /^[A-Za-z -]+(?:\|[A-Za-z -]+)*$/.test(n.source) && /^i?$/.test(n.flags)
    ? n.source.toLowerCase().split('|')
    : null,
);
const WORDS = [...new Set(NEED_WORDS.flatMap((w) => w ?? []))].sort((a, b) => b.length - a.length);
const WORDS_SCAN = new RegExp(WORDS.join('|'), 'gi');
/** Each word with the words it starts with, itself included: found wherever it is found. */
const WORD_PREFIXES = new Map(WORDS.map((w) => [w, WORDS.filter((p) => w.startsWith(p))]));

function needWordsIn(slice: string): Set<string> {
  const found = new Set<string>();
  WORDS_SCAN.lastIndex = 0;
  for (let m = WORDS_SCAN.exec(slice); m; m = WORDS_SCAN.exec(slice)) {
    for (const w of WORD_PREFIXES.get(m[0].toLowerCase())!) found.add(w);
    WORDS_SCAN.lastIndex = m.index + 1;
  }
  return found;
}

/**
 * Pre-tests that are patterns rather than words are run only on a slice that holds what every match of
 * theirs holds: a digit, or (RARE_FORMS) a digit or one of its words, found by the word scan (none of
 * them has a letter that Unicode case folding lets another character match).
 */
const DIGIT = /\d/;
const DIGIT_NEEDS = [YEAR_DIGITS, DECADE_DIGITS, YEAR_THEN_SPACE, DAY_RANGE, ORDINAL_DIGIT];
const RARE_FORM_WORDS = ['morning', 'afternoon', 'evening', 'night'];
const sameNeed = (a: RegExp, b: RegExp) => a.source === b.source && a.flags === b.flags;
const NEEDS_DIGIT = NEEDS.map((n) => DIGIT_NEEDS.some((d) => sameNeed(n, d)));
const RARE_FORMS_AT = NEEDS.findIndex((n) => sameNeed(n, RARE_FORMS));

function needMet(need: number, slice: string, words: Set<string>, digit: boolean): boolean {
  const wanted = NEED_WORDS[need];
  if (!wanted) {
    if (
      !digit &&
      (NEEDS_DIGIT[need] || (need === RARE_FORMS_AT && !RARE_FORM_WORDS.some((w) => words.has(w))))
    )
      return false;
    return NEEDS[need]!.test(slice);
  }
  for (const w of wanted) if (words.has(w)) return NEEDS[need]!.flags === 'i' || NEEDS[need]!.test(slice);
  return false;
}

function range(
  first: number,
  last: number,
  month: number,
  year: string | undefined,
  relative?: string,
): DateForm | null {
  if (!(first >= 1 && last <= 31 && first < last)) return null;
  return {
    kind: 'calendar',
    month,
    day: first,
    ...(year && { year: Number(year) }),
    ...(relative && { yearOffset: RELATIVE_OFFSET[relative.toLowerCase()]! }),
    end: { month, day: last, ...(year && { year: Number(year) }) },
  };
}

/** "24. 4. 2024": day, month, year, as only day-first writing spaces them. */
function spacedDottedDate(day: number, month: number, year: number): DateForm | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { kind: 'calendar', year, month, day, dotted: 'dayFirst' };
}

function dottedDate(first: number, second: number, year: number): DateForm | null {
  const valid = (day: number, month: number) =>
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  const dayFirst = valid(first, second);
  const monthFirst = valid(second, first);
  if (dayFirst)
    return {
      kind: 'calendar',
      year,
      month: second,
      day: first,
      dotted: !monthFirst || first === second ? 'dayFirst' : 'either',
    };
  return monthFirst ? { kind: 'calendar', year, month: first, day: second, dotted: 'monthFirst' } : null;
}

function count(word: string, make: (n: number) => DateForm): DateForm | null {
  const n = countOf(word);
  return n === undefined ? null : make(n);
}

const EVERY_BEFORE = /\b(?:every|each)\s+$/i;
const FULL_WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** ", first", ", twenty-second": a spelled ordinal set off from the month before it by a comma. */
const ORDINAL_AFTER_COMMA =
  /,\s*(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|twentieth|twenty-[a-z]+|thirtieth|thirty-first)$/i;
const NAMED_MONTH = new RegExp(`(^|[^\\p{L}])${MONTH}(?![\\p{L}])`, 'u');
const PREPOSITION_BEFORE =
  /\b(?:on|in|during|since|until|till|through|by|from|over|as of|early-?|late-?|mid-|mid)\s*$/i;
/**
 * "turnover for October", "to December's figures", "the October slaying", "a June agreement", "Baku's
 * September offensive": a bare month after these words is a date only when no name runs on ("to May
 * Street", "the March on Washington").
 */
const WEAK_BEFORE = /(?:\b(?:for|to|of|before|after|into|the|a|an)|\p{L}['’]s)\s*$/iu;
const MONTH_RUNS_ON_AS_DATE = /^(?:['’]s\b|\s+(?!on\b)[a-z]|\s*[,.;:)]|\s*$)/;

/**
 * A lower-case word right before a time noun that is neither a preposition nor a word that sets a time
 * ("all", "during", "throughout"): the verb whose object the time noun is.
 */
const OBJECT_BEFORE =
  /(?<![\p{L}'’-])(?!(?:over|during|throughout|through|at|since|until|till|by|from|for|on|in|into|across|before|after|of|around|near|to|toward|towards|all|and|or|but|that|whole|entire|past)\s)\p{Ll}[\p{Ll}'’-]*\s+$/u;
const PART_OF_MONTH = /^(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s/i;
const RELATIVE_YEAR = /\b(?:last|this|next)\s+year\b/i;

/** Reads one chrono result as a calendar date or a weekday, or drops it (times, relatives, stray words). */
function fromChrono(result: ChronoHit, text: string): DateForm | null {
  const start = result.start;
  const tags = [...(result.tags?.() ?? [])];
  if (
    tags.some(
      (t) =>
        t.startsWith('result/relative') ||
        t.startsWith('casualReference/today') ||
        t.startsWith('casualReference/yesterday') ||
        t.startsWith('casualReference/tomorrow'),
    )
  )
    return null;
  const written = result.text;
  // "the end of July last year": chrono counts "last year" from its own reference, not the piece's; the
  // month-and-relative-year form reads it from the piece.
  if (RELATIVE_YEAR.test(written)) return null;
  const month = start.isCertain('month') ? start.get('month') : null;
  if (month !== null && month !== undefined) {
    const isoLike = /\d{4}-\d{2}-\d{2}/.test(written);
    if (!isoLike && !NAMED_MONTH.test(written)) return null;
    // "1401-07-28": a year of the Solar Hijri calendar's present, that calendar's day, converted.
    const hijri =
      isoLike && start.isCertain('year') && start.isCertain('day')
        ? solarHijriYearFirst(start.get('year')!, month, start.get('day')!)
        : undefined;
    if (hijri === null) return null;
    if (hijri) return { kind: 'calendar', month: hijri.month!, day: hijri.day!, year: hijri.year! };
    // "14 Mayıs 2021" (Turkish), "Marta": a month's name running on into letters chrono does not count as
    // a word's (ı, ş, é) is another word, not the month.
    if (LETTER_AT_END.test(written) && LETTER_AT_START.test(text.slice(result.index + written.length)))
      return null;
    // "the end of November", "the beginning of March": the month, not its last or first day.
    const partOfMonth = PART_OF_MONTH.test(written);
    const day = start.isCertain('day') && !partOfMonth ? (start.get('day') ?? undefined) : undefined;
    const year = start.isCertain('year') ? (start.get('year') ?? undefined) : undefined;
    const before = text.slice(Math.max(0, result.index - 12), result.index);
    const after = text.slice(result.index + written.length, result.index + written.length + 12);
    if (
      !partOfMonth &&
      day === undefined &&
      year === undefined &&
      !PREPOSITION_BEFORE.test(before) &&
      !(WEAK_BEFORE.test(before) && MONTH_RUNS_ON_AS_DATE.test(after))
    )
      return null;
    const weekday = start.isCertain('weekday') ? (start.get('weekday') ?? undefined) : undefined;
    const form: DateForm = {
      kind: 'calendar',
      month,
      ...(day !== undefined && { day }),
      ...(year !== undefined && { year }),
      ...(weekday !== undefined && { weekday }),
    };
    const end = result.end;
    if (end?.isCertain('day') && day !== undefined) {
      form.end = {
        month: end.get('month') ?? month,
        day: end.get('day') ?? day,
        ...(end.isCertain('year') && { year: end.get('year') ?? undefined }),
      };
    } else if (day === undefined && !partOfMonth && end?.isCertain('month') && !end.isCertain('day')) {
      // "from October to December 2022": months run on as one stretch, the year written at its end is its
      // start's too (the year before, when the stretch runs over the new year). A stretch of a year or more
      // is not read as one.
      const endMonth = end.get('month')!;
      const endYear = end.isCertain('year') ? (end.get('year') ?? undefined) : undefined;
      const startYear = year ?? (endYear === undefined ? undefined : endYear - (endMonth < month ? 1 : 0));
      const months =
        (endYear ?? 1) * 12 + endMonth - ((startYear ?? (endMonth < month ? 0 : 1)) * 12 + month);
      if (endMonth !== month && months > 0 && months < 12) {
        form.end = { month: endMonth, ...(endYear !== undefined && { year: endYear }) };
        if (startYear !== undefined) form.year = startYear;
      }
    }
    return form;
  }
  if (start.isCertain('weekday') && !start.isCertain('day') && FULL_WEEKDAY.test(written)) {
    // "every Friday", "each Thursday", "on Tuesday nights", "on Mondays": a recurrence, not a day.
    if (
      EVERY_BEFORE.test(text.slice(Math.max(0, result.index - 8), result.index)) ||
      /^s\b|^\s+nights\b/i.test(text.slice(result.index + written.length))
    )
      return null;
    const relation = /^last\s/i.test(written) ? 'last' : /^next\s/i.test(written) ? 'next' : undefined;
    // "Thursday last week", "on Monday of next week": that weekday of the calendar week before or after.
    const week = /\s(?:of\s+)?last\s+week$/i.test(written)
      ? -1
      : /\s(?:of\s+)?next\s+week$/i.test(written)
        ? 1
        : THIS_WEEKDAY.test(written)
          ? 0
          : undefined;
    const weekday = start.get('weekday')!;
    // "Saturday to Sunday": a night or a stretch into the next day is both days; days further apart
    // ("Monday to Friday") are often a schedule, and are read as their first day only.
    const intoNext = result.end?.isCertain('weekday') && result.end.get('weekday') === (weekday + 1) % 7;
    return {
      kind: 'weekday',
      weekday,
      ...(relation && { relation }),
      ...(week !== undefined && { week }),
      ...(intoNext && { intoNext: true }),
    };
  }
  return null;
}

const CHRONO_REFERENCE = new Date(Date.UTC(2000, 0, 15, 12));

/**
 * Words a chrono parser's pattern must match, keyed by parser class: "three days ago", "two weeks
 * later". Each is a literal tail of that parser's own pattern, lookahead included, so text without
 * it gives the parser no match, and skipping the parser's costly scan there changes no result.
 */
const CHRONO_MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/**
 * The end of chrono's count-of-time-units pattern: a count's last word (or digit), then a unit, then
 * `after` ("ago", "later", or no word character). Those parsers' patterns cost some 300 ms each to
 * compile: a gate on a common word alone ("after", "earlier", "in", "out") opened them on ordinary sentences.
 */
const timeUnitsThen = (after: string) =>
  new RegExp(
    '(?:\\d|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half(?:\\s*an?)?|an?\\b|few|several|the|couple|of)\\s*' +
      '(?:quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|' +
      `sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y)${after}`,
    'i',
  );
/** "within three days", "the past two weeks": a count of units that no word character follows. */
const COUNT_OF_UNITS = timeUnitsThen('(?!\\w)');
export const CHRONO_PARSER_NEEDS: Record<string, RegExp> = {
  ENTimeUnitAgoFormatParser: timeUnitsThen('\\s*(?:ago|before|earlier)'),
  ENTimeUnitLaterFormatParser: timeUnitsThen('\\s*(?:later|after|from now|henceforth|forward|out)'),
  ENTimeUnitWithinFormatParser: COUNT_OF_UNITS,
  ENTimeUnitCasualRelativeFormatParser: COUNT_OF_UNITS,
  // "9/19/2023", "19.09", "9/2023": digits on both sides of a separator.
  SlashDateFormatParser: /\d[/.-]\d/,
  ENSlashMonthFormatParser: /\d\/\d/,
  // "last night" holds "night"; "midnight" too.
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENEndOfCurrentMonthParser: /of\s+(?:the\s+)?month/i,
  // "after this week" holds "this".
  ENRelativeDateFormatParser: /this|last|past|next/i,
  // Every month name and abbreviation chrono knows starts with one of these (its MONTH_DICTIONARY).
  ENMonthNameLittleEndianParser: CHRONO_MONTH,
  ENMonthNameMiddleEndianParser: CHRONO_MONTH,
  ENMonthNameParser: CHRONO_MONTH,
  ENYearMonthNameParser: CHRONO_MONTH,
  // Every weekday name and abbreviation in its WEEKDAY_DICTIONARY, and "weekend", "weekday".
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  // "2023-09-19", "2023/Sep/19": four digits, a separator, then a month stem or a digit.
  ISOFormatParser: /\d{4}-\d/,
  // Every time it reads opens with one to four digits ("at 5", "10:15", "9pm"); most sentences hold none.
  ENTimeExpressionParser: /\d/,
  ENYearMonthDayParser: /\d{4}[-./\s](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)/i,
};
/** Sticky, so it fails at the first position instead of trying every one. */
const NO_MATCH = /(?!)/y;

/** The distinct gates, by position: four month parsers share one. */
const GATES = [...new Set(Object.values(CHRONO_PARSER_NEEDS))];
/** The gates' answers for the text chrono reads now, by gate: 0 not tested yet, 1 open, 2 shut. */
let gatedText: string | null = null;
const gateAnswers = new Uint8Array(GATES.length);

function gateOpen(gate: number, text: string): boolean {
  if (text !== gatedText) {
    gatedText = text;
    gateAnswers.fill(0);
  }
  let answer = gateAnswers[gate]!;
  if (answer === 0) gateAnswers[gate] = answer = GATES[gate]!.test(text) ? 1 : 2;
  return answer === 1;
}

function gated(parser: chrono.Parser): chrono.Parser {
  const needs = CHRONO_PARSER_NEEDS[parser.constructor.name];
  if (!needs) return parser;
  const gate = GATES.indexOf(needs);
  return {
    pattern: (context) => (gateOpen(gate, context.text) ? parser.pattern(context) : NO_MATCH),
    extract: (context, match) => parser.extract(context, match),
  };
}

/**
 * Words without which a chrono refiner changes no result, keyed by refiner class. "the end of May",
 * "the last day of March": the end-of-period refiner tries its end-anchored pattern at every
 * position before every result, numbers read as times included. The text holds every prefix its
 * pattern reads, so text without the words gives it no match, and skipping it changes nothing.
 */
const CHRONO_REFINER_NEEDS: Record<string, RegExp> = {
  ENEndOfPeriodRefiner: /\b(?:last\s+day|end)\s+of\s/i,
};

function gatedRefiner(refiner: chrono.Refiner): chrono.Refiner {
  const needs = CHRONO_REFINER_NEEDS[refiner.constructor.name];
  if (!needs) return refiner;
  return {
    refine: (context, results) => (needs.test(context.text) ? refiner.refine(context, results) : results),
  };
}

/** chrono's casual English parser, the same parsers and refiners, some run only where they can match. */
const casual = new chrono.Chrono({
  parsers: chrono.casual.parsers.map(gated),
  refiners: chrono.casual.refiners.map(gatedRefiner),
});
/**
 * fromChrono keeps only results written with a capitalised month name, an ISO date or a full
 * weekday name; text with none of them cannot yield one, so chrono is not run on it. A month name
 * counts as NAMED_MONTH reads it: chrono's results start after a non-word character and its month
 * patterns end before one, so a name inside a word ("Mayor", "Market", "Decision") yields none.
 */
const MAY_HOLD_CHRONO_DATE = new RegExp(
  `(?:^|[^A-Za-z])${MONTH}(?![A-Za-z])|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\\d{4}-\\d{2}-\\d{2}`,
);

/** Every date expression in `text.slice(from, to)`, in order, with offsets into `text`. */
export function findDateExpressions(text: string, from: number, to: number): DateExpression[] {
  const inSlice = expressionsIn(text.slice(from, to));
  return withPrepositions(
    text,
    inSlice.map((e) => ({ ...e, start: from + e.start, end: from + e.end })),
  );
}

/** A chrono result, its offset into the slice read (a part read again is offset into the whole). */
type ChronoHit = Pick<chrono.ParsedResult, 'text' | 'start' | 'end' | 'tags'> & { index: number };

/**
 * chrono's result read at another offset. A class, not an object with an arrow for `tags`: a
 * function made per result costs more than the result (one naming call each under the dev loader).
 */
class OffsetHit implements ChronoHit {
  readonly text: string;
  readonly start: chrono.ParsedComponents;
  readonly end: chrono.ParsedComponents | undefined;
  constructor(
    private readonly parsed: chrono.ParsedResult,
    readonly index: number,
  ) {
    this.text = parsed.text;
    this.start = parsed.start;
    this.end = parsed.end;
  }
  tags(): Set<string> {
    return this.parsed.tags();
  }
}

/** "this year through Oct. 19", "last Thursday, to Nov. 6": chrono's one range, two expressions of ours. */
const RANGE_JOIN = /\s*,?\s+(?:to|through|until|till)\s+/i;
/** "April 2016 - Four days", "Sept. 3 – two weeks": chrono's range to a length is a date, then a dash. */
const DASH_THEN_LENGTH = /\s+[-–—]\s+\S+\s+(?:days?|weeks?|months?|years?|hours?)$/i;
/** "the night of Oct. 23": chrono reads a part of a day with its date as one time; the date is what we keep. */
const PART_OF_DAY_OF = /^(?:night|morning|evening|afternoon)\s+(?:of|on)\s+/i;
/**
 * "On 28 September, 12 soldiers", "as of 29 September, 97,735 refugees": chrono takes the count after
 * the date for its year (2012, 1997). After a month name, a year is written in four digits and is no
 * group of thousands; a shorter number, or one that runs on into ",735", is what follows the date.
 */
const COUNT_AFTER_DATE = /[\s,]+(\d{1,4})$/;
const DAY_AND_MONTH_BEFORE =
  /(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\p{L}{3,}\.?|\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?)$/u;

/** `index`: where the result starts in `slice`. */
function countTakenForYear(result: ChronoHit, index: number, slice: string): RegExpExecArray | null {
  if (!result.start.isCertain('year') || !NAMED_MONTH.test(result.text)) return null;
  const m = COUNT_AFTER_DATE.exec(result.text);
  // The count follows a whole day and month ("28 September", "Sept. 28"); in "through Aug. 31" it is the day.
  if (!m || !DAY_AND_MONTH_BEFORE.test(result.text.slice(0, m.index))) return null;
  const runsOn = /^[.,]\d/.test(slice.slice(index + result.text.length));
  return m[1]!.length < 4 || runsOn ? m : null;
}

/**
 * "In November, 32 prisoners were exchanged", "By March, 1,200 had fled": a count after a month and its
 * comma is what follows the date, never its day or year (chrono read 2032-11 and 1 March).
 */
const COUNT_AFTER_MONTH_COMMA = new RegExp(`(?<![\\p{L}])${MONTH}(?:\\s+\\d{4})?,\\s*\\d{1,2}$`, 'iu');

/** A verb that moves a date, right before "from … to …": "was postponed", "had been moved", "pushed back". */
const MOVED_BEFORE =
  /\b(?:postponed|moved|delayed|rescheduled|pushed\s+back|put\s+off|brought\s+forward|deferred)\s+(?:\p{L}+\s+){0,2}$/iu;

/**
 * chrono's results over a slice, with a range whose start is no calendar date ("this year through
 * Oct. 19") and a part of a day joined to its date ("night of Oct. 23") read again in their parts.
 */
function chronoResults(slice: string, offset = 0, depth = 0): ChronoHit[] {
  const out: ChronoHit[] = [];
  for (const parsed of casual.parse(slice, { instant: CHRONO_REFERENCE, timezone: 0 })) {
    const result: ChronoHit = new OffsetHit(parsed, parsed.index + offset);
    const count = depth < 2 ? countTakenForYear(result, parsed.index, slice) : null;
    if (count) {
      out.push(...chronoResults(result.text.slice(0, count.index), result.index, depth + 1));
      continue;
    }
    const afterComma = depth < 2 ? COUNT_AFTER_MONTH_COMMA.exec(result.text) : null;
    if (afterComma) {
      const comma = afterComma.index + afterComma[0].indexOf(',');
      out.push(...chronoResults(result.text.slice(0, comma), result.index, depth + 1));
      continue;
    }
    // "* April 2016 - Four days of heavy fighting": a dash after the date opens the entry, not a range's end.
    const dashed = depth < 2 ? DASH_THEN_LENGTH.exec(result.text) : null;
    if (dashed) {
      out.push(...chronoResults(result.text.slice(0, dashed.index), result.index, depth + 1));
      continue;
    }
    const join = RANGE_JOIN.exec(result.text);
    const part = PART_OF_DAY_OF.exec(result.text);
    // "from Sept. 14 to Thursday": chrono's range keeps the start alone; the weekday is a day of its own.
    const toWeekday = join && weekdayAlone(result.text.slice(join.index + join[0].length));
    // "postponed from November 15 to November 25": the day it was set for and the day it moved to, no stretch.
    const moved = join && MOVED_BEFORE.test(slice.slice(Math.max(0, parsed.index - 40), parsed.index));
    const split =
      depth === 0 &&
      ((join && (toWeekday || moved || fromChrono(result, slice)?.kind !== 'calendar')) ||
        (part && !result.start.isCertain('day')));
    if (!split) {
      out.push(result);
      continue;
    }
    const pieces: [number, string][] = part
      ? [[result.index + part[0].length, result.text.slice(part[0].length)]]
      : [
          [result.index, result.text.slice(0, join!.index)],
          [result.index + join!.index + join![0].length, result.text.slice(join!.index + join![0].length)],
        ];
    for (const [at, text] of pieces) out.push(...chronoResults(text, at, depth + 1));
  }
  return out;
}

const weekdayAlone = (written: string) =>
  FULL_WEEKDAY.test(written) && !NAMED_MONTH.test(written) && !/\d/.test(written);

/** "on Tuesday morning", "Friday morning's count": the possessive still ends the day's part. */
const DAYPART_AFTER_WEEKDAY = /^\s+(?:morning|afternoon|evening|night)\b(?=['’]s\b|(?![-'’]\p{L}))/u;
/** "on Thursday's count", "on Friday morning's count": the preposition governs the noun the day possesses. */
const ON_BEFORE_POSSESSED_WEEKDAY = /^on\s+(?=\p{L}+(?:\s+(?:morning|afternoon|evening|night))?$)/iu;

/**
 * Wire copy and syndicated pieces repeat sentences word for word, and header lines are read more
 * than once: a slice already read is not parsed again. Bounded, so memory stays flat on any corpus.
 */
const readSlices = new Map<string, readonly DateExpression[]>();
const READ_SLICES_MAX = 50_000;

/** Date expressions in a piece of text, offsets into it, before prepositions (which look outside it) are added. */
function expressionsIn(slice: string): readonly DateExpression[] {
  const known = readSlices.get(slice);
  if (known) return known;
  const found: DateExpression[] = [];
  const passes: (boolean | undefined)[] = [];
  const words = needWordsIn(slice);
  const digit = DIGIT.test(slice);
  for (let i = 0; i < PARSERS.length; i++) {
    const parser = PARSERS[i]!;
    const need = NEEDS_INDEX[i]!;
    if (!(passes[need] ??= needMet(need, slice, words, digit))) continue;
    parser.pattern.lastIndex = 0;
    for (let m = parser.pattern.exec(slice); m; m = parser.pattern.exec(slice)) {
      const form = parser.read(m);
      if (form) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], form });
    }
  }
  if (MAY_HOLD_CHRONO_DATE.test(slice)) {
    for (const result of chronoResults(slice)) {
      let form = fromChrono(result, slice);
      if (!form) continue;
      let written = result.text.replace(/[\s,]+$/, '');
      // "closed since December, first by activists and then by guards": a spelled ordinal after the month's
      // comma opens the next phrase, no day of that month ("on December first" is one); the month alone stays.
      const ordinal = form.kind === 'calendar' && !form.end ? ORDINAL_AFTER_COMMA.exec(written) : null;
      if (ordinal && form.kind === 'calendar') {
        if (form.year !== undefined || !PREPOSITION_BEFORE.test(slice.slice(0, result.index))) continue;
        const { day: _day, weekday: _weekday, ...month } = form;
        form = month;
        written = written.slice(0, ordinal.index);
      }
      // "On Tuesday, 12 people fled", "killed since Sunday morning, 19 of them on Monday": chrono reads the count
      // as a day it then drops; the weekday ends the span (its part of the day is put back below).
      const weekday = form.kind === 'weekday' ? FULL_WEEKDAY.exec(written) : null;
      const cut = weekday ? weekday.index + weekday[0].length : -1;
      if (weekday && /^(?:\s+(?:morning|afternoon|evening|night))?[\s,]+\d/.test(written.slice(cut)))
        written = written.slice(0, cut);
      // "by 5 o'clock on Tuesday morning": after a clock chrono stops at the weekday; the part of the day
      // that names it is still the expression's, as in "on Tuesday morning".
      const partAfter = weekday
        ? DAYPART_AFTER_WEEKDAY.exec(slice.slice(result.index + written.length))
        : null;
      if (partAfter && written.endsWith(weekday![0])) written += partAfter[0];
      const on =
        weekday && /^['’]s\b/.test(slice.slice(result.index + written.length))
          ? ON_BEFORE_POSSESSED_WEEKDAY.exec(written)
          : null;
      const start = result.index + (on ? on[0].length : 0);
      if (on) written = written.slice(on[0].length);
      found.push({ start, end: start + written.length, text: written, form });
    }
  }
  const kept = withWeekdaysJoined(slice, dropOverlaps(found.filter((e) => !inTitle(slice, e))));
  for (const e of kept) {
    // Shared by every slice with the same text, so never changed in place.
    Object.freeze(e.form);
    if (e.form.kind === 'calendar' && e.form.end) Object.freeze(e.form.end);
  }
  if (readSlices.size >= READ_SLICES_MAX) readSlices.clear();
  readSlices.set(slice, kept);
  return kept;
}

/**
 * A relative word capitalised where no sentence or quotation opens is part of a title: "USA Today", "This Week
 * With…", a site's "Yerevan.Today". A transcript's bracketed label ("[Correspondent over video] Today, …", "(Translated) Today …") opens one.
 */
const CAPITALISED_UNIT = /\s(?:Week|Weekend|Month|Year|Quarter)\b/;
const CAPITALISED_DAY = /^(?:Today|Tonight|Yesterday|Tomorrow|Now)\b/;
const RELATIVE_KINDS = new Set<DateForm['kind']>([
  'relativeDay',
  'relativeWeek',
  'relativeMonth',
  'relativeYear',
  'relativeQuarter',
  'present',
  'weekend',
  'anaphoric',
]);
function inTitle(slice: string, e: DateExpression): boolean {
  if (!RELATIVE_KINDS.has(e.form.kind)) return false;
  if (CAPITALISED_UNIT.test(e.text)) return true;
  if (!CAPITALISED_DAY.test(e.text)) return false;
  // "told Yerevan.Today": a site's name, its dot no sentence's end.
  if (/\p{L}\.$/u.test(slice.slice(Math.max(0, e.start - 2), e.start))) return true;
  const before = slice.slice(0, e.start).trimEnd();
  return before !== '' && !/[.!?:;"“‘'`«„(—–\])-]$/.test(before);
}

/** Between a weekday and the day it names: "Friday (29 September)", "Friday the 29th of September". */
const WEEKDAY_TO_DAY = /^\s*(?:,\s*|\(\s*)?(?:the\s+)?$/;

/** A weekday that chrono left apart from the day and month right after it is evidence of that day's weekday. */
function withWeekdaysJoined(slice: string, found: DateExpression[]): DateExpression[] {
  const out: DateExpression[] = [];
  for (let i = 0; i < found.length; i++) {
    const e = found[i]!;
    const next = found[i + 1];
    if (
      e.form.kind === 'weekday' &&
      next?.form.kind === 'calendar' &&
      next.form.day !== undefined &&
      next.form.weekday === undefined &&
      WEEKDAY_TO_DAY.test(slice.slice(e.end, next.start))
    ) {
      const end =
        slice.slice(next.end).startsWith(')') && slice.slice(e.end, next.start).includes('(')
          ? next.end + 1
          : next.end;
      out.push({
        start: e.start,
        end,
        text: slice.slice(e.start, end),
        form: { ...next.form, weekday: e.form.weekday },
      });
      i++;
      continue;
    }
    out.push(e);
  }
  return out;
}

/** Keeps the longest of overlapping expressions ("November 10, 2020" over "in 2020"). */
function dropOverlaps(found: DateExpression[]): DateExpression[] {
  return longestApart(found);
}

/**
 * The longest of overlapping spans, in text order. The spans kept never overlap, so they are
 * sorted by start and by end at once: a new span only needs checking against its two neighbours
 * (a sentence packed with thousands of expressions costs n log n comparisons, not n²).
 */
export function longestApart<T extends { start: number; end: number }>(found: readonly T[]): T[] {
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const e of byLength) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < e.start) lo = mid + 1;
      else hi = mid;
    }
    if ((lo > 0 && kept[lo - 1]!.end > e.start) || (lo < kept.length && kept[lo]!.start < e.end)) continue;
    kept.splice(lo, 0, e);
  }
  return kept;
}

const LEADING_PREPOSITION =
  /(?:^|[^\p{L}])((?:(?:on|in|during|since|until|till|through|by|from|over|as of|On|In|During|Since|Until|Through|By|From|Over|As of)\s+)?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?)$/u;

/** "On September 19", "in the fall of 2020", "over the past 24 hours": the preposition is part of the expression. */
function withPrepositions(text: string, found: DateExpression[]): DateExpression[] {
  return found.map((e) => {
    if (/^(on|in|during|since|until|till|through|by|from|over|as of)\s/i.test(e.text)) return e;
    // "in last week's fighting", "since Friday's vote": the preposition governs the noun the date possesses.
    if (/^['’]s\b/.test(text.slice(e.end, e.end + 3))) return e;
    // "killed in overnight clashes": likewise the preposition governs the event the adjective dates.
    if (e.form.kind === 'relativeDay' && e.form.night && NIGHT_EVENT_NEXT.test(text.slice(e.end, e.end + 40)))
      return e;
    const m = LEADING_PREPOSITION.exec(text.slice(Math.max(0, e.start - 16), e.start));
    if (!m?.[1]) return e;
    const start = e.start - m[1]!.length;
    return { ...e, start, text: text.slice(start, e.end) };
  });
}

/**
 * "today's youth", "the world of tomorrow": today and tomorrow as the times we live in or the future, said of
 * people or the world at large, name no day ("as of today" does).
 */
const GENERIC_AFTER =
  /^['’]s\s+(?:[\p{L}-]+\s+)?(?:world|youth|generations?|societ(?:y|ies)|children|kids|youngsters|young\s+people|students|politicians|leaders|technolog(?:y|ies)|econom(?:y|ies))\b/iu;
/** "the people of tomorrow", not "as of today" or "by the end of today". */
const GENERIC_OF_BEFORE =
  /\b(?!(?:as|end|beginning|start|rest|middle|course|close|part|morning|afternoon|evening|night)\s)\p{L}+\s+of\s+$/iu;

/**
 * "a community that today numbers several thousand", "Armenians today feel what …", "today we have more guests":
 * today before a verb of a present state, as the times we live in, names no day's event. A perfect ("today has
 * begun") or a progressive tells one.
 */
const PRESENT_STATE_AFTER =
  /^,?\s+(?:(?:we|they|there|it|he|she|you|i|people|many|most|some|all)\s+)?(?:still\s+|also\s+|now\s+)?(?:feel|feels|number|numbers|live|lives|have|has|know|knows|remain|remains|face|faces|stand|stands|seem|seems|hold|holds|own|owns|want|wants|need|needs|count|counts|belong|belongs|consider|considers|see|sees|look|looks|host|hosts|account|accounts|exist|exists)\b(?!\s+(?:been|\p{L}+(?:ed|en)|begun|done|gone|made|taken|seen|had|got|sent|left|won|lost|fled|held|met|put|set|shot|struck|told|said|brought|built|fought|found|given|heard|known|led|paid|run|seen|sold|spoken|spent|stood|thought|written|come|become)\b)/iu;

/** "to be moved to Yerevan today remain in hospital": today closes the clause before, whose verb it dates. */
const PLACE_OR_TIME_BEFORE = /\b(?:to|in|at|from|for|on|into|by|until)\s+(?:the\s+)?[\p{L}'’-]+\s+$/iu;

/** "I have no announcement today": a negated object tells that nothing happened that day. */
const NEGATED_OBJECT_BEFORE = /\bno\s+\p{L}+\s+$/iu;

/**
 * "the region today is", "young people today are", "and today that is Russia": a present copula after today, said
 * of something named before it or of "that", "this", "it", tells how things stand these days, no day's event
 * (row AU). "Today is a day of pride" (today itself the subject) and a progressive or passive ("today
 * we are closing") tell a day.
 */
const COPULA_OF_NAMED_AFTER = /^,?\s+(?:is|are)\b(?!\s+(?:being\b|\p{L}+ing\b|\p{L}+(?:ed|en)\b))/iu;
const COPULA_OF_PRONOUN_AFTER =
  /^,?\s+(?:that|this|it)\s+(?:is|are)\b(?!\s+(?:being\b|\p{L}+ing\b|\p{L}+(?:ed|en)\b))/iu;
/** What may open a clause before today, which is then the copula's subject: "and today is the last day". */
const CLAUSE_OPENING_BEFORE =
  /(?:^|[.!?:;,"“”(]|\b(?:and|but|or|so|because|as|since|while|until|that|if|when))\s*$/iu;
/** "Yesterday we had gas, today that is gone": a day set against another names that day. */
const OTHER_DAY_BEFORE = /\b(?:yesterday|tomorrow)\b/i;
/** "today's Armenia", "today's Russia is …": a state or place as it is these days, no day (row AU). */
const PLACE_AS_IT_IS_AFTER =
  /^['’]s\s+\p{Lu}\p{L}+(?=\s*(?:[,.;:!?)"”]|$|\s+(?:is|are|has|have|must|will|would|can|cannot|could|does|do|needs?|wants?)\b))/u;

function presentCopulaAfter(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  const before = text.slice(Math.max(0, start - 120), start);
  if (OTHER_DAY_BEFORE.test(before)) return false;
  if (COPULA_OF_PRONOUN_AFTER.test(after)) return true;
  return COPULA_OF_NAMED_AFTER.test(after) && !CLAUSE_OPENING_BEFORE.test(before);
}

function nowadays(text: string, start: number, end: number): boolean {
  return (
    (text.slice(start, end).toLowerCase() === 'today' &&
      (presentCopulaAfter(text, start, end) || PLACE_AS_IT_IS_AFTER.test(text.slice(end, end + 40)))) ||
    (text.slice(start, end).toLowerCase() === 'today' &&
      NEGATED_OBJECT_BEFORE.test(text.slice(Math.max(0, start - 30), start))) ||
    (text.slice(start, end).toLowerCase() === 'today' &&
      PRESENT_STATE_AFTER.test(text.slice(end, end + 60)) &&
      !PLACE_OR_TIME_BEFORE.test(text.slice(Math.max(0, start - 40), start))) ||
    GENERIC_AFTER.test(text.slice(end, end + 40)) ||
    (GENERIC_OF_BEFORE.test(text.slice(Math.max(0, start - 24), start)) &&
      !/^(?:['’]s\b|\s*(?:morning|afternoon|evening|night)\b)/i.test(text.slice(end, end + 12)))
  );
}
