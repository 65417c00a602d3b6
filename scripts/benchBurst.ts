/**
 * `npm run bench -- --docs N --burst`: the real bot (`src/discord/main.ts`) against the loopback
 * fake Discord, sent bursts of interactions all at once (`--bursts`, default 50,200,1000). Each
 * interaction's acknowledgement time runs from its dispatch on the gateway to the bot's first
 * callback (an answer, or a deferral to edit later); one acknowledged after 3 s (Discord's limit)
 * or never counts as expired. Reports ack p50/p99/max, deferrals and expiries per burst size.
 */
import { join, resolve } from 'node:path';
import { FakeDiscord, type SentInteraction } from '../test/support/fakeDiscord.ts';
import { benchBotEnv, percentile, startBot, waitFor } from './benchReload.ts';
import { generateCorpus } from './synthetic/corpus.ts';

const DISCORD_WINDOW_MS = 3_000;

export interface BurstScenarioOptions {
  docs: number;
  seed: number;
  work: string;
  bursts: number[];
  log: (line: string) => void;
}

const SPEAKERS = ['Aliyev', 'Pashinyan', 'Blinken', 'Bayramov', 'Mirzoyan', 'Putin', 'Zakharova'];
const TOPICS = [
  'ceasefire',
  'border',
  'corridor',
  'humanitarian',
  'peace treaty',
  'refugees',
  'negotiations',
  'blockade',
  'Stepanakert',
  'convoy',
  'dialogue',
];
const MONTHS = ['2023-09', '2020-10', '2022-12', '2023', '2021-05', '2020-11'];

/** The i-th question of a burst: mostly different ones, as many users asking at once would. */
function question(i: number): [string, Record<string, string>] {
  const speaker = SPEAKERS[i % SPEAKERS.length]!;
  const topic = TOPICS[Math.floor(i / SPEAKERS.length) % TOPICS.length]!;
  const month = MONTHS[i % MONTHS.length]!;
  switch (i % 5) {
    case 0:
      return ['who-said', { speaker, about: topic }];
    case 1:
      return ['timeline', { month, about: topic }];
    case 2:
      return ['who-said', { about: topic }];
    case 3:
      return ['casualties', {}];
    default:
      return ['timeline', { month }];
  }
}

export async function burstScenario(options: BurstScenarioOptions): Promise<Record<string, unknown>> {
  const { docs, seed, log } = options;
  const work = resolve(options.work);
  const corpus = generateCorpus(join(work, `corpus-${docs}-s${seed}`), docs, seed);
  const fake = await FakeDiscord.start();
  const env = benchBotEnv(fake, corpus.dir, join(work, `burst-cache-${docs}-s${seed}`));
  const started = Date.now();
  const { child, entries, tail } = startBot(env);
  const killBot = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone already
    }
  };
  process.on('exit', killBot);
  try {
    await waitFor(
      () => entries.find((e) => e.msg === 'bot ready'),
      'the bot to be ready',
      30 * 60_000,
      child,
      tail,
    );
    await new Promise((r) => setTimeout(r, 2_000)); // as a bot that has been up a moment: texts read ahead
    log(`burst: bot ready in ${Math.round((Date.now() - started) / 1000)} s (${docs} articles)`);
    const results: Record<string, unknown>[] = [];
    let offset = 0;
    for (const size of options.bursts) {
      const sent: { interaction: SentInteraction; at: number }[] = [];
      for (let i = 0; i < size; i++) {
        const [name, args] = question(offset + i);
        sent.push({ interaction: fake.sendCommand(name, args), at: Date.now() });
      }
      offset += size;
      const firstCallback = () => {
        const first = new Map<string, { at: number; type: number }>();
        for (const c of fake.callbacks)
          if (!first.has(c.interactionId)) first.set(c.interactionId, { at: c.at, type: c.type });
        return first;
      };
      const ids = new Set(sent.map((s) => s.interaction.id));
      const tokens = new Set(sent.map((s) => s.interaction.token));
      // Every one acknowledged, and every deferred one's answer edited in (or 60 s passed).
      const answered = () => {
        const first = firstCallback();
        const deferred = [...first].filter(([id, c]) => ids.has(id) && c.type === 5).length;
        const edited = new Set(fake.webhooks.filter((w) => tokens.has(w.token)).map((w) => w.token)).size;
        return [...ids].every((id) => first.has(id)) && edited >= deferred ? true : undefined;
      };
      await waitFor(answered, `the burst of ${size} to be answered`, 60_000, child, tail).catch(() => {});
      const first = firstCallback();
      const acks: number[] = [];
      let never = 0;
      let deferred = 0;
      for (const { interaction, at } of sent) {
        const c = first.get(interaction.id);
        if (!c) {
          never++;
          continue;
        }
        if (c.type === 5) deferred++;
        acks.push(c.at - at);
      }
      acks.sort((a, b) => a - b);
      const expired = never + acks.filter((ms) => ms > DISCORD_WINDOW_MS).length;
      const lastAnswer = Math.max(
        ...fake.webhooks.filter((w) => tokens.has(w.token)).map((w) => w.at),
        ...[...first].filter(([id]) => ids.has(id)).map(([, c]) => c.at),
      );
      const result = {
        size,
        ackMs: { p50: percentile(acks, 50), p99: percentile(acks, 99), max: acks[acks.length - 1] ?? 0 },
        deferred,
        expired,
        neverAcknowledged: never,
        allAnsweredMs: lastAnswer - sent[0]!.at,
      };
      results.push(result);
      log(
        `burst of ${size}: ack p50 ${result.ackMs.p50} ms, p99 ${result.ackMs.p99} ms, max ${result.ackMs.max} ms; deferred ${deferred}, expired ${expired}; all answered after ${result.allAnsweredMs} ms`,
      );
      await new Promise((r) => setTimeout(r, 2_000));
    }
    const errors = entries.filter((e) => Number(e.level) >= 50).length;
    return { scenario: 'burst', docs, seed, bursts: results, errorLogLines: errors };
  } finally {
    killBot();
    process.off('exit', killBot);
    await fake.stop();
  }
}
