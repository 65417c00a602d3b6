/**
 * Numbers as people write them in casualty reports: digits (`27`, `5,000`, `1.5 million`,
 * `30 thousand`), words (`Six`, `twenty-seven`, `two hundred and fifty`, `half a million`) and
 * vague quantities (`dozens`, `hundreds`, `tens of thousands`). Offsets are relative to the
 * string searched. Numbers that are plainly not counts (money, percentages, dates, times, years,
 * `24-hour`) are dropped here; whether a count counts people is decided elsewhere.
 */
import { TENS, UNITS } from '../numberWords.ts';
import { allMatches } from '../statements/allMatches.ts';
import { isAgeAfterName } from './ageApposition.ts';

/**
 * exact: `27`, `Six`. approximate: a round word that is itself an estimate (`a dozen`,
 * `half a million`). vague: a plural quantity that only gives a floor (`dozens` = at least 24).
 */
export type NumberKind = 'exact' | 'approximate' | 'vague';

export interface NumberMatch {
  start: number;
  end: number;
  text: string;
  /** The number; for a range, its lower end. */
  value: number;
  kind: NumberKind;
  /** A range's upper end: "between 30 and 40", "30 to 40", "30-40", "two or three". */
  upper?: number;
}

const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};
/** The floor a vague plural gives: "dozens" is at least two dozen. */
const VAGUE: Record<string, number> = {
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2_000,
  millions: 2_000_000,
  'tens of thousands': 20_000,
  'hundreds of thousands': 200_000,
  // "several" is at least three, "a few" at least two: "several dozen" is at least 36.
  'several dozen': 36,
  'a few dozen': 24,
  'several hundred': 300,
  'a few hundred': 200,
  'several thousand': 3_000,
  'a few thousand': 2_000,
};

const NUMBER_WORD = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)].join('|');
const WORD = `(?:a|${NUMBER_WORD})`;
const WORD_JOIN = String.raw`(?:\s+and\s+|\s+|-)`;
/**
 * The first word of a run: "a" only before another number word ("a hundred"). The article alone is
 * no number (interpret drops it), and most sentences hold several: skipped here, not matched and dropped.
 */
const FIRST_WORD = `(?:a(?=${WORD_JOIN}${WORD})|${NUMBER_WORD})`;
/**
 * Thousands are grouped with commas, or (in translated copy) with spaces or full stops: "100 000",
 * "100.417". A full stop followed by exactly three digits and no scale word groups thousands: a count
 * of people is never written to three decimals.
 */
const GROUPED_SPACES = String.raw`\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d|[.,]\d)`;
const GROUPED_STOPS = String.raw`\d{1,3}(?:\.\d{3})+(?!\d|[.,]\d|\s+(?:hundred|thousand|million|billion)\b)`;
/** "1,5 thousand": translated copy writes a decimal comma before a scale word. */
const DECIMAL_COMMA = String.raw`\d+,\d{1,2}(?=\s+(?:hundred|thousand|million|billion)\b)`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|${DECIMAL_COMMA}|${GROUPED_SPACES}|${GROUPED_STOPS}|\d+(?:\.\d+)?`;
const SCALE = 'hundred|thousand|million|billion';
const NUMBER_PATTERN = new RegExp(
  [
    String.raw`(?<vagueOf>(?:tens|hundreds)\s+of\s+thousands|(?:several|a\s+few)\s+(?:dozen|hundred|thousand))`,
    String.raw`(?<half>half\s+a\s+(?:million|billion))`,
    String.raw`(?<dozen>(?:a|two|three|four|five|six|\d+)\s+dozen)`,
    String.raw`(?<digits>(?:${DIGITS})(?:\s+(?:${SCALE}))?)`,
    String.raw`(?<words>${FIRST_WORD}(?:${WORD_JOIN}${WORD})*)`,
    String.raw`(?<vague>dozens|scores|hundreds|thousands|millions)`,
  ]
    .map((alt) => String.raw`\b${alt}\b`)
    .join('|'),
  'gi',
);

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH}\.?\s+$`, 'i');
const MONTH_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b`, 'i');
const MONEY_BEFORE = /(?:[$€£¥₽₼]|\b(?:US|USD|EUR|AMD|AZN|RUB)\s?)$/;
const MONEY_OR_SHARE_AFTER =
  /^(?:\s*%|\s+(?:per\s*cent|percent|dollars|euros|pounds|roubles|rubles|manats?|drams?|USD|EUR|AMD|AZN)\b)/i;
/** A year is written bare; these words introduce one ("in 2020", "the 1994 ceasefire"). */
const YEAR_CONTEXT_BEFORE =
  /\b(?:in|since|of|from|until|till|by|to|year|early|late|mid|during|before|after|the|spring|summer|autumn|fall|winter)\s+$/i;

/** Parses a run of number words; returns the value and how many tokens form a valid number. */
function parseWords(tokens: string[]): { value: number; used: number } | null {
  let total = 0;
  let group = 0;
  let last: 'start' | 'unit' | 'tens' | 'hundred' | 'scale' = 'start';
  let best: { value: number; used: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.toLowerCase();
    if (t === 'and') {
      const next = tokens[i + 1]?.toLowerCase() ?? '';
      if ((last === 'hundred' || last === 'scale') && (next in UNITS || next in TENS)) continue;
      break;
    }
    if (t === 'a') {
      const next = tokens[i + 1]?.toLowerCase() ?? '';
      if (last !== 'start' || !(next in SCALES)) break;
      group = 1;
      last = 'unit';
      continue;
    }
    if (t in UNITS) {
      if (last === 'unit' || (last === 'tens' && UNITS[t]! >= 10)) break;
      group += UNITS[t]!;
      last = 'unit';
    } else if (t in TENS) {
      if (last === 'unit' || last === 'tens') break;
      group += TENS[t]!;
      last = 'tens';
    } else if (t === 'hundred') {
      if (group === 0 || group >= 100 || last === 'hundred') break;
      group *= 100;
      last = 'hundred';
    } else if (t in SCALES) {
      if (group === 0) break;
      total += group * SCALES[t]!;
      group = 0;
      last = 'scale';
    } else {
      break;
    }
    best = { value: total + group, used: i + 1 };
  }
  return best;
}

const PLAIN_DIGITS = /^\d+$/;
const GROUPED_WHOLE = new RegExp(`^(?:${GROUPED_SPACES}|${GROUPED_STOPS})$`);

function digitsValue(text: string): number {
  // Most numbers in news copy are plain digits ("12", "2023"): their value needs no pattern.
  if (PLAIN_DIGITS.test(text)) return Number(text);
  const grouped = GROUPED_WHOLE.test(text);
  if (grouped) return Number(text.replace(/[\s.]/g, ''));
  const decimalComma = /^\d+,\d{1,2}\s/.test(text);
  const m = /^([\d,]+(?:\.\d+)?)(?:\s+(\w+))?$/.exec(
    (decimalComma ? text.replace(',', '.') : text).replace(/\s+/g, ' '),
  )!;
  const base = Number(m[1]!.replace(/,/g, ''));
  const scale = m[2] ? (SCALES[m[2].toLowerCase()] ?? 1) : 1;
  return scale > 1 ? Math.round(base * scale) : base;
}

/** Number-word tokens with their offsets inside a matched run ("two hundred and fifty"). */
const LATIN_WORD = /[A-Za-z]+/g;
function wordTokens(run: string): { text: string; end: number }[] {
  return allMatches(LATIN_WORD, run).map((m) => ({ text: m[0], end: m.index + m[0].length }));
}

function interpret(m: RegExpExecArray): NumberMatch | null {
  const g = m.groups!;
  const start = m.index;
  if (g.vagueOf)
    return {
      start,
      end: start + m[0].length,
      text: m[0],
      value: VAGUE[g.vagueOf.toLowerCase().replace(/\s+/g, ' ')]!,
      kind: 'vague',
    };
  if (g.vague)
    return {
      start,
      end: start + m[0].length,
      text: m[0],
      value: VAGUE[g.vague.toLowerCase()]!,
      kind: 'vague',
    };
  if (g.half)
    return {
      start,
      end: start + m[0].length,
      text: m[0],
      value: SCALES[/\w+$/.exec(g.half)![0].toLowerCase()]! / 2,
      kind: 'approximate',
    };
  if (g.dozen) {
    const first = g.dozen.split(/\s+/)[0]!.toLowerCase();
    const count = first === 'a' ? 1 : /^\d+$/.test(first) ? Number(first) : (UNITS[first] ?? 1);
    return { start, end: start + m[0].length, text: m[0], value: count * 12, kind: 'approximate' };
  }
  if (g.digits)
    return { start, end: start + m[0].length, text: m[0], value: digitsValue(g.digits), kind: 'exact' };
  // The article "a" alone (the only one-letter number word) is no number.
  if (g.words!.length === 1) return null;
  const tokens = wordTokens(g.words!);
  const parsed = parseWords(tokens.map((t) => t.text));
  if (!parsed) return null;
  const end = start + tokens[parsed.used - 1]!.end;
  return { start, end, text: m[0].slice(0, end - start), value: parsed.value, kind: 'exact' };
}

/** Reasons a number is plainly not a count of anything: money, shares, dates, times, codes, years. */
const CODE_BEFORE = /[\p{L}\p{N}\-/:.#№]$/u;
const CODE_AFTER = /^(?:-\p{L}|-\d|:\d|\/\d|\p{L})/u;
const AGE_BEFORE = /\b(?:aged|ages?\s+of|ages|age)\s+$/i;
const NO_ONE_BEFORE = /^(?:the\s+)?(?:no|any|every|each|someone|anyone|no\s+one)\s*$/i;
const LOWER_WORD_AFTER = /^\s+\p{Ll}/u;

function notACount(text: string, n: NumberMatch): boolean {
  const before = text.slice(Math.max(0, n.start - 12), n.start);
  const after = text.slice(n.end, n.end + 16);
  if (CODE_BEFORE.test(before)) return true; // Su-25, 16:27, v2, No.5
  if (CODE_AFTER.test(after)) return true; // 24-hour, 2020-10-24, 12:40, 3/4
  if (MONEY_BEFORE.test(before) || MONEY_OR_SHARE_AFTER.test(after)) return true;
  if (AGE_BEFORE.test(before)) return true; // "a man aged 54", "the age of 12"
  if (isAgeAfterName(text, n.start, n.end)) return true; // "her son Levon, 21, a conscript"
  if (/^\d/.test(n.text) && MONTH_BEFORE.test(before)) return true;
  // "between 26 and 28 September": a range of days ends on its last digit, right before the month.
  if (/\d$/.test(n.text) && MONTH_AFTER.test(after)) return true;
  if (NO_ONE_BEFORE.test(before.slice(-8)) && /^one$/i.test(n.text)) return true;
  const bareYear = /^\d{4}$/.test(n.text) && n.value >= 1800 && n.value <= 2100;
  if (bareYear && (YEAR_CONTEXT_BEFORE.test(before) || !LOWER_WORD_AFTER.test(after))) return true;
  return false;
}

/**
 * What may join two numbers into one range, and what may open it: "between 30 and 40", "30 to 40",
 * "30-40", "two or three". "from 30 to 40" is left alone: after "rose" it is a count that changed;
 * so is "rose by 21 to 71", a change and the count it led to.
 */
const RANGE_JOIN = /^(?:\s+(?:to|or)\s+|\s*[-–]\s*)$/i;
const RANGE_JOIN_AFTER_BETWEEN = /^\s+and\s+$/i;
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const FROM_BEFORE =
  /\b(?:from|(?:rose|risen|rises|increased|grew|grown|jumped|climbed|fell|fallen|dropped|decreased|declined|up|down)\s+by)\s+$/i;
const looksLikeYear = (n: NumberMatch) => /^\d{4}$/.test(n.text) && n.value >= 1800 && n.value <= 2100;

/** Two numbers written as the ends of one range become one number with an upper end. */
function joinRanges(text: string, numbers: NumberMatch[]): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const a = numbers[i]!;
    const b = numbers[i + 1];
    // "since November 13 to 564": a day of a month opens no range.
    const dayOfMonth =
      /^\d/.test(a.text) && MONTH_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start));
    if (
      b &&
      a.kind === 'exact' &&
      b.kind === 'exact' &&
      b.value > a.value &&
      !looksLikeYear(a) &&
      !dayOfMonth
    ) {
      const between = text.slice(a.end, b.start);
      const before = text.slice(Math.max(0, a.start - 20), a.start);
      const opener = BETWEEN_BEFORE.exec(before);
      const joined = opener
        ? RANGE_JOIN_AFTER_BETWEEN.test(between)
        : RANGE_JOIN.test(between) && !FROM_BEFORE.test(before) && !/^\s*[-–]\s+$/.test(between);
      // "30-40" joins digits only; "two-three" is rare, and "twenty-one" is one number already.
      const dashed = /[-–]/.test(between);
      if (joined && (!dashed || (/^\d/.test(a.text) && /^\d/.test(b.text)))) {
        const start = opener ? a.start - (before.length - opener.index) : a.start;
        // "between 2 and 3 thousand": the scale written once covers both ends.
        const scale = SCALES[/\b(\w+)$/.exec(b.text)![1]!.toLowerCase()];
        const low =
          scale && a.value < scale && !/\b(?:hundred|thousand|million|billion)$/i.test(a.text)
            ? a.value * scale
            : a.value;
        if (low >= b.value) {
          out.push(a);
          continue;
        }
        out.push({
          start,
          end: b.end,
          text: text.slice(start, b.end),
          value: low,
          kind: 'exact',
          upper: b.value,
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * What every number NUMBER_PATTERN reads holds: a digit, a scale or vague word, or a whole unit or ten
 * (a run of number words opens with one; "a" alone is none). Most sentences hold none of them, and the
 * pattern tries its alternatives at every word ("a" matches and is dropped) before it finds nothing.
 */
const UNIT_OR_TEN = new Set([...Object.keys(UNITS), ...Object.keys(TENS)]);
/** Scale and vague words, found anywhere, inside a longer word too ("hundreds", "thousandth"). */
const SCALE_OR_VAGUE = ['dozen', 'scores', 'hundred', 'thousand', 'million', 'billion'];
const DIGIT = /\d/;

/** A character of a word as `\b` reads it: an ASCII letter, a digit or `_`. */
const isWordChar = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const step = (hash: number, c: number) => (Math.imul(hash, 31) + c) | 0;
const wordHash = (w: string) => [...w].reduce((h, c) => step(h, c.charCodeAt(0)), 0);
const UNIT_OR_TEN_HASHES = new Set([...UNIT_OR_TEN].map(wordHash));
const UNIT_OR_TEN_LENGTHS = [...UNIT_OR_TEN].map((w) => w.length);
const SHORTEST = Math.min(...UNIT_OR_TEN_LENGTHS);
const LONGEST = Math.max(...UNIT_OR_TEN_LENGTHS);

/**
 * The number words of the pre-test, as the case-blind pattern
 * `dozen|scores|hundred|thousand|million|billion|\b(?:zero|one|…|ninety)\b` read them, without
 * trying an alternation at every character: a scale or vague word anywhere in the lower-cased
 * text (no letter outside ASCII lower-cases into one of theirs), or a whole word (a run of ASCII
 * letters, digits and `_`, as `\b` bounds it) that is a unit or a ten in any case. A word is
 * hashed as the scan goes and sliced only when its hash is one of theirs.
 */
function holdsNumberWord(text: string): boolean {
  const lower = text.toLowerCase();
  for (const w of SCALE_OR_VAGUE) if (lower.includes(w)) return true;
  const n = text.length;
  for (let p = 0; p < n; ) {
    let c = text.charCodeAt(p);
    if (!isWordChar(c)) {
      p++;
      continue;
    }
    let q = p;
    let hash = 0;
    let letters = true;
    for (; q < n && isWordChar((c = text.charCodeAt(q))); q++) {
      if (isLetter(c)) hash = step(hash, c | 0x20);
      else letters = false;
    }
    const length = q - p;
    if (
      letters &&
      length >= SHORTEST &&
      length <= LONGEST &&
      UNIT_OR_TEN_HASHES.has(hash) &&
      UNIT_OR_TEN.has(text.slice(p, q).toLowerCase())
    )
      return true;
    p = q;
  }
  return false;
}

/** Every count-like number in `text`, in order; overlapping and non-count numbers removed. */
/** Can the text hold a number findNumbers reads? No digit and no number word, no number. */
export function mayHoldNumber(text: string): boolean {
  return DIGIT.test(text) || holdsNumberWord(text);
}

export function findNumbers(text: string): NumberMatch[] {
  if (!mayHoldNumber(text)) return [];
  const found: NumberMatch[] = [];
  NUMBER_PATTERN.lastIndex = 0;
  for (let m = NUMBER_PATTERN.exec(text); m; m = NUMBER_PATTERN.exec(text)) {
    const n = interpret(m);
    if (!n) {
      // `a` alone or a run that is not a number: try again one word later.
      NUMBER_PATTERN.lastIndex = m.index + Math.max(1, /^\S+/.exec(m[0])![0].length);
      continue;
    }
    NUMBER_PATTERN.lastIndex = n.end;
    found.push(n);
  }
  return joinRanges(text, found).filter((n) => !notACount(text, n));
}
