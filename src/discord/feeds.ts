import { schedulePolling } from '../feeds/poll.ts';
import type { KnowledgeBase } from '../index/knowledgeBase.ts';
import type { Logger } from '../log.ts';

/**
 * With FEEDS_INTERVAL set (30m, 2h, 900s), the bot polls the corpus folder's feeds.json at that
 * interval, under the public-addresses-only policy; new pages land in the corpus folder and the
 * watcher's reload picks them up. Returns a stop function (a no-op when polling is off).
 */
export function startFeedPolling(options: {
  corpusDir: string;
  logger: Logger;
  kb: () => KnowledgeBase;
  intervalMs: number | null;
}): () => void {
  if (options.intervalMs === null) return () => {};
  const logger = options.logger.child({ part: 'feeds' });
  logger.info({ intervalMs: options.intervalMs }, 'polling feeds.json');
  return schedulePolling(options.intervalMs, {
    corpusDir: options.corpusDir,
    logger,
    known: () => options.kb().documents.values(),
  });
}
