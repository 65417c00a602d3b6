import { type Compaction, compactOffset, compactSpan, compactText } from './compactText.ts';
import type { CorpusDocument } from './types.ts';

/**
 * The text the extractors read: the document's own text with formatting that real pages vary
 * on made uniform, character for character, so every offset still points into the stored text.
 * - no-break, thin and other fixed-width spaces, tabs and carriage returns read as a space;
 * - a thin or no-break space grouping digits ("5 000") reads as a thousands comma;
 * - a right single quote between letters reads as an apostrophe, a "--" as an em dash;
 * - a hard-wrapped document's wrapped line breaks read as spaces (one paragraph, not many).
 */
export function readingText(text: string, columns: Compaction | null = null): string {
  let out = UNUSUAL_SPACE.test(text) ? text.replace(UNUSUAL_SPACES, spaceFor) : text;
  if (out.includes('\u2019') || out.includes('\u02bc')) out = out.replace(CURLY_APOSTROPHE, apostropheFor);
  if (out.includes('--')) out = out.replace(DOUBLE_HYPHEN, dashFor);
  const breaks = wrappedBreaks(out, text, columns);
  if (breaks.length === 0) return out;
  const chars = out.split('');
  for (const i of breaks) chars[i] = ' ';
  return chars.join('');
}

const UNUSUAL_SPACE = /[\t\r\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
// The patterns start with the character they replace and test what stands before it in the
// callback: a leading lookbehind would be tried at every position of every document.
const UNUSUAL_SPACES = /[\t\r\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const DIGIT_GROUP_SPACE = /^[\u00a0\u2009\u202f]$/;
const DIGIT_BEFORE = /\d$/;
const THREE_DIGITS_AFTER = /^\d{3}(?!\d)/;
const spaceFor = (space: string, offset: number, text: string): string =>
  DIGIT_GROUP_SPACE.test(space) &&
  DIGIT_BEFORE.test(text.slice(Math.max(0, offset - 1), offset)) &&
  THREE_DIGITS_AFTER.test(text.slice(offset + 1, offset + 5))
    ? ','
    : ' ';
/**
 * A right single quote between letters is an apostrophe ("Azerbaijan’s"), never a closing quote;
 * so is a modifier-letter apostrophe ("Qarabagʼ"), which would otherwise read as a letter.
 */
const CURLY_APOSTROPHE = /[\u2019\u02bc](?=\p{L})/gu;
const LETTER_BEFORE = /\p{L}$/u;
const apostropheFor = (quote: string, offset: number, text: string): string =>
  LETTER_BEFORE.test(text.slice(Math.max(0, offset - 2), offset)) ? "'" : quote;
/** A typewriter dash ("--") reads as an em dash, its second character as a space on the open side. */
const DOUBLE_HYPHEN = /(?<!-)--(?!-)/g;
const dashFor = (_dash: string, offset: number, text: string): string =>
  offset === 0 || /\s/.test(text[offset - 1]!) ? '\u2014 ' : ' \u2014';

/** Widest line a hard-wrapped document may have; wire copy with one line a paragraph runs longer. */
const MAX_WRAP_WIDTH = 100;
const MIN_WRAP_WIDTH = 40;
/** Lines past that width a hard-wrapped document may still hold (a link, a title no wrapper broke). */
const MAX_OVERLONG_LINES = 2;
/** Wrapped lines a document needs before all its fitting line breaks are read as wraps. */
const MIN_WRAPPED_LINES = 3;
/**
 * A line that ends mid-sentence is a wrap when it and the next word fill this share of the width
 * (a wrapper's lines run within a long word of it; a verse or a list line is far shorter).
 */
const NEAR_WIDTH = 0.8;
/** A line that opens a turn or an item ("PASHINYAN:", "- ", "2) ") starts its own paragraph. */
const OPENS_ITEM = /^(?:[-*•–—]\s|\d{1,2}[.)]\s|\p{Lu}[\p{Lu} .'-]{1,40}:)/u;
/** Closing quotes and brackets a line may end with after its last word or mark. */
const CLOSERS = /["'\u201d\u2019\u00bb)\]]/;
const LOWER = /\p{Ll}/u;
const SENTENCE_END = /[.!?…]["'\u201d\u2019)]?$/;
const endsSentence = (text: string, line: Line) =>
  SENTENCE_END.test(text.slice(Math.max(line.start, line.end - 3), line.end));
const DASH_FIRST = /^[\u2013\u2014]\s/;

interface Line {
  start: number;
  end: number;
}

/**
 * Offsets of the line breaks a hard wrap made. A wrapper breaks a line where the next word would
 * not fit, so a break is a candidate when the line and the next line's first word overrun the
 * width most lines keep to (a short line, a heading, a byline or a list item keeps its break).
 * Widths are counted both in the reading and as stored (a page may have been wrapped with runs of
 * spaces or entities that the compact reading takes out).
 * - Local evidence: a candidate whose line ends mid-sentence (a comma, or a next line that opens
 *   in lowercase) is a wrap in any document, however short.
 * - A document's evidence: where paragraphs are set apart by blank lines and most breaks inside
 *   them are candidates, many of them mid-sentence, every candidate is a wrap (a wrap may fall
 *   after a full stop too). Lines that each end a sentence (a header, a table's rows) are not
 *   such evidence.
 */
function wrappedBreaks(text: string, stored: string, columns: Compaction | null): number[] {
  const lines: Line[] = [];
  const lengths: number[] = [];
  const storedLengths: number[] = [];
  let overlong = 0;
  let blank = false;
  for (let start = 0; start <= text.length; ) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    const end = trimmedEnd(text, start, nl);
    if (end === start && nl < text.length) blank = true;
    if (end - start > MAX_WRAP_WIDTH) {
      if (++overlong > MAX_OVERLONG_LINES) return [];
    } else if (end > start) {
      lengths.push(end - start);
      if (columns) storedLengths.push(storedWidth(columns, { start, end }));
    }
    lines.push({ start, end });
    start = nl + 1;
  }
  // The wrap width, read so that a line a wrapper could not break (a long link) does not set it.
  const width = ninetieth(lengths);
  if (width < MIN_WRAP_WIDTH) return [];
  const widthAsStored = columns ? ninetieth(storedLengths) : 0;
  const fill = (line: Line, next: number) =>
    Math.max(
      (line.end - line.start + 1 + next) / width,
      columns ? (storedWidth(columns, line) + 1 + next) / widthAsStored : 0,
    );
  const breaks: number[] = [];
  let inside = 0;
  let candidates = 0;
  let midSentence = 0;
  const fitting: number[] = [];
  let bodyBegun = false;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.end === line.start || next.end === next.start) continue;
    inside++;
    if (!bodyBegun && i > 0) bodyBegun = endsSentence(text, lines[i - 1]!);
    const nextLine = text.slice(next.start, next.end).trimStart();
    const last = text[line.end - 1]!;
    // A label or a list's lead-in ends on a colon; a colon in running text goes on in lowercase.
    if (last === ':' && !LOWER.test(nextLine[0] ?? '')) continue;
    // A dash opens a turn, or an aside a wrap put first ("… Policy.\n— Madam President"): only a
    // wrapped text's width tells them apart.
    const dashFirst = DASH_FIRST.test(nextLine);
    if (!dashFirst && OPENS_ITEM.test(nextLine) && !numberAfterWord(text, line, nextLine)) continue;
    // A wrapper breaks at spaces only: "28 000 people" with no-break spaces is one word to it.
    const nextWord = /^[^ \t\r\n]+/.exec(stored.slice(next.start, next.end).trimStart())?.[0] ?? '';
    const filled = fill(line, nextWord.length);
    if (filled < NEAR_WIDTH) continue;
    const mid = endsMidSentence(text, line, nextLine);
    const at = text.indexOf('\n', line.end);
    if (filled > 1) {
      candidates++;
      if (mid || LOWER.test(last)) midSentence++;
      // Without blank lines a paragraph ends where a line ends a sentence: only the others join,
      // and not in the header (a title, a deck) above the first line that ends a sentence.
      if (blank || (bodyBegun && !endsSentence(text, line))) fitting.push(at);
    }
    if (mid && !dashFirst) breaks.push(at);
  }
  const wrapped = candidates >= MIN_WRAPPED_LINES && candidates * 2 > inside && midSentence * 2 >= candidates;
  if (!wrapped) return breaks;
  return [...new Set([...breaks, ...fitting])].sort((a, b) => a - b);
}

const LOWER_OR_ABBREVIATION_END = /(?:\p{Ll}|\b\p{Lu}\p{Ll}{0,3}\.)$/u;
const ANY_CAPITAL = /\p{Lu}/u;
/**
 * A line that ends inside a sentence: on a comma (closing quotes aside: `"…, " said`), or followed
 * by a line that opens in lowercase (after anything but a semicolon, which ends an item).
 */
function endsMidSentence(text: string, line: Line, nextLine: string): boolean {
  let end = line.end;
  while (end > line.start + 1 && CLOSERS.test(text[end - 1]!)) end--;
  const last = text[end - 1]!;
  if (last === ',') return true;
  const first = nextLine[0] ?? '';
  if (LOWER.test(first)) return last !== ';';
  // Before a capital or a number the first line may be a headline ("… talks on", "… in 2023").
  if (first.length === 0 || line.start === 0) return false;
  const tail = text.slice(Math.max(line.start, end - 12), end);
  // "evacuated\n17 wounded", "on Sept.\n24": a count or a day after a word or an abbreviation.
  if (/\d/.test(first)) return LOWER_OR_ABBREVIATION_END.test(tail) && COUNT_OPENS.test(nextLine);
  // A line ending on an article, a preposition or a conjunction ends no title and no paragraph.
  return END_WORD.test(tail) || (TITLE_ABBREVIATION.test(tail) && ANY_CAPITAL.test(first));
}
/** A number that goes on as a sentence: "17 wounded", "24. It was", "1,200 people". */
const COUNT_OPENS = /^\d[\d,.]*(?: \p{Ll}|\. \p{Lu}| [\p{Lu}(])/u;
const END_WORD =
  /(?:^|[\s(])(?:a|an|the|of|in|on|at|to|for|from|with|by|into|and|or|but|nor|that|than|as|its|their|his|her|our)$/;
const TITLE_ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Sgt|Capt|Sen|Rep|Gov|Prof|St)\.$/;

const ninetieth = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length * 0.9)] ?? 0;

/** A line's width in the stored text's columns (runs of spaces, entities and invisible characters counted). */
const storedWidth = (columns: Compaction, line: Line) =>
  columns.ends[line.end - 1]! - columns.starts[line.start]!;

const LOWER_OR_COMMA = /[\p{Ll},]/u;
/** "… on September\n26. It was" is a wrap: a numbered item never follows a line that ends mid-sentence. */
function numberAfterWord(text: string, line: { end: number }, nextLine: string): boolean {
  return /^\d/.test(nextLine) && LOWER_OR_COMMA.test(text[line.end - 1]!);
}

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * A document as the extractors read it: `view` (offsets into the compact reading when the text
 * needed compacting, see compactText.ts), `written` (the same length as the view's text, as the
 * page writes it) and the compaction that maps the view's offsets back to the stored text.
 */
export interface Reading {
  view: CorpusDocument;
  written: string;
  compaction: Compaction | null;
}

/** Memoised: the same document is read by several passes. */
const readings = new WeakMap<CorpusDocument, Reading>();
export function readingOf(doc: CorpusDocument): Reading {
  let reading = readings.get(doc);
  if (!reading) {
    const compaction = compactText(doc.text);
    const written = compaction?.text ?? doc.text;
    const text = readingText(written, compaction);
    let view = text === doc.text ? doc : { ...doc, text };
    if (compaction) {
      const dateline = doc.meta.dateline && compactSpan(compaction, doc.meta.dateline);
      const meta = dateline ? { ...doc.meta, dateline } : doc.meta;
      view = { ...view, meta, bodyStart: compactOffset(compaction, doc.bodyStart) };
    }
    reading = { view, written, compaction };
    readings.set(doc, reading);
  }
  return reading;
}

export function readingDocument(doc: CorpusDocument): CorpusDocument {
  return readingOf(doc).view;
}
