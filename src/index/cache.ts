/**
 * The persisted index, under `<cacheDir>/kb/<hash of the corpus folder>/`: what start-up needs
 * (items.ndjson: one compact line per document with its items, see codec.ts), what only
 * re-extraction needs (segments.ndjson: sentence splits and date mentions), and the three item
 * word indexes (binary). Corpus texts are not copied: they are read from the corpus when cited.
 * Everything here is derived from the corpus, so a missing, stale or corrupt file only costs
 * re-extraction: bad lines are skipped with a warning, files are replaced atomically (write to
 * a temporary file, then rename), and the corpus itself is never written.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { listDocumentFilesSync } from '../corpus/files.ts';
import { pageReaderVersions } from '../corpus/html/index.ts';
import { maxDocumentBytesFromEnv } from '../corpus/limits.ts';
import { MANIFEST_FILE } from '../corpus/manifest.ts';
import type { LoadWarning, SourceDate } from '../corpus/types.ts';
import type { DocumentTimeline, Paragraph, Sentence } from '../extract/types.ts';
import { EXTRACTOR_SOURCES_HASH, EXTRACTOR_VERSION } from '../extract/version.ts';
import { RUNNING_COMPILED } from '../runtime.ts';
import {
  type DocumentItems,
  decodeItems,
  decodeTable,
  type EncodedItems,
  encodeItems,
  internKeys,
  resolveKeys,
  ValueTable,
} from './codec.ts';
import type { ITEM_NUMBERS, ItemIndexParts, TimelineHead } from './knowledgeBase.ts';
import { INDEX_RULES_SOURCES_HASH, INDEX_RULES_VERSION } from './rulesVersion.ts';
import { decodeTermIndex, encodeTermIndex, type TermIndexParts } from './termIndex.ts';
import type { DocumentHead } from './texts.ts';

/** Bump when the layout of the files below changes. */
const FORMAT = 'karabakh-kb/2';
/** What start-up reads: document heads, timeline references and items, compactly (see codec.ts). */
const ITEMS = 'items.ndjson';
/** What only re-extraction reads: sentence splits and every date mention. */
const SEGMENTS = 'segments.ndjson';
/** Format 1's single records file, removed when format 2 is written. */
const LEGACY_RECORDS = 'extraction.ndjson';
const INDEX_FILES = { statements: 'statements.idx', events: 'events.idx', figures: 'figures.idx' } as const;

/** The project folder, from src/index/ or from the compiled dist/src/index/. */
const PROJECT_ROOT = resolve(import.meta.dirname, RUNNING_COMPILED ? '../../..' : '../..');
export const DEFAULT_CACHE_DIR = join(PROJECT_ROOT, '.cache');

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export type { DocumentHead, TimelineHead };

/** One document as persisted for start-up: what it was extracted from, and its items. */
export interface CachedDocument {
  id: string;
  doc: DocumentHead;
  /** Text, header and metadata of the document (see documentKey). */
  docKey: string;
  timeline: TimelineHead;
  items: DocumentItems;
  /**
   * The file's size, time and inode when it was read (see corpusStamps): while they are the
   * same, a reload takes the document's head from here instead of reading and hashing the file.
   */
  stamp?: string;
}

export interface CachedCorpus {
  corpusKey: string;
  /** Names, sizes and modification times of the corpus files the records were made from. */
  fingerprint: string | null;
  /** The manifest's stamp when the records were made: heads are reused only under the same manifest. */
  manifestStamp: string | null;
  /** The corpus loader's warnings for those files. */
  warnings: LoadWarning[];
  /** In corpus order. */
  documents: Map<string, CachedDocument>;
}

/** What only re-extraction reads: the document's splits and its whole timeline (every date mention). */
export interface CachedSegments {
  id: string;
  docKey: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  timeline: DocumentTimeline;
}

export interface SegmentsFile {
  corpusKey: string;
  documents: Map<string, CachedSegments>;
}

/**
 * Each corpus file's size, modification time and inode, by path (the manifest's too, under its
 * name, 'absent' when there is none): taken before any file is read, so a file written while the
 * corpus is read shows a new stamp next time and is read again.
 */
export function corpusStamps(corpusDir: string): Map<string, string> {
  const stamps = new Map<string, string>();
  for (const file of [...listDocumentFilesSync(corpusDir), MANIFEST_FILE]) {
    let stamp = 'absent';
    try {
      const st = statSync(join(corpusDir, file));
      stamp = `${st.size}:${st.mtimeMs}:${st.ino}`;
    } catch {
      // absent manifest, or a file gone since listing: part of the fingerprint too
    }
    stamps.set(file, stamp);
  }
  return stamps;
}

/**
 * What the corpus folder holds, by file name, size and modification time (and the manifest's):
 * when it matches the records', the documents' metadata comes from the cache and no text is
 * read at all (make and git trust the same signal); texts are then read when an answer cites them.
 */
export function corpusFingerprint(corpusDir: string, stamps = corpusStamps(corpusDir)): string {
  const hash = createHash('sha256');
  hash.update(`max-bytes\0${maxDocumentBytesFromEnv()}\0`); // which files are read depends on it too
  for (const [file, stamp] of stamps) hash.update(`${file}\0${stamp}\0`);
  return hash.digest('hex');
}

/** Where one corpus folder's cache lives (two corpora can share a cache folder). */
export function cacheFolder(cacheDir: string, corpusDir: string): string {
  return join(cacheDir, 'kb', sha256(resolve(corpusDir)).slice(0, 16));
}

let extractorKeyMemo: string | undefined;

/**
 * The extraction's key: the hand-kept version and its sources' recorded hash (see
 * extract/version.ts; a test keeps them current), and the page readers' library versions.
 * (extract/version.ts imports nothing, which keeps chrono and the extractors out of a cache-hit start-up.)
 */
export function extractorKey(): string {
  if (extractorKeyMemo) return extractorKeyMemo;
  const hash = createHash('sha256').update(`${FORMAT}\0${EXTRACTOR_VERSION}\0${EXTRACTOR_SOURCES_HASH}\0`);
  hash.update(pageReaderVersions());
  return (extractorKeyMemo = hash.digest('hex'));
}

/** Everything extraction reads of a document besides other documents' timelines. */
export function documentKey(doc: DocumentHead): string {
  return sha256(`${doc.id}\0${doc.sha256}\0${doc.bodyStart}\0${JSON.stringify(doc.meta)}`);
}

export function corpusKey(
  documents: readonly DocumentHead[],
  docKeys: ReadonlyMap<string, string>,
  extractor = extractorKey(),
): string {
  const hash = createHash('sha256').update(extractor);
  for (const d of documents) hash.update(`\0${docKeys.get(d.id)}`);
  return hash.digest('hex');
}

export type CacheWarn = (file: string, reason: string) => void;

export interface ReadOptions {
  warn: CacheWarn;
  /** Records made under another extractor key are stale (default: extractorKey()). */
  extractor?: string;
}

/**
 * Both files are framed the same way: a JSON header line, one JSON line per document, and a
 * trailer line holding the value table the document lines refer to. The trailer comes last so
 * the writer can stream documents and intern their values as it goes.
 */
interface Framed {
  header: Record<string, unknown>;
  values: unknown[];
  lines: Generator<string>;
}

function readFramed(file: string, what: string, warn: CacheWarn): Framed | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  return finish(frame(file, what, warn, bytes));
}

function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs a generator, letting the event loop turn whenever a slice has taken `sliceMs`. */
async function inSlices<T>(steps: Generator<void, T>, sliceMs: number): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}

/** The header, the value table and the document lines of a framed file's bytes (see readFramed). */
function* frame(file: string, what: string, warn: CacheWarn, whole: Buffer): Generator<void, Framed | null> {
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
    values: decodeTable(trailer.values as unknown[]),
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
    const c = bytes[i]!;
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next byte is escaped
      else if (c === 0x22) inString = false;
      continue;
    }
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

function writeFramed(file: string, header: object, documents: Iterable<string>, table: ValueTable): void {
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

function current(header: Record<string, unknown>, options: ReadOptions): boolean {
  return (
    header.format === FORMAT &&
    header.extractor === (options.extractor ?? extractorKey()) &&
    typeof header.corpusKey === 'string'
  );
}

interface ItemsLine {
  id: string;
  doc: DocumentHead;
  docKey: string;
  /** [reference, referenceBasis] as value numbers. */
  timeline: [number, number];
  items: EncodedItems;
  stamp?: string;
}

/** The persisted start-up records, or null when there are none for this extractor; bad lines are skipped. */
export function readItems(folder: string, options: ReadOptions): CachedCorpus | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(folder, ITEMS));
  } catch {
    return null;
  }
  return finish(parseItems(bytes, join(folder, ITEMS), options));
}

/**
 * The same as readItems, in slices of about `sliceMs` with the event loop turning between them:
 * for a bot that loads a reload's index while it answers.
 */
export async function readItemsSliced(
  folder: string,
  options: ReadOptions,
  sliceMs = 20,
): Promise<CachedCorpus | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(folder, ITEMS));
  } catch {
    return null;
  }
  return inSlices(parseItems(bytes, join(folder, ITEMS), options), sliceMs);
}

/** Records parsed between two points where a sliced read may pause. */
const RECORDS_STEP = 50;

function* parseItems(
  bytes: Buffer,
  file: string,
  options: ReadOptions,
): Generator<void, CachedCorpus | null> {
  const framed = yield* frame(file, 'records', options.warn, bytes);
  if (!framed || !current(framed.header, options)) return null;
  const { header, values } = framed;
  const documents = new Map<string, CachedDocument>();
  let bad = 0;
  for (const text of framed.lines) {
    try {
      const line = JSON.parse(text) as ItemsLine;
      if (
        typeof line.id !== 'string' ||
        typeof line.docKey !== 'string' ||
        typeof line.doc?.file !== 'string' ||
        !Array.isArray(line.timeline)
      ) {
        throw new Error('not a document record');
      }
      const timeline = {
        docId: line.id,
        reference: values[line.timeline[0]] as SourceDate | null,
        referenceBasis: values[line.timeline[1]] as string | null,
      };
      const items = decodeItems(line.id, line.items, values);
      documents.set(line.id, {
        id: line.id,
        doc: line.doc,
        docKey: line.docKey,
        timeline,
        items,
        ...(typeof line.stamp === 'string' && { stamp: line.stamp }),
      });
    } catch {
      bad++;
    }
    if ((documents.size + bad) % RECORDS_STEP === 0) yield;
  }
  if (bad > 0)
    options.warn(file, `${bad} unreadable cache record(s) ignored; those documents are extracted again`);
  // A record lost to damage must not let the fast path drop its document.
  const fingerprint = bad === 0 && typeof header.fingerprint === 'string' ? header.fingerprint : null;
  const warnings = Array.isArray(header.warnings) ? (header.warnings as LoadWarning[]) : [];
  const manifestStamp = typeof header.manifestStamp === 'string' ? header.manifestStamp : null;
  return { corpusKey: header.corpusKey as string, fingerprint, manifestStamp, warnings, documents };
}

export interface RecordsHeader {
  extractor: string;
  corpusKey: string;
  fingerprint: string | null;
  manifestStamp?: string | null;
  warnings: readonly LoadWarning[];
}

export function writeItems(folder: string, head: RecordsHeader, documents: readonly CachedDocument[]): void {
  mkdirSync(folder, { recursive: true });
  const table = new ValueTable();
  const header = { format: FORMAT, ...head, documents: documents.length };
  const encoded = function* () {
    for (const d of documents) {
      const line: ItemsLine = {
        id: d.id,
        doc: d.doc,
        docKey: d.docKey,
        timeline: [table.ref(d.timeline.reference), table.ref(d.timeline.referenceBasis)],
        items: encodeItems(d.id, d.items, table),
        ...(d.stamp && { stamp: d.stamp }),
      };
      yield JSON.stringify(line);
    }
  };
  writeFramed(join(folder, ITEMS), header, encoded(), table);
  rmSync(join(folder, LEGACY_RECORDS), { force: true });
}

/** Values interned in a segments line: dates of date mentions, and the timeline's own. */
const SEGMENT_VALUES = new Set(['date', 'reference', 'referenceBasis']);

interface SegmentsLine {
  id: string;
  docKey: string;
  /** [start, end] per paragraph, flattened; the index is the position. */
  paragraphs: number[];
  /** [start, end, paragraph] per sentence, flattened. */
  sentences: number[];
  timeline: unknown;
}

/** The persisted splits and timelines, or null when there are none for this extractor. */
export function readSegments(folder: string, options: ReadOptions): SegmentsFile | null {
  const file = join(folder, SEGMENTS);
  const framed = readFramed(file, 'segments', options.warn);
  if (!framed || !current(framed.header, options)) return null;
  const documents = new Map<string, CachedSegments>();
  let bad = 0;
  for (const text of framed.lines) {
    try {
      const line = JSON.parse(text) as SegmentsLine;
      if (
        typeof line.id !== 'string' ||
        typeof line.docKey !== 'string' ||
        !Array.isArray(line.sentences) ||
        !Array.isArray(line.paragraphs)
      ) {
        throw new Error('not a segments record');
      }
      const timeline = resolveKeys(line.timeline, SEGMENT_VALUES, framed.values) as DocumentTimeline;
      if (typeof timeline !== 'object' || timeline === null || !Array.isArray(timeline.mentions))
        throw new Error('no timeline');
      documents.set(line.id, {
        id: line.id,
        docKey: line.docKey,
        paragraphs: unflattenParagraphs(line.paragraphs),
        sentences: unflattenSentences(line.sentences),
        timeline,
      });
    } catch {
      bad++;
    }
  }
  if (bad > 0)
    options.warn(file, `${bad} unreadable segments record(s) ignored; those documents are extracted again`);
  return { corpusKey: framed.header.corpusKey as string, documents };
}

export function writeSegments(
  folder: string,
  head: { extractor: string; corpusKey: string },
  documents: Iterable<CachedSegments>,
): void {
  mkdirSync(folder, { recursive: true });
  const table = new ValueTable();
  const header = { format: FORMAT, extractor: head.extractor, corpusKey: head.corpusKey };
  const encoded = function* () {
    for (const d of documents) {
      const line: SegmentsLine = {
        id: d.id,
        docKey: d.docKey,
        paragraphs: d.paragraphs.flatMap((p) => [p.start, p.end]),
        sentences: d.sentences.flatMap((s) => [s.start, s.end, s.paragraph]),
        timeline: internKeys(d.timeline, SEGMENT_VALUES, table),
      };
      yield JSON.stringify(line);
    }
  };
  writeFramed(join(folder, SEGMENTS), header, encoded(), table);
}

function unflattenParagraphs(flat: readonly number[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < flat.length; i += 2)
    paragraphs.push({ index: i / 2, start: flat[i]!, end: flat[i + 1]! });
  return paragraphs;
}

function unflattenSentences(flat: readonly number[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (let i = 0; i < flat.length; i += 3)
    sentences.push({ index: i / 3, start: flat[i]!, end: flat[i + 1]!, paragraph: flat[i + 2]! });
  return sentences;
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

function writeAtomically(file: string, write: (put: (data: string | Buffer) => void) => void): void {
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

/** The code that builds the index files (see rulesVersion.ts): when it changes they are rebuilt (the records are kept). */
const indexRulesKey = () => `${INDEX_RULES_VERSION}-${INDEX_RULES_SOURCES_HASH}`;

const indexTag = (key: string, kind: string) => `${FORMAT}:${key}:${indexRulesKey()}:${kind}`;
/** One file per list of numbers (one per item) persisted with the indexes. */
const NUMBER_FILES: Record<keyof typeof ITEM_NUMBERS, string> = {
  eventTexts: 'event-texts.bin',
  statementOrder: 'statement-order.bin',
  eventOrder: 'event-order.bin',
  eventLabels: 'event-labels.bin',
  figureGroups: 'figure-groups.bin',
};
const numberKind = (name: keyof typeof ITEM_NUMBERS) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The persisted item indexes for exactly this corpus key, or null (missing, stale or corrupt). */
export function readIndexes(
  folder: string,
  key: string,
  warn: CacheWarn,
  files?: ReadonlyMap<string, Buffer>,
): ItemIndexParts | null {
  const parts: Partial<Record<keyof typeof INDEX_FILES, TermIndexParts>> = {};
  const read = (name: string, kind: string, decode: (bytes: Buffer, tag: string) => unknown) => {
    const file = join(folder, name);
    let bytes: Buffer;
    try {
      bytes = files ? (files.get(name) ?? readFileSync(file)) : readFileSync(file);
    } catch {
      return null;
    }
    const content = verifiedBytes(bytes);
    if (!content) {
      warn(file, 'the index file is corrupt (it fails its checksum); it is rebuilt from the records');
      return null;
    }
    const decoded = decode(content, indexTag(key, kind));
    // A stale index (another corpus state) is normal; only a broken one deserves a warning.
    if (!decoded && content.includes(Buffer.from(indexTag(key, kind))))
      warn(file, 'the index file is corrupt; it is rebuilt from the records');
    return decoded;
  };
  for (const [kind, name] of Object.entries(INDEX_FILES) as [keyof typeof INDEX_FILES, string][]) {
    const decoded = read(name, kind, decodeTermIndex) as TermIndexParts | null;
    if (!decoded) return null;
    parts[kind] = decoded;
  }
  const numbers: Partial<Record<keyof typeof ITEM_NUMBERS, Uint32Array>> = {};
  for (const [name, file] of Object.entries(NUMBER_FILES) as [keyof typeof ITEM_NUMBERS, string][]) {
    const decoded = read(file, numberKind(name), decodeNumbers) as Uint32Array | null;
    if (!decoded) return null;
    numbers[name] = decoded;
  }
  return {
    ...(parts as Pick<ItemIndexParts, keyof typeof INDEX_FILES>),
    ...(numbers as Pick<ItemIndexParts, keyof typeof ITEM_NUMBERS>),
  };
}

/** The index files' bytes, read off this thread, for readIndexes (missing ones are left out). */
export async function readIndexFiles(folder: string): Promise<Map<string, Buffer>> {
  const names = [...Object.values(INDEX_FILES), ...Object.values(NUMBER_FILES)];
  const read = await Promise.all(names.map((name) => readFile(join(folder, name)).catch(() => null)));
  return new Map(names.flatMap((name, i) => (read[i] ? [[name, read[i]] as const] : [])));
}

export function writeIndexes(folder: string, key: string, parts: ItemIndexParts): void {
  mkdirSync(folder, { recursive: true });
  const write = (name: string, bytes: Buffer) =>
    writeAtomically(join(folder, name), (put) => {
      put(bytes);
    });
  for (const [kind, name] of Object.entries(INDEX_FILES) as [keyof typeof INDEX_FILES, string][]) {
    write(name, encodeTermIndex(parts[kind], indexTag(key, kind)));
  }
  for (const [name, file] of Object.entries(NUMBER_FILES) as [keyof typeof ITEM_NUMBERS, string][]) {
    write(file, encodeNumbers(parts[name], indexTag(key, numberKind(name))));
  }
}

/** [u32 header length][header JSON][pad to 4][u32 …]. */
export function encodeNumbers(numbers: Uint32Array, tag: string): Buffer {
  const header = Buffer.from(JSON.stringify({ tag, count: numbers.length }));
  const pad = (4 - ((4 + header.length) % 4)) % 4;
  const out = Buffer.alloc(4 + header.length + pad + numbers.byteLength);
  out.writeUInt32LE(header.length, 0);
  header.copy(out, 4);
  Buffer.from(numbers.buffer, numbers.byteOffset, numbers.byteLength).copy(out, 4 + header.length + pad);
  return out;
}

function decodeNumbers(bytes: Buffer, tag: string): Uint32Array | null {
  if (bytes.length < 4) return null;
  const headerLength = bytes.readUInt32LE(0);
  if (4 + headerLength > bytes.length) return null;
  let header: { tag?: string; count?: number };
  try {
    header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8'));
  } catch {
    return null;
  }
  const start = 4 + headerLength + ((4 - ((4 + headerLength) % 4)) % 4);
  if (header.tag !== tag || typeof header.count !== 'number' || bytes.length !== start + header.count * 4)
    return null;
  const numbers = new Uint32Array(header.count);
  Buffer.from(numbers.buffer).set(bytes.subarray(start));
  return numbers;
}

/** Bytes the cache of one corpus takes on disk. */
export function cacheSize(folder: string): number {
  let total = 0;
  try {
    for (const name of readdirSync(folder)) total += statSync(join(folder, name)).size;
  } catch {
    return 0;
  }
  return total;
}
