/**
 * `npm run bench -- --docs N --reload`: the real bot (`src/discord/main.ts`, as the end-to-end
 * tests run it) against the loopback fake Discord, on a copy of the synthetic corpus. Interactions
 * are streamed at a steady rate (`--rate`, default 20 a second) while the corpus changes three
 * times: `--batch` articles added, then as many changed, then as many removed, each step once the
 * previous reload has been swapped in. Every interaction's acknowledgement time is the time from
 * its dispatch on the gateway to the bot's first callback; one acknowledged after 3 s (Discord's
 * limit) or never counts as expired.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NODE_FLAGS } from '../src/runtime.ts';
import { FakeDiscord, type SentInteraction } from '../test/support/fakeDiscord.ts';
import { writeArticle } from './synthetic/article.ts';
import { articleFileName, generateCorpus } from './synthetic/corpus.ts';
import { GAZETTEER_SPEAKERS, longTail } from './synthetic/vocabulary.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DISCORD_WINDOW_MS = 3_000;

export interface ReloadScenarioOptions {
  docs: number;
  seed: number;
  work: string;
  /** Interactions per second. */
  rate: number;
  /** Articles added, then changed, then removed. */
  batch: number;
  log: (line: string) => void;
}

type LogEntry = Record<string, unknown> & { msg?: string };

/** `npm start` in a child process whose stderr (pino lines) is parsed as it comes. */
export function startBot(env: NodeJS.ProcessEnv): {
  child: ChildProcess;
  entries: LogEntry[];
  tail: () => string;
} {
  const child = spawn(process.execPath, [...NODE_FLAGS, '--import', 'tsx', 'src/discord/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const entries: LogEntry[] = [];
  let partial = '';
  let last = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      last = `${last + line}\n`.slice(-4000);
      if (line.startsWith('{')) {
        try {
          entries.push(JSON.parse(line) as LogEntry);
        } catch {
          // not a log line
        }
      }
    }
  });
  return { child, entries, tail: () => last };
}

export async function waitFor<T>(
  find: () => T | undefined,
  what: string,
  timeoutMs: number,
  child: ChildProcess,
  tail: () => string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (child.exitCode !== null)
      throw new Error(`the bot exited (${child.exitCode}) before ${what}:\n${tail()}`);
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}:\n${tail()}`);
    await sleep(20);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Questions a user would ask, cycled through. */
const QUESTIONS: [string, Record<string, string>][] = [
  ['who-said', { speaker: 'Aliyev' }],
  ['timeline', { month: '2023-09' }],
  ['who-said', { about: 'ceasefire' }],
  ['casualties', {}],
  ['who-said', { speaker: 'Pashinyan', about: 'border' }],
  ['timeline', { month: '2020-10', about: 'Stepanakert' }],
  ['sources', {}],
];

export async function reloadScenario(options: ReloadScenarioOptions): Promise<Record<string, unknown>> {
  const { docs, seed, log, batch } = options;
  const work = resolve(options.work);
  const source = generateCorpus(join(work, `corpus-${docs}-s${seed}`), docs, seed);
  // A copy the scenario may change; its cache is kept between runs (same folder, same key).
  const corpusDir = join(work, `reload-corpus-${docs}-s${seed}`);
  const cacheDir = join(work, `reload-cache-${docs}-s${seed}`);
  rmSync(corpusDir, { recursive: true, force: true });
  cpSync(source.dir, corpusDir, { recursive: true });

  const fake = await FakeDiscord.start();
  const env = benchBotEnv(fake, corpusDir, cacheDir);
  const started = Date.now();
  const bot = startBot(env);
  const { entries, child, tail } = bot;
  // The bot runs in its own process group: never leave it behind, whatever ends this process.
  const killBot = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone already
    }
  };
  process.on('exit', killBot);
  const reloads = () => entries.filter((e) => e.msg === 'knowledge base reloaded: new questions use it');
  try {
    await waitFor(
      () => entries.find((e) => e.msg === 'bot ready'),
      'the bot to be ready',
      30 * 60_000,
      child,
      tail,
    );
    const loaded = entries.find((e) => e.msg === 'knowledge base loaded');
    log(
      `reload: bot ready in ${Math.round((Date.now() - started) / 1000)} s (${JSON.stringify(loaded ?? {})})`,
    );

    // The stream: one interaction every 1000/rate ms, on a timer that does not drift.
    // No gateway session to send on (the bot missed its heartbeats and was disconnected) is an
    // interaction Discord could not deliver: counted, and as expired.
    const sent: { interaction: SentInteraction | null; at: number }[] = [];
    let streaming = true;
    const intervalMs = 1000 / options.rate;
    const streamStart = Date.now();
    const stream = (async () => {
      for (let i = 0; streaming; i++) {
        const due = streamStart + i * intervalMs;
        const wait = due - Date.now();
        if (wait > 0) await sleep(wait);
        const [name, args] = QUESTIONS[i % QUESTIONS.length]!;
        let interaction: SentInteraction | null = null;
        try {
          interaction = fake.sendCommand(name, args);
        } catch {
          // disconnected: see above
        }
        sent.push({ interaction, at: Date.now() });
      }
    })();

    const ctx = { speakers: GAZETTEER_SPEAKERS, places: longTail(seed + 1, 10, 50).places };
    const files = readdirSync(corpusDir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const steps: { step: string; ms: number; documents: unknown; workerMs: unknown; swapLoadMs: unknown }[] =
      [];
    const step = async (name: string, change: () => void) => {
      const before = reloads().length;
      const at = Date.now();
      change();
      const done = await waitFor(
        () => reloads()[before],
        `the reload after "${name}"`,
        30 * 60_000,
        child,
        tail,
      );
      const ms = Number(done.time ?? Date.now()) - at;
      const stats = entries.filter((e) => e.msg === 'knowledge base loaded').at(-1);
      steps.push({
        step: name,
        ms,
        documents: done.documents,
        workerMs: stats?.ms,
        swapLoadMs: stats?.swapLoadMs,
      });
      log(
        `reload: ${name} ${batch} articles → swapped in after ${(ms / 1000).toFixed(1)} s (${String(done.documents)} documents; refresh ${String(stats?.ms)} ms, load on the answering thread ${String(stats?.swapLoadMs ?? '-')} ms)`,
      );
      await sleep(2_000);
    };
    await sleep(3_000);
    await step('add', () => {
      for (let i = 0; i < batch; i++)
        writeFileSync(
          join(corpusDir, `added_${articleFileName(docs + i)}`),
          writeArticle(seed + 1, docs + i, ctx),
        );
    });
    await step('change', () => {
      for (let i = 0; i < batch; i++) {
        appendFileSync(
          join(corpusDir, files[(i * 7) % files.length]!),
          '\nA later paragraph was added on Tuesday, the ministry said.\n',
        );
      }
    });
    await step('remove', () => {
      for (let i = 0; i < batch; i++) rmSync(join(corpusDir, files[files.length - 1 - i * 3]!));
    });
    await sleep(1_000);
    streaming = false;
    await stream;
    // Whatever is not acknowledged within Discord's window by now never will be in time.
    await sleep(DISCORD_WINDOW_MS + 500);

    const acks: number[] = [];
    let expired = 0;
    let never = 0;
    let undelivered = 0;
    const firstCallback = new Map<string, number>();
    for (const c of fake.callbacks)
      if (!firstCallback.has(c.interactionId)) firstCallback.set(c.interactionId, c.at);
    for (const { interaction, at } of sent) {
      if (!interaction) {
        undelivered++;
        expired++;
        continue;
      }
      const first = firstCallback.get(interaction.id);
      if (!first) {
        never++;
        expired++;
        continue;
      }
      const ms = first - at;
      acks.push(ms);
      if (ms > DISCORD_WINDOW_MS) expired++;
    }
    acks.sort((a, b) => a - b);
    const ack = { p50: percentile(acks, 50), p99: percentile(acks, 99), max: acks[acks.length - 1] ?? 0 };
    log(
      `reload: ${sent.length} interactions at ${options.rate}/s over ${Math.round((Date.now() - streamStart) / 1000)} s; ack p50 ${ack.p50} ms, p99 ${ack.p99} ms, max ${ack.max} ms; expired ${expired} (never acknowledged ${never}, not delivered: bot disconnected ${undelivered})`,
    );
    return {
      scenario: 'reload',
      docs,
      seed,
      batch,
      rate: options.rate,
      interactions: sent.length,
      ackMs: ack,
      expired,
      neverAcknowledged: never,
      notDelivered: undelivered,
      steps,
    };
  } finally {
    killBot();
    process.off('exit', killBot);
    await fake.stop();
  }
}

/** The environment a bench's bot process runs with: the loopback fake Discord, a corpus and a cache. */
export function benchBotEnv(fake: FakeDiscord, corpusDir: string, cacheDir: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    CORPUS_DIR: corpusDir,
    CACHE_DIR: cacheDir,
    LOG_LEVEL: 'info',
  };
}
