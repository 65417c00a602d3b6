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
  while (start < text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
    yield { start, end, next: Math.min(next, text.length), text: text.slice(start, end) };
    start = next;
  }
}
