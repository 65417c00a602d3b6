/**
 * `SHARDS=auto npm start` against a fake Discord that recommends two shards: one manager process
 * builds the persisted index, two shard processes load it from the cache, each identifies as its
 * own shard on its own gateway connection and answers what arrives there; a corpus change is
 * rebuilt once by the manager and picked up by both shards.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, type MessageBody, type SentInteraction } from '../support/fakeDiscord.ts';
import {
  ADDED_ARTICLE,
  type BotProcess,
  botEnv,
  firstPageText,
  type LogEntry,
  startBotProcess,
  type TempCorpus,
  tempCorpus,
} from './botProcess.ts';

const manager = (e: LogEntry) => e.role === 'shard-manager';
const shard = (id: number) => (e: LogEntry) => e.shard === id && e.role === undefined;

describe('SHARDS=auto npm start, two shards on the fake Discord', () => {
  let fake: FakeDiscord;
  let corpus: TempCorpus;
  let bot: BotProcess | undefined;

  beforeAll(async () => {
    // max_concurrency 16 lets the manager start the second shard ~0.35 s after the first is ready.
    fake = await FakeDiscord.start({ shards: 2, maxConcurrency: 16 });
    corpus = tempCorpus();
    bot = startBotProcess(botEnv(fake, corpus, { SHARDS: 'auto' }));
    await bot.waitForLog((e) => e.msg === 'all shards ready', 'both shards to be ready', 60_000);
  }, 70_000);

  afterAll(async () => {
    bot?.killAll();
    await fake?.stop();
    corpus?.remove();
  });

  const answerOf = (sent: SentInteraction): Promise<MessageBody> => fake.answerOf(sent);

  it('GET /gateway/bot says 2 → each shard identifies as [id, 2] on its own gateway connection', () => {
    const identifies = fake.gateway.filter((g) => g.kind === 'identify');
    expect(identifies.map((g) => g.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(fake.gatewayCount('connect')).toBe(2);
    expect(fake.connectedShards).toEqual([0, 1]);
    expect(bot!.logs().find((e) => e.msg === 'shard plan')).toMatchObject({
      shards: 2,
      requested: 'auto',
      recommendedShards: 2,
    });
  });

  it('the manager extracts once; both shards load the persisted index without extracting', () => {
    const loads = bot!.logs().filter((e) => e.msg === 'knowledge base loaded');
    expect(loads.filter(manager)).toEqual([
      expect.objectContaining({ cache: 'miss', extracted: 5, documents: 5 }),
    ]);
    for (const id of [0, 1]) {
      expect(loads.filter(shard(id))).toEqual([
        expect.objectContaining({
          cache: 'hit',
          extracted: 0,
          segmented: 0,
          indexesRebuilt: false,
          documents: 5,
        }),
      ]);
    }
  });

  it.each([0, 1])(
    'an interaction dispatched on shard %i’s connection is answered by that shard',
    async (id) => {
      const sent = fake.sendCommand('sources', {}, { shard: id });
      expect(firstPageText(await answerOf(sent))).toContain('5 documents');
      await bot!.waitForLog(
        (e) => e.msg === 'answered' && e.interactionId === sent.id && e.shard === id,
        `shard ${id} to log its answer`,
      );
    },
  );

  it('a file added to the corpus → the manager rebuilds once, both shards reload from the cache, /sources shows it', async () => {
    writeFileSync(join(corpus.corpusDir, ADDED_ARTICLE.file), ADDED_ARTICLE.text);
    for (const id of [0, 1]) {
      await bot!.waitForLog(
        (e) => e.msg === 'knowledge base reloaded: new questions use it' && shard(id)(e),
        `shard ${id} to reload`,
        10_000,
      );
    }
    const loads = bot!.logs().filter((e) => e.msg === 'knowledge base loaded');
    const rebuild = loads.filter(manager).at(-1)!;
    expect(rebuild.documents).toBe(6);
    expect(rebuild.extracted).toBeGreaterThan(0);
    for (const id of [0, 1])
      expect(loads.filter(shard(id)).at(-1)).toMatchObject({ documents: 6, cache: 'hit', extracted: 0 });
    for (const id of [0, 1]) {
      const shown = firstPageText(await answerOf(fake.sendCommand('sources', {}, { shard: id })));
      expect(shown).toContain('6 documents');
      expect(shown).toContain(ADDED_ARTICLE.title);
    }
  });

  it('SIGTERM to the manager → every shard drains and exits, then the manager exits 0; no token anywhere', async () => {
    bot!.child.kill('SIGTERM');
    expect(await bot!.exited).toBe(0);
    const logs = bot!.logs();
    for (const id of [0, 1]) expect(logs.some((e) => e.msg === 'bot stopped' && e.shard === id)).toBe(true);
    expect(logs.some((e) => e.msg === 'all shards stopped')).toBe(true);
    expect(bot!.stdout()).toBe('');
    expect(bot!.stderr()).not.toContain(fake.token);
  });
});
