/**
 * The one module that reads the environment (and .env): every variable the programs take is
 * listed in ENVIRONMENT, read and checked here before anything starts, and handed to the code
 * that needs it as options. Each problem is reported as one line naming the variable and what
 * would work; the token's value is never echoed. Entry points call readConfigOrExit (the bot)
 * or readSettingsOrExit (the console and scripts).
 */
import dotenv from 'dotenv';
import { parseMaxDocumentBytes } from './corpus/limits.ts';
import { parseInterval } from './feeds/interval.ts';
import { prettyWanted } from './log.ts';

/** Every variable read, and what it is for (.env.example documents each; a test checks). */
export const ENVIRONMENT: Readonly<Record<string, string>> = {
  DISCORD_TOKEN: 'the bot token (Developer Portal → Bot → Token)',
  DISCORD_APPLICATION_ID: 'the application id (a snowflake: 17–20 digits)',
  DISCORD_GUILD_ID: 'deploy commands to this server only (instant), else globally',
  DISCORD_API_URL: "Discord's HTTP API base, for a Discord on loopback",
  CORPUS_DIR: 'the corpus folder (default ./corpus)',
  CACHE_DIR: 'where the persisted index lives (default .cache/)',
  MAX_DOCUMENT_BYTES: 'largest corpus file read (default 5 MB)',
  CORPUS_FOLLOW_OUTSIDE_LINKS: 'read files that symbolic links in the corpus point to outside it',
  LOG_LEVEL: 'pino log level',
  LOG_FORMAT: 'json or pretty (default: readable at a terminal, JSON lines otherwise)',
  SHARDS: 'run sharded: auto or a number of shards',
  FEEDS_INTERVAL: "poll the corpus folder's feeds.json this often",
  HEALTH_PORT: 'serve /healthz and /metrics on this port',
  HEALTH_HOST: 'the address HEALTH_PORT binds to (default 127.0.0.1)',
};

/** What every program takes from the environment besides Discord's settings. */
export interface Settings {
  corpusDir: string;
  logLevel: string;
  /** Human-readable log lines (LOG_FORMAT, else: at a terminal, outside CI and production). */
  prettyLogs?: true;
  /** CACHE_DIR; the persisted index's default folder when unset. */
  cacheDir?: string;
  /** MAX_DOCUMENT_BYTES, when set. */
  maxDocumentBytes?: number;
  /** CORPUS_FOLLOW_OUTSIDE_LINKS=1. */
  followOutsideLinks?: true;
  /** FEEDS_INTERVAL in milliseconds; feeds are not polled when unset. */
  feedsIntervalMs?: number;
}

/** The settings the knowledge base's loaders take as options (LoadOptions' fields of the same names). */
export type IndexSettings = Pick<Settings, 'cacheDir' | 'maxDocumentBytes' | 'followOutsideLinks'>;

/** The index settings that are set, to spread into the loaders' options (unset ones keep their defaults). */
export function indexSettings(settings: IndexSettings): IndexSettings {
  return {
    ...(settings.cacheDir && { cacheDir: settings.cacheDir }),
    ...(settings.maxDocumentBytes !== undefined && { maxDocumentBytes: settings.maxDocumentBytes }),
    ...(settings.followOutsideLinks && { followOutsideLinks: settings.followOutsideLinks }),
  };
}

/** The bot's settings: the common ones and Discord's. */
export interface BotConfig extends Settings {
  token: string;
  applicationId: string;
  /** Commands are deployed to this guild only (instant) when set, else globally. */
  guildId?: string;
  /** Base URL of the Discord HTTP API (`…/api`), for a Discord on loopback; discord.js's default otherwise. */
  apiUrl?: string;
  /** Gateway shards: `auto` (Discord's recommendation) or a fixed count; one shard when unset. */
  shards?: 'auto' | number;
  /** Where /healthz and /metrics are served (HEALTH_PORT, HEALTH_HOST); not served when unset. */
  health?: { port: number; host: string };
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$/;
const SNOWFLAKE = /^\d{17,20}$/;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

type Env = Readonly<Record<string, string | undefined>>;

/** Empty and blank values count as unset, as in a freshly copied .env.example. */
function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

/** A bot token anywhere in the value (three dot-separated base64url parts), prefixed or quoted. */
const TOKEN_INSIDE = /[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}/;
/** A long run of key-like characters mixing letters and digits: an API key, a client secret. */
const KEY_RUN = /[A-Za-z0-9_+/=-]{20,}/g;

function looksLikeKey(raw: string): boolean {
  return (raw.match(KEY_RUN) ?? []).some((run) => /\d/.test(run) && /[A-Za-z]/.test(run));
}

/**
 * How a wrong value is shown in the one-line error: quoted and cut, so a typo can be seen
 * without flooding the terminal; but a value that could be a secret (a token pasted into the
 * wrong variable, a key, a URL's password) is described, never echoed, not even in part.
 */
function shown(raw: string): string {
  if (TOKEN_INSIDE.test(raw))
    return 'a value that looks like a bot token (not shown; the token belongs in DISCORD_TOKEN only)';
  if (looksLikeKey(raw)) return `a value that could be a secret (${raw.length} characters, not shown)`;
  const safe = raw.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1***@');
  return JSON.stringify(safe.length > 40 ? `${safe.slice(0, 40)}…` : safe);
}

function readToken(env: Env): string {
  const token = value(env, 'DISCORD_TOKEN')?.replace(/^Bot\s+/i, '');
  if (!token) {
    throw new ConfigError(
      'DISCORD_TOKEN',
      'DISCORD_TOKEN is not set: put the bot token (Developer Portal → Bot → Token; three dot-separated base64url parts) in .env or the environment.',
    );
  }
  if (!TOKEN_SHAPE.test(token)) {
    throw new ConfigError(
      'DISCORD_TOKEN',
      'DISCORD_TOKEN is malformed: expected three dot-separated base64url parts (Developer Portal → Bot → Token); the value is not shown.',
    );
  }
  return token;
}

function readSnowflake(env: Env, name: string, what: string): string | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  if (!SNOWFLAKE.test(raw))
    throw new ConfigError(
      name,
      `${name} is malformed: expected ${what} (a snowflake: 17–20 digits), got ${shown(raw)}.`,
    );
  return raw;
}

function readApiUrl(env: Env): string | undefined {
  const raw = value(env, 'DISCORD_API_URL');
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'DISCORD_API_URL',
      `DISCORD_API_URL is malformed: expected an http(s) URL ending in /api, such as http://127.0.0.1:3000/api, got ${shown(raw)}.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(
      'DISCORD_API_URL',
      `DISCORD_API_URL is malformed: expected an http(s) URL ending in /api, got ${shown(raw)}.`,
    );
  }
  return raw.replace(/\/+$/, '');
}

function readLogLevel(env: Env): string {
  const raw = value(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info';
  if (!LOG_LEVELS.includes(raw))
    throw new ConfigError(
      'LOG_LEVEL',
      `LOG_LEVEL is malformed: expected one of ${LOG_LEVELS.join(', ')}, got ${shown(raw)}.`,
    );
  return raw;
}

function readShards(env: Env): 'auto' | number | undefined {
  const raw = value(env, 'SHARDS')?.toLowerCase();
  if (raw === undefined) return undefined;
  if (raw === 'auto') return 'auto';
  if (/^\d{1,4}$/.test(raw) && Number(raw) >= 1) return Number(raw);
  throw new ConfigError(
    'SHARDS',
    `SHARDS is malformed: expected auto or a whole number of shards (1 or more), got ${shown(raw)}.`,
  );
}

/** HEALTH_PORT (0 picks a free port, logged at start), on HEALTH_HOST: loopback unless set. */
function readHealth(env: Env): BotConfig['health'] {
  const raw = value(env, 'HEALTH_PORT');
  if (raw === undefined) return undefined;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) {
    throw new ConfigError(
      'HEALTH_PORT',
      `HEALTH_PORT is malformed: expected a port number (0–65535) for /healthz and /metrics, got ${shown(raw)}.`,
    );
  }
  return { port: Number(raw), host: value(env, 'HEALTH_HOST') ?? '127.0.0.1' };
}

function readMaxDocumentBytes(env: Env): number | undefined {
  const raw = value(env, 'MAX_DOCUMENT_BYTES');
  if (raw === undefined) return undefined;
  try {
    return parseMaxDocumentBytes(raw);
  } catch (error) {
    throw new ConfigError('MAX_DOCUMENT_BYTES', (error as Error).message);
  }
}

function readFeedsInterval(env: Env): number | undefined {
  try {
    return parseInterval(value(env, 'FEEDS_INTERVAL')) ?? undefined;
  } catch (error) {
    throw new ConfigError('FEEDS_INTERVAL', `${(error as Error).message}; leave it empty for no polling.`);
  }
}

function readFlag(env: Env, name: string): boolean {
  const raw = value(env, name);
  if (raw === undefined || /^(0|false|no)$/i.test(raw)) return false;
  if (/^(1|true|yes)$/i.test(raw)) return true;
  throw new ConfigError(name, `${name} is malformed: expected 1 (or true, yes) or 0, got ${shown(raw)}.`);
}

function readPrettyLogs(env: Env): boolean {
  const raw = value(env, 'LOG_FORMAT')?.toLowerCase();
  if (raw !== undefined && raw !== 'json' && raw !== 'pretty')
    throw new ConfigError(
      'LOG_FORMAT',
      `LOG_FORMAT is malformed: expected json or pretty (or empty, to choose by the terminal), got ${shown(raw)}.`,
    );
  return prettyWanted(env);
}

/** The settings every program takes (corpus, cache, logs, feeds); throws a ConfigError for the first problem. */
export function readSettings(env: Env): Settings {
  const maxDocumentBytes = readMaxDocumentBytes(env);
  const feedsIntervalMs = readFeedsInterval(env);
  const cacheDir = value(env, 'CACHE_DIR');
  return {
    corpusDir: value(env, 'CORPUS_DIR') ?? 'corpus',
    logLevel: readLogLevel(env),
    ...(readPrettyLogs(env) && { prettyLogs: true as const }),
    ...(cacheDir && { cacheDir }),
    ...(maxDocumentBytes !== undefined && { maxDocumentBytes }),
    ...(readFlag(env, 'CORPUS_FOLLOW_OUTSIDE_LINKS') && { followOutsideLinks: true as const }),
    ...(feedsIntervalMs !== undefined && { feedsIntervalMs }),
  };
}

/** Reads and checks every setting; throws a ConfigError for the first problem found. */
export function readConfig(env: Env): BotConfig {
  const token = readToken(env);
  const applicationId = readSnowflake(
    env,
    'DISCORD_APPLICATION_ID',
    'the application id (Developer Portal → General Information)',
  );
  if (!applicationId) {
    throw new ConfigError(
      'DISCORD_APPLICATION_ID',
      'DISCORD_APPLICATION_ID is not set: put the application id (a snowflake: 17–20 digits) in .env or the environment.',
    );
  }
  const guildId = readSnowflake(env, 'DISCORD_GUILD_ID', 'a server (guild) id');
  const apiUrl = readApiUrl(env);
  const shards = readShards(env);
  const health = readHealth(env);
  const settings = readSettings(env);
  return {
    token,
    applicationId,
    ...(guildId && { guildId }),
    ...(apiUrl && { apiUrl }),
    ...settings,
    ...(shards !== undefined && { shards }),
    ...(health && { health }),
  };
}

/** One shard process's part of a sharded bot, as discord.js's ShardingManager hands it over. */
export interface ShardAssignment {
  id: number;
  count: number;
}

/**
 * In a process the ShardingManager spawned (SHARDING_MANAGER set), SHARDS holds this process's
 * shard id and SHARD_COUNT the total; undefined elsewhere.
 */
export function readShardAssignment(env: Env): ShardAssignment | undefined {
  if (!value(env, 'SHARDING_MANAGER')) return undefined;
  const id = Number(value(env, 'SHARDS'));
  const count = Number(value(env, 'SHARD_COUNT'));
  if (!Number.isInteger(id) || !Number.isInteger(count) || id < 0 || id >= count) {
    throw new ConfigError(
      'SHARDS',
      `SHARDS and SHARD_COUNT are malformed for a shard process: expected a shard id below the count, got ${shown(String(env.SHARDS))} of ${shown(String(env.SHARD_COUNT))}.`,
    );
  }
  return { id, count };
}

/** What may be logged about a config: everything but the token. */
export function describeConfig(config: BotConfig): Omit<BotConfig, 'token'> {
  const { token: _token, ...safe } = config;
  return safe;
}

/**
 * Entry points call this: loads .env, reads the config, and on a problem prints its one line
 * to stderr and exits with code 1.
 */
export function readConfigOrExit(env: NodeJS.ProcessEnv = process.env): BotConfig {
  dotenv.config({ quiet: true, processEnv: env });
  return orExit(() => readConfig(env));
}

/**
 * A shard process's config: as readConfigOrExit, except that SHARDS and SHARD_COUNT are the
 * ShardingManager's assignment (which shard this process is), not the operator's shard count.
 */
export function readShardConfigOrExit(env: NodeJS.ProcessEnv = process.env): {
  config: BotConfig;
  shard: ShardAssignment;
} {
  dotenv.config({ quiet: true, processEnv: env });
  return orExit(() => {
    const shard = readShardAssignment(env);
    if (!shard)
      throw new ConfigError(
        'SHARDING_MANAGER',
        'This entry point runs one shard of a sharded bot; start the bot with `npm start` (and SHARDS set) instead.',
      );
    const { SHARDS: _assigned, ...rest } = env;
    const { shards: _count, ...config } = readConfig(rest);
    return { config, shard };
  });
}

/** The console's and the scripts' settings: as readConfigOrExit, without Discord's. */
export function readSettingsOrExit(env: NodeJS.ProcessEnv = process.env): Settings {
  dotenv.config({ quiet: true, processEnv: env });
  return orExit(() => readSettings(env));
}

function orExit<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
