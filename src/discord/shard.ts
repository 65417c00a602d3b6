/**
 * One shard of a sharded bot, run by the ShardingManager (src/discord/manager.ts), never by hand.
 * Loads the persisted index the manager built (a cache hit), serves its shard's gateway
 * connection, and reloads when the manager says the corpus changed.
 */
import { createLogger } from '../log.ts';
import { indexSettings, readShardConfigOrExit } from './config.ts';
import { exitGracefullyOnSignals } from './lifecycle.ts';

const { config, shard } = readShardConfigOrExit();
const logger = createLogger({
  name: 'bot',
  level: config.logLevel,
  pretty: config.prettyLogs,
  secrets: [config.token],
}).child({ shard: shard.id });
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

async function main(): Promise<void> {
  const [{ openKnowledge }, { startBot }, { isReloadKnowledge }, { commands }, { createSourceAdder }] =
    await Promise.all([
      import('./knowledge.ts'),
      import('./bot.ts'),
      import('./shardMessages.ts'),
      import('../../commands/index.ts'),
      import('../add/sourceAdder.ts'),
    ]);
  const live = await openKnowledge({
    corpusDir: config.corpusDir,
    ...indexSettings(config),
    logger,
    watch: false,
  });
  process.on('message', (message) => {
    if (isReloadKnowledge(message)) live.reload().catch(() => undefined); // logged by openKnowledge
  });
  // A server's interactions all reach one shard, so its limits hold; the manager's watcher reloads every shard.
  const addSource = createSourceAdder({
    corpusDir: config.corpusDir,
    logger,
    known: () => live.current().documents.values(),
  });
  const bot = await startBot({
    config: { ...config, shards: shard },
    registry: commands,
    kb: live,
    logger,
    addSource,
  });
  const lifecycle = exitGracefullyOnSignals(logger, async () => {
    await bot.stop();
    live.close();
  });
  // The manager is gone (killed, crashed): nobody would restart or stop this shard any more.
  process.on('disconnect', () => lifecycle.stopNow('the shard manager disconnected'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'the shard could not start');
  process.exit(1);
});
