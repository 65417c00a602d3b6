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

/** Pre-test: a text with none of these reads as itself (most documents). */
const NEEDS_COMPACTING =
  /[\u00ad\u200b-\u200d\u2060\ufeff\u2028\u2029\u2022\u25aa\u25cf\u25a0\u25ba]|&#?[a-zA-Z0-9]{2,8};|[ \t\u00a0\u2009\u202f][ \t]|[ \t\r]\n|[^\s-]\u2014|\u2014[^\s-]|[^\s-]--[^\s-]|(?:^|\n)[ \t]*\* /;
const DROPPED = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const LINE_END_SPACE = /[ \t\r\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
const HORIZONTAL_SPACE = /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
const BULLET = /[\u2022\u25aa\u25cf\u25a0\u25ba*]/;
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
  if (!NEEDS_COMPACTING.test(stored)) return null;
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (s: string, start: number, end: number) => {
    for (const unit of s.length === 1 ? [s] : s.split('')) {
      out.push(unit);
      starts.push(start);
      ends.push(end);
    }
  };
  let lineHasText = false;
  let changed = false;
  for (let i = 0; i < stored.length; ) {
    let c = stored[i]!;
    let end = i + 1;
    if (c === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(stored);
      const decoded = m ? decodeEntity(m[1]!) : null;
      if (m && decoded !== null) {
        c = decoded;
        end = i + m[0].length;
      }
    }
    if (end - i > 1 || c !== stored[i]) changed = true;
    if (DROPPED.test(c)) {
      changed = true;
      i = end;
      continue;
    }
    if (c === '\u2028' || c === '\u2029') {
      if (c === '\u2029') emit('\n', i, i);
      c = '\n';
      changed = true;
    }
    if (c === '\n') {
      while (out.length > 0 && LINE_END_SPACE.test(out[out.length - 1]!)) {
        out.pop();
        starts.pop();
        ends.pop();
        changed = true;
      }
      lineHasText = false;
    } else if (HORIZONTAL_SPACE.test(c)) {
      const before = out[out.length - 1];
      if (lineHasText && before !== undefined && HORIZONTAL_SPACE.test(before)) {
        changed = true;
        i = end;
        continue;
      }
    } else if (!lineHasText && BULLET.test(c) && HORIZONTAL_SPACE.test(stored[end] ?? '')) {
      changed = true;
      for (i = end; HORIZONTAL_SPACE.test(stored[i] ?? ''); ) i++;
      continue;
    } else {
      if (
        c === '\u2014' ||
        (c === '-' && stored[i + 1] === '-' && stored[i + 2] !== '-' && stored[i - 1] !== '-')
      ) {
        const dash = c === '-' ? '--' : c;
        if (c === '-') end = i + 2;
        const before = out[out.length - 1] ?? '';
        const after = stored[end] ?? '';
        const opensAfter =
          WORD_START.test(after) || (after === '"' && WORD_START.test(stored[end + 1] ?? ''));
        // "1991—1994" is a range; "2021—10:15 am" a date and a time.
        const digits = /\d/.test(before) && /\d/.test(after) && !TIME_AFTER.test(stored.slice(end, end + 6));
        if (!digits && c === '\u2014' && WORD_END.test(before)) {
          emit(' ', i, i);
          changed = true;
        }
        emit(dash === '--' ? '-' : dash, i, dash === '--' ? i + 1 : end);
        if (dash === '--') emit('-', i + 1, end);
        if (!digits && opensAfter) {
          emit(' ', end, end);
          changed = true;
        }
        lineHasText = true;
        i = end;
        continue;
      }
      lineHasText = true;
    }
    emit(c, i, end);
    i = end;
  }
  if (!changed) return null;
  starts.push(stored.length);
  ends.push(stored.length);
  return { text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

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
