import { type IndexSettings, indexSettings } from '../config.ts';
import {
  LiveKnowledgeBase,
  type PersistedIndexWatch,
  type WatchNotice,
  watchPersistedIndex,
} from '../index/live.ts';
import type { LoadStats } from '../index/load.ts';
import type { Logger } from '../log.ts';
import { type BotMetrics, NO_METRICS } from './metrics.ts';

/** The index settings (CACHE_DIR, MAX_DOCUMENT_BYTES, …): the index's defaults where unset. */
export interface OpenKnowledgeOptions extends IndexSettings {
  corpusDir: string;
  logger: Logger;
  /** Rebuild when the corpus folder changes; off in shard processes, whose manager watches for them. */
  watch: boolean;
  /** Called after each reload has been swapped in. */
  onReload?: () => void;
  /** Told of each load's stats and each reload's outcome. */
  metrics?: BotMetrics;
}

/**
 * The bot's knowledge base, loaded through the persisted index (CACHE_DIR, else .cache/) and kept
 * live: every load says in the log whether it came from the cache or was extracted afresh.
 */
export function openKnowledge(options: OpenKnowledgeOptions): Promise<LiveKnowledgeBase> {
  const { logger } = options;
  const metrics = options.metrics ?? NO_METRICS;
  return LiveKnowledgeBase.open({
    corpusDir: options.corpusDir,
    ...indexSettings(options),
    watch: options.watch,
    // A shard's manager refreshes the persisted index and then says so: the shard only loads it.
    reloadFromPersisted: !options.watch,
    onWatchNotice: (notice) => logWatchNotice(logger, notice),
    warmTexts: (read) =>
      logger.info({ texts: read }, 'document texts read ahead: first answers read no file'),
    onWarning: (w) => logger.warn({ file: w.file, reason: w.reason }, 'skipped a corpus file'),
    onStats: (stats) => {
      logger.info(statsForLog(stats), 'knowledge base loaded');
      metrics.knowledgeLoaded(stats);
    },
    onReload: (kb) => {
      logger.info({ documents: kb.documents.size }, 'knowledge base reloaded: new questions use it');
      metrics.reloaded('ok');
      options.onReload?.();
    },
    onReloadError: (error) => {
      logger.error({ err: error }, 'corpus reload failed: still answering from the previous knowledge base');
      metrics.reloaded('failed');
    },
  });
}

export interface PersistedIndexOptions extends IndexSettings {
  corpusDir: string;
  logger: Logger;
  /** Called after each refresh that follows a corpus change, once the cache holds the new index. */
  onRefreshed?: () => void;
  /** Told of each build's stats and each refresh's outcome. */
  metrics?: BotMetrics;
}

/**
 * For the shard manager, which answers nothing: builds or refreshes the persisted index (CACHE_DIR,
 * else .cache/) once, then again after each corpus change, without keeping a knowledge base in
 * this process. Each build logs its stats as 'knowledge base loaded', like a load in a shard; a
 * failed refresh is logged and the shards keep the index they loaded.
 */
export function keepPersistedIndexFresh(options: PersistedIndexOptions): Promise<PersistedIndexWatch> {
  const { logger } = options;
  const metrics = options.metrics ?? NO_METRICS;
  return watchPersistedIndex({
    corpusDir: options.corpusDir,
    ...indexSettings(options),
    onWarning: (w) => logger.warn({ file: w.file, reason: w.reason }, 'skipped a corpus file'),
    onStats: (stats) => {
      logger.info(statsForLog(stats), 'knowledge base loaded');
      metrics.knowledgeLoaded(stats);
    },
    onWatchNotice: (notice) => logWatchNotice(logger, notice),
    onRefreshed: (stats) => {
      logger.info({ documents: stats.documents, cache: stats.cache }, 'corpus changed: index refreshed');
      metrics.reloaded('ok');
      options.onRefreshed?.();
    },
    onRefreshError: (error) => {
      logger.error({ err: error }, 'index refresh failed: the shards keep their previous index');
      metrics.reloaded('failed');
    },
  });
}

/** What the corpus watcher does about the folder itself, one structured line each. */
function logWatchNotice(logger: Logger, notice: WatchNotice): void {
  const corpusDir = notice.dir;
  switch (notice.event) {
    case 'watching':
      logger.info({ corpusDir, folders: notice.directories }, 'watching the corpus folder');
      return;
    case 'gone':
      logger.warn(
        { corpusDir },
        'corpus folder is gone: still answering from the current knowledge base until it is back',
      );
      return;
    case 'back':
      logger.info(
        { corpusDir, folders: notice.directories },
        'corpus folder is back: watching it again and reloading',
      );
      return;
    case 'replaced':
      logger.info(
        { corpusDir, folders: notice.directories },
        'corpus folder was replaced: watching the new one and reloading',
      );
      return;
  }
}

/** The load's outcome in a few fields: a cache hit shows `cache: 'hit', extracted: 0`. */
function statsForLog(stats: LoadStats): Record<string, unknown> {
  return {
    documents: stats.documents,
    cache: stats.cache,
    extracted: stats.extracted,
    segmented: stats.segmented,
    filesRead: stats.filesRead,
    indexesRebuilt: stats.indexesRebuilt,
    ms: Math.round(stats.timings.totalMs),
    ...(stats.swapLoadMs !== undefined && { swapLoadMs: stats.swapLoadMs }),
  };
}
