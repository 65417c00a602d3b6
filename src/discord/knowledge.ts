import type { LoadStats } from '../index/load.ts';
import { LiveKnowledgeBase } from '../index/live.ts';
import type { Logger } from '../log.ts';

export interface OpenKnowledgeOptions {
  corpusDir: string;
  logger: Logger;
  /** Rebuild when the corpus folder changes; off in shard processes, whose manager watches for them. */
  watch: boolean;
  /** Called after each reload has been swapped in. */
  onReload?: () => void;
}

/**
 * The bot's knowledge base, loaded through the persisted index (CACHE_DIR, else .cache/) and kept
 * live: every load says in the log whether it came from the cache or was extracted afresh.
 */
export function openKnowledge(options: OpenKnowledgeOptions): Promise<LiveKnowledgeBase> {
  const { logger } = options;
  return LiveKnowledgeBase.open({
    corpusDir: options.corpusDir,
    watch: options.watch,
    onWarning: (w) => logger.warn({ file: w.file, reason: w.reason }, 'skipped a corpus file'),
    onStats: (stats) => logger.info(statsForLog(stats), 'knowledge base loaded'),
    onReload: (kb) => {
      logger.info({ documents: kb.documents.size }, 'knowledge base reloaded: new questions use it');
      options.onReload?.();
    },
    onReloadError: (error) => logger.error({ err: error }, 'corpus reload failed: still answering from the previous knowledge base'),
  });
}

/** The load's outcome in a few fields: a cache hit shows `cache: 'hit', extracted: 0`. */
export function statsForLog(stats: LoadStats): Record<string, unknown> {
  return {
    documents: stats.documents,
    cache: stats.cache,
    extracted: stats.extracted,
    segmented: stats.segmented,
    indexesRebuilt: stats.indexesRebuilt,
    ms: Math.round(stats.timings.totalMs),
  };
}
