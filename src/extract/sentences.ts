import type { Paragraph, Sentence } from './types.ts';

/**
 * Sentence splitting that keeps offsets into the original text. A full stop ends a sentence
 * unless it belongs to an abbreviation or an initial (`Antony J. Blinken`, `Mr. Smith`,
 * `the U.S. Agency`), to a dateline (`WASHINGTON, September 20. /TASS/.`), or to a number.
 * A closing quote after the stop stays with its sentence (`…solution." Samantha Power` splits
 * after the quote). Field notes: Intl.Segmenter, sbd and compromise each fail one of these.
 */

/** Titles that stand before a name or number and never end a sentence ("said Del. Jane Smith", "Sgt. 1st Class"). */
const TITLES = [
  'mr mrs ms mme messrs dr drs prof profs hon rev msgr fr',
  'gen gens brig lt col maj capt cmdr adm sgt cpl pvt pfc spc',
  'sen sens rep reps dels gov govs pres sec secs amb atty supt insp det ald',
].flatMap((line) => line.split(' '));
/**
 * Abbreviations that may also end a sentence: a street or place prefix, a name's suffix, a state
 * ("D-Del."). They end one only before a common sentence starter ("on Main St. The parade").
 */
const NAME_PARTS = ['st', 'mt', 'ft', 'jr', 'sr', 'del'];
/** Before a number ("No. 5", "Vol. 3") they are no stop; before a word they may be ("he said no. They"). */
const BEFORE_NUMBER = ['no', 'nos', 'vol', 'vols', 'art', 'arts', 'para', 'ch', 'ca', 'c'];
const NEVER_FINAL = [
  'v',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'est',
  'dept',
  'univ',
  'inc',
  'corp',
  'ltd',
  'co',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'fig',
  'p',
  'pp',
];
type AbbreviationKind = 'never-final' | 'name-part' | 'before-number';
/** What a full stop after each abbreviation may be, read with one lookup per stop. */
const ABBREVIATIONS = new Map<string, AbbreviationKind>([
  ...[...TITLES, ...NEVER_FINAL].map((word) => [word, 'never-final'] as const),
  ...NAME_PARTS.map((word) => [word, 'name-part'] as const),
  ...BEFORE_NUMBER.map((word) => [word, 'before-number'] as const),
]);
/** Dotted acronyms that usually sit inside a sentence ("the U.S. Agency"). */
const DOTTED_ACRONYM = /(?:^|[^\p{L}])((?:\p{Lu}\.){2,})$/u;
const OPENING_QUOTES = '"“‘\'«(';
const CLOSING = '"”’\'»)]';

/** Words that commonly start a sentence after a dotted acronym ("…in the U.S. The …"). */
const SENTENCE_STARTERS = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'In',
  'On',
  'But',
  'And',
  'However',
  'Meanwhile',
  'Also',
  'At',
  'As',
  'After',
  'Before',
  'Since',
  'There',
]);

const CLOCK_RUNS_ON =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[A-Z][DS]T|GMT|UTC)\b|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

/** "9 a.m. Moscow time", "1 p.m. Baku time": a zone named by its place is no sentence's first words. */
const ZONE_NAMED_BY_PLACE = /^\s+\p{Lu}\p{Ll}+\s+time\b/u;

const LETTER = /^\p{L}$/u;

/** The run of letters and full stops that ends `s` (what /[\p{L}.]+$/u finds), read backwards: the regex tries every start. */
export function trailingWord(s: string): string {
  let i = s.length;
  while (i > 0) {
    const low = s.charCodeAt(i - 1);
    const pair = i > 1 && low >= 0xdc00 && low <= 0xdfff && (s.charCodeAt(i - 2) & 0xfc00) === 0xd800;
    const width = pair ? 2 : 1;
    const char = s.slice(i - width, i);
    if (char !== '.' && !LETTER.test(char)) break;
    i -= width;
  }
  return s.slice(i);
}

/** DOTTED_ACRONYM needs "X.Y" before the stop: a full stop right before the last letter (one or two code units). */
const mayEndDottedAcronym = (before: string) => before.at(-2) === '.' || before.at(-3) === '.';
const endsDottedAcronym = (before: string) =>
  mayEndDottedAcronym(before) && DOTTED_ACRONYM.test(`${before}.`);

const isDigit = (c: string) => c >= '0' && c <= '9';
const CURRENCY = '€£¥₽₼֏';
/** A digit or a currency sign ("$40 million"), tested by comparisons first: this runs at every stop. */
const isNumeralStart = (c: string) => isDigit(c) || c === '$' || (c > '\x7f' && CURRENCY.includes(c));

const startsSentence = (word: string) => SENTENCE_STARTERS.has(word.replace(/[^\p{L}]/gu, ''));

const LOWER_OR_CLAUSE_MARK = /[\p{Ll},;:]/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const OPENS_SENTENCE = /[\p{Lu}\d"“‘«([]/u;
function isBoundary(text: string, dot: number, afterClose: number): boolean {
  const rest = text.slice(afterClose);
  const next = /^\s+([^\s])/u.exec(rest);
  if (!next) return rest.trim() === '';
  const nextChar = next[1]!;
  // A stop directly followed by a quote or lower-case word continues the sentence.
  if (nextChar === '/' || LOWER_OR_CLAUSE_MARK.test(nextChar)) return false;
  // A numeral or an amount may open a sentence ("… remained tense. 81,000 people had left").
  const numeral = isNumeralStart(nextChar);
  if (text[dot] !== '.') return !isDigit(nextChar); // ! ? …: as before
  if (numeral && text[dot - 1] === '.') return false; // "rose to ... 5,000"
  if (afterClose > dot + 1) return true; // `."` closes a quoted sentence
  const before = text.slice(Math.max(0, dot - 24), dot);
  const word = trailingWord(before);
  const nextWord = /^\s+([^\s]+)/u.exec(rest)?.[1] ?? '';
  const bare = word.replace(/\.$/, '').toLowerCase();
  const kind = ABBREVIATIONS.get(bare);
  if (kind === 'never-final') return false;
  if (numeral) return kind === undefined && !endsDottedAcronym(before);
  // An initial ("Antony J. Blinken"), but the platform X ends a sentence: "…, she said on X. Schools …".
  if (SINGLE_CAPITAL.test(word)) return word === 'X' && /(?:^|\s)(?:on|via)\s+X$/.test(before);
  if (kind === 'name-part') return startsSentence(nextWord);
  // "at 9 a.m. Tuesday", "10 p.m. EDT Friday": a clock time runs on into its day or time zone.
  if (/^[ap]\.m$/i.test(bare) && (CLOCK_RUNS_ON.test(nextWord) || ZONE_NAMED_BY_PLACE.test(rest)))
    return false;
  if (endsDottedAcronym(before)) return startsSentence(nextWord);
  // Dateline: "WASHINGTON, September 20. /TASS/." is handled by the '/' rule above.
  return OPENS_SENTENCE.test(nextChar) || OPENING_QUOTES.includes(nextChar) || speechDashAfter(before, rest);
}

/** "… this year. – We have experience, said X.": a dash after a sentence opens speech (translated copy). */
const SPEECH_DASH = /^\s+[—–]\s+[\p{Lu}"“«]/u;
/** The stop ends a lower-case word or a number, not a capitalised dateline ("GLENDALE, Calif. — Anush …"). */
const PLAIN_END = /(?:^|\s)[\p{Ll}\d][^\s]*$/u;
const speechDashAfter = (before: string, rest: string) => PLAIN_END.test(before) && SPEECH_DASH.test(rest);

export function splitSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    let start = p.start;
    const terminator = /[.!?…]+/g;
    terminator.lastIndex = p.start;
    for (let m = terminator.exec(text); m && m.index < p.end; m = terminator.exec(text)) {
      let close = m.index + m[0].length;
      while (close < p.end && CLOSING.includes(text[close]!)) close++;
      if (close >= p.end) break;
      if (!isBoundary(text, m.index + m[0].length - 1, close)) continue;
      pushSentence(sentences, text, start, close, p.index);
      start = close;
    }
    pushSentence(sentences, text, start, p.end, p.index);
  }
  return sentences;
}

function pushSentence(out: Sentence[], text: string, from: number, to: number, paragraph: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (!body) return;
  const start = from + lead;
  out.push({ index: out.length, start, end: start + body.length, paragraph });
}
