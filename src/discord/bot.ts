/**
 * The bot: a discord.js client whose every interaction goes through one error boundary to the
 * handler for its kind (a command, an autocomplete, a page button), and a stop that drains.
 * To answer a new kind of interaction, write a handler (handlers/handler.ts) and list it below.
 */
import { type Client, type ClientOptions, Events } from 'discord.js';
import type { SourceAdder } from '../add/sourceAdder.ts';
import type { Logger } from '../log.ts';
import { createAnswering, type KnowledgeSource } from './answering.ts';
import { type ClientConfig, createClient, logGatewayEvents, loginAndWait } from './client.ts';
import { Cooldowns } from './cooldowns.ts';
import { errorBoundary } from './errorBoundary.ts';
import { autocompleteHandler } from './handlers/autocomplete.ts';
import { commandHandler } from './handlers/command.ts';
import { pageButtonHandler } from './handlers/pageButton.ts';
import type { BotCommand } from './invoke.ts';
import { type BotMetrics, NO_METRICS } from './metrics.ts';

export type { BotCommand } from './invoke.ts';

export interface StartBotOptions {
  config: ClientConfig;
  registry: readonly BotCommand[];
  kb: KnowledgeSource;
  logger: Logger;
  /** Lets /add-source add pages to the corpus; without it, the command says this bot does not add sources. */
  addSource?: SourceAdder;
  /** Past this, the bot defers (Discord allows 3 s for the first answer) and edits the answer in later. */
  deferAfterMs?: number;
  /** How long stop() waits for in-flight answers before it disconnects anyway. */
  drainTimeoutMs?: number;
  /**
   * Under a burst, answers wait for their turn (see Turns): one not ready this long after Discord
   * made the interaction (by its id's time, or its arrival if earlier) is deferred, then edited
   * in. Discord allows 3 s; the rest of them is left for the deferral's own request.
   */
  ackBudgetMs?: number;
  /** Questions too long for a button's custom_id, held for their buttons (see pageButtons.ts). */
  maxLongQuestions?: number;
  readyTimeoutMs?: number;
  /** Told about every interaction answered (HEALTH_PORT's /metrics); nothing by default. */
  metrics?: BotMetrics;
  /** Extra discord.js client options (tests tune the gateway's identify throttle with it). */
  clientOptions?: Partial<ClientOptions>;
}

export interface RunningBot {
  client: Client<true>;
  /** Stops taking interactions, lets in-flight answers finish, then disconnects. Idempotent. */
  stop(): Promise<void>;
}

export async function startBot(options: StartBotOptions): Promise<RunningBot> {
  const { config, registry, logger } = options;
  const answering = createAnswering({
    registry,
    kb: options.kb,
    deferAfterMs: options.deferAfterMs ?? 2_000,
    ackBudgetMs: options.ackBudgetMs ?? 1_200,
    maxLongQuestions: options.maxLongQuestions,
    signingKey: config.token,
  });
  let stopping = false;
  const boundary = errorBoundary({
    handlers: [
      commandHandler({ answering, cooldowns: new Cooldowns(), addSource: options.addSource }),
      autocompleteHandler({ answering, logger }),
      pageButtonHandler({ answering }),
    ],
    logger,
    metrics: options.metrics ?? NO_METRICS,
    stopping: () => stopping,
  });

  const client = createClient(config, options.clientOptions);
  const inFlight = new Set<Promise<void>>();
  client.on(Events.InteractionCreate, (interaction) => {
    const work = boundary(interaction);
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  logGatewayEvents(client, logger, () => stopping);
  await loginAndWait(client, config.token, options.readyTimeoutMs ?? 30_000);
  logger.info(
    { user: client.user?.tag, applicationId: client.application?.id, commands: registry.length },
    'bot ready',
  );

  async function stop(): Promise<void> {
    stopping = true;
    let drainTimer: NodeJS.Timeout | undefined;
    const drained = Promise.allSettled([...inFlight]);
    const timedOut = new Promise<void>((resolve) => {
      drainTimer = setTimeout(resolve, options.drainTimeoutMs ?? 10_000);
    });
    await Promise.race([drained, timedOut]);
    clearTimeout(drainTimer);
    if (inFlight.size) logger.warn({ unfinished: inFlight.size }, 'stopping with answers still in flight');
    await client.destroy();
    logger.info('bot stopped');
  }

  let stopped: Promise<void> | undefined;
  return {
    client: client as Client<true>,
    stop: () => (stopped ??= stop()),
  };
}
