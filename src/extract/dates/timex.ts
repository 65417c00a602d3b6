/**
 * Temporal expressions that are not days something happened: lengths of time ("three years",
 * "the past two months", "a five-year low"), recurrences ("daily", "every month") and vague
 * references to the past, present or future ("recently", "the future"). They never become
 * timeline events; they are recognised so a length of time is never read as a date, and so the
 * date layer can be measured on TimeML, whose values they carry (P3Y, P1D, PAST_REF).
 */
import { TENS as TENS_WORDS, UNITS as UNIT_WORDS } from '../numberWords.ts';
import { longestApart } from './expressions.ts';

export interface TemporalExpression {
  start: number;
  end: number;
  text: string;
  type: 'DURATION' | 'SET' | 'DATE';
  /** A TimeML value: P3Y, PT5H, P1M (a set's period), PAST_REF, FUTURE_REF, PRESENT_REF. */
  value: string;
}

const UNITS: Record<string, string> = {
  minute: 'TM',
  hour: 'TH',
  day: 'D',
  week: 'W',
  month: 'M',
  quarter: 'Q',
  year: 'Y',
  decade: 'DE',
  century: 'CE',
};
const SMALL: Record<string, number> = {
  ...Object.fromEntries(Object.entries(UNIT_WORDS).filter(([word]) => word !== 'zero')),
  ...TENS_WORDS,
  a: 1,
  an: 1,
  hundred: 100,
  couple: 2,
  'a couple of': 2,
  'couple of': 2,
};
const VAGUE = new Set(['few', 'a few', 'several', 'many', 'some']);

const alternatives = (words: string) => words.trim().split(/\s+/).join('|');
const TENS = alternatives('twenty thirty forty fifty sixty seventy eighty ninety');
const UNITS_WORDS = alternatives('one two three four five six seven eight nine');
const NUMBER =
  `(?:\\d+(?:\\.\\d+)?|a couple of|couple of|a few|few|several|many|(?:${TENS})(?:[\\s-](?:${UNITS_WORDS}))?|${UNITS_WORDS}|` +
  `${alternatives('ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen hundred')}|an?)`;
const RANGE = `${NUMBER}(?:\\s+(?:to|or)\\s+${NUMBER})?`;

/** A count written in words or digits: "twenty four" → 24; null for vague counts ("several"). */
function countOf(written: string): number | null {
  const w = written
    .toLowerCase()
    .replace(/\s+(?:to|or)\s+.*$/, '')
    .replace(/-/g, ' ')
    .trim();
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  if (VAGUE.has(w)) return null;
  const [tens, ones, ...rest] = w.split(/\s+/).map((part) => SMALL[part]);
  if (rest.length === 0 && tens !== undefined && ones !== undefined && tens >= 20 && ones < 10)
    return tens + ones;
  return SMALL[w] ?? null;
}

function durationValue(count: number | null, unit: string, half = false): string {
  const code = UNITS[unit.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '')]!;
  // Half a year, hour or minute is written in the next smaller unit (P2Y6M, PT5H30M, PT1M30S).
  if (half && count !== null && HALF[code]) return `${durationValue(count, unit)}${HALF[code]}`;
  if (code === 'DE') return count === null ? 'PXDE' : `P${count * 10}Y`;
  if (code === 'CE') return count === null ? 'PXCE' : `P${count * 100}Y`;
  const n = count === null ? 'X' : String(count);
  return code.startsWith('T') ? `PT${n}${code.slice(1)}` : `P${n}${code}`;
}

const UNIT = '(minute|hour|day|week|month|quarter|year|decade|century|centuries)s?';
const HALF: Record<string, string> = { Y: '6M', TH: '30M', TM: '30S' };

/**
 * "three years", "the past two months", "the first nine months", "a five-year low", "24-hour", "for
 * years", "one year after he was killed"; a count followed by "ago", "earlier" or "later" is a date,
 * not a length, and is left out.
 */
const DURATION = new RegExp(
  `\\b(?:(?:the|its|their)\\s+)?(?:(?:past|last|next|first|latest|coming|previous|final|remaining)\\s+)?` +
    `(?:(?:about|nearly|almost|more than|less than|over|some|up to|at least|roughly|another|only)\\s+)?` +
    `(${RANGE})(?:\\s+1/2|\\s+and\\s+a\\s+half)?(?:\\s+more)?[\\s-]+${UNIT}(?:\\s+and\\s+a\\s+half)?(?:-long)?\\b(?!\\s+(?:or\\s+so\\s+)?(?:ago|earlier|later|from now|old)\\b)(?![-'’]\\w)`,
  'gi',
);
/** "the past year", "over the next month": a length of one unit ending or starting now ("the last week of May" is a date). */
const ONE_UNIT_SPAN =
  /\bthe\s+(?:past|last|next|coming)\s+(hour|day|week|month|year|decade)\b(?!\s+(?:of|in|before|after)\b|['’-])/gi;
/** "the year ended March 31", "the fiscal year ending June 30": a company's year, a length ending on that day. */
const YEAR_ENDED = /\bthe\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending)\b)/gi;
/** "for years", "for decades", "within weeks", "the first time in years": a length with no count. */
const BARE_DURATION = /\b(?:for|within|in)\s+((?:minute|hour|day|week|month|year|decade)s|centuries)\b/gi;

const WEEKDAY_NUMBER: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};
/** "every Friday", "each Thursday", "on Mondays", "Tuesday nights": a weekly recurrence (XXXX-WXX-5, XXXX-WXX-2TNI). */
const WEEKLY =
  /\b(?:(?:every|each)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s\b|\s+(nights)\b))/g;

const SETS: [RegExp, string][] = [
  [/\bdaily\b/gi, 'P1D'],
  [/\bweekly\b/gi, 'P1W'],
  [/\bmonthly\b/gi, 'P1M'],
  [/\bhourly\b/gi, 'PT1H'],
];
const EVERY = new RegExp(`\\b(?:every|each)\\s+(?:(${NUMBER})\\s+)?${UNIT}\\b`, 'gi');

/**
 * A year inside a name or a noun phrase ("the Act of 1989", "a 1971 Convention", "the 2000
 * Olympics"): a temporal expression, never a timeline event (the date layer leaves it out).
 * Amounts and counts ("$1990", "1990 people" aside from names) are not years.
 */
const NAMED_YEAR =
  /(?<![$£€\d.,])\b((?:18|19|20)\d{2})\b(?![\d%]|[.,]\d|\s+(?:people|persons|soldiers|troops|men|women|children|members|workers|units|cases|votes|dollars|shares)\b)/g;

/** "in recent weeks", "in the coming weeks": a length of time of no stated count (PXW, PXM). */
const RECENT_SPAN = /\brecent\s+(month|week)s\b(?!\s+and\b)|\bcoming\s+(week)s\b/gi;

/** Vague references (TimeML's PAST_REF, PRESENT_REF, FUTURE_REF). */
const PAST_COUNT = alternatives(
  '\\d few several couple one two three four five six seven eight nine ten twelve twenty year month week day hour decade quarter',
);
const CURRENT_OF = alternatives(
  'year quarter period time level levels rate rates price prices crisis situation session term season regime government administration',
);
const VAGUE_REFS: [RegExp, string][] = [
  [
    new RegExp(
      `\\b(?:(?:more|most|until|only|very)\\s+)?recently\\b|\\brecent\\s+(?:years|days|times|decades|weeks\\s+and\\s+months)\\b|` +
        `\\b(?:in\\s+)?the\\s+past\\b(?!\\s+(?:${PAST_COUNT}))|\\bpast\\s+years\\b`,
      'gi',
    ),
    'PAST_REF',
  ],
  [
    /\bthe\s+(?:near\s+|distant\s+|foreseeable\s+)?future\b|\b(?:the\s+)?(?:short|near|long)\s+term\b|\bcoming\s+(?:years|months|weeks|days|quarters)\b/gi,
    'FUTURE_REF',
  ],
  [
    new RegExp(`\\bthe\\s+present\\b|\\b(?:the\\s+)?current\\b(?=\\s+(?:${CURRENT_OF}))`, 'gi'),
    'PRESENT_REF',
  ],
];

/** "will one day be", "hopes he one day follows": some day to come, not a length of a day. */
const SOME_DAY_BEFORE =
  /\b(?:will|would|could|may|might|can|shall|should|must|to|he|she|they|we|I|you|it|and)\s+$/i;
function someDay(m: RegExpExecArray): boolean {
  return /^one\s+day$/i.test(m[0]) && SOME_DAY_BEFORE.test(m.input.slice(Math.max(0, m.index - 20), m.index));
}

/**
 * "$500 million a year", "24 hours a day", "four flights a week", "358,000 a month": "a" after an
 * amount is "per", a rate, not a length of time.
 */
const AMOUNT_BEFORE = new RegExp(
  `(?:[\\d%]|\\b(?:${UNITS_WORDS}|${TENS}|ten|twelve|hundred|thousand|million|billion|trillion|cents?|dollars?|pounds?|euros?))` +
    `(?:\\s+[\\p{L}-]+){0,2}\\s+$`,
  'iu',
);
function isRate(m: RegExpExecArray): boolean {
  if (!/^an?$/i.test(m[1]!) || m[0].trim() !== m[0].replace(/^\s+/, '') || /^\S+\s+\S+\s/.test(m[0].trim()))
    return false;
  return AMOUNT_BEFORE.test(m.input.slice(Math.max(0, m.index - 40), m.index));
}

const CAPITALISED = /^\p{Lu}/u;
/**
 * "a quarter of the votes", "three-quarters" are fractions, not lengths of time; "60 Minutes" with
 * a capital is a name.
 */
function isLength(m: RegExpExecArray): boolean {
  if (CAPITALISED.test(m[2]!) && /^\d/.test(m[1]!)) return false;
  if (isRate(m)) return false;
  if (!/^quarter/i.test(m[2]!)) return true;
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 4);
  return !/^(?:an?|one)$/i.test(m[1]!) && !/-quarters?$/i.test(m[0]) && !/^\s+of\b/i.test(after);
}

function collect(
  pattern: RegExp,
  text: string,
  from: number,
  make: (m: RegExpExecArray) => Omit<TemporalExpression, 'start' | 'end' | 'text'> | null,
): TemporalExpression[] {
  const out: TemporalExpression[] = [];
  pattern.lastIndex = 0;
  const slice = text.slice(from);
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    const made = make(m);
    if (made) out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], ...made });
  }
  return out;
}

/** Lengths, recurrences and vague references in `text.slice(from, to)`, in order, longest kept where they overlap. */
export function findTimexes(text: string, from: number, to: number): TemporalExpression[] {
  const slice = text.slice(0, to);
  const found: TemporalExpression[] = [
    ...collect(DURATION, slice, from, (m) =>
      someDay(m)
        ? { type: 'DATE', value: 'FUTURE_REF' }
        : isLength(m)
          ? { type: 'DURATION', value: durationValue(countOf(m[1]!), m[2]!, /1\/2|and a half/i.test(m[0])) }
          : null,
    ),
    ...collect(ONE_UNIT_SPAN, slice, from, (m) => ({ type: 'DURATION', value: durationValue(1, m[1]!) })),
    ...collect(YEAR_ENDED, slice, from, () => ({ type: 'DURATION', value: 'P1Y' })),
    ...collect(BARE_DURATION, slice, from, (m) => ({ type: 'DURATION', value: durationValue(null, m[1]!) })),
    ...collect(EVERY, slice, from, (m) => ({
      type: 'SET',
      value: durationValue(m[1] ? countOf(m[1]) : 1, m[2]!),
    })),
    ...SETS.flatMap(([pattern, value]) =>
      collect(pattern, slice, from, () => ({ type: 'SET' as const, value })),
    ),
    ...collect(WEEKLY, slice, from, (m) => ({
      type: 'SET',
      value: `XXXX-WXX-${WEEKDAY_NUMBER[(m[1] ?? m[2])!.toLowerCase()]}${m[3] ? 'TNI' : ''}`,
    })),
    ...collect(NAMED_YEAR, slice, from, (m) => ({ type: 'DATE', value: m[1]! })),
    ...collect(RECENT_SPAN, slice, from, (m) => ({
      type: 'DURATION',
      value: durationValue(null, (m[1] ?? m[2])!),
    })),
    ...VAGUE_REFS.flatMap(([pattern, value]) =>
      collect(pattern, slice, from, () => ({ type: 'DATE' as const, value })),
    ),
  ];
  return longestApart(found);
}

const PARTS_OF_DAY: Record<string, string> = {
  morning: 'TMO',
  afternoon: 'TAF',
  evening: 'TEV',
  night: 'TNI',
  tonight: 'TNI',
};
const CLOCK = '(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?m\\.?(?:\\s+[A-Z]{3}\\b)?';
const CLOCK_BEFORE = new RegExp(`\\b(?:${CLOCK}|(noon|midnight)),?\\s+(?:on\\s+)?$`, 'i');
/** "the night of Oct. 23", like "Friday night", is annotated as the day: night is not read before a date. */
const PART_BEFORE = /\b(?:mid-?|late\s+|early\s+)?(morning|afternoon|evening)\s+(?:of\s+)?$/i;
const PART_INSIDE = /\b(morning|afternoon|evening|night|tonight)\b/i;
/**
 * "Friday night" is annotated as the day more often than as its night, and "Friday morning" as
 * often one as the other: the day is kept. "Friday evening" is annotated as the evening (TEV).
 */
const WEEKDAY_FIRST =
  /^(?:(?:on|in|early|late|until|till|by|from|since|before|after)\s+)*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** "noon Friday", "until 9 a.m. Tuesday": a clock time the day's expression begins with. */
const CLOCK_INSIDE = new RegExp(`^(?:(?:until|by|at|on|till)\\s+)*(?:(noon|midnight)\\b|${CLOCK})`, 'i');

function clockValue(
  hours: string | undefined,
  minutes: string | undefined,
  half: string | undefined,
  word: string | undefined,
): string | null {
  if (word) return word.toLowerCase() === 'noon' ? 'T12:00' : 'T24:00';
  const h = Number(hours);
  if (!(h >= 1 && h <= 12)) return null;
  const h24 = (h % 12) + (half!.toLowerCase() === 'p' ? 12 : 0);
  return `T${String(h24).padStart(2, '0')}:${minutes ?? '00'}`;
}

/**
 * The time of day told with a day ("9 a.m. Tuesday", "noon Thursday", "this morning", "this
 * evening"; not "Friday morning"), as a TimeML time (T09:00, T12:00, TMO) and its span. Times of day are
 * never timeline dates (the timeline's grain is the day); the date layer is measured on them.
 */
export function timeOfDay(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; time: string } | null {
  const inside = text.slice(start, end);
  const clockInside = CLOCK_INSIDE.exec(inside);
  if (clockInside) {
    const time = clockValue(clockInside[2], clockInside[3], clockInside[4], clockInside[1]);
    if (time) return { start, end, time };
  }
  const before = text.slice(Math.max(0, start - 30), start);
  const clock = CLOCK_BEFORE.exec(before);
  if (clock) {
    const time = clockValue(clock[1], clock[2], clock[3], clock[4]);
    if (time) return { start: start - before.length + clock.index, end, time };
  }
  const inDay = PART_INSIDE.exec(inside);
  const part = inDay && WEEKDAY_FIRST.test(inside) && /morning|night/i.test(inDay[1]!) ? null : inDay;
  if (part) return { start, end, time: PARTS_OF_DAY[part[1]!.toLowerCase()]! };
  const partBefore = PART_BEFORE.exec(before);
  if (partBefore)
    return {
      start: start - before.length + partBefore.index,
      end,
      time: PARTS_OF_DAY[partBefore[1]!.toLowerCase()]!,
    };
  return null;
}

/** "at 10:35 a.m.", "around midday", "4 in the morning": a clock time that no day expression includes. */
const CLOCK_ALONE = new RegExp(
  `\\b(?:${CLOCK}(?![a-z])|(\\d{1,2})\\s+(?:o['’]clock\\s+)?in\\s+the\\s+(morning|afternoon|evening)|` +
    `(?<=\\b(?:at|by|until|till|before|after|around|about|from|since|toward|towards)\\s+)(noon|midnight|midday))`,
  'gi',
);

/**
 * Clock times told without their day, as TimeML times of day (T10:35, T12:00). They are never
 * timeline dates (the timeline's grain is the day): the day they fall on is for the caller to find.
 */
export function clockTimes(
  text: string,
  from: number,
  to: number,
): { start: number; end: number; text: string; time: string }[] {
  const out: { start: number; end: number; text: string; time: string }[] = [];
  const slice = text.slice(0, to);
  CLOCK_ALONE.lastIndex = from;
  for (let m = CLOCK_ALONE.exec(slice); m; m = CLOCK_ALONE.exec(slice)) {
    let time: string | null;
    if (m[4]) {
      const h = Number(m[4]);
      const pm = m[5]!.toLowerCase() !== 'morning';
      time = h >= 1 && h <= 12 ? `T${String((h % 12) + (pm ? 12 : 0)).padStart(2, '0')}:00` : null;
    } else if (m[6]) time = m[6].toLowerCase() === 'midnight' ? 'T24:00' : 'T12:00';
    else time = clockValue(m[1], m[2], m[3], undefined);
    const written = m[0].replace(/\s+[A-Za-z]{3}$/, '');
    if (time) out.push({ start: m.index, end: m.index + written.length, text: written, time });
  }
  return out;
}
