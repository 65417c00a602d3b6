/**
 * Where the persisted index lives, behind one interface: the loader (load.ts) reads and writes
 * through it and knows nothing of files. What is stored is derived from the corpus, so a store
 * may lose anything: a missing, stale or damaged part reads as null (with a warning when damaged)
 * and is rebuilt. fileStore.ts keeps it in files under the cache folder.
 */
import type {
  CachedCorpus,
  CachedDocument,
  CachedSegments,
  ItemIndexParts,
  RecordsHeader,
  SegmentsFile,
} from './shapes.ts';

/** Told about a stored part that was skipped or partly skipped (damaged, unreadable), and why. */
export type CacheWarn = (file: string, reason: string) => void;

export interface ReadOptions {
  warn: CacheWarn;
  /** Records made under another extractor key are stale (default: extractorKey()). */
  extractor?: string;
}

/**
 * A part of the index written as its documents are finished: each is encoded when `add`ed (an
 * ingest adds them while other threads still extract), and `write` writes the whole part, in
 * its documents' order, as the store's one-shot write would (documents not added are encoded
 * then). Only `write` reports failures.
 */
export interface Draft<Head, Document> {
  add(document: Document): void;
  write(head: Head, documents: readonly Document[]): void;
}

export type SegmentsHead = { extractor: string; corpusKey: string };

export interface KnowledgeStore {
  /** Where the index is kept, as warnings name it (a folder, a URL without credentials). */
  readonly location: string;
  /** The start-up records, or null when there are none for this extractor; bad records are skipped. */
  readItems(options: ReadOptions): CachedCorpus | null;
  /** As readItems, letting the event loop turn every `sliceMs`: for a thread that answers meanwhile. */
  readItemsSliced(options: ReadOptions, sliceMs?: number): Promise<CachedCorpus | null>;
  writeItems(head: RecordsHeader, documents: readonly CachedDocument[]): void;
  /** As writeItems, encoding each record as it is added (a store may not offer it). */
  draftItems?(): Draft<RecordsHeader, CachedDocument>;
  /** What only re-extraction reads (splits, whole timelines), or null when none is for this extractor. */
  readSegments(options: ReadOptions): SegmentsFile | null;
  writeSegments(head: SegmentsHead, documents: Iterable<CachedSegments>): void;
  /** As writeSegments, encoding each document's segments as they are added (a store may not offer it). */
  draftSegments?(): Draft<SegmentsHead, CachedSegments>;
  /** The item indexes persisted for exactly this corpus key, or null (missing, stale or damaged). */
  readIndexes(corpusKey: string, warn: CacheWarn): ItemIndexParts | null;
  /** The same as readIndexes, reading off this thread first. */
  readIndexesAsync(corpusKey: string, warn: CacheWarn): Promise<ItemIndexParts | null>;
  writeIndexes(corpusKey: string, parts: ItemIndexParts): void;
}
