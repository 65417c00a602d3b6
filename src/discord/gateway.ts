import { REST, type RESTGetAPIGatewayBotResult, Routes } from 'discord.js';
import type { BotConfig } from './config.ts';

export interface GatewayPlan {
  /** Shards Discord recommends for this bot. */
  recommendedShards: number;
  /** How many shards may identify in the same 5-second window. */
  maxConcurrency: number;
  /** Session starts left today; each shard start costs one. */
  sessionStartsRemaining: number;
}

/**
 * Asks Discord (GET /gateway/bot, on DISCORD_API_URL when set) how to shard. discord.js's own
 * `totalShards: 'auto'` always asks discord.com, so the manager asks itself. A refused token
 * fails here, before any extraction or shard process.
 */
export async function fetchGatewayPlan(config: Pick<BotConfig, 'token' | 'apiUrl'>): Promise<GatewayPlan> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  try {
    const info = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    return {
      recommendedShards: Math.max(1, info.shards),
      maxConcurrency: Math.max(1, info.session_start_limit.max_concurrency),
      sessionStartsRemaining: info.session_start_limit.remaining,
    };
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

/** Discord's identify window: one identify per concurrency bucket every 5 s (plus a margin, as discord.js). */
const IDENTIFY_WINDOW_MS = 5_500;

/**
 * The wait between starting one shard and the next. Shards start in id order and shard i uses
 * bucket i % maxConcurrency, so spacing them by window / maxConcurrency never puts two identifies
 * of one bucket in one window.
 */
export function shardSpawnDelayMs(maxConcurrency: number): number {
  return Math.ceil(IDENTIFY_WINDOW_MS / Math.max(1, maxConcurrency));
}
