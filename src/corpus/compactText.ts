/**
 * A reading of a text that may differ from it in length: what pages and feeds leave in a text and
 * the reader never sees is taken out, so the extractors' patterns meet one space between words
 * and plain characters. Every character keeps where it came from, so every span read off the
 * compact text maps back to the stored text, and excerpts stay exact substrings of it.
 * - zero-width spaces and joiners, word joiners, soft hyphens and byte-order marks are dropped;
 * - HTML entities left in the text (`&quot;`, `&#8220;`, `&rsquo;`, `&amp;`, `&nbsp;`) read as their character;
 * - a run of spaces or tabs inside a line reads as its first space (justified text), and spaces
 *   and carriage returns ending a line are dropped (CRLF wraps), so an unwrapped line joins with one space;
 * - a line separator reads as a line break, a paragraph separator as a blank line;
 * - an em dash or "--" set close between words reads with a space on each side ("(AP)—The", "—“We");
 * - a bullet (•, ▪, *) opening a line is dropped with the spaces after it.
 */
export interface Compaction {
  text: string;
  /** Where character i of `text` starts in the stored text; one more entry: the stored length. */
  starts: Int32Array;
  /** Where it ends (exclusive). A space the reading adds starts and ends where it stands. */
  ends: Int32Array;
}

/**
 * Pre-tests: a text with none of these reads as itself (most documents). The first is one cheap
 * scan (a character class and literals; adding no-break or thin spaces to its class made it ten
 * times slower); the others only run on a text that passes it.
 */
const MAY_NEED_COMPACTING =
  /[\u00ad\u200b-\u200d\u2060\ufeff\u2028\u2029\u2022\u25aa\u25cf\u25a0\u25ba&\t\r*\u2014]| {2}| \n|--/;
const NEEDS_COMPACTING =
  /[\u00ad\u200b-\u200d\u2060\ufeff\u2028\u2029\u2022\u25aa\u25cf\u25a0\u25ba\t]|&#?[a-zA-Z0-9]{2,8};| {2}| \n|\r\n|\n *\* /;

function needsCompacting(text: string): boolean {
  if (!MAY_NEED_COMPACTING.test(text)) return false;
  if (NEEDS_COMPACTING.test(text)) return true;
  for (let i = text.indexOf('\u2014'); i >= 0; i = text.indexOf('\u2014', i + 1))
    if (!OPEN.test(text[i - 1] ?? ' ') || !OPEN.test(text[i + 1] ?? ' ')) return true;
  for (let i = text.indexOf('--'); i >= 0; i = text.indexOf('--', i + 2))
    if (!OPEN.test(text[i - 1] ?? ' ') && !OPEN.test(text[i + 2] ?? ' ')) return true;
  return false;
}
const OPEN = /[\s-]/;

const isDropped = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
const isHorizontalSpace = (c: number) =>
  c === 0x20 ||
  c === 9 ||
  c === 0xa0 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;
const isLineEndSpace = (c: number) => c === 13 || isHorizontalSpace(c);
const isBullet = (c: number) =>
  c === 0x2022 || c === 0x25aa || c === 0x25cf || c === 0x25a0 || c === 0x25ba || c === 0x2a;
const ENTITY = /&(#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});/y;
const NAMED: Record<string, string> = {
  quot: '"',
  amp: '&',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  mdash: '\u2014',
  ndash: '\u2013',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201a',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bdquo: '\u201e',
  laquo: '\u00ab',
  raquo: '\u00bb',
  hellip: '\u2026',
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
  bull: '\u2022',
  middot: '\u00b7',
  eacute: '\u00e9',
  euro: '\u20ac',
  pound: '\u00a3',
  deg: '\u00b0',
};
/** What may stand right before a close-set dash for the reading to open a space there. */
const WORD_END = /[\p{L}\p{N})\]\u201d\u2019'".,;:!?]/u;
const TIME_AFTER = /^\d{1,2}:\d\d/;
/** What may follow it: a word, a number, an opening bracket or quote. */
const WORD_START = /[\p{L}\p{N}(\u201c\u2018]/u;

function decodeEntity(name: string): string | null {
  if (name[0] !== '#') return NAMED[name] ?? null;
  const code =
    name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : null;
}

/** The compact reading of `stored`, or null when it reads as itself. */
export function compactText(stored: string): Compaction | null {
  const hyphenItems = hyphenBullets(stored);
  if (!hyphenItems && !needsCompacting(stored)) return null;
  // Character codes and offsets go to typed buffers: a compacted text can grow by two spaces a dash.
  const cap = 2 * stored.length + 2;
  const b: Buffers = { out: new Uint16Array(cap), starts: new Int32Array(cap), ends: new Int32Array(cap) };
  const { out, starts, ends } = b;
  let length = 0;
  let lineHasText = false;
  let changed = false;
  for (let i = 0; i < stored.length; ) {
    let c = stored.charCodeAt(i);
    let end = i + 1;
    if (c === AMPERSAND) {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(stored);
      const decoded = m ? decodeEntity(m[1]!) : null;
      if (m && decoded !== null) {
        changed = true;
        end = i + m[0].length;
        if (decoded.length > 1) {
          for (let k = 0; k < decoded.length; k++) length = put(b, length, decoded.charCodeAt(k), i, end);
          lineHasText = true;
          i = end;
          continue;
        }
        c = decoded.charCodeAt(0);
      }
    }
    if (isDropped(c)) {
      changed = true;
      i = end;
      continue;
    }
    if (c === LINE_SEPARATOR || c === PARAGRAPH_SEPARATOR) {
      if (c === PARAGRAPH_SEPARATOR) length = put(b, length, NEWLINE, i, i);
      c = NEWLINE;
      changed = true;
    }
    if (c === NEWLINE) {
      while (length > 0 && isLineEndSpace(out[length - 1]!)) {
        length--;
        changed = true;
      }
      lineHasText = false;
    } else if (isHorizontalSpace(c)) {
      if (lineHasText && length > 0 && isHorizontalSpace(out[length - 1]!)) {
        changed = true;
        i = end;
        continue;
      }
    } else if (
      !lineHasText &&
      (isBullet(c) || (c === HYPHEN && hyphenItems?.has(i))) &&
      isHorizontalSpace(stored.charCodeAt(end))
    ) {
      changed = true;
      for (i = end; isHorizontalSpace(stored.charCodeAt(i)); ) i++;
      continue;
    } else {
      lineHasText = true;
      const typewriter = c === HYPHEN && isTypewriterDash(stored, i);
      if (c === EM_DASH || typewriter) {
        if (typewriter) end = i + 2;
        const before = length > 0 ? String.fromCharCode(out[length - 1]!) : '';
        const after = stored[end] ?? '';
        const opensAfter =
          WORD_START.test(after) || (after === '"' && WORD_START.test(stored[end + 1] ?? ''));
        // "1991—1994" is a range; "2021—10:15 am" a date and a time.
        const digits = /\d/.test(before) && /\d/.test(after) && !TIME_AFTER.test(stored.slice(end, end + 6));
        if (!digits && !typewriter && WORD_END.test(before)) {
          length = put(b, length, SPACE, i, i);
          changed = true;
        }
        if (typewriter) {
          length = put(b, length, HYPHEN, i, i + 1);
          length = put(b, length, HYPHEN, i + 1, end);
        } else length = put(b, length, c, i, end);
        if (!digits && opensAfter) {
          length = put(b, length, SPACE, end, end);
          changed = true;
        }
        i = end;
        continue;
      }
    }
    length = put(b, length, c, i, end);
    i = end;
  }
  if (!changed) return null;
  starts[length] = stored.length;
  ends[length] = stored.length;
  const text = LITTLE_ENDIAN
    ? UTF16.decode(new Uint8Array(out.buffer, 0, 2 * length))
    : Array.from(out.subarray(0, length), (code) => String.fromCharCode(code)).join('');
  return { text, starts: starts.slice(0, length + 1), ends: ends.slice(0, length + 1) };
}

/** The code units decode as UTF-16 in one native call (a spread of character codes is ten times slower). */
const UTF16 = new TextDecoder('utf-16le');
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

interface Buffers {
  out: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
}
function put(b: Buffers, at: number, code: number, start: number, end: number): number {
  b.out[at] = code;
  b.starts[at] = start;
  b.ends[at] = end;
  return at + 1;
}

const [AMPERSAND, HYPHEN, SPACE, NEWLINE, EM_DASH, LINE_SEPARATOR, PARAGRAPH_SEPARATOR] = [
  0x26, 0x2d, 0x20, 0x0a, 0x2014, 0x2028, 0x2029,
];
/**
 * Where a "- " opening a line is a list bullet, to be dropped like "•": a line after a blank line,
 * a sentence's end, a colon or another such item (not a wrap that put an aside's dash first). A
 * dialogue whose turns open with a hyphen keeps them: questions among its turns and no speaker
 * label after the dash ("- Question: …" is a bulleted transcript, "- How do you respond?" a turn).
 */
function hyphenBullets(stored: string): Set<number> | null {
  // Line and paragraph separators break lines as "\n" does; one character each, so offsets hold.
  const text = SEPARATOR.test(stored) ? stored.replace(SEPARATORS, '\n') : stored;
  let at = text.startsWith('- ') ? 0 : text.indexOf('\n- ');
  if (at < 0) return null;
  const items = new Set<number>();
  const listRun = HYPHEN_RUN.test(text);
  let lines = 0;
  let questions = 0;
  let labelled = 0;
  for (; at >= 0; at = text.indexOf('\n- ', at + 1)) {
    const start = text[at] === '\n' ? at + 1 : at;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start + 2, end).trimEnd();
    lines++;
    if (QUESTION_END.test(line)) questions++;
    if (LABEL_AFTER_DASH.test(line)) labelled++;
    // After a paragraph separator the line before is a blank one.
    const previous =
      start === 0 || stored.charCodeAt(start - 1) === PARAGRAPH_SEPARATOR
        ? ''
        : text.slice(text.lastIndexOf('\n', start - 2) + 1, start - 1).trim();
    if (previous.length < SHORT_LINE || previous.startsWith('- ') || ITEM_AFTER.test(previous))
      items.add(start);
  }
  const dialogue = questions > 0 && questions * 4 >= lines && labelled * 2 < lines;
  if (dialogue) return null;
  // "- We knew the roads were dangerous, she said.": copy that quotes with a hyphen for a dash keeps
  // it where a line is speech closed by its tag, set apart from other such lines (no list runs),
  // unless two or more hyphen lines are neither speech nor questions: then the piece bullets its
  // paragraphs with hyphens, and a bulleted paragraph that ends "…, the office said." is no speech.
  const speech = speechLines(text);
  if (!listRun && lines - questions - speech.length < 2) for (const start of speech) items.delete(start);
  return items.size === 0 ? null : items;
}

/** A hyphen line right under another: the article lists with hyphens. */
const HYPHEN_RUN = /(?:^|\n)- [^\n]*\n- /;
/** A line closed by the tag of its speech: "…, he says.", "…, says Søren Krogh Nielsen. His …". */
const TAGGED_SPEECH =
  /,[ \t]+(?:[^\s,.!?"\u201c\u201d\u00ab\u00bb]+[ \t]+){0,5}(?:says|said|adds|added|tells|told|writes|wrote|explains|explained|notes|noted|continues|continued|recalls|recalled)\b[^.!?"\u201c\u201d\u00ab\u00bb\n]{0,80}[.!?](?:[ \t]|$)/;

/** Starts of the hyphen lines that are speech closed by a tag. */
function speechLines(text: string): number[] {
  const starts: number[] = [];
  for (
    let at = text.startsWith('- ') ? 0 : text.indexOf('\n- ');
    at >= 0;
    at = text.indexOf('\n- ', at + 1)
  ) {
    const start = text[at] === '\n' ? at + 1 : at;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (TAGGED_SPEECH.test(text.slice(start + 2, end))) starts.push(start);
  }
  return starts;
}
const SEPARATOR = /[\u2028\u2029]/;
const SEPARATORS = /[\u2028\u2029]/g;
const QUESTION_END = /\?["'\u201d\u2019\u00bb)]*$/;
const LABEL_AFTER_DASH = /^\p{Lu}[\p{L}.'-]*(?: [\p{L}.'-]+){0,4}(?::| [-\u2013\u2014] )/u;
/** A line before a list item is blank, short (a heading), another item, or ends a sentence or on a colon. */
const ITEM_AFTER = /[.!?:;]["'\u201d\u2019)]*$/;
const SHORT_LINE = 40;

/** Exactly two hyphens: "--" is a typewriter dash, "---" a rule. */
const isTypewriterDash = (text: string, i: number) =>
  text.charCodeAt(i + 1) === HYPHEN && text.charCodeAt(i + 2) !== HYPHEN && text.charCodeAt(i - 1) !== HYPHEN;

/** The compact offset of a stored offset: the first compact character that starts at or after it. */
export function compactOffset(c: Compaction, stored: number): number {
  let lo = 0;
  let hi = c.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.starts[mid]! < stored) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A span of the compact text as a span of the stored text. */
export function storedSpan<T extends { start: number; end: number }>(c: Compaction, span: T): T {
  const start = c.starts[span.start]!;
  return { ...span, start, end: span.end > span.start ? c.ends[span.end - 1]! : start };
}

/** A span of the stored text as a span of the compact text. */
export function compactSpan<T extends { start: number; end: number }>(c: Compaction, span: T): T {
  return { ...span, start: compactOffset(c, span.start), end: compactOffset(c, span.end) };
}
