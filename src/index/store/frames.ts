/**
 * How the store's files are laid out on disk, whatever they hold: every file ends with a
 * checksum line and is replaced atomically; the records files are framed as a header line, one
 * line per document and a trailer with the value table the lines refer to (see codec.ts).
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { finish } from '../slices.ts';
import type { CacheWarn } from './knowledgeStore.ts';

/**
 * Both files are framed the same way: a JSON header line, one JSON line per document, and a
 * trailer line holding the value table the document lines refer to. The trailer comes last so
 * the writer can stream documents and intern their values as it goes.
 */
interface Framed {
  header: Record<string, unknown>;
  /** The value table as written (codec.ts decodeTable resolves its nested entries). */
  values: unknown[];
  lines: Generator<string>;
}

export function readFramed(file: string, what: string, warn: CacheWarn): Framed | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  return finish(frame(file, what, warn, bytes));
}

/** The header, the value table and the document lines of a framed file's bytes (see readFramed). */
export function* frame(
  file: string,
  what: string,
  warn: CacheWarn,
  whole: Buffer,
): Generator<void, Framed | null> {
  const bytes = yield* verified(whole);
  if (!bytes) {
    warn(
      file,
      `the cache's ${what} file is unreadable (it fails its checksum: damaged or cut short); it is ignored and rebuilt`,
    );
    return null;
  }
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 10) end--;
  const firstNl = bytes.indexOf(10);
  const lastNl = bytes.lastIndexOf(10, end - 1);
  let header: Record<string, unknown>;
  let trailer: { values?: unknown };
  try {
    if (firstNl < 0 || firstNl >= end) throw new Error('too short'); // a header and a trailer at least
    header = JSON.parse(bytes.toString('utf8', 0, firstNl));
    trailer = { values: yield* tableValues(bytes, lastNl + 1, end) };
    if (typeof header !== 'object' || header === null || !Array.isArray(trailer.values))
      throw new Error('not a cache file');
  } catch {
    warn(file, `the cache's ${what} file is unreadable; it is ignored and rebuilt`);
    return null;
  }
  return {
    header,
    values: trailer.values as unknown[],
    lines: lines(bytes, firstNl + 1, lastNl),
  };
}

const TABLE_START = Buffer.from('{"values":[');
/** Values of the table parsed at once (one JSON.parse each batch, a pause point between). */
const TABLE_BATCH = 2_000;

/**
 * The trailer `{"values":[…]}` parsed a batch of values at a time: at 10,000 articles it is
 * 11 MB of JSON, too long to parse in one go on a thread that answers. The batches are cut at
 * the commas between top-level values (outside strings and nested values).
 */
function* tableValues(bytes: Buffer, from: number, to: number): Generator<void, unknown> {
  const wholeTrailer = () => (JSON.parse(bytes.toString('utf8', from, to)) as { values?: unknown }).values;
  if (
    to - from < TABLE_START.length + 1 ||
    !bytes.subarray(from, from + TABLE_START.length).equals(TABLE_START)
  )
    return wholeTrailer();
  const values: unknown[] = [];
  let depth = 0;
  let inString = false;
  let batchStart = from + TABLE_START.length;
  let count = 0;
  const flush = (until: number) => {
    if (until > batchStart)
      for (const v of JSON.parse(`[${bytes.toString('utf8', batchStart, until)}]`) as unknown[])
        values.push(v);
  };
  for (let i = batchStart; i < to; i++) {
    if (inString) {
      // Most of the table is strings: jump to the quote that closes this one (native search).
      i = closingQuote(bytes, i, to);
      inString = false;
      continue;
    }
    const c = bytes[i]!;
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) {
      if (depth === 0) {
        // The end of the values: only `}` may follow.
        if (bytes.toString('utf8', i + 1, to).trim() !== '}') return wholeTrailer();
        flush(i);
        return values;
      }
      depth--;
    } else if (c === 0x2c && depth === 0 && ++count % TABLE_BATCH === 0) {
      flush(i);
      batchStart = i + 1;
      yield;
    }
  }
  return wholeTrailer(); // unterminated: let JSON.parse say so
}

/**
 * Where the string whose text starts at `from` ends: its closing quote, the first one after an even
 * number of backslashes (each backslash escapes the byte after it), or `to` when it never closes.
 */
function closingQuote(bytes: Buffer, from: number, to: number): number {
  for (
    let quote = bytes.indexOf(0x22, from);
    quote >= 0 && quote < to;
    quote = bytes.indexOf(0x22, quote + 1)
  ) {
    let backslashes = 0;
    while (quote - backslashes > from && bytes[quote - backslashes - 1] === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
  return to;
}

/** A trailer line's values, as the cache reads them (for tests: must equal JSON.parse's). */
export function parseValueTable(line: Buffer): unknown {
  return finish(tableValues(line, 0, line.length));
}

/** Splits a buffer on newlines without decoding it into one giant string. */
function* lines(bytes: Buffer, from: number, to: number): Generator<string> {
  let at = from;
  while (at < to) {
    let nl = bytes.indexOf(10, at);
    if (nl < 0 || nl > to) nl = to;
    if (nl > at) yield bytes.toString('utf8', at, nl);
    at = nl + 1;
  }
}

/** Writes a framed file; `table` is read after the last line (its values grow while lines are made). */
export function writeFramed(
  file: string,
  header: object,
  documents: Iterable<string>,
  table: { readonly values: readonly unknown[] },
): void {
  writeAtomically(file, (put) => {
    put(`${JSON.stringify(header)}\n`);
    let batch: string[] = [];
    const flush = () => {
      if (batch.length) put(`${batch.join('\n')}\n`);
      batch = [];
    };
    for (const line of documents) {
      batch.push(line);
      if (batch.length >= 500) flush();
    }
    flush();
    put(`${JSON.stringify({ values: table.values })}\n`);
  });
}

/**
 * Every cache file ends with a checksum line, `kbsum1 <sha256 of the bytes before it, hex>\n`:
 * a file is parsed only when its bytes are the ones written (a flipped bit in a list of numbers
 * parses fine and answers wrongly). A mismatch, or no checksum, rebuilds the file with a warning.
 */
const CHECKSUM_TAG = Buffer.from('kbsum1 ');
const CHECKSUM_LENGTH = CHECKSUM_TAG.length + 64 + 1;
/** Bytes hashed between two points where a sliced read may pause. */
const HASH_STEP = 4 * 1024 * 1024;

function* verified(bytes: Buffer): Generator<void, Buffer | null> {
  const contentEnd = bytes.length - CHECKSUM_LENGTH;
  if (contentEnd < 0 || !bytes.subarray(contentEnd, contentEnd + CHECKSUM_TAG.length).equals(CHECKSUM_TAG))
    return null;
  const hash = createHash('sha256');
  for (let at = 0; at < contentEnd; at += HASH_STEP) {
    hash.update(bytes.subarray(at, Math.min(contentEnd, at + HASH_STEP)));
    if (at + HASH_STEP < contentEnd) yield;
  }
  const expected = bytes.toString('latin1', contentEnd + CHECKSUM_TAG.length, bytes.length - 1);
  return hash.digest('hex') === expected && bytes[bytes.length - 1] === 10
    ? bytes.subarray(0, contentEnd)
    : null;
}

/** Bytes with the checksum line the cache writes after them (for tests that forge a well-formed file). */
export function withChecksum(bytes: Buffer): Buffer {
  return Buffer.concat([
    bytes,
    CHECKSUM_TAG,
    Buffer.from(`${createHash('sha256').update(bytes).digest('hex')}\n`),
  ]);
}

/** A cache file's bytes without their checksum line, or null when they fail it (for tests and tools). */
export function verifiedBytes(bytes: Buffer): Buffer | null {
  return finish(verified(bytes));
}

export function writeAtomically(file: string, write: (put: (data: string | Buffer) => void) => void): void {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(temp, 'w');
  const hash = createHash('sha256');
  const put = (data: string | Buffer) => {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    hash.update(bytes);
    writeSync(fd, bytes);
  };
  try {
    write(put);
    writeSync(fd, `${CHECKSUM_TAG.toString()}${hash.digest('hex')}\n`);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temp, file);
}
