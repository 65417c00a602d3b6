import { documentId } from '../corpus/files.ts';
import { makeLabel } from '../corpus/label.ts';
import type { CorpusReading, KnownDocument } from '../corpus/load.ts';
import { MANIFEST_FILE } from '../corpus/manifest.ts';
import { isPageFile } from '../corpus/pageFiles.ts';
import type { CorpusDocument, LoadWarning } from '../corpus/types.ts';
import type { DocumentScan, Segmented } from '../extract/index.ts';
import type { DocumentTimeline, Sentence } from '../extract/types.ts';
import type { KnowledgeItems } from './build/parts.ts';
import {
  type ExtractedItems,
  type ExtractJob,
  type ExtractPool,
  extractionThreads,
  openPool,
} from './extractPool.ts';
import type { TimelineHead } from './knowledgeBase.ts';
import { MemoryKnowledgeBase } from './memoryKnowledgeBase.ts';
import { warmSides } from './sides.ts';
import { cacheFolder, DEFAULT_CACHE_DIR, FileStore } from './store/fileStore.ts';
import {
  corpusFingerprint,
  corpusKey,
  corpusStamps,
  documentKey,
  extractorKey,
} from './store/fingerprint.ts';
import type { Draft, KnowledgeStore, ReadOptions, SegmentsHead } from './store/knowledgeStore.ts';
import type {
  CachedCorpus,
  CachedDocument,
  CachedSegments,
  ItemIndexParts,
  RecordsHeader,
} from './store/shapes.ts';
import {
  DEFAULT_TEXT_CACHE,
  DocumentChangedError,
  type DocumentHead,
  DocumentTexts,
  headOf,
  lazyDocument,
} from './texts.ts';

/** `maxDocumentBytes` and `followOutsideLinks`: how the corpus folder is read (corpus/load.ts). */
export interface LoadOptions extends CorpusReading {
  corpusDir: string;
  /**
   * Where persisted extractions and indexes live (the setting CACHE_DIR). Default: `.cache/` in
   * the project root. `false` extracts from scratch and persists nothing.
   */
  cacheDir?: string | false;
  /**
   * Keeps the persisted index in this store instead of the files under `cacheDir` (another
   * storage back end). It lives on this thread: loadOffThread then loads here, without a worker.
   */
  store?: KnowledgeStore;
  /** Reference "now" for year inference (no article is from the future). */
  now?: Date;
  /**
   * At most this many threads extract a large ingest (see extractPool.ts); default: the
   * machine's cores. 1 keeps extraction on the calling thread.
   */
  extractThreads?: number;
  onWarning?: (warning: LoadWarning) => void;
  /** Told what the load did and how long each phase took. */
  onStats?: (stats: LoadStats) => void;
  /** Characters of document text answers keep in memory, most recently cited first (default 64 Mi). */
  textCacheSize?: number;
  /**
   * Pins the key under which extractions are persisted, instead of the hash of the extraction
   * sources: benchmarks reuse one index across rule changes. Answers may then be stale.
   */
  extractorKey?: string;
  /**
   * After loading, read document texts into the text cache in the background (until it is full),
   * so the first answers read no file; told how many were read when done. For a long-running
   * bot; a one-shot question should not wait for it.
   */
  warmTexts?: boolean | ((read: number) => void);
  /**
   * Loads exactly what the persisted index holds, without looking at the corpus folder: for a
   * process whose index was just refreshed by another thread or process (a reload after the
   * reload worker, a shard after its manager). Reads no text, extracts and writes nothing, and
   * throws when the index is missing or incomplete rather than rebuild it here.
   */
  persistedOnly?: boolean;
}

interface LoadTimings {
  /** Reading the corpus folder (files, hashes, metadata). */
  corpusMs: number;
  cacheReadMs: number;
  segmentMs: number;
  /** The corpus-wide dates pass (skipped when nothing changed). */
  timelinesMs: number;
  /** Statements, events and figures of the documents that needed it. */
  extractMs: number;
  /** Building the knowledge base: lookups, speaker index, item indexes (built or loaded). */
  indexMs: number;
  cacheWriteMs: number;
  totalMs: number;
}

export interface LoadStats {
  documents: number;
  /** Documents segmented afresh (new or changed text/header, or no cache). */
  segmented: number;
  /** Documents whose statements, events and figures were extracted afresh. */
  extracted: number;
  /** True when the folder's file names, sizes and times matched the cache, so only texts were read. */
  corpusFromCache: boolean;
  /**
   * Documents whose files were read and hashed to load the corpus: new files and those whose
   * size, time or inode changed (the others' heads come from the cache). Extraction may still
   * read texts, through the text cache, when the corpus-wide dates pass has to run.
   */
  filesRead: number;
  /** 'hit': everything came from the cache; 'partial': some documents were redone; 'miss': all. */
  cache: 'off' | 'miss' | 'partial' | 'hit';
  timelinesRebuilt: boolean;
  indexesRebuilt: boolean;
  timings: LoadTimings;
  /** After a refresh off the event loop, the time the answering thread spent loading its result. */
  swapLoadMs?: number;
}

/** Where the persisted index is kept: the store given, else files under the cache folder, else nowhere. */
function openStore(options: LoadOptions): KnowledgeStore | null {
  if (options.store) return options.store;
  const cacheDir = resolveCacheDir(options.cacheDir);
  return cacheDir === false ? null : new FileStore(cacheFolder(cacheDir, options.corpusDir));
}

export function resolveCacheDir(option: string | false | undefined): string | false {
  return option ?? DEFAULT_CACHE_DIR;
}

export async function loadKnowledgeBase(options: LoadOptions): Promise<MemoryKnowledgeBase> {
  try {
    return await load(options, true);
  } catch (error) {
    // A file changed behind its stamp (same size, time and inode: rewritten and its time set
    // back, or a clock too coarse to tell): extraction found its text no longer matches its
    // hash. Read the whole corpus this once instead of trusting stamps.
    if (!(error instanceof DocumentChangedError) || options.persistedOnly) throw error;
    return load(options, false);
  }
}

async function load(options: LoadOptions, trustStamps: boolean): Promise<MemoryKnowledgeBase> {
  const clock = stopwatch();
  const warn = (warning: LoadWarning) => {
    if (options.onWarning) options.onWarning(warning);
    else process.emitWarning(`${warning.file}: ${warning.reason}`);
  };
  const store = openStore(options);
  const extractor = options.extractorKey ?? extractorKey();
  const reading: ReadOptions = { warn: (file, reason) => warn({ file, reason }), extractor };
  const persistedOnly = options.persistedOnly === true;
  if (persistedOnly && !store)
    throw new Error('persistedOnly needs a cache folder: with cacheDir false there is no persisted index');
  // Stamps are taken before any file is read: a file written meanwhile is read again next time.
  const corpusReading: CorpusReading = {
    maxDocumentBytes: options.maxDocumentBytes,
    followOutsideLinks: options.followOutsideLinks,
  };
  const stamps = store && !persistedOnly ? corpusStamps(options.corpusDir, corpusReading) : null;
  const fingerprint = stamps ? corpusFingerprint(options.corpusDir, corpusReading, stamps) : null;
  // After a refresh elsewhere this thread is answering meanwhile: it reads in slices.
  const cached = !store
    ? null
    : persistedOnly
      ? await store.readItemsSliced(reading)
      : store.readItems(reading);
  if (persistedOnly && (!cached || cached.fingerprint === null))
    throw new Error(`the persisted index of ${options.corpusDir} is missing or damaged`);
  const cacheReadMs = clock();

  // When no file changed since the records were written, no text is read at all: answers read
  // the few they cite (texts.ts). Otherwise the corpus is read, hashed and its metadata
  // inferred, except for files whose size, time and inode are those recorded (their heads are
  // the records').
  const corpusFromCache =
    cached !== null &&
    (persistedOnly || (trustStamps && fingerprint !== null && cached.fingerprint === fingerprint));
  // Files changed since the records were written (or there are none), so extraction runs unless
  // only file times moved, a large one on worker threads: they start loading the rules now, while
  // this thread reads the corpus and loads the same rules, rather than after (a core idle for seconds).
  const earlyThreads =
    !corpusFromCache && stamps ? extractionThreads(stamps.size - 1, options.extractThreads) : 1; // stamps hold the manifest too
  const earlyPool = earlyThreads > 1 ? openPool(earlyThreads) : null;
  earlyPool?.warm();
  let corpus: CorpusRead;
  let corpusMs: number;
  let plan: ExtractionPlan;
  try {
    corpus = await readCorpus(options, cached, corpusFromCache, trustStamps, stamps);
    corpusMs = clock();
    plan = await extractWithCache({
      heads: corpus.heads,
      withTexts: corpus.withTexts,
      texts: corpus.texts,
      cached,
      store,
      reading,
      extractor,
      stamps,
      now: options.now ?? new Date(),
      clock,
      pool: earlyPool,
      ...(options.extractThreads !== undefined && { extractThreads: options.extractThreads }),
    });
  } finally {
    earlyPool?.close();
  }
  const { heads, texts, warnings, filesRead } = corpus;
  const indexes: ItemIndexParts | null =
    !store || !plan.reusedAll
      ? null
      : persistedOnly
        ? await store.readIndexesAsync(plan.key, reading.warn)
        : store.readIndexes(plan.key, reading.warn);
  if (persistedOnly && !indexes)
    throw new Error(
      `the persisted index of ${options.corpusDir} is incomplete (its word indexes do not match its records)`,
    );
  // Built in slices when this thread is answering meanwhile (10,000 documents take a few hundred ms).
  const each = persistedOnly
    ? mapInSlices
    : <T, U>(list: readonly T[], f: (t: T) => U) => Promise.resolve(list.map(f));
  const answerDocuments = await each(heads, (h) => lazyDocument(h, texts));
  const byDoc = new Map<string, KnowledgeItems>(
    await each(plan.records, (r) => [r.id, { docId: r.id, ...r.items }] as const),
  );
  if (!store) for (const s of plan.segments ?? []) byDoc.get(s.id)!.sentences = s.sentences;
  const kbArgs = [
    plan.withTexts ?? answerDocuments,
    { byDoc, timelines: new Map(plan.records.map((r) => [r.id, r.timeline])) },
    warnings,
    indexes ?? undefined,
    { answerDocuments, ...(store && { sentences: persistedSentences(store, plan.key, reading) }) },
  ] as const;
  const kb = persistedOnly ? await MemoryKnowledgeBase.build(...kbArgs) : new MemoryKnowledgeBase(...kbArgs);
  const indexMs = clock();

  if (store && !persistedOnly) {
    try {
      const head = {
        extractor,
        corpusKey: plan.key,
        fingerprint,
        manifestStamp: stamps?.get(MANIFEST_FILE) ?? null,
        warnings,
      };
      if (plan.segments) {
        if (plan.drafts?.segments) plan.drafts.segments.write(head, plan.segments);
        else store.writeSegments(head, plan.segments);
      }
      if (plan.drafts?.items) plan.drafts.items.write(head, plan.records);
      else if (!plan.reusedAll || cached?.fingerprint !== fingerprint) store.writeItems(head, plan.records);
      if (!indexes || kb.rebuiltPersistedParts) store.writeIndexes(plan.key, kb.indexParts());
    } catch (error) {
      warn({
        file: store.location,
        reason: `could not write the cache (${(error as Error).message}); the next start extracts again`,
      });
    }
  }
  const cacheWriteMs = clock();
  options.onStats?.({
    documents: heads.length,
    corpusFromCache,
    filesRead,
    segmented: plan.segmented,
    extracted: plan.extracted,
    cache: !store ? 'off' : plan.reusedAll ? 'hit' : plan.extracted === heads.length ? 'miss' : 'partial',
    timelinesRebuilt: plan.timelinesRebuilt,
    indexesRebuilt: !indexes || kb.rebuiltPersistedParts,
    timings: { corpusMs, cacheReadMs, ...plan.timings, indexMs, cacheWriteMs, totalMs: clock.total() },
  });
  const { warmTexts } = options;
  // The statements' sides and the speaker lookup are worked out meanwhile too, as the first answers would.
  if (warmTexts)
    void Promise.all([texts.warm(heads), warmSides(kb).then(() => kb.warmLookups())]).then(
      ([read]) => (typeof warmTexts === 'function' ? warmTexts(read) : undefined),
      () => undefined,
    );
  return kb;
}

/** The corpus as this load reads it: documents with their texts, or heads alone from the records. */
interface CorpusRead {
  heads: DocumentHead[];
  /** The documents with their texts, when the corpus folder was read. */
  withTexts: CorpusDocument[] | null;
  texts: DocumentTexts;
  warnings: LoadWarning[];
  filesRead: number;
}

async function readCorpus(
  options: LoadOptions,
  cached: CachedCorpus | null,
  corpusFromCache: boolean,
  trustStamps: boolean,
  stamps: ReadonlyMap<string, string> | null,
): Promise<CorpusRead> {
  const persistedOnly = options.persistedOnly === true;
  const corpusReading: CorpusReading = {
    maxDocumentBytes: options.maxDocumentBytes,
    followOutsideLinks: options.followOutsideLinks,
  };
  // The corpus loader and the page reader (page parsing, metadata inference) are heavy imports,
  // loaded only when files are read or the recorded corpus holds saved pages.
  const records = corpusFromCache ? cached : null;
  const readsPages = !records || [...records.documents.values()].some((d) => isPageFile(d.doc.file));
  const pageText = readsPages ? (await import('../corpus/html/index.ts')).pageText : null;
  const texts = new DocumentTexts(options.corpusDir, options.textCacheSize ?? DEFAULT_TEXT_CACHE, pageText);
  let heads: DocumentHead[];
  let withTexts: CorpusDocument[] | null = null;
  let warnings: LoadWarning[];
  let filesRead = 0;
  if (records) {
    heads = [...records.documents.values()].map((d) => d.doc);
    warnings = records.warnings;
    // After a refresh elsewhere, that refresh reported them.
    if (!persistedOnly) for (const w of warnings) options.onWarning?.(w);
  } else {
    const known = trustStamps ? knownDocuments(cached, stamps, texts) : undefined;
    const { loadCorpusSync } = await import('../corpus/load.ts');
    // The synchronous reader is twice as fast on thousands of files, and extraction blocks anyway.
    const corpus = loadCorpusSync(options.corpusDir, options.onWarning, corpusReading, known?.find);
    withTexts = corpus.documents;
    heads = withTexts.map(headOf);
    warnings = corpus.warnings;
    filesRead = heads.length - (known?.reused.size ?? 0);
    for (const doc of withTexts) if (!known?.reused.has(doc)) texts.keep(doc.id, doc.text);
  }
  return { heads, withTexts, texts, warnings, filesRead };
}

/**
 * The documents the records hold for files whose size, time and inode are still those recorded,
 * as the corpus loader would build them (id and label from the file name, before any renaming),
 * with their texts read only if extraction asks. None when the manifest changed: the records'
 * metadata has the old manifest applied.
 */
function knownDocuments(
  cached: CachedCorpus | null,
  stamps: ReadonlyMap<string, string> | null,
  texts: DocumentTexts,
): { find: KnownDocument; reused: WeakSet<CorpusDocument> & { size: number } } | undefined {
  if (!cached || !stamps || cached.manifestStamp !== (stamps.get(MANIFEST_FILE) ?? null)) return undefined;
  const byFile = new Map<string, CachedDocument>();
  for (const record of cached.documents.values()) if (record.stamp) byFile.set(record.doc.file, record);
  const reused = Object.assign(new WeakSet<CorpusDocument>(), { size: 0 });
  const find: KnownDocument = (file) => {
    const record = byFile.get(file);
    if (!record || record.stamp !== stamps.get(file)) return undefined;
    const id = documentId(file);
    const doc = lazyDocument({ ...record.doc, id, label: makeLabel(id, record.doc.meta) }, texts);
    reused.add(doc);
    reused.size++;
    return doc;
  };
  return { find, reused };
}

/** Sentence splits read from the persisted segments when first asked for (only benches and tests ask). */
function persistedSentences(
  store: KnowledgeStore,
  key: string,
  reading: ReadOptions,
): (docId: string) => readonly Sentence[] {
  let byDoc: Map<string, readonly Sentence[]> | undefined;
  return (docId) => {
    if (!byDoc) {
      const file = store.readSegments(reading);
      byDoc = new Map(
        file && file.corpusKey === key ? [...file.documents].map(([id, s]) => [id, s.sentences]) : [],
      );
    }
    return byDoc.get(docId) ?? [];
  };
}

interface ExtractionInput {
  heads: readonly DocumentHead[];
  /** The documents with their texts, when the corpus was read; else texts are read as needed. */
  withTexts: CorpusDocument[] | null;
  texts: DocumentTexts;
  cached: CachedCorpus | null;
  store: KnowledgeStore | null;
  reading: ReadOptions;
  extractor: string;
  /** The corpus files' stamps, recorded with each document (null without a cache). */
  stamps: ReadonlyMap<string, string> | null;
  now: Date;
  clock: Stopwatch;
  /** At most this many threads extract (see extractPool.ts); default: the machine's cores. */
  extractThreads?: number;
  /** Threads already started for this extraction (else a pool is opened when needed); closed after it. */
  pool: ExtractPool | null;
}

interface ExtractionPlan {
  key: string;
  records: CachedDocument[];
  /** Splits and whole timelines, when extraction ran (to persist); null on a full cache hit. */
  segments: CachedSegments[] | null;
  /** The documents with texts that extraction read, to build the word indexes from. */
  withTexts: CorpusDocument[] | null;
  reusedAll: boolean;
  segmented: number;
  extracted: number;
  timelinesRebuilt: boolean;
  timings: Pick<LoadTimings, 'segmentMs' | 'timelinesMs' | 'extractMs'>;
  /** The records and segments, encoded for the store as extraction finished them (when it offers that). */
  drafts?: {
    items?: Draft<RecordsHeader, CachedDocument>;
    segments?: Draft<SegmentsHead, CachedSegments>;
  };
}

const timelineHead = (t: TimelineHead): TimelineHead => ({
  docId: t.docId,
  reference: t.reference,
  referenceBasis: t.referenceBasis,
});

/**
 * Reuses what the cache holds: everything when the corpus is unchanged (reading only the
 * start-up records); otherwise segmentation of unchanged documents, then the corpus-wide dates
 * pass again (a year pinned in one document can date another), then extraction only of
 * documents whose text or timeline changed.
 */
async function extractWithCache(input: ExtractionInput): Promise<ExtractionPlan> {
  const { heads, cached, clock } = input;
  // Heads read from the records carry the key they were stored with: no need to hash them again.
  const fromRecords = input.withTexts === null;
  const docKeys = new Map(
    heads.map((d) => [d.id, (fromRecords && cached?.documents.get(d.id)?.docKey) || documentKey(d)]),
  );
  const key = corpusKey(heads, docKeys, input.extractor);
  const entry = (d: DocumentHead) => {
    const c = cached?.documents.get(d.id);
    return c && c.docKey === docKeys.get(d.id) ? c : undefined;
  };
  if (cached?.corpusKey === key && heads.every((d) => entry(d))) {
    return {
      key,
      records: heads.map((d) =>
        input.stamps ? withStamp({ ...entry(d)!, doc: d }, input.stamps) : { ...entry(d)!, doc: d },
      ),
      segments: null,
      withTexts: null,
      reusedAll: true,
      segmented: 0,
      extracted: 0,
      timelinesRebuilt: false,
      timings: { segmentMs: 0, timelinesMs: 0, extractMs: 0 },
    };
  }

  // Loaded only when something must be extracted: a cache-hit start-up skips chrono and the rules.
  const { extractDocument, planTimelines, segmentAndScan, segmentDocument } = await import(
    '../extract/index.ts'
  );
  const persisted = cached && input.store ? input.store.readSegments(input.reading) : null;
  const reusable = (d: DocumentHead) => {
    const items = entry(d);
    const segments = persisted?.documents.get(d.id);
    return items && segments && segments.docKey === items.docKey ? { items, segments } : undefined;
  };
  const documents = input.withTexts ?? heads.map((h) => ({ ...h, text: input.texts.text(h) }));
  // Segmenting each document and reading its dates is most of the dates pass and needs the document
  // alone: a large ingest reads them on the threads that then read the items, and lends years and
  // resolves here. Workers not started early start loading at once, while this thread reads its first share.
  const threads = extractionThreads(documents.length, input.extractThreads);
  // The threads started early, unless the files listed then were fewer than the documents read.
  const pool = input.pool && input.pool.size >= threads ? input.pool : openPool(threads);
  if (pool !== input.pool) input.pool?.close();
  // What is persisted of document i, made once (a draft knows the records it encoded by identity).
  const recordsMade = new Array<CachedDocument | undefined>(documents.length);
  const recordAt = (i: number, items: ExtractedItems): CachedDocument => {
    const d = documents[i]!;
    recordsMade[i] ??= withStamp(
      {
        id: d.id,
        doc: heads[i]!,
        docKey: docKeys.get(d.id)!,
        timeline: timelineHead(timelineOf(d.id)),
        items,
      },
      input.stamps,
    );
    return recordsMade[i];
  };
  const segmentsMade = new Array<CachedSegments | undefined>(documents.length);
  const segmentsAt = (i: number): CachedSegments => {
    const d = documents[i]!;
    const split = segments.get(d.id)!;
    segmentsMade[i] ??= {
      id: d.id,
      docKey: docKeys.get(d.id)!,
      paragraphs: split.paragraphs,
      sentences: split.sentences,
      timeline: timelineOf(d.id),
    };
    return segmentsMade[i];
  };
  const itemsDraft = input.store?.draftItems?.();
  const segmentsDraft = input.store?.draftSegments?.();
  let segmented = 0;
  const segments = new Map<string, Segmented>();
  let segmentMs: number;
  let timelineOf: (id: string) => DocumentTimeline;
  let timelinesMs: number;
  let kept: (ExtractedItems | null)[];
  let jobs: ExtractJob[];
  let read: ExtractedItems[];
  try {
    pool.warm();
    const given = documents.map((d): Segmented | null => {
      const c = reusable(d);
      return c ? { paragraphs: c.segments.paragraphs, sentences: c.segments.sentences } : null;
    });
    let scans: Map<string, DocumentScan> | undefined;
    if (threads > 1) {
      // The segments are read with the dates scans, on every thread: their time counts as the dates'.
      segmentMs = clock();
      const scanned = await pool.scanAll(
        documents.map((doc, i) => ({ doc, segmented: given[i] ?? null })),
        threads,
        (job) => segmentAndScan(job.doc, job.segmented),
      );
      const byId = new Map<string, DocumentScan>();
      documents.forEach((d, i) => {
        const { segmented: made, scan } = scanned[i]!;
        segments.set(d.id, made ?? given[i]!);
        if (made) segmented++;
        byId.set(d.id, scan);
      });
      scans = byId;
    } else {
      documents.forEach((d, i) => {
        const made = given[i] ? null : segmentDocument(d);
        segments.set(d.id, made ?? given[i]!);
        if (made) segmented++;
      });
      segmentMs = clock();
    }
    const plan = planTimelines(
      documents,
      new Map([...segments].map(([id, s]) => [id, s.sentences])),
      input.now,
      scans,
    );
    timelineOf = (id) => plan.timelineOf(id)!;
    kept = documents.map((d) => {
      const c = reusable(d);
      return c && JSON.stringify(c.segments.timeline) === JSON.stringify(timelineOf(d.id))
        ? c.items.items
        : null;
    });
    // The timelines of documents whose items are read are resolved chunk by chunk as the items
    // are handed out, and years are lent while the workers read the documents that need none,
    // which come first: the workers read items meanwhile. That time counts as the items'.
    timelinesMs = clock();
    const order: number[] = [];
    const waiting: number[] = [];
    documents.forEach((d, i) => {
      if (!kept[i]) (plan.waitsForLending(d.id) ? waiting : order).push(i);
    });
    order.push(...waiting);
    const pending = order.map((i) => ({
      doc: documents[i]!,
      segmented: segments.get(documents[i]!.id)!,
      timeline: null as DocumentTimeline | null,
    }));
    // Every timeline is filled (ready) before its job is read or sent.
    jobs = pending as ExtractJob[];
    // Each job's record is encoded for the store as soon as it and every job before it are read
    // (in job order, so the store's value table is the same on every run), its segments as soon
    // as its timeline is resolved: this thread encodes while the workers read on.
    const finished: (ExtractedItems | undefined)[] = new Array(jobs.length);
    let encoded = 0;
    const items = await pool.extractAll(
      jobs,
      extractionThreads(jobs.length, input.extractThreads),
      (job) => {
        const x = extractDocument(job.doc, job.segmented, job.timeline);
        return { statements: x.statements, events: x.events, figures: x.figures };
      },
      {
        ready: (from, to) => {
          for (let k = from; k < to; k++) {
            pending[k]!.timeline = timelineOf(pending[k]!.doc.id);
            if (segmentsDraft) segmentsDraft.add(segmentsAt(order[k]!));
          }
        },
        first: plan.lend(),
        done: (from, results) => {
          if (!itemsDraft) return;
          results.forEach((x, k) => {
            finished[from + k] = x;
          });
          for (; encoded < jobs.length && finished[encoded]; encoded++) {
            itemsDraft.add(recordAt(order[encoded]!, finished[encoded]!));
            finished[encoded] = undefined;
          }
        },
      },
    );
    const itemsAt = new Array<ExtractedItems>(documents.length);
    order.forEach((docIndex, k) => {
      itemsAt[docIndex] = items[k]!;
    });
    read = documents.flatMap((_, i) => (kept[i] ? [] : [itemsAt[i]!]));
  } finally {
    pool.close();
  }
  const extracted = jobs.length;
  let next = 0;
  const records = documents.map((_, i) => recordAt(i, kept[i] ?? read[next++]!));
  const persist = documents.map((_, i) => segmentsAt(i));
  const extractMs = clock();
  return {
    key,
    records,
    segments: persist,
    withTexts: documents,
    reusedAll: false,
    segmented,
    extracted,
    timelinesRebuilt: true,
    timings: { segmentMs, timelinesMs, extractMs },
    drafts: { items: itemsDraft, segments: segmentsDraft },
  };
}
function withStamp(record: CachedDocument, stamps: ReadonlyMap<string, string> | null): CachedDocument {
  const stamp = stamps?.get(record.doc.file);
  const { stamp: _old, ...rest } = record;
  return stamp && stamp !== 'absent' ? { ...rest, stamp } : rest;
}

/** list.map(f), letting the event loop turn every `sliceMs`. */
async function mapInSlices<T, U>(list: readonly T[], f: (t: T) => U, sliceMs = 20): Promise<U[]> {
  const out: U[] = [];
  let sliceStart = performance.now();
  for (const item of list) {
    out.push(f(item));
    if (out.length % 100 === 0 && performance.now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  return out;
}

type Stopwatch = (() => number) & { total: () => number };

/** Each call returns the milliseconds since the previous call. */
function stopwatch(): Stopwatch {
  const start = performance.now();
  let last = start;
  const lap = () => {
    const now = performance.now();
    const ms = now - last;
    last = now;
    return Math.round(ms * 10) / 10;
  };
  return Object.assign(lap, { total: () => Math.round((performance.now() - start) * 10) / 10 });
}

/**
 * Brings the persisted index of `options.corpusDir` up to date, exactly as loadKnowledgeBase
 * would persist it (so the next load is a cache 'hit'), and returns what the load did. Keeps
 * no knowledge base: for a process that only prepares the index others load (the shard manager).
 */
export async function refreshPersistedIndex(options: LoadOptions): Promise<LoadStats> {
  if (!options.store && resolveCacheDir(options.cacheDir) === false) {
    throw new Error(
      'refreshPersistedIndex needs a cache folder: with cacheDir false there is no persisted index to refresh',
    );
  }
  let stats: LoadStats | undefined;
  // The knowledge base itself is dropped here; building it is what writes the indexes.
  await loadKnowledgeBase({
    ...options,
    onStats: (s) => {
      stats = s;
      options.onStats?.(s);
    },
  });
  if (!stats) throw new Error('loadKnowledgeBase finished without reporting its stats');
  return stats;
}
