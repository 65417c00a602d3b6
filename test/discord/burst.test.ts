/**
 * A burst of interactions whose answers take real CPU time: every one is acknowledged within
 * Discord's 3 s (the late ones deferred, then edited in), and every one gets its answer.
 * Generous on purpose: timing figures belong to `npm run bench -- --burst`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotCommand } from '../../src/discord/bot.ts';
import { type Harness, startHarness, testRegistry, textReply } from './harness.ts';

/** Holds the thread for `ms`, as a costly question over a large corpus does. */
const busy: BotCommand = {
  name: 'busy',
  description: 'Computes for a while',
  options: [{ name: 'n', description: 'Which question', type: 'string' }],
  examples: ['/busy n:1'],
  run: (args) => {
    const until = performance.now() + 10;
    while (performance.now() < until) {
      // computing
    }
    return textReply(`answer ${args.n}`);
  },
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ registry: [...testRegistry(), busy], deferAfterMs: 2_000 });
});
afterAll(async () => {
  await h.close();
});

describe('a burst of 200 costly questions', () => {
  it('is acknowledged within 3 s each, and every question gets its own answer', async () => {
    const sent = Array.from({ length: 200 }, (_, i) => ({
      interaction: h.fake.sendCommand('busy', { n: String(i) }),
      at: Date.now(),
    }));
    const acks = await Promise.all(
      sent.map(({ interaction }) => h.fake.waitForCallback(interaction, 20_000)),
    );
    const late = acks.map((ack, i) => ack.at - sent[i]!.at).filter((ms) => ms >= 3_000);
    expect(late).toEqual([]);
    // 200 × 10 ms of answers do not fit in the time budget: some were deferred, then edited in.
    expect(acks.some((ack) => ack.type === 5)).toBe(true);
    for (const [i, ack] of acks.entries()) {
      const content =
        ack.type === 4
          ? ack.data?.content
          : (await h.fake.waitForWebhook(sent[i]!.interaction, 'PATCH', 20_000)).body?.content;
      expect(content).toBe(`answer ${i}`);
    }
  }, 60_000);
});
