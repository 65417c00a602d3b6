/** `npm start`: reads the config, loads the corpus, and serves the registry's commands on Discord. */
import { createLogger } from '../log.ts';
import { describeConfig, readConfigOrExit } from './config.ts';

const config = readConfigOrExit();
const logger = createLogger({ name: 'bot', level: config.logLevel, secrets: [config.token] });
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

async function main(): Promise<void> {
  logger.info(describeConfig(config), 'starting');
  // Imported after the config check, so a bad .env fails fast with its one line.
  const [{ loadKnowledgeBase }, { startBot }, { commands }] = await Promise.all([
    import('../index/load.ts'),
    import('./bot.ts'),
    import('../../commands/index.ts'),
  ]);
  const loadStartedAt = Date.now();
  const kb = await loadKnowledgeBase({
    corpusDir: config.corpusDir,
    onWarning: (w) => logger.warn({ file: w.file, reason: w.reason }, 'skipped a corpus file'),
  });
  logger.info({ documents: kb.documents.size, ms: Date.now() - loadStartedAt }, 'corpus loaded');
  const bot = await startBot({ config, registry: commands, kb, logger });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'stopping: finishing answers in flight');
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'the bot could not start');
  process.exit(1);
});
