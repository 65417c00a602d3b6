import { fileURLToPath } from 'node:url';
import { type Shard, ShardingManager } from 'discord.js';
import type { PersistedIndexWatch } from '../index/live.ts';
import type { Logger } from '../log.ts';
import { NODE_FLAGS, RUNNING_COMPILED, siblingModule } from '../runtime.ts';
import { type BotConfig, indexSettings } from './config.ts';
import { fetchGatewayPlan, shardSpawnDelayMs } from './gateway.ts';
import type { HealthStatus } from './health.ts';
import { keepPersistedIndexFresh } from './knowledge.ts';
import type { BotMetrics } from './metrics.ts';
import { RELOAD_KNOWLEDGE } from './shardMessages.ts';

/** The entry point each shard process runs. */
const SHARD_ENTRY = fileURLToPath(siblingModule('./shard.ts', import.meta.url));

export interface ShardManagerOptions {
  config: BotConfig & { shards: 'auto' | number };
  logger: Logger;
  /** How long one shard may take from spawn to gateway ready (loading the index included). */
  readyTimeoutMs?: number;
  /** How long a shard may take to drain and exit after SIGTERM before it is killed. */
  stopTimeoutMs?: number;
  /** Told of each build of the persisted index and each refresh (the shards' answers are not counted here). */
  metrics?: BotMetrics;
}

export interface ShardedBot {
  /** Builds the index, then starts the shards one by one; resolves when all are ready. */
  start(): Promise<void>;
  /** SIGTERMs every shard (each drains its answers) and waits for them to exit; stops a start in progress. Idempotent. */
  stop(): Promise<void>;
  /** The discord.js manager, once start() has created it. */
  readonly manager: ShardingManager | undefined;
  /** For /healthz: ready once every shard is; the documents and age of the persisted index. */
  health(): HealthStatus;
}

/**
 * Runs the bot as one process per gateway shard. This process builds or refreshes the persisted
 * index once, before any shard starts, so each shard loads it from the cache instead of
 * extracting; it also watches the corpus, rebuilds the index once per change and then tells the
 * shards to reload (again from the cache). It answers nothing, so it keeps no knowledge base.
 * Shards start in id order, spaced for Discord's identify limit, and a shard that dies is
 * started again by discord.js.
 */
export function shardedBot(options: ShardManagerOptions): ShardedBot {
  const { config, logger } = options;
  let manager: ShardingManager | undefined;
  let index: PersistedIndexWatch | undefined;
  let stopping = false;
  let stopped: Promise<void> | undefined;
  let total = 0;
  let indexed: { documents: number; at: Date } | undefined;

  async function start(): Promise<void> {
    const plan = await fetchGatewayPlan(config);
    total = config.shards === 'auto' ? plan.recommendedShards : config.shards;
    logger.info({ shards: total, requested: config.shards, ...plan }, 'shard plan');
    if (plan.sessionStartsRemaining < total) {
      logger.warn(
        { sessionStartsRemaining: plan.sessionStartsRemaining, shards: total },
        'fewer session starts left today than shards to start',
      );
    }
    if (stopping) return;
    index = await keepPersistedIndexFresh({
      corpusDir: config.corpusDir,
      ...indexSettings(config),
      logger,
      metrics: {
        interactionDone: () => {},
        knowledgeLoaded: (stats) => {
          indexed = { documents: stats.documents, at: new Date() };
          options.metrics?.knowledgeLoaded(stats);
        },
        reloaded: (outcome) => options.metrics?.reloaded(outcome),
      },
      onRefreshed: () => {
        void manager
          ?.broadcast(RELOAD_KNOWLEDGE)
          .catch((error: unknown) => logger.warn({ err: error }, 'could not tell every shard to reload'));
      },
    });
    if (stopping) {
      index.close();
      return;
    }
    manager = createManager(config.token, total);
    manager.on('shardCreate', (shard: Shard) => {
      shard.on('death', (child) => {
        const exitCode = 'exitCode' in child ? child.exitCode : undefined;
        if (stopping) logger.info({ shard: shard.id, exitCode }, 'shard stopped');
        else logger.warn({ shard: shard.id, exitCode }, 'shard process exited: starting it again');
      });
      shard.on('error', (error) => logger.error({ shard: shard.id, err: error }, 'shard error'));
    });

    const delayMs = shardSpawnDelayMs(plan.maxConcurrency);
    try {
      for (let id = 0; id < total && !stopping; id++) {
        // Spaced from the previous shard's ready, which follows its identify.
        if (id > 0) await sleep(delayMs);
        const startedAt = Date.now();
        await manager.createShard(id).spawn(options.readyTimeoutMs ?? 120_000);
        logger.info({ shard: id, ms: Date.now() - startedAt }, 'shard ready');
      }
    } catch (error) {
      await bot.stop();
      if (stopping) return; // a shard died because we are stopping
      throw error;
    }
    if (!stopping) logger.info({ shards: total }, 'all shards ready');
  }

  async function stop(): Promise<void> {
    stopping = true;
    if (manager) manager.respawn = false;
    index?.close();
    const shards = manager ? [...manager.shards.values()] : [];
    await Promise.all(shards.map((shard) => stopShard(shard, options.stopTimeoutMs ?? 15_000, logger)));
    logger.info('all shards stopped');
  }

  const bot: ShardedBot = {
    start,
    stop: () => (stopped ??= stop()),
    get manager() {
      return manager;
    },
    health() {
      const shards = [...(manager?.shards.values() ?? [])].map((shard) => ({
        id: shard.id,
        ready: shard.ready,
      }));
      return {
        ready: !stopping && total > 0 && shards.length === total && shards.every((shard) => shard.ready),
        shards,
        documents: indexed?.documents ?? null,
        indexLoadedAt: indexed?.at ?? null,
      };
    },
  };
  return bot;
}

function createManager(token: string, totalShards: number): ShardingManager {
  return new ShardingManager(SHARD_ENTRY, {
    token,
    totalShards,
    mode: 'process',
    respawn: true,
    // Shards run what this process runs: the compiled files, or the TypeScript sources through tsx
    // (resolved here, so any working directory works), with the start-up options extraction needs.
    execArgv: [...NODE_FLAGS, ...(RUNNING_COMPILED ? [] : ['--import', import.meta.resolve('tsx')])],
  });
}

function stopShard(shard: Shard, timeoutMs: number, logger: Logger): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      logger.warn({ shard: shard.id, timeoutMs }, 'shard did not stop in time: killing it');
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
