import { describe, expect, it } from 'vitest';
import { startBot } from '../../src/discord/bot.ts';
import type { KnowledgeBase } from '../../src/index/knowledgeBase.ts';
import { createLogger } from '../../src/log.ts';
import { FakeDiscord, fakeToken } from '../support/fakeDiscord.ts';
import { gate, startHarness, testRegistry } from './harness.ts';

describe('stopping (what SIGTERM/SIGINT call)', () => {
  it('stops taking new interactions, lets the one in flight finish, then disconnects', async () => {
    const held = gate();
    const h = await startHarness({ registry: [...testRegistry(), held.command] });
    try {
      const inFlight = h.fake.sendCommand('held');
      await held.started;
      let stopped = false;
      const stopping = h.bot.stop().then(() => {
        stopped = true;
      });

      // A newcomer while stopping is told to come back, not left hanging.
      const newcomer = await h.fake.waitForCallback(h.fake.sendCommand('echo', { text: 'hi' }));
      expect(newcomer.data?.flags).toBe(64);
      expect(newcomer.data?.content).toMatch(/restarting/);
      expect(stopped).toBe(false);

      held.release();
      await stopping;
      // The in-flight answer was delivered (as a reply, or as an edit if it outlived the deferral delay) before the disconnect.
      const answer = [
        ...h.fake.callbacksFor(inFlight.id).map((c) => ({ at: c.at, content: c.data?.content })),
        ...h.fake.webhooks
          .filter((w) => w.token === inFlight.token)
          .map((w) => ({ at: w.at, content: w.body?.content })),
      ].find((m) => m.content === 'finally done');
      expect(answer).toBeDefined();
      const close = h.fake.gateway.find((g) => g.kind === 'close');
      expect(close?.code).toBe(1000);
      expect(close!.at).toBeGreaterThanOrEqual(answer!.at);
      expect(h.bot.client.isReady()).toBe(false);
      expect(h.logEntries().at(-1)?.msg).toBe('bot stopped');
      // A second stop is harmless.
      await h.bot.stop();
    } finally {
      await h.close();
    }
  });

  it('does not wait forever for an answer that never comes', async () => {
    const held = gate();
    const h = await startHarness({ registry: [held.command], drainTimeoutMs: 100 });
    try {
      h.fake.sendCommand('held');
      await held.started;
      const startedAt = Date.now();
      await h.bot.stop();
      expect(Date.now() - startedAt).toBeLessThan(1000);
      expect(h.logEntries().some((e) => e.msg === 'stopping with answers still in flight')).toBe(true);
    } finally {
      held.release();
      await h.close();
    }
  });
});

describe('logging in', () => {
  it('a token Discord refuses → startBot rejects (TokenInvalid) and leaves nothing running', async () => {
    const fake = await FakeDiscord.start();
    const logs: string[] = [];
    const wrongToken = fakeToken('999999999999999999');
    try {
      await expect(
        startBot({
          config: { token: wrongToken, apiUrl: fake.apiUrl },
          registry: testRegistry(),
          kb: {} as KnowledgeBase,
          logger: createLogger({ name: 't', destination: { write: (line: string) => logs.push(line) } }),
        }),
      ).rejects.toThrow(/invalid token/i);
      expect(fake.gatewayCount('connect')).toBe(0);
      expect(logs.join('')).not.toContain(wrongToken);
    } finally {
      await fake.stop();
    }
  });
});
