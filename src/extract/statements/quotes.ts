import type { Paragraph, Span } from '../types.ts';

/**
 * Quotation marks, found with offsets. Double marks (" “ ” « ») and single marks (' ‘ ’ ‹ ›)
 * are two families; a quote opened with one family is closed only by the same family, so a
 * nested quote of the other family (or an apostrophe) stays inside it. Straight marks are
 * read as opening or closing from the characters around them.
 *
 * A paragraph that opens a quote and does not close it continues into the next paragraph when
 * that one opens with a mark of the same family (the newspaper convention for long speeches):
 * the parts form one Quote.
 */

type QuoteFamily = 'double' | 'single';

interface QuotePart extends Span {
  /** Offset of the opening mark; `start` is just after it (two characters for a doubled apostrophe). */
  open: number;
  /** Offset of the closing mark's last character, or null when the part runs on into the next paragraph. */
  close: number | null;
  paragraph: number;
}

export interface Quote {
  family: QuoteFamily;
  parts: QuotePart[];
}

const DOUBLE_OPEN = '“«„';
const DOUBLE_CLOSE = '”»';
const SINGLE_OPEN = '‘‹';
const SINGLE_CLOSE = '’›';

type Role = 'open' | 'close' | 'either';

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function isSpaceOrEdge(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

const ANY_MARK = new Set(['"', "'", ...DOUBLE_OPEN, ...DOUBLE_CLOSE, ...SINGLE_OPEN, ...SINGLE_CLOSE]);

/**
 * Two straight apostrophes stand for a double mark in text converted to ASCII (''Yes,'' he
 * said): the pair is one mark, `width` 2. Three are that mark and a nested single one: the
 * pair comes first where they open a quote (`'''Kosovo`), last where they close it (`case,'''`).
 */
function isDoubledApostrophe(text: string, i: number, to: number): boolean {
  if (text[i] !== "'" || i + 1 >= to || text[i + 1] !== "'") return false;
  if (text[i - 1] !== "'") {
    if (text[i + 2] !== "'") return true;
    return text[i + 3] !== "'" && isLetterOrDigit(text[i + 3]);
  }
  // The last two of a run of three that closes: `case,'''` then a space, a stop or the end.
  return text[i - 2] !== "'" && text[i + 2] !== "'" && !isLetterOrDigit(text[i + 2]);
}

function classify(
  text: string,
  i: number,
  from: number,
  to: number,
): { family: QuoteFamily; role: Role; width: number } | null {
  if (isDoubledApostrophe(text, i, to)) {
    return {
      family: 'double',
      role: straightRole(i > from ? text[i - 1] : undefined, i + 2 < to ? text[i + 2] : undefined),
      width: 2,
    };
  }
  const mark = classifyOne(text, i, from, to);
  return mark && { ...mark, width: 1 };
}

function classifyOne(
  text: string,
  i: number,
  from: number,
  to: number,
): { family: QuoteFamily; role: Role } | null {
  const ch = text[i]!;
  if (!ANY_MARK.has(ch)) return null;
  const prev = i > from ? text[i - 1] : undefined;
  const next = i + 1 < to ? text[i + 1] : undefined;
  if (DOUBLE_OPEN.includes(ch)) return { family: 'double', role: 'open' };
  if (DOUBLE_CLOSE.includes(ch)) return { family: 'double', role: 'close' };
  if (ch === '"') return { family: 'double', role: straightRole(prev, next) };
  if (ch === "'" || SINGLE_OPEN.includes(ch) || SINGLE_CLOSE.includes(ch)) {
    // An apostrophe inside a word (don't, Azerbaijan’s) is no quote mark.
    if (isLetterOrDigit(prev) && isLetterOrDigit(next)) return null;
    if (SINGLE_OPEN.includes(ch)) return { family: 'single', role: 'open' };
    if (SINGLE_CLOSE.includes(ch) && ch !== '’') return { family: 'single', role: 'close' };
    const role = straightRole(prev, next);
    // A single mark opens only before a letter ('We…), never before a digit ('90s) or space.
    if (role === 'open' && !/[\p{L}"“]/u.test(next ?? '')) return null;
    if (ch === '’' && role === 'open') return null;
    return { family: 'single', role };
  }
  return null;
}

function straightRole(prev: string | undefined, next: string | undefined): Role {
  const afterSpace = isSpaceOrEdge(prev) || /[([{\-–—/“‘"']/.test(prev ?? '');
  const beforeSpace = isSpaceOrEdge(next) || /[.,;:!?)\]}\-–—”’]/.test(next ?? '');
  if (afterSpace && !beforeSpace) return 'open';
  if (beforeSpace && !afterSpace) return 'close';
  return 'either';
}

const SPACES_THEN_LOWER_CASE = /^\s+\p{Ll}/u;

/** Would a closing single mark here rather be a plural possessive ("the States’ concern")? */
function looksPossessive(text: string, i: number, to: number): boolean {
  if (text[i - 1] !== 's' || !/\s/.test(text[i + 1] ?? '')) return false;
  if (!SPACES_THEN_LOWER_CASE.test(text.slice(i + 1, i + 4))) return false;
  // Only when a later mark in the paragraph could close the quote instead.
  return /['’](?=[\s.,;:!?)]|$)/.test(text.slice(i + 1, to));
}

/**
 * A cheap first test before classify, which reads every character around a mark: straight marks,
 * guillemets (« »), and anything from the curly marks on (classify tells those apart).
 */
function mayBeMark(code: number): boolean {
  return code === 34 || code === 39 || code === 0xab || code === 0xbb || code >= 0x2018;
}

interface OpenQuote {
  family: QuoteFamily;
  open: number;
  width: number;
}

function scanParagraph(text: string, p: Paragraph): { closed: QuotePart[][]; unclosed: OpenQuote | null } {
  const closed: QuotePart[][] = [];
  let current: OpenQuote | null = null;
  for (let i = p.start; i < p.end; i++) {
    if (!mayBeMark(text.charCodeAt(i))) continue;
    const mark = classify(text, i, p.start, p.end);
    if (!mark) continue;
    const at = i;
    i += mark.width - 1;
    if (!current) {
      if (mark.role === 'close') continue;
      if (mark.role === 'either' && mark.family === 'single') continue;
      current = { family: mark.family, open: at, width: mark.width };
      continue;
    }
    if (mark.family !== current.family || mark.role === 'open') continue;
    if (mark.family === 'single' && looksPossessive(text, at, p.end)) continue;
    // `close` is the closing mark's last character, so that close + 1 is where the quote ends.
    closed.push([
      { open: current.open, start: current.open + current.width, end: at, close: i, paragraph: p.index },
    ]);
    current = null;
  }
  return { closed, unclosed: current };
}

function opensWith(text: string, p: Paragraph, family: QuoteFamily): boolean {
  const mark = classify(text, p.start, p.start, p.end);
  return mark !== null && mark.family === family && mark.role !== 'close';
}

/** Every top-level quote in the paragraphs, in text order, with paragraph-spanning quotes joined. */
export function findQuotes(text: string, paragraphs: readonly Paragraph[]): Quote[] {
  const quotes: Quote[] = [];
  let running: Quote | null = null;
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k]!;
    const { closed, unclosed } = scanParagraph(text, p);
    let parts = closed;
    if (running) {
      // This paragraph opens with the running quote's mark: its first quote continues it.
      const [first, ...rest] = parts;
      if (first && first[0]!.open === p.start) {
        running.parts.push(first[0]!);
        quotes.push(running);
        running = null;
        parts = rest;
      } else if (!first && unclosed && unclosed.open === p.start) {
        running.parts.push({
          open: p.start,
          start: p.start + unclosed.width,
          end: p.end,
          close: null,
          paragraph: p.index,
        });
        const next = paragraphs[k + 1];
        if (!next || !opensWith(text, next, running.family)) {
          quotes.push(running);
          running = null;
        }
        continue;
      } else {
        quotes.push(running);
        running = null;
      }
    }
    for (const part of parts)
      quotes.push({ family: classify(text, part[0]!.open, p.start, p.end)!.family, parts: part });
    if (unclosed) {
      const next = paragraphs[k + 1];
      const part: QuotePart = {
        open: unclosed.open,
        start: unclosed.open + unclosed.width,
        end: p.end,
        close: null,
        paragraph: p.index,
      };
      if (next && opensWith(text, next, unclosed.family))
        running = { family: unclosed.family, parts: [part] };
      // An unclosed quote that opened the paragraph still quotes it to the end; a stray mark inside does not.
      else if (unclosed.family === 'double' && unclosed.open === p.start)
        quotes.push({ family: 'double', parts: [part] });
    }
  }
  if (running) quotes.push(running);
  quotes.sort((a, b) => a.parts[0]!.open - b.parts[0]!.open);
  return quotes;
}

/** The spans of every part, in order: what a statement quotes. */
export function quoteSpans(quote: Quote): Span[] {
  return quote.parts.map((p) => ({ start: p.start, end: p.end }));
}
