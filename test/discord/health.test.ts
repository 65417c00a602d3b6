/**
 * HEALTH_PORT: the bot started as `npm start` starts it, against the loopback Discord, serves
 * /healthz (ready, shards, documents, index age) and /metrics (Prometheus text) on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/discord/config.ts';
import { FakeDiscord, fakeToken } from '../support/fakeDiscord.ts';
import { type BotProcess, botEnv, startBotProcess, type TempCorpus, tempCorpus } from './botProcess.ts';

describe('HEALTH_PORT: /healthz and /metrics', () => {
  let fake: FakeDiscord;
  let corpus: TempCorpus;
  let bot: BotProcess | undefined;
  let base = '';

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    corpus = tempCorpus();
    bot = startBotProcess(botEnv(fake, corpus, { HEALTH_PORT: '0' }));
    const listening = await bot.waitForLog(
      (e) => e.msg === 'health endpoint listening (/healthz, /metrics)',
      'the health endpoint',
      20_000,
    );
    base = `http://127.0.0.1:${listening.port}`;
    await bot.waitForLog((e) => e.msg === 'bot ready', 'the bot to be ready', 20_000);
  }, 25_000);

  afterAll(async () => {
    bot?.killAll();
    await fake?.stop();
    corpus?.remove();
  });

  it('listens on loopback by default', () => {
    expect(bot!.logs().find((e) => e.msg === 'health endpoint listening (/healthz, /metrics)')).toMatchObject(
      { host: '127.0.0.1' },
    );
  });

  it('/healthz → 200 and ready, with its shard, the documents and the index age', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ ready: true, documents: 5, shards: [{ id: 0, ready: true }] });
    expect(body.indexAgeSeconds).toBeGreaterThanOrEqual(0);
  });

  it('after /sources and a bad /timeline, /metrics counts each by command and outcome, with their latency', async () => {
    await fake.waitForCallback(fake.sendCommand('sources'), 10_000);
    await fake.waitForCallback(fake.sendCommand('timeline', { month: 'not-a-month' }), 10_000);
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain('karabakh_interactions_total{kind="command",command="sources",outcome="ok"} 1');
    expect(text).toMatch(
      /karabakh_interactions_total\{kind="command",command="timeline",outcome="bad-input"\} 1/,
    );
    expect(text).toContain('karabakh_interaction_duration_seconds_count{kind="command",command="sources"} 1');
    expect(text).toContain('karabakh_documents 5');
    expect(text).toMatch(/karabakh_knowledge_loads_total\{cache="(miss|hit|partial)"\} 1/);
    expect(text).toContain('karabakh_documents_extracted_total 5');
    expect(text).toContain('karabakh_reloads_total');
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('anything else → 404 with the two paths', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('/healthz');
  });
});

describe('HEALTH_PORT and HEALTH_HOST in the config', () => {
  const valid = {
    DISCORD_TOKEN: fakeToken('123456789012345678'),
    DISCORD_APPLICATION_ID: '123456789012345678',
  };

  it('unset → nothing served; a port → served on loopback; HEALTH_HOST → that address', () => {
    expect(readConfig(valid).health).toBeUndefined();
    expect(readConfig({ ...valid, HEALTH_PORT: '9464' }).health).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(readConfig({ ...valid, HEALTH_PORT: '9464', HEALTH_HOST: '0.0.0.0' }).health).toEqual({
      port: 9464,
      host: '0.0.0.0',
    });
  });

  it.each(['http', '-1', '65536', '94 64'])(
    'HEALTH_PORT=%s → one line naming the variable and a port number',
    (port) => {
      expect(() => readConfig({ ...valid, HEALTH_PORT: port })).toThrow(
        /^HEALTH_PORT is malformed: expected a port number \(0–65535\)/,
      );
    },
  );
});
