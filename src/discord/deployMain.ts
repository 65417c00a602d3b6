/** `npm run deploy-commands`: registers the registry's slash commands with Discord. */
import { createLogger } from '../log.ts';
import { describeConfig, readConfigOrExit } from './config.ts';
import { deployCommands } from './deploy.ts';

const config = readConfigOrExit();
const logger = createLogger({
  name: 'deploy',
  level: config.logLevel,
  pretty: config.prettyLogs,
  secrets: [config.token],
});
const { commands } = await import('../../commands/index.ts');

try {
  const result = await deployCommands({ config, registry: commands });
  logger.info({ ...describeConfig(config), ...result }, 'commands deployed');
  process.stdout.write(
    `Deployed ${result.count} commands ${result.scope === 'guild' ? `to guild ${config.guildId} (available now)` : 'globally (may take up to an hour to appear)'}.\n`,
  );
} catch (error) {
  logger.error({ err: error }, 'command deployment failed');
  process.exitCode = 1;
}
