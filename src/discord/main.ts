/**
 * `npm start`: reads the config, loads the corpus, and serves the registry's commands on Discord:
 * in this process, or, with SHARDS set, as a ShardingManager with one process per shard.
 */
import { createLogger } from '../log.ts';
import { type BotConfig, describeConfig, indexSettings, readConfigOrExit } from './config.ts';
import type { HealthStatus } from './health.ts';
import { exitGracefullyOnSignals } from './lifecycle.ts';
import type { BotMetrics } from './metrics.ts';

const config = readConfigOrExit();
const baseLogger = createLogger({
  name: 'bot',
  level: config.logLevel,
  pretty: config.prettyLogs,
  secrets: [config.token],
});
const logger = config.shards === undefined ? baseLogger : baseLogger.child({ role: 'shard-manager' });
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

/** One process: the corpus folder is watched, and a change is answered from the next question on. */
async function serveInProcess(): Promise<void> {
  // Imported after the config check, so a bad .env fails fast with its one line.
  const [
    { openKnowledge },
    { startBot },
    { commands },
    { startFeedPolling },
    { createSourceAdder },
    { Status },
  ] = await Promise.all([
    import('./knowledge.ts'),
    import('./bot.ts'),
    import('../../commands/index.ts'),
    import('./feeds.ts'),
    import('../add/sourceAdder.ts'),
    import('discord.js'),
  ]);
  const service = await startService(config.health);
  const live = await openKnowledge({
    corpusDir: config.corpusDir,
    ...indexSettings(config),
    logger,
    watch: true,
    metrics: service.metrics,
    onReload: service.loaded,
  });
  service.loaded();
  // /add-source writes into the corpus folder; the watcher's reload then picks the page up.
  const addSource = createSourceAdder({
    corpusDir: config.corpusDir,
    logger,
    known: () => live.current().documents.values(),
  });
  const bot = await startBot({
    config,
    registry: commands,
    kb: live,
    logger,
    addSource,
    metrics: service.metrics,
  });
  service.status = () => ({
    ready: bot.client.isReady(),
    shards: bot.client.ws.shards.map((shard) => ({
      id: shard.id,
      ready: shard.status === Status.Ready,
      status: Status[shard.status],
    })),
    documents: live.current().documents.size,
    indexLoadedAt: service.loadedAt,
  });
  const stopFeeds = startFeedPolling({
    corpusDir: config.corpusDir,
    logger,
    kb: () => live.current(),
    intervalMs: config.feedsIntervalMs ?? null,
  });
  exitGracefullyOnSignals(logger, async () => {
    stopFeeds();
    await bot.stop();
    live.close();
    await service.close();
  });
}

async function serveSharded(shards: 'auto' | number): Promise<void> {
  const { shardedBot } = await import('./manager.ts');
  const service = await startService(config.health);
  const bot = shardedBot({ config: { ...config, shards }, logger, metrics: service.metrics });
  service.status = () => bot.health();
  // Before start(): a signal during start-up still stops every shard already running.
  exitGracefullyOnSignals(logger, async () => {
    await bot.stop();
    await service.close();
  });
  await bot.start();
}

interface Service {
  metrics?: BotMetrics;
  /** What /healthz reports; not ready until the bot says otherwise. */
  status: () => HealthStatus;
  loadedAt: Date | null;
  /** Marks the knowledge base as (re)loaded now, for the index's age. */
  loaded: () => void;
  close: () => Promise<void>;
}

/** /healthz and /metrics on HEALTH_PORT; without it, nothing is served and nothing is counted. */
async function startService(health: BotConfig['health']): Promise<Service> {
  const service: Service = {
    status: () => ({ ready: false, shards: [], documents: null, indexLoadedAt: service.loadedAt }),
    loadedAt: null,
    loaded: () => {
      service.loadedAt = new Date();
    },
    close: async () => {},
  };
  if (!health) return service;
  const [{ prometheusMetrics }, { startHealthServer }] = await Promise.all([
    import('./prometheus.ts'),
    import('./health.ts'),
  ]);
  const metrics = prometheusMetrics();
  const server = await startHealthServer({
    ...health,
    registry: metrics.registry,
    logger,
    status: () => service.status(),
  });
  return Object.assign(service, { metrics, close: () => server.close() });
}

logger.info(describeConfig(config), 'starting');
(config.shards === undefined ? serveInProcess() : serveSharded(config.shards)).catch((error: unknown) => {
  logger.fatal({ err: error }, 'the bot could not start');
  process.exit(1);
});
