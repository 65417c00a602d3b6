export interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character (before the line break). */
  end: number;
  /** Offset where the next line starts (past the line break). */
  next: number;
  text: string;
}

/** The lines of `text` from offset `from`, lazily, with offsets; handles \n, \r\n and \r. */
export function* linesFrom(text: string, from = 0): Generator<Line> {
  let start = from;
  // The next line feed and carriage return at or after `start` (-1: none left), each found again only once
  // passed: indexOf rather than a loop over characters, and a text without a \r is searched for one once.
  let lineFeed = text.indexOf('\n', start);
  let carriageReturn = text.indexOf('\r', start);
  while (start < text.length) {
    if (lineFeed !== -1 && lineFeed < start) lineFeed = text.indexOf('\n', start);
    if (carriageReturn !== -1 && carriageReturn < start) carriageReturn = text.indexOf('\r', start);
    const end =
      lineFeed === -1
        ? carriageReturn === -1
          ? text.length
          : carriageReturn
        : carriageReturn === -1
          ? lineFeed
          : Math.min(lineFeed, carriageReturn);
    const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
    yield { start, end, next: Math.min(next, text.length), text: text.slice(start, end) };
    start = next;
  }
}

/**
 * A date line is read as the piece's own (Published, never an event) in its first six non-blank lines
 * only: the header reader's stamps and the date layer's standalone date lines share this window.
 */
export const DATED_HEAD_LINES = 6;

/** The first DATED_HEAD_LINES non-blank lines of `text`, numbered from 1. */
export function* datedHeadLines(text: string): Generator<Line & { n: number }> {
  let n = 0;
  for (const line of linesFrom(text)) {
    if (!line.text.trim()) continue;
    if (++n > DATED_HEAD_LINES) return;
    yield { ...line, n };
  }
}
