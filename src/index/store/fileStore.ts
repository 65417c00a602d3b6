/**
 * The persisted index in files, under `<cacheDir>/kb/<hash of the corpus folder>/`: what start-up
 * needs (items.ndjson: one compact line per document with its items, see codec.ts), what only
 * re-extraction needs (segments.ndjson: sentence splits and date mentions), and the item indexes
 * (binary: three word indexes and the per-item numbers). Corpus texts are not copied: they are
 * read from the corpus when cited. Everything here is derived from the corpus, so a missing,
 * stale or corrupt file only costs re-extraction: bad lines are skipped with a warning, files are
 * checksummed and replaced atomically (frames.ts), and the corpus itself is never written.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { LoadWarning, SourceDate } from '../../corpus/types.ts';
import type { DocumentTimeline, Paragraph, Sentence } from '../../extract/types.ts';
import { RUNNING_COMPILED } from '../../runtime.ts';
import { finish, inSlices } from '../slices.ts';
import {
  decodeItems,
  decodeNumbers,
  decodeSpeakerMerges,
  decodeTable,
  decodeTermIndex,
  encodeItems,
  encodeNumbers,
  encodeSpeakerMerges,
  encodeTermIndex,
  internKeys,
  resolveKeys,
  ValueTable,
} from './codec.ts';
import { extractorKey, FORMAT, indexTag, sha256 } from './fingerprint.ts';
import { frame, readFramed, verifiedBytes, writeAtomically, writeFramed } from './frames.ts';
import type { CacheWarn, Draft, KnowledgeStore, ReadOptions, SegmentsHead } from './knowledgeStore.ts';
import type {
  CachedCorpus,
  CachedDocument,
  CachedSegments,
  ITEM_NUMBERS,
  ItemIndexParts,
  ItemsLine,
  ItemTermIndexes,
  RecordsHeader,
  SegmentsFile,
  SegmentsLine,
  TermIndexParts,
} from './shapes.ts';

/** What start-up reads: document heads, timeline references and items, compactly (see codec.ts). */
const ITEMS = 'items.ndjson';
/** What only re-extraction reads: sentence splits and every date mention. */
const SEGMENTS = 'segments.ndjson';
/** Format 1's single records file, removed when format 2 is written. */
const LEGACY_RECORDS = 'extraction.ndjson';
const INDEX_FILES: Record<keyof ItemTermIndexes, string> = {
  statements: 'statements.idx',
  events: 'events.idx',
  figures: 'figures.idx',
};
/** One file per list of numbers (one per item) persisted with the indexes. */
const NUMBER_FILES: Record<keyof typeof ITEM_NUMBERS, string> = {
  eventTexts: 'event-texts.bin',
  statementOrder: 'statement-order.bin',
  eventOrder: 'event-order.bin',
  eventLabels: 'event-labels.bin',
  figureGroups: 'figure-groups.bin',
};
/** What the speaker merge changed, persisted with the indexes. */
const MERGES_FILE = 'speaker-merges.bin';
const MERGES_KIND = 'speaker-merges';
const numberKind = (name: keyof typeof ITEM_NUMBERS) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The project folder, from src/index/store/ or from the compiled dist/src/index/store/. */
const PROJECT_ROOT = resolve(import.meta.dirname, RUNNING_COMPILED ? '../../../..' : '../../..');
export const DEFAULT_CACHE_DIR = join(PROJECT_ROOT, '.cache');

/** Where one corpus folder's cache lives (two corpora can share a cache folder). */
export function cacheFolder(cacheDir: string, corpusDir: string): string {
  return join(cacheDir, 'kb', sha256(resolve(corpusDir)).slice(0, 16));
}

/** The store of one corpus folder's persisted index in `folder` (see cacheFolder). */
export class FileStore implements KnowledgeStore {
  constructor(readonly folder: string) {}

  get location(): string {
    return this.folder;
  }

  readItems(options: ReadOptions): CachedCorpus | null {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(this.folder, ITEMS));
    } catch {
      return null;
    }
    return finish(parseItems(bytes, join(this.folder, ITEMS), options));
  }

  async readItemsSliced(options: ReadOptions, sliceMs = 20): Promise<CachedCorpus | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(this.folder, ITEMS));
    } catch {
      return null;
    }
    return inSlices(parseItems(bytes, join(this.folder, ITEMS), options), sliceMs);
  }

  writeItems(head: RecordsHeader, documents: readonly CachedDocument[]): void {
    this.draftItems().write(head, documents);
  }

  draftItems(): Draft<RecordsHeader, CachedDocument> {
    const table = new ValueTable();
    const encode = (d: CachedDocument) => {
      const line: ItemsLine = {
        id: d.id,
        doc: d.doc,
        docKey: d.docKey,
        timeline: [table.ref(d.timeline.reference), table.ref(d.timeline.referenceBasis)],
        items: encodeItems(d.id, d.items, table),
        ...(d.stamp && { stamp: d.stamp }),
      };
      return JSON.stringify(line);
    };
    return draft(encode, (head, count, lines) => {
      mkdirSync(this.folder, { recursive: true });
      writeFramed(join(this.folder, ITEMS), { format: FORMAT, ...head, documents: count }, lines, table);
      rmSync(join(this.folder, LEGACY_RECORDS), { force: true });
    });
  }

  readSegments(options: ReadOptions): SegmentsFile | null {
    const file = join(this.folder, SEGMENTS);
    const framed = readFramed(file, 'segments', options.warn);
    if (!framed || !current(framed.header, options)) return null;
    const values = decodeTable(framed.values);
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
        const timeline = resolveKeys(line.timeline, SEGMENT_VALUES, values) as DocumentTimeline;
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

  writeSegments(head: SegmentsHead, documents: Iterable<CachedSegments>): void {
    this.draftSegments().write(head, [...documents]);
  }

  draftSegments(): Draft<SegmentsHead, CachedSegments> {
    const table = new ValueTable();
    const encode = (d: CachedSegments) => {
      const line: SegmentsLine = {
        id: d.id,
        docKey: d.docKey,
        paragraphs: flatParagraphs(d.paragraphs),
        sentences: flatSentences(d.sentences),
        timeline: internKeys(d.timeline, SEGMENT_VALUES, table),
      };
      return JSON.stringify(line);
    };
    return draft(encode, (head, _count, lines) => {
      mkdirSync(this.folder, { recursive: true });
      const header = { format: FORMAT, extractor: head.extractor, corpusKey: head.corpusKey };
      writeFramed(join(this.folder, SEGMENTS), header, lines, table);
    });
  }

  readIndexes(corpusKey: string, warn: CacheWarn): ItemIndexParts | null {
    return this.decodeIndexes(corpusKey, warn, (name) => readFileSync(join(this.folder, name)));
  }

  async readIndexesAsync(corpusKey: string, warn: CacheWarn): Promise<ItemIndexParts | null> {
    const names = [...Object.values(INDEX_FILES), ...Object.values(NUMBER_FILES), MERGES_FILE];
    const read = await Promise.all(names.map((name) => readFile(join(this.folder, name)).catch(() => null)));
    const files = new Map(names.map((name, i) => [name, read[i]] as const));
    return this.decodeIndexes(corpusKey, warn, (name) => {
      const bytes = files.get(name);
      if (!bytes) throw new Error(`${name} is missing`);
      return bytes;
    });
  }

  writeIndexes(corpusKey: string, parts: ItemIndexParts): void {
    mkdirSync(this.folder, { recursive: true });
    const write = (name: string, bytes: Buffer) =>
      writeAtomically(join(this.folder, name), (put) => {
        put(bytes);
      });
    for (const [kind, name] of Object.entries(INDEX_FILES) as [keyof ItemTermIndexes, string][]) {
      write(name, encodeTermIndex(parts[kind], indexTag(corpusKey, kind)));
    }
    for (const [name, file] of Object.entries(NUMBER_FILES) as [keyof typeof ITEM_NUMBERS, string][]) {
      write(file, encodeNumbers(parts[name], indexTag(corpusKey, numberKind(name))));
    }
    write(MERGES_FILE, encodeSpeakerMerges(parts.speakerMerges, indexTag(corpusKey, MERGES_KIND)));
  }

  /** Bytes the cache of this corpus takes on disk. */
  size(): number {
    let total = 0;
    try {
      for (const name of readdirSync(this.folder)) total += statSync(join(this.folder, name)).size;
    } catch {
      return 0;
    }
    return total;
  }

  /** The item indexes from their files' bytes (`bytes` throws for a file that cannot be read). */
  private decodeIndexes(
    key: string,
    warn: CacheWarn,
    bytesOf: (name: string) => Buffer,
  ): ItemIndexParts | null {
    const read = <T>(name: string, kind: string, decode: (bytes: Buffer, tag: string) => T | null) => {
      const file = join(this.folder, name);
      let bytes: Buffer;
      try {
        bytes = bytesOf(name);
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
    const parts: Partial<ItemTermIndexes> = {};
    for (const [kind, name] of Object.entries(INDEX_FILES) as [keyof ItemTermIndexes, string][]) {
      const decoded: TermIndexParts | null = read(name, kind, decodeTermIndex);
      if (!decoded) return null;
      parts[kind] = decoded;
    }
    const numbers: Partial<Record<keyof typeof ITEM_NUMBERS, Uint32Array>> = {};
    for (const [name, file] of Object.entries(NUMBER_FILES) as [keyof typeof ITEM_NUMBERS, string][]) {
      const decoded = read(file, numberKind(name), decodeNumbers);
      if (!decoded) return null;
      numbers[name] = decoded;
    }
    const speakerMerges = read(MERGES_FILE, MERGES_KIND, decodeSpeakerMerges);
    if (!speakerMerges) return null;
    return {
      ...(parts as ItemTermIndexes),
      ...(numbers as Pick<ItemIndexParts, keyof typeof ITEM_NUMBERS>),
      speakerMerges,
    };
  }
}

/**
 * A draft whose lines refer to one value table: documents added are encoded at once (in the
 * order added, so the table is the same on every run), the others when written.
 */
function draft<Head, Document extends object>(
  encode: (document: Document) => string,
  writeLines: (head: Head, count: number, lines: Iterable<string>) => void,
): Draft<Head, Document> {
  const encoded = new WeakMap<Document, string>();
  const lines = function* (documents: readonly Document[]) {
    for (const d of documents) yield encoded.get(d) ?? encode(d);
  };
  return {
    add: (document) => {
      try {
        encoded.set(document, encode(document));
      } catch {
        // Encoded again when written, where the failure is reported.
      }
    },
    write: (head, documents) => writeLines(head, documents.length, lines(documents)),
  };
}

/** Bytes the cache of one corpus takes on disk. */
export function cacheSize(folder: string): number {
  return new FileStore(folder).size();
}

function current(header: Record<string, unknown>, options: ReadOptions): boolean {
  return (
    header.format === FORMAT &&
    header.extractor === (options.extractor ?? extractorKey()) &&
    typeof header.corpusKey === 'string'
  );
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
  const { header } = framed;
  const values = decodeTable(framed.values);
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

/** Values interned in a segments line: dates of date mentions, and the timeline's own. */
const SEGMENT_VALUES = new Set(['date', 'reference', 'referenceBasis']);

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

/** Paragraphs as written: start and end of each in turn (one array, not one per paragraph). */
function flatParagraphs(paragraphs: readonly Paragraph[]): number[] {
  const flat: number[] = [];
  for (const p of paragraphs) flat.push(p.start, p.end);
  return flat;
}

/** Sentences as written: start, end and paragraph of each in turn. */
function flatSentences(sentences: readonly Sentence[]): number[] {
  const flat: number[] = [];
  for (const s of sentences) flat.push(s.start, s.end, s.paragraph);
  return flat;
}
