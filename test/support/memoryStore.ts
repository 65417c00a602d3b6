import { extractorKey } from '../../src/index/store/fingerprint.ts';
import type { KnowledgeStore, ReadOptions } from '../../src/index/store/knowledgeStore.ts';
import type {
  CachedCorpus,
  CachedDocument,
  CachedSegments,
  ItemIndexParts,
  RecordsHeader,
  SegmentsFile,
} from '../../src/index/store/shapes.ts';

/**
 * A storage back end kept in memory, as small as the interface allows: what a test plugs into
 * the loader to show that loading needs nothing of files. Everything is copied in and out, as a
 * real back end would serialise it, so the loader cannot lean on sharing objects with it.
 */
export class MemoryStore implements KnowledgeStore {
  readonly location = 'memory';
  items: { head: RecordsHeader; documents: CachedDocument[] } | null = null;
  segments: { head: { extractor: string; corpusKey: string }; documents: CachedSegments[] } | null = null;
  indexes: { corpusKey: string; parts: ItemIndexParts } | null = null;
  /** How many times each part was written. */
  readonly writes = { items: 0, segments: 0, indexes: 0 };

  readItems(options: ReadOptions): CachedCorpus | null {
    if (!this.items || this.items.head.extractor !== (options.extractor ?? extractorKey())) return null;
    const { head, documents } = structuredClone(this.items);
    return {
      corpusKey: head.corpusKey,
      fingerprint: head.fingerprint,
      manifestStamp: head.manifestStamp ?? null,
      warnings: [...head.warnings],
      documents: new Map(documents.map((d) => [d.id, d])),
    };
  }

  async readItemsSliced(options: ReadOptions): Promise<CachedCorpus | null> {
    return this.readItems(options);
  }

  writeItems(head: RecordsHeader, documents: readonly CachedDocument[]): void {
    this.items = structuredClone({ head, documents: [...documents] });
    this.writes.items++;
  }

  readSegments(options: ReadOptions): SegmentsFile | null {
    if (!this.segments || this.segments.head.extractor !== (options.extractor ?? extractorKey())) return null;
    const { head, documents } = structuredClone(this.segments);
    return { corpusKey: head.corpusKey, documents: new Map(documents.map((d) => [d.id, d])) };
  }

  writeSegments(head: { extractor: string; corpusKey: string }, documents: Iterable<CachedSegments>): void {
    this.segments = structuredClone({ head, documents: [...documents] });
    this.writes.segments++;
  }

  readIndexes(corpusKey: string): ItemIndexParts | null {
    return this.indexes?.corpusKey === corpusKey ? structuredClone(this.indexes.parts) : null;
  }

  async readIndexesAsync(corpusKey: string): Promise<ItemIndexParts | null> {
    return this.readIndexes(corpusKey);
  }

  writeIndexes(corpusKey: string, parts: ItemIndexParts): void {
    this.indexes = structuredClone({ corpusKey, parts });
    this.writes.indexes++;
  }
}
