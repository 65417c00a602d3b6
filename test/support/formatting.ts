/**
 * Meaning-preserving changes of an article's formatting, as real pages and feeds bring them:
 * the same words, dates and figures in other quotes, dashes, spaces and line breaks.
 */
type Reformat = (text: string) => string;

const OPENS_AFTER = /[\s([{\u201c\u2014\u2013-]/;
const curlyDouble = (t: string) =>
  t.replace(/"/g, (_q, i: number) => (i === 0 || OPENS_AFTER.test(t[i - 1]!) ? '\u201c' : '\u201d'));
const curlySingle = (t: string) =>
  t.replace(/'/g, (_q, i: number) => (i === 0 || OPENS_AFTER.test(t[i - 1]!) ? '\u2018' : '\u2019'));

/** Greedy wrap at `width` columns, breaking at ordinary spaces only (as wrappers do). */
function wrapLine(line: string, width: number): string {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out.join('\n');
}

const TITLE_BEFORE_NAME =
  /\b(Mr\.|Mrs\.|Ms\.|Dr\.|Gen\.|Col\.|President|Minister|Secretary|Ambassador|spokesperson|spokesman|Sen\.|Rep\.) (?=\p{Lu})/gu;
const NUMBER_BEFORE_UNIT =
  /(\d) (km|kilometres|kilometers|miles|people|percent|per cent|%|million|thousand|civilians|soldiers|troops|hours|days)\b/g;

export const REFORMATS: Record<string, Reformat> = {
  'curly quotes': (t) => curlySingle(curlyDouble(t)),
  'straight quotes': (t) => t.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'"),
  'hard wrap at 70': (t) =>
    t
      .split('\n')
      .map((line) => wrapLine(line, 70))
      .join('\n\n'),
  'CRLF, trailing spaces': (t) => t.replace(/\n/g, '  \r\n'),
  'no-break spaces': (t) =>
    t.replace(TITLE_BEFORE_NAME, '$1\u00a0').replace(NUMBER_BEFORE_UNIT, '$1\u00a0$2'),
  'thin spaces in numbers': (t) => t.replace(/(\d),(?=\d{3}\b)/g, '$1\u2009'),
  'en dashes': (t) => t.replace(/\u2014/g, '\u2013'),
  'em dashes': (t) => t.replace(/ \u2013 /g, ' \u2014 '),
  'typewriter dashes': (t) => t.replace(/ ?\u2014 ?/g, ' -- ').replace(/ \u2013 /g, ' -- '),
  'blank lines': (t) => t.replace(/\n/g, '\n\n'),
};

/** Every change above at once (the byte-order mark is added to the file's bytes by the caller). */
export const ALL_AT_ONCE: Reformat = (t) =>
  [
    'curly quotes',
    'no-break spaces',
    'thin spaces in numbers',
    'typewriter dashes',
    'hard wrap at 70',
    'CRLF, trailing spaces',
  ].reduce((text, name) => REFORMATS[name]!(text), t);

/** Folds what the changes vary (quotes, dashes, digit groups, white space) so outputs compare. */
export const foldFormatting = (s: string) =>
  s
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s*(?:\u2014|\u2013|--)\s*/g, ' - ')
    .replace(/(\d)[,\u2009\u202f\u00a0](?=\d{3})/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
