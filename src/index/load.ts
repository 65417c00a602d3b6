import { loadCorpusSync } from '../corpus/load.ts';
import type { CorpusDocument, LoadedCorpus, LoadWarning } from '../corpus/types.ts';
import type { CorpusExtraction, Segmented } from '../extract/index.ts';
import type { DocumentExtraction, DocumentTimeline } from '../extract/types.ts';
import {
  type CachedCorpus, type CachedDocument, cacheFolder, corpusFingerprint, corpusKey, DEFAULT_CACHE_DIR, type DocumentHead,
  documentKey, documentsFromCache, readIndexes, readRecords, writeIndexes, writeRecords,
} from './cache.ts';
import { type ItemIndexParts, KnowledgeBase } from './knowledgeBase.ts';

export interface LoadOptions {
  corpusDir: string;
  /**
   * Where persisted extractions and indexes live. Default: env CACHE_DIR, else `.cache/` in the
   * project root. `false` extracts from scratch and persists nothing.
   */
  cacheDir?: string | false;
  /** Reference "now" for year inference (no article is from the future). */
  now?: Date;
  onWarning?: (warning: LoadWarning) => void;
  /** Told what the load did and how long each phase took. */
  onStats?: (stats: LoadStats) => void;
}

export interface LoadTimings {
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
  /** 'hit': everything came from the cache; 'partial': some documents were redone; 'miss': all. */
  cache: 'off' | 'miss' | 'partial' | 'hit';
  timelinesRebuilt: boolean;
  indexesRebuilt: boolean;
  timings: LoadTimings;
}

export function resolveCacheDir(option: string | false | undefined): string | false {
  if (option === false) return false;
  return option ?? process.env.CACHE_DIR ?? DEFAULT_CACHE_DIR;
}

export async function loadKnowledgeBase(options: LoadOptions): Promise<KnowledgeBase> {
  const clock = stopwatch();
  const warn = (warning: LoadWarning) => {
    if (options.onWarning) options.onWarning(warning);
    else process.emitWarning(`${warning.file}: ${warning.reason}`);
  };
  const cacheDir = resolveCacheDir(options.cacheDir);
  const folder = cacheDir === false ? null : cacheFolder(cacheDir, options.corpusDir);
  const cacheWarn = (file: string, reason: string) => warn({ file, reason });
  const fingerprint = folder ? corpusFingerprint(options.corpusDir) : null;
  const cached = folder ? readRecords(folder, cacheWarn) : null;
  const cacheReadMs = clock();
  const unchanged = cached && fingerprint !== null && cached.fingerprint === fingerprint ? documentsFromCache(options.corpusDir, cached) : null;
  let corpus: LoadedCorpus;
  if (cached && unchanged) {
    corpus = { dir: options.corpusDir, documents: unchanged, warnings: cached.warnings };
    cached.warnings.forEach((w) => options.onWarning?.(w));
  } else {
    // The synchronous reader is twice as fast on thousands of files, and extraction blocks anyway.
    corpus = loadCorpusSync(options.corpusDir, options.onWarning);
  }
  const corpusMs = clock();

  const plan = await extractWithCache(corpus.documents, cached, options.now ?? new Date(), clock);
  let indexes: ItemIndexParts | null = null;
  if (folder && plan.reusedAll) indexes = readIndexes(folder, plan.key, cacheWarn);
  const kb = new KnowledgeBase(corpus.documents, plan.extraction, corpus.warnings, indexes ?? undefined);
  const indexMs = clock();

  if (folder) {
    try {
      if (!plan.reusedAll || cached?.fingerprint !== fingerprint) {
        writeRecords(folder, { corpusKey: plan.key, fingerprint, warnings: corpus.warnings }, plan.records);
      }
      if (!indexes) writeIndexes(folder, plan.key, kb.indexParts());
    } catch (error) {
      warn({ file: folder, reason: `could not write the cache (${(error as Error).message}); the next start extracts again` });
    }
  }
  const cacheWriteMs = clock();
  options.onStats?.({
    documents: corpus.documents.length,
    corpusFromCache: unchanged !== null,
    segmented: plan.segmented,
    extracted: plan.extracted,
    cache: !folder ? 'off' : plan.reusedAll ? 'hit' : plan.extracted === corpus.documents.length ? 'miss' : 'partial',
    timelinesRebuilt: plan.timelinesRebuilt,
    indexesRebuilt: !indexes,
    timings: { corpusMs, cacheReadMs, ...plan.timings, indexMs, cacheWriteMs, totalMs: clock.total() },
  });
  return kb;
}

interface ExtractionPlan {
  key: string;
  extraction: CorpusExtraction;
  records: CachedDocument[];
  reusedAll: boolean;
  segmented: number;
  extracted: number;
  timelinesRebuilt: boolean;
  timings: Pick<LoadTimings, 'segmentMs' | 'timelinesMs' | 'extractMs'>;
}

/**
 * Reuses what the cache holds: everything when the corpus is unchanged; otherwise segmentation
 * of unchanged documents, then the corpus-wide dates pass again (a year pinned in one document
 * can date another), then extraction only of documents whose text or timeline changed.
 */
async function extractWithCache(documents: readonly CorpusDocument[], cached: CachedCorpus | null, now: Date, clock: Stopwatch): Promise<ExtractionPlan> {
  const docKeys = new Map(documents.map((d) => [d.id, documentKey(d)]));
  const key = corpusKey(documents, docKeys);
  const entry = (d: CorpusDocument) => {
    const c = cached?.documents.get(d.id);
    return c && c.docKey === docKeys.get(d.id) ? c : undefined;
  };
  if (cached?.corpusKey === key && documents.every((d) => entry(d))) {
    const records = documents.map((d) => ({ ...entry(d)!, doc: head(d) }));
    return {
      key,
      extraction: {
        byDoc: new Map(records.map((r) => [r.id, r.extraction])),
        timelines: new Map(records.map((r) => [r.id, r.timeline])),
      },
      records,
      reusedAll: true,
      segmented: 0,
      extracted: 0,
      timelinesRebuilt: false,
      timings: { segmentMs: 0, timelinesMs: 0, extractMs: 0 },
    };
  }

  // Loaded only when something must be extracted: a cache-hit start-up skips chrono and the rules.
  const { buildTimelines, extractDocument, segmentDocument } = await import('../extract/index.ts');
  let segmented = 0;
  const segments = new Map<string, Segmented>();
  for (const d of documents) {
    const c = entry(d);
    if (c) segments.set(d.id, { paragraphs: c.extraction.paragraphs, sentences: c.extraction.sentences });
    else {
      segments.set(d.id, segmentDocument(d));
      segmented++;
    }
  }
  const segmentMs = clock();
  const timelines: Map<string, DocumentTimeline> = buildTimelines([...documents], new Map([...segments].map(([id, s]) => [id, s.sentences])), now);
  const timelinesMs = clock();
  let extracted = 0;
  const byDoc = new Map<string, DocumentExtraction>();
  const records: CachedDocument[] = [];
  for (const d of documents) {
    const timeline = timelines.get(d.id)!;
    const c = entry(d);
    let extraction: DocumentExtraction;
    if (c && JSON.stringify(c.timeline) === JSON.stringify(timeline)) extraction = c.extraction;
    else {
      extraction = extractDocument(d, segments.get(d.id)!, timeline);
      extracted++;
    }
    byDoc.set(d.id, extraction);
    records.push({ id: d.id, doc: head(d), docKey: docKeys.get(d.id)!, timeline, extraction });
  }
  const extractMs = clock();
  return {
    key,
    extraction: { byDoc, timelines },
    records,
    reusedAll: false,
    segmented,
    extracted,
    timelinesRebuilt: true,
    timings: { segmentMs, timelinesMs, extractMs },
  };
}

function head(doc: CorpusDocument): DocumentHead {
  const { text: _text, ...rest } = doc;
  return rest;
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
