import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, readConfig, readShardAssignment } from '../../src/discord/config.ts';
import { shardSpawnDelayMs } from '../../src/discord/gateway.ts';
import { createLogger, scrubSecrets } from '../../src/log.ts';
import { NODE_FLAGS } from '../../src/runtime.ts';
import { fakeToken } from '../support/fakeDiscord.ts';

const TOKEN = fakeToken('123456789012345678');
const APP = '123456789012345678';
const valid = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP };

function problem(env: Record<string, string | undefined>): ConfigError {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('reading the bot config from the environment', () => {
  it('a token and an application id are enough; the rest has defaults', () => {
    expect(readConfig(valid)).toEqual({
      token: TOKEN,
      applicationId: APP,
      corpusDir: 'corpus',
      logLevel: 'info',
    });
  });

  it('reads the optional guild, API URL, corpus folder, log level and shards', () => {
    const config = readConfig({
      ...valid,
      DISCORD_GUILD_ID: '987654321098765432',
      DISCORD_API_URL: 'http://127.0.0.1:3000/api/',
      CORPUS_DIR: 'other',
      LOG_LEVEL: 'DEBUG',
      SHARDS: '2',
    });
    expect(config).toMatchObject({
      guildId: '987654321098765432',
      apiUrl: 'http://127.0.0.1:3000/api',
      corpusDir: 'other',
      logLevel: 'debug',
      shards: 2,
    });
  });

  it('blank values (a freshly copied .env.example) count as unset', () => {
    expect(readConfig({ ...valid, DISCORD_GUILD_ID: '', CORPUS_DIR: '  ' })).not.toHaveProperty('guildId');
  });

  it('accepts a token pasted with its "Bot " prefix', () => {
    expect(readConfig({ ...valid, DISCORD_TOKEN: `Bot ${TOKEN}` }).token).toBe(TOKEN);
  });

  it.each([
    [{ DISCORD_APPLICATION_ID: APP }, 'DISCORD_TOKEN', /not set/],
    [{ ...valid, DISCORD_TOKEN: 'not-a-token' }, 'DISCORD_TOKEN', /three dot-separated base64url parts/],
    [{ DISCORD_TOKEN: TOKEN }, 'DISCORD_APPLICATION_ID', /17–20 digits/],
    [{ ...valid, DISCORD_APPLICATION_ID: '12ab' }, 'DISCORD_APPLICATION_ID', /snowflake/],
    [{ ...valid, DISCORD_GUILD_ID: '42' }, 'DISCORD_GUILD_ID', /17–20 digits/],
    [{ ...valid, DISCORD_API_URL: 'ftp://x' }, 'DISCORD_API_URL', /http\(s\) URL/],
    [{ ...valid, DISCORD_API_URL: 'not a url' }, 'DISCORD_API_URL', /http\(s\) URL/],
    [{ ...valid, LOG_LEVEL: 'loud' }, 'LOG_LEVEL', /one of fatal, error/],
    [{ ...valid, SHARDS: 'many' }, 'SHARDS', /auto or a whole number/],
    [{ ...valid, SHARDS: '0' }, 'SHARDS', /1 or more/],
  ])('%o → one line naming %s and the expected shape', (env, variable, shape) => {
    const error = problem(env);
    expect(error.variable).toBe(variable);
    expect(error.message.startsWith(variable)).toBe(true);
    expect(error.message).toMatch(shape);
    expect(error.message).not.toContain('\n');
  });

  it('a malformed token is never echoed', () => {
    const secretish = 'abcdefghijklmnopqrstuvwxyz0123456789';
    expect(problem({ ...valid, DISCORD_TOKEN: secretish }).message).not.toContain(secretish);
  });

  it('describeConfig (what may be logged) has everything but the token', () => {
    const safe = describeConfig(readConfig(valid));
    expect(JSON.stringify(safe)).not.toContain(TOKEN);
    expect(safe).toMatchObject({ applicationId: APP });
  });
});

describe('sharding settings', () => {
  it('SHARDS=auto or a count → the operator asks for a ShardingManager', () => {
    expect(readConfig({ ...valid, SHARDS: 'AUTO' }).shards).toBe('auto');
    expect(readConfig({ ...valid, SHARDS: '4' }).shards).toBe(4);
  });

  it('in a process the ShardingManager spawned, SHARDS is this shard’s id and SHARD_COUNT the total', () => {
    expect(readShardAssignment({ SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' })).toEqual({
      id: 1,
      count: 2,
    });
    expect(readShardAssignment({ SHARDS: '1', SHARD_COUNT: '2' })).toBeUndefined();
    expect(() => readShardAssignment({ SHARDING_MANAGER: 'true', SHARDS: '2', SHARD_COUNT: '2' })).toThrow(
      /shard id below the count/,
    );
  });

  it('shards start spaced by Discord’s 5 s identify window divided by max_concurrency', () => {
    expect(shardSpawnDelayMs(1)).toBe(5_500);
    expect(shardSpawnDelayMs(16)).toBe(344);
    expect(shardSpawnDelayMs(0)).toBe(5_500);
  });
});

describe('npm start with a bad environment', () => {
  it('exits with code 1 and one line on stderr naming DISCORD_TOKEN, nothing on stdout', () => {
    const result = spawnSync(process.execPath, [...NODE_FLAGS, '--import', 'tsx', 'src/discord/main.ts'], {
      cwd: process.cwd(),
      // Set but empty, so a developer's .env (which dotenv never lets override) cannot fill them in.
      env: { PATH: process.env.PATH, DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^DISCORD_TOKEN is not set/);
  });
});

describe('the logger never writes a token', () => {
  function capture(secrets: string[] = []) {
    const lines: string[] = [];
    const logger = createLogger({
      name: 't',
      level: 'info',
      destination: { write: (line: string) => lines.push(line) },
      secrets,
    });
    return { logger, text: () => lines.join('') };
  }

  it('redacts token fields, and token-shaped strings in messages and stacks', () => {
    const { logger, text } = capture();
    logger.info({ token: 'short-but-secret', config: { token: TOKEN } }, 'starting');
    logger.error({ err: new Error(`login failed for ${TOKEN}`) }, `could not use ${TOKEN}`);
    logger.warn({ headers: { authorization: `Bot ${TOKEN}` } }, 'request');
    expect(text()).not.toContain(TOKEN);
    expect(text()).not.toContain('short-but-secret');
    expect(text()).toContain('[Redacted]');
  });

  it('scrubs exact secrets of any shape, and interaction tokens in request URLs', () => {
    const { logger, text } = capture(['hunter2-is-my-token']);
    logger.info('the token is hunter2-is-my-token');
    const interactionToken = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OnNlY3JldA';
    logger.error(
      { url: `http://127.0.0.1/api/v10/interactions/123456789012345678/${interactionToken}/callback` },
      'failed',
    );
    expect(text()).not.toContain('hunter2-is-my-token');
    expect(text()).not.toContain(interactionToken);
    expect(text()).toContain('/interactions/123456789012345678/[Redacted]/callback');
  });

  it('leaves ordinary text alone', () => {
    expect(scrubSecrets('Ilham Aliyev said on 2023-09-20 at 13:00 (v1.2.3)')).toBe(
      'Ilham Aliyev said on 2023-09-20 at 13:00 (v1.2.3)',
    );
  });
});
