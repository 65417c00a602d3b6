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

export interface KnowledgeStore {
  /** Where the index is kept, as warnings name it (a folder, a URL without credentials). */
  readonly location: string;
  /** The start-up records, or null when there are none for this extractor; bad records are skipped. */
  readItems(options: ReadOptions): CachedCorpus | null;
  /** As readItems, letting the event loop turn every `sliceMs`: for a thread that answers meanwhile. */
  readItemsSliced(options: ReadOptions, sliceMs?: number): Promise<CachedCorpus | null>;
  writeItems(head: RecordsHeader, documents: readonly CachedDocument[]): void;
  /** What only re-extraction reads (splits, whole timelines), or null when none is for this extractor. */
  readSegments(options: ReadOptions): SegmentsFile | null;
  writeSegments(head: { extractor: string; corpusKey: string }, documents: Iterable<CachedSegments>): void;
  /** The item indexes persisted for exactly this corpus key, or null (missing, stale or damaged). */
  readIndexes(corpusKey: string, warn: CacheWarn): ItemIndexParts | null;
  /** The same as readIndexes, reading off this thread first. */
  readIndexesAsync(corpusKey: string, warn: CacheWarn): Promise<ItemIndexParts | null>;
  writeIndexes(corpusKey: string, parts: ItemIndexParts): void;
}
