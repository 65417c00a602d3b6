/**
 * `npm start`: reads the config, loads the corpus, and serves the registry's commands on Discord:
 * in this process, or, with SHARDS set, as a ShardingManager with one process per shard.
 */
import { createLogger } from '../log.ts';
import { describeConfig, readConfigOrExit } from './config.ts';
import { exitGracefullyOnSignals } from './lifecycle.ts';

const config = readConfigOrExit();
const baseLogger = createLogger({ name: 'bot', level: config.logLevel, secrets: [config.token] });
const logger = config.shards === undefined ? baseLogger : baseLogger.child({ role: 'shard-manager' });
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

/** One process: the corpus folder is watched, and a change is answered from the next question on. */
async function serveInProcess(): Promise<void> {
  // Imported after the config check, so a bad .env fails fast with its one line.
  const [{ openKnowledge }, { startBot }, { commands }, { readFeedsIntervalOrExit, startFeedPolling }, { createSourceAdder }] = await Promise.all([
    import('./knowledge.ts'),
    import('./bot.ts'),
    import('../../commands/index.ts'),
    import('./feeds.ts'),
    import('../add/sourceAdder.ts'),
  ]);
  const feedsIntervalMs = readFeedsIntervalOrExit();
  const live = await openKnowledge({ corpusDir: config.corpusDir, logger, watch: true });
  // /add-source writes into the corpus folder; the watcher's reload then picks the page up.
  const addSource = createSourceAdder({ corpusDir: config.corpusDir, logger, known: () => live.current().documents.values() });
  const bot = await startBot({ config, registry: commands, kb: live, logger, addSource });
  const stopFeeds = startFeedPolling({ corpusDir: config.corpusDir, logger, kb: () => live.current(), intervalMs: feedsIntervalMs });
  exitGracefullyOnSignals(logger, async () => {
    stopFeeds();
    await bot.stop();
    live.close();
  });
}

async function serveSharded(shards: 'auto' | number): Promise<void> {
  const { shardedBot } = await import('./manager.ts');
  const bot = shardedBot({ config: { ...config, shards }, logger });
  // Before start(): a signal during start-up still stops every shard already running.
  exitGracefullyOnSignals(logger, () => bot.stop());
  await bot.start();
}

logger.info(describeConfig(config), 'starting');
(config.shards === undefined ? serveInProcess() : serveSharded(config.shards)).catch((error: unknown) => {
  logger.fatal({ err: error }, 'the bot could not start');
  process.exit(1);
});
