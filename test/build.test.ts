/**
 * `npm run build` then the compiled entries, as production runs them (no TypeScript loader):
 * the console answers as `npm run ask` does, the bot's config check fails cleanly without a
 * token, and a sharded bot (shard processes and the reload worker spawned from dist/) answers
 * on the loopback Discord and reports ready on /healthz. The other end-to-end tests run the sources.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_FLAGS } from '../src/runtime.ts';
import {
  ADDED_ARTICLE,
  type BotProcess,
  botEnv,
  firstPageText,
  startBotProcess,
  type TempCorpus,
  tempCorpus,
} from './discord/botProcess.ts';
import { FakeDiscord, type MessageBody, type SentInteraction } from './support/fakeDiscord.ts';

const QUESTION = '/timeline 2023-09';

/** Each file under the cache folder, with its modification time. */
function cacheFiles(dir: string): Map<string, number> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => [
      join(entry.parentPath, entry.name),
      statSync(join(entry.parentPath, entry.name)).mtimeMs,
    ]),
  );
}

describe('the compiled bot (npm run build)', () => {
  beforeAll(() => {
    const build = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8' });
    expect(build.status, build.stdout + build.stderr).toBe(0);
  }, 120_000);

  it('the compiled console answers byte for byte as npm run ask does, from the index the sources persisted', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'karabakh-bot-build-'));
    try {
      const env = { PATH: process.env.PATH, CACHE_DIR: cacheDir, LOG_LEVEL: 'info' };
      const sources = spawnSync(
        process.execPath,
        [...NODE_FLAGS, '--import', 'tsx', 'src/console/main.ts', QUESTION],
        {
          encoding: 'utf8',
          env,
        },
      );
      const persisted = cacheFiles(cacheDir);
      const compiled = spawnSync(process.execPath, [...NODE_FLAGS, 'dist/src/console/main.js', QUESTION], {
        encoding: 'utf8',
        env,
      });
      expect(compiled.status, compiled.stderr).toBe(0);
      expect(compiled.stdout).toContain('# Timeline: 2023-09');
      expect(compiled.stdout).toBe(sources.stdout);
      // The extraction version is a constant, the same compiled: the persisted index is not rewritten.
      expect(persisted.size).toBeGreaterThan(0);
      expect(cacheFiles(cacheDir)).toEqual(persisted);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }, 30_000);

  it('the compiled bot without a token → exit 1 and one line naming DISCORD_TOKEN, no stack trace', () => {
    const run = spawnSync(process.execPath, [...NODE_FLAGS, 'dist/src/discord/main.js'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
      cwd: process.cwd(),
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^DISCORD_TOKEN is not set/);
    expect(run.stdout).toBe('');
  });

  describe('SHARDS=2 from dist/ on the loopback Discord', () => {
    let fake: FakeDiscord;
    let corpus: TempCorpus;
    let bot: BotProcess | undefined;

    beforeAll(async () => {
      fake = await FakeDiscord.start({ shards: 2, maxConcurrency: 16 });
      corpus = tempCorpus();
      bot = startBotProcess(botEnv(fake, corpus, { SHARDS: '2', HEALTH_PORT: '0' }), { compiled: true });
      await bot.waitForLog((e) => e.msg === 'all shards ready', 'both shards to be ready', 25_000);
    }, 30_000);

    afterAll(async () => {
      bot?.killAll();
      await fake?.stop();
      corpus?.remove();
    });

    const answerOf = (sent: SentInteraction): Promise<MessageBody> => fake.answerOf(sent);

    it('each shard answers; /healthz says ready with both shards', async () => {
      for (const id of [0, 1])
        expect(firstPageText(await answerOf(fake.sendCommand('sources', {}, { shard: id })))).toContain(
          '5 documents',
        );
      const port = bot!.logs().find((e) => e.msg === 'health endpoint listening (/healthz, /metrics)')?.port;
      const health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as Record<
        string,
        unknown
      >;
      expect(health).toMatchObject({
        ready: true,
        documents: 5,
        shards: [
          { id: 0, ready: true },
          { id: 1, ready: true },
        ],
      });
    });

    it('a file added → the compiled reload worker rebuilds the index and both shards show it', async () => {
      writeFileSync(join(corpus.corpusDir, ADDED_ARTICLE.file), ADDED_ARTICLE.text);
      for (const id of [0, 1]) {
        await bot!.waitForLog(
          (e) => e.msg === 'knowledge base reloaded: new questions use it' && e.shard === id,
          `shard ${id} to reload`,
          15_000,
        );
      }
      expect(firstPageText(await answerOf(fake.sendCommand('sources', {}, { shard: 1 })))).toContain(
        ADDED_ARTICLE.title,
      );
    }, 30_000);
  });
});
