/**
 * `npm start` as a child process for the end-to-end tests: its own process group (so the shard
 * processes it forks die with it, whatever happens to the test), its stderr parsed as pino lines,
 * and a temporary corpus copy and cache directory.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE_FLAGS } from '../../src/runtime.ts';
import type { FakeDiscord } from '../support/fakeDiscord.ts';

export type LogEntry = Record<string, unknown> & { msg?: string; shard?: number; role?: string };

export interface BotProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  logs(): LogEntry[];
  waitForLog(match: (entry: LogEntry) => boolean, what: string, timeoutMs?: number): Promise<LogEntry>;
  exited: Promise<number | null>;
  /** SIGKILLs the whole process group (the bot and every shard it forked); safe to call twice. */
  killAll(): void;
}

export interface TempCorpus {
  corpusDir: string;
  cacheDir: string;
  remove(): void;
}

/** A copy of the seed corpus and an empty cache folder, both temporary. */
export function tempCorpus(): TempCorpus {
  const root = mkdtempSync(join(tmpdir(), 'karabakh-bot-e2e-'));
  const corpusDir = join(root, 'corpus');
  cpSync('corpus', corpusDir, { recursive: true });
  return {
    corpusDir,
    cacheDir: join(root, 'cache'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export function botEnv(
  fake: FakeDiscord,
  corpus: TempCorpus,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    CORPUS_DIR: corpus.corpusDir,
    CACHE_DIR: corpus.cacheDir,
    LOG_LEVEL: 'info',
    ...extra,
  };
}

/** The TypeScript entry through tsx; with `compiled`, the built dist/ entry as `npm start` runs it (build first). */
export function startBotProcess(env: NodeJS.ProcessEnv, { compiled = false } = {}): BotProcess {
  const entry = [
    ...NODE_FLAGS,
    ...(compiled ? ['dist/src/discord/main.js'] : ['--import', 'tsx', 'src/discord/main.ts']),
  ];
  const child = spawn(process.execPath, entry, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const logs = () =>
    stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as LogEntry);
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    logs,
    exited,
    async waitForLog(match, what, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = logs().find(match);
        if (found) return found;
        if (child.exitCode !== null)
          throw new Error(
            `the bot exited (${child.exitCode}) before logging ${what}:\n${stderr.slice(-3000)}`,
          );
        if (Date.now() > deadline)
          throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}:\n${stderr.slice(-3000)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    killAll() {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // the group is gone already
      }
    },
  };
}

/** An article the seed corpus does not have, for the live-reload tests. */
export const ADDED_ARTICLE = {
  file: 'zz_added_during_the_test.txt',
  title: 'Talks on the Lachin corridor resume in Brussels',
  text: [
    'Talks on the Lachin corridor resume in Brussels',
    'BRUSSELS, October 5 (Wire). Negotiators from Baku and Yerevan met again on Thursday, a spokesperson for the European Council said.',
    '"Both delegations agreed to meet again within a month," the spokesperson said in a statement.',
    '',
  ].join('\n'),
};

/** The text a slash command's answer shows on its first page: content plus embed titles and descriptions. */
export function firstPageText(
  body: { content?: string; embeds?: { title?: string; description?: string }[] } | undefined,
): string {
  return [
    body?.content ?? '',
    ...(body?.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '']),
  ].join('\n');
}
