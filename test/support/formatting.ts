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

/** Every `n`th match of `pattern` replaced by `pick(k)` (k counts the replaced ones). */
function everyNth(t: string, pattern: RegExp, n: number, pick: (k: number, match: string) => string): string {
  let seen = 0;
  let k = 0;
  return t.replace(pattern, (m) => (seen++ % n === n - 1 ? pick(k++, m) : m));
}
const cycle = (items: string[]) => (k: number) => items[k % items.length]!;
const SPACE_BETWEEN_WORDS = /(?<=\S) (?=\S)/g;

/** Wrap at `width` and pad every wrapped line but a paragraph's last to the width, as justified text. */
function justifyLine(line: string, width: number): string {
  const lines = wrapLine(line, width).split('\n');
  return lines
    .map((l, i) => {
      if (i === lines.length - 1) return l;
      const words = l.split(' ');
      let missing = width - l.length;
      for (let j = 0; missing > 0 && words.length > 1; j = (j + 1) % (words.length - 1), missing--)
        words[j] += ' ';
      return words.join(' ');
    })
    .join('\n');
}

const ENTITY_FOR: Record<string, string> = {
  '\u201c': '&#8220;',
  '\u201d': '&#8221;',
  '\u2018': '&lsquo;',
  '\u2019': '&rsquo;',
  '\u2014': '&mdash;',
  '\u2013': '&ndash;',
  '\u00a0': '&nbsp;',
};
/** Body paragraphs (past the head lines) opened by bullets in turn. */
function bulleted(t: string, bullets: string[]): string {
  let k = 0;
  return t
    .split('\n')
    .map((line, i) =>
      i >= 3 && line.length >= 80 && /^[\p{Lu}"\u201c]/u.test(line)
        ? bullets[k++ % bullets.length] + line
        : line,
    )
    .join('\n');
}
const BULLETS = ['\u2022 ', '\u25aa ', '* '];

/**
 * What real pages, feeds and pasted text bring besides quotes, dashes and line breaks: runs of
 * spaces, justified lines, HTML entities left in the text, invisible characters, other
 * separators, apostrophes and ellipses, typographic spaces, a capitals title, bullets.
 */
export const PAGE_REFORMATS: Record<string, Reformat> = {
  'runs of spaces and tabs': (t) => everyNth(t, SPACE_BETWEEN_WORDS, 3, cycle(['  ', '   ', '\t', ' \t'])),
  'trailing spaces': (t) => t.replace(/\n/g, (_m, i: number) => (i % 2 ? ' \n' : '   \n')),
  justified: (t) =>
    t
      .split('\n')
      .map((line) => justifyLine(line, 70))
      .join('\n\n'),
  'justified, CRLF, trailing spaces': (t) =>
    t
      .split('\n')
      .map((line) => justifyLine(line, 72))
      .join('\n\n')
      .replace(/\n/g, ' \r\n'),
  'unspaced em dashes': (t) => t.replace(/ [\u2014\u2013] /g, '\u2014'),
  'spaced em dashes': (t) => t.replace(/(?<=\S)\u2014(?=\S)/g, ' \u2014 '),
  'unspaced typewriter dashes': (t) => t.replace(/ ?\u2014 ?| \u2013 /g, '--'),
  'em dashes, thin spaces': (t) => t.replace(/ ?\u2014 ?| \u2013 /g, '\u2009\u2014\u2009'),
  'entities: &quot; &#39; &amp;': (t) =>
    t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
  'entities: curly and dashes': (t) =>
    curlySingle(curlyDouble(t.replace(/&/g, '&amp;'))).replace(
      /[\u201c\u201d\u2018\u2019\u2014\u2013]/g,
      (c) => ENTITY_FOR[c]!,
    ),
  'entities: &nbsp;': (t) => REFORMATS['no-break spaces']!(t).replace(/\u00a0/g, '&nbsp;'),
  'zero-width spaces': (t) => everyNth(t, / /g, 4, () => ' \u200b').replace(/\n/g, '\u200b\n'),
  'zero-width joiners': (t) => everyNth(t, /(?<=\p{L}) /gu, 5, cycle(['\u200d ', '\u2060 ', '\u200c '])),
  'soft hyphens': (t) => t.replace(/\b(\p{L}{4})(\p{L}{4,})/gu, '$1\u00ad$2'),
  'byte-order mark character': (t) => `\ufeff${t}`,
  'line and paragraph separators': (t) => t.replace(/\n\n/g, '\u2029').replace(/\n/g, '\u2028'),
  'curly apostrophes in names': (t) => t.replace(/(?<=\p{L})'(?=\p{L})/gu, '\u2019'),
  'straight apostrophes in names': (t) => t.replace(/(?<=\p{L})\u2019(?=\p{L})/gu, "'"),
  'modifier-letter apostrophes': (t) => t.replace(/(?<=\p{L})['\u2019](?=\p{L})/gu, '\u02bc'),
  'ellipsis character': (t) => t.replace(/\.\.\./g, '\u2026'),
  'three dots': (t) => t.replace(/\u2026/g, '...'),
  'narrow spaces before units': (t) => t.replace(NUMBER_BEFORE_UNIT, '$1\u202f$2'),
  'thin spaces after titles': (t) => t.replace(TITLE_BEFORE_NAME, '$1\u2009'),
  // A headline: a first line set apart by a blank line that does not end as a sentence does.
  'capitals title': (t) => t.replace(/^[^\n]*[^\n.:"\u201d](?=\n\s*\n)/, (title) => title.toUpperCase()),
  'bullets opening paragraphs': (t) => bulleted(t, BULLETS),
  'hyphen bullets opening paragraphs': (t) => bulleted(t, ['- ']),
};

/** Many of the page changes at once, over the earlier ones. */
export const PAGE_MESS: Reformat = (t) =>
  [
    'entities: curly and dashes',
    'soft hyphens',
    'zero-width spaces',
    'runs of spaces and tabs',
    'ellipsis character',
  ].reduce((text, name) => PAGE_REFORMATS[name]!(text), ALL_AT_ONCE(t));

const NAMED_ENTITIES: Record<string, string> = {
  quot: '"',
  amp: '&',
  nbsp: ' ',
  mdash: '\u2014',
  ndash: '\u2013',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
};
/** Folds what the page changes vary too, then as {@link foldFormatting}. */
export const foldPageFormatting = (s: string) =>
  foldFormatting(
    s
      .replace(/&(#\d+|[a-z]+);/g, (m, name: string) =>
        name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (NAMED_ENTITIES[name] ?? m),
      )
      .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
      .replace(/[\u2028\u2029]/g, '\n')
      .replace(/\u02bc/g, "'")
      .replace(/\u2026/g, '...')
      .replace(/(^|\n)\s*[\u2022\u25aa*-] /g, '$1'),
  );
