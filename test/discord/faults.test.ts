import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { faults } from '../support/fakeDiscord.ts';
import { type Harness, startHarness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { heartbeatIntervalMs: 150 });
});
afterAll(async () => {
  await h?.close();
});
afterEach(() => {
  expect(h.logs.join('')).not.toContain(h.fake.token);
});

const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;
const requestsFor = (id: string) => h.fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));

async function stillServing(): Promise<void> {
  await h.fake.waitFor(() => (h.fake.connected ? true : undefined), 'a live gateway session');
  const callback = await h.fake.waitForCallback(h.fake.sendCommand('echo', { text: 'still serving' }));
  expect(callback.data?.content).toBe('You said: `still serving`');
}

describe('HTTP faults', () => {
  it('429 with retry_after on the callback route → the bot waits that long and the answer goes through', async () => {
    h.fake.failNext(CALLBACK, faults.rateLimited(0.3));
    const sent = h.fake.sendCommand('echo', { text: 'patience' });
    const callback = await h.fake.waitForCallback(sent);
    expect(callback.data?.content).toBe('You said: `patience`');
    const [limited, ok] = requestsFor(sent.id);
    expect(limited?.status).toBe(429);
    expect(ok?.status).toBe(204);
    expect(ok!.at - limited!.at).toBeGreaterThanOrEqual(300);
  });

  it('one 500 → discord.js retries and the answer goes through, nothing logged as failed', async () => {
    h.fake.failNext(CALLBACK, faults.serverError());
    const sent = h.fake.sendCommand('echo', { text: 'retry' });
    expect((await h.fake.waitForCallback(sent)).data?.content).toBe('You said: `retry`');
    expect(requestsFor(sent.id).map((r) => r.status)).toEqual([500, 204]);
    expect(h.logEntries().some((e) => e.interactionId === sent.id && e.level === 50)).toBe(false);
  });

  it('500s past the retries → an error log line, the user gets the error notice, no crash, next interaction served', async () => {
    h.fake.failNext(CALLBACK, faults.serverError(), 4); // the first attempt and discord.js's 3 retries
    const sent = h.fake.sendCommand('echo', { text: 'doomed' });
    const notice = await h.fake.waitForCallback(sent);
    expect(notice.data?.flags).toBe(64);
    expect(notice.data?.content).toMatch(/Something went wrong/);
    const entry = h.logEntries().find((e) => e.interactionId === sent.id && e.level === 50);
    expect(entry?.msg).toBe('interaction failed');
    expect(JSON.stringify(entry)).toMatch(/500/);
    // The interaction token from the request URL is not in the log either.
    expect(h.logs.join('')).not.toContain(sent.token);
    await stillServing();
  });

  it('10062 Unknown interaction → logged as a warning and swallowed (no second attempt), next interaction served', async () => {
    h.fake.failNext(CALLBACK, faults.unknownInteraction());
    const sent = h.fake.sendCommand('echo', { text: 'too late' });
    const entry = await h.fake.waitFor(
      () => h.logEntries().find((e) => e.interactionId === sent.id && e.code === 10062),
      'the 10062 log line',
    );
    expect(entry.level).toBe(40);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requestsFor(sent.id)).toHaveLength(1);
    expect(h.logEntries().some((e) => e.interactionId === sent.id && e.level === 50)).toBe(false);
    await stillServing();
  });

  it('an interaction that expires while the command runs → the deferral hits 10062, logged and swallowed', async () => {
    const sent = h.fake.sendCommand('slow', { ms: '300' });
    h.fake.expireInteraction(sent.id);
    await h.fake.waitFor(
      () => h.logEntries().find((e) => e.interactionId === sent.id && e.code === 10062),
      'the 10062 log line',
    );
    await stillServing();
  });
});

describe('gateway faults', () => {
  it('heartbeats are acknowledged and the connection stays up', async () => {
    const connects = h.fake.gatewayCount('connect');
    const beats = h.fake.gatewayCount('heartbeat');
    await h.fake.waitFor(
      () => (h.fake.gatewayCount('heartbeat') >= beats + 2 ? true : undefined),
      'two more heartbeats',
    );
    expect(h.fake.gatewayCount('connect')).toBe(connects);
    expect(h.bot.client.ws.ping).toBeGreaterThanOrEqual(0);
  });

  it('close 4000 → the client resumes the same session (no new identify) and keeps serving', async () => {
    const identifies = h.fake.gatewayCount('identify');
    const resumes = h.fake.gatewayCount('resume');
    h.fake.closeGateway(4000);
    await h.fake.waitFor(() => (h.fake.gatewayCount('resume') > resumes ? true : undefined), 'a RESUME');
    await stillServing();
    expect(h.fake.gatewayCount('identify')).toBe(identifies);
    expect(h.logEntries().some((e) => e.msg === 'gateway session resumed')).toBe(true);
  });

  it('op 9 invalid session (not resumable) → the client identifies again and keeps serving', async () => {
    const identifies = h.fake.gatewayCount('identify');
    h.fake.invalidateSession(false);
    await h.fake.waitFor(
      () => (h.fake.gatewayCount('identify') > identifies ? true : undefined),
      'a new IDENTIFY',
    );
    await stillServing();
  });
});
