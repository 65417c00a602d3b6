/** The discord.js client: its options, its gateway's log lines, and a login that waits for ready. */
import { Client, type ClientOptions, Events, GatewayIntentBits } from 'discord.js';
import type { Logger } from '../log.ts';
import type { BotConfig, ShardAssignment } from './config.ts';

export interface ClientConfig extends Pick<BotConfig, 'token' | 'apiUrl'> {
  /** A count or `auto` runs every shard in this process; an assignment runs one (under a ShardingManager). */
  shards?: BotConfig['shards'] | ShardAssignment;
}

/** A client that can mention nobody, on the configured API and shards. */
export function createClient(config: ClientConfig, extra?: Partial<ClientOptions>): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [], repliedUser: false },
    ...(config.apiUrl && { rest: { api: config.apiUrl } }),
    ...shardOptions(config.shards),
    ...extra,
  });
}

/** One structured line for each gateway event an operator cares about. */
export function logGatewayEvents(client: Client, logger: Logger, stopping: () => boolean): void {
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardError, (error, shardId) =>
    logger.error({ err: error, shardId }, 'gateway connection error'),
  );
  client.on(Events.ShardReconnecting, (shardId) => {
    if (!stopping()) logger.warn({ shardId }, 'gateway reconnecting');
  });
  client.on(Events.ShardResume, (shardId, replayed) =>
    logger.info({ shardId, replayed }, 'gateway session resumed'),
  );
  client.on(Events.ShardReady, (shardId) => logger.info({ shardId }, 'gateway shard ready'));
}

/** Logs in and waits for the gateway's ready; on failure (or no ready in time) destroys the client and throws. */
export async function loginAndWait(client: Client, token: string, readyTimeoutMs: number): Promise<void> {
  const ready = waitForReady(client, readyTimeoutMs);
  try {
    await Promise.all([client.login(token), ready.promise]);
  } catch (error) {
    ready.cancel();
    await client.destroy();
    throw error;
  }
}

function shardOptions(shards: ClientConfig['shards']): Partial<ClientOptions> {
  if (shards === 'auto') return { shards: 'auto' };
  if (typeof shards === 'object') return { shards: [shards.id], shardCount: shards.count };
  if (typeof shards === 'number')
    return { shards: Array.from({ length: shards }, (_, i) => i), shardCount: shards };
  return {};
}

function waitForReady(client: Client, timeoutMs: number): { promise: Promise<void>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  let onReady: (() => void) | undefined;
  const promise = new Promise<void>((resolve, reject) => {
    onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    client.once(Events.ClientReady, onReady);
    timer = setTimeout(
      () => reject(new Error(`the gateway did not get ready within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  return {
    promise,
    cancel() {
      clearTimeout(timer);
      if (onReady) client.off(Events.ClientReady, onReady);
    },
  };
}
