/**
 * The persisted index: per-document extraction records (ndjson, one line per document) and the
 * three item word indexes (binary), under `<cacheDir>/kb/<hash of the corpus folder>/`.
 * Everything here is derived from the corpus, so a missing, stale or corrupt file only costs
 * re-extraction: bad lines are skipped with a warning, files are replaced atomically (write to
 * a temporary file, then rename), and the corpus itself is never written.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { decodeDocument } from '../corpus/decode.ts';
import { listDocumentFilesSync } from '../corpus/files.ts';
import { MANIFEST_FILE } from '../corpus/manifest.ts';
import type { CorpusDocument, LoadWarning } from '../corpus/types.ts';
import type {
  DatedEvent, DocumentExtraction, DocumentTimeline, Figure, Paragraph, Sentence, Statement,
} from '../extract/types.ts';
import type { ItemIndexParts } from './knowledgeBase.ts';
import { decodeTermIndex, encodeTermIndex, type TermIndexParts } from './termIndex.ts';

/** Bump when the layout of the files below changes. */
const FORMAT = 'karabakh-kb/1';
const RECORDS = 'extraction.ndjson';
const INDEX_FILES = { statements: 'statements.idx', events: 'events.idx', figures: 'figures.idx' } as const;

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const DEFAULT_CACHE_DIR = join(PROJECT_ROOT, '.cache');

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A document without its text: the text is read from the corpus file itself. */
export type DocumentHead = Omit<CorpusDocument, 'text'>;

/** One document as persisted: what it was extracted from, and what was extracted. */
export interface CachedDocument {
  id: string;
  doc: DocumentHead;
  /** Text, header and metadata of the document (see documentKey). */
  docKey: string;
  timeline: DocumentTimeline;
  extraction: DocumentExtraction;
}

export interface CachedCorpus {
  corpusKey: string;
  /** Names, sizes and modification times of the corpus files the records were made from. */
  fingerprint: string | null;
  /** The corpus loader's warnings for those files. */
  warnings: LoadWarning[];
  /** In corpus order. */
  documents: Map<string, CachedDocument>;
}

/**
 * What the corpus folder holds, by file name, size and modification time (and the manifest's):
 * when it matches the records', the documents' metadata comes from the cache and only their
 * text is read, skipping hashing and metadata inference (make and git trust the same signal).
 */
export function corpusFingerprint(corpusDir: string): string {
  const hash = createHash('sha256');
  for (const file of [...listDocumentFilesSync(corpusDir), MANIFEST_FILE]) {
    let stamp = 'absent';
    try {
      const st = statSync(join(corpusDir, file));
      stamp = `${st.size}:${st.mtimeMs}:${st.ino}`;
    } catch {
      // absent manifest, or a file gone since listing: part of the fingerprint too
    }
    hash.update(`${file}\0${stamp}\0`);
  }
  return hash.digest('hex');
}

/** The cached documents with their text read from the corpus, or null if any cannot be. */
export function documentsFromCache(corpusDir: string, cached: CachedCorpus): CorpusDocument[] | null {
  const documents: CorpusDocument[] = [];
  for (const entry of cached.documents.values()) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(corpusDir, entry.doc.file));
    } catch {
      return null;
    }
    const decoded = decodeDocument(bytes);
    if (!decoded.ok) return null;
    documents.push({ ...entry.doc, text: decoded.text });
  }
  return documents;
}

/** Where one corpus folder's cache lives (two corpora can share a cache folder). */
export function cacheFolder(cacheDir: string, corpusDir: string): string {
  return join(cacheDir, 'kb', sha256(resolve(corpusDir)).slice(0, 16));
}

let extractorKeyMemo: string | undefined;

/**
 * A hash of the extraction and corpus-reading source files, EXTRACTOR_VERSION's file among them,
 * so records are redone when the rules change even if nobody remembered to bump the version.
 * (Not importing extract/index.ts keeps chrono and the extractors out of a cache-hit start-up.)
 */
export function extractorKey(): string {
  if (extractorKeyMemo) return extractorKeyMemo;
  const hash = createHash('sha256').update(`${FORMAT}\0`);
  const src = join(PROJECT_ROOT, 'src');
  for (const dir of ['extract', 'corpus']) {
    for (const file of listFiles(join(src, dir))) hash.update(relative(src, file)).update(readFileSync(file));
  }
  return (extractorKeyMemo = hash.digest('hex'));
}

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

/** Everything extraction reads of a document besides other documents' timelines. */
export function documentKey(doc: CorpusDocument): string {
  return sha256(`${doc.id}\0${doc.sha256}\0${doc.bodyStart}\0${JSON.stringify(doc.meta)}`);
}

export function corpusKey(documents: readonly CorpusDocument[], docKeys: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256').update(extractorKey());
  for (const d of documents) hash.update(`\0${docKeys.get(d.id)}`);
  return hash.digest('hex');
}

interface RecordLine {
  id: string;
  doc: DocumentHead;
  docKey: string;
  timeline: DocumentTimeline;
  /** [start, end] per paragraph, flattened; the index is the position. */
  paragraphs: number[];
  /** [start, end, paragraph] per sentence, flattened. */
  sentences: number[];
  statements: Statement[];
  events: DatedEvent[];
  figures: Figure[];
}

function toLine(doc: CachedDocument): string {
  const { extraction: x } = doc;
  const line: RecordLine = {
    id: doc.id,
    doc: doc.doc,
    docKey: doc.docKey,
    timeline: doc.timeline,
    paragraphs: x.paragraphs.flatMap((p) => [p.start, p.end]),
    sentences: x.sentences.flatMap((s) => [s.start, s.end, s.paragraph]),
    statements: x.statements,
    events: x.events,
    figures: x.figures,
  };
  return JSON.stringify(line);
}

function fromLine(text: string): CachedDocument {
  const line = JSON.parse(text) as RecordLine;
  if (typeof line.id !== 'string' || typeof line.docKey !== 'string' || typeof line.doc?.file !== 'string' || !Array.isArray(line.sentences) || !Array.isArray(line.statements)) {
    throw new Error('not a document record');
  }
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < line.paragraphs.length; i += 2) paragraphs.push({ index: i / 2, start: line.paragraphs[i]!, end: line.paragraphs[i + 1]! });
  const sentences: Sentence[] = [];
  for (let i = 0; i < line.sentences.length; i += 3) {
    sentences.push({ index: i / 3, start: line.sentences[i]!, end: line.sentences[i + 1]!, paragraph: line.sentences[i + 2]! });
  }
  return {
    id: line.id,
    doc: line.doc,
    docKey: line.docKey,
    timeline: line.timeline,
    extraction: { docId: line.id, paragraphs, sentences, statements: line.statements, events: line.events, figures: line.figures },
  };
}

export type CacheWarn = (file: string, reason: string) => void;

/** Splits a buffer on newlines without decoding it into one giant string. */
function* lines(bytes: Buffer): Generator<string> {
  let at = 0;
  while (at < bytes.length) {
    let nl = bytes.indexOf(10, at);
    if (nl < 0) nl = bytes.length;
    if (nl > at) yield bytes.toString('utf8', at, nl);
    at = nl + 1;
  }
}

/** The persisted records, or null when there are none for this extractor; bad lines are skipped. */
export function readRecords(folder: string, warn: CacheWarn): CachedCorpus | null {
  const file = join(folder, RECORDS);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  const it = lines(bytes);
  let header: { format?: string; extractor?: string; corpusKey?: string; fingerprint?: string | null; warnings?: LoadWarning[] };
  try {
    header = JSON.parse(it.next().value ?? '');
  } catch {
    warn(file, 'the cache header is unreadable; the cache is ignored and rebuilt');
    return null;
  }
  if (header.format !== FORMAT || header.extractor !== extractorKey() || typeof header.corpusKey !== 'string') return null;
  const documents = new Map<string, CachedDocument>();
  let bad = 0;
  for (const text of it) {
    try {
      const doc = fromLine(text);
      documents.set(doc.id, doc);
    } catch {
      bad++;
    }
  }
  if (bad > 0) warn(file, `${bad} unreadable cache record(s) ignored; those documents are extracted again`);
  // A record lost to damage must not let the fast path drop its document.
  const fingerprint = bad === 0 && typeof header.fingerprint === 'string' ? header.fingerprint : null;
  return { corpusKey: header.corpusKey, fingerprint, warnings: Array.isArray(header.warnings) ? header.warnings : [], documents };
}

function writeAtomically(file: string, write: (fd: number) => void): void {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    write(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temp, file);
}

export interface RecordsHeader {
  corpusKey: string;
  fingerprint: string | null;
  warnings: readonly LoadWarning[];
}

export function writeRecords(folder: string, head: RecordsHeader, documents: readonly CachedDocument[]): void {
  mkdirSync(folder, { recursive: true });
  writeAtomically(join(folder, RECORDS), (fd) => {
    const header = { format: FORMAT, extractor: extractorKey(), ...head, documents: documents.length };
    writeSync(fd, `${JSON.stringify(header)}\n`);
    const batch: string[] = [];
    const flush = () => {
      if (batch.length) writeSync(fd, `${batch.join('\n')}\n`);
      batch.length = 0;
    };
    for (const doc of documents) {
      batch.push(toLine(doc));
      if (batch.length >= 500) flush();
    }
    flush();
  });
}

const indexTag = (key: string, kind: string) => `${FORMAT}:${key}:${kind}`;

/** The persisted item indexes for exactly this corpus key, or null (missing, stale or corrupt). */
export function readIndexes(folder: string, key: string, warn: CacheWarn): ItemIndexParts | null {
  const parts: Partial<Record<keyof typeof INDEX_FILES, TermIndexParts>> = {};
  for (const [kind, name] of Object.entries(INDEX_FILES) as [keyof typeof INDEX_FILES, string][]) {
    const file = join(folder, name);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return null;
    }
    const decoded = decodeTermIndex(bytes, indexTag(key, kind));
    if (!decoded) {
      // A stale index (another corpus state) is normal; only a broken one deserves a warning.
      if (!bytes.includes(Buffer.from(indexTag(key, kind)))) return null;
      warn(file, 'the index file is corrupt; it is rebuilt from the records');
      return null;
    }
    parts[kind] = decoded;
  }
  return parts as ItemIndexParts;
}

export function writeIndexes(folder: string, key: string, parts: ItemIndexParts): void {
  mkdirSync(folder, { recursive: true });
  for (const [kind, name] of Object.entries(INDEX_FILES) as [keyof typeof INDEX_FILES, string][]) {
    const bytes = encodeTermIndex(parts[kind], indexTag(key, kind));
    writeAtomically(join(folder, name), (fd) => {
      writeSync(fd, bytes);
    });
  }
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
