/**
 * Live reload: the bot reads its knowledge base once per interaction, so a reload reaches the next
 * question while an answer in flight keeps the one it started with; and `npm start` watches the
 * corpus folder, so a file added while it runs shows up in a later /sources.
 */
import { cpSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BotCommand } from '../../src/discord/bot.ts';
import type { KnowledgeBase } from '../../src/index/knowledgeBase.ts';
import { FakeDiscord } from '../support/fakeDiscord.ts';
import { until } from '../support/until.ts';
import {
  ADDED_ARTICLE,
  type BotProcess,
  botEnv,
  firstPageText,
  startBotProcess,
  type TempCorpus,
  tempCorpus,
} from './botProcess.ts';
import { gate, type Harness, startHarness, textReply } from './harness.ts';

/** Stand-ins told apart by name: the commands below only say which one they were given. */
const kbNamed = (name: string) => ({ name }) as unknown as KnowledgeBase;
const nameOf = (kb: KnowledgeBase) => (kb as unknown as { name: string }).name;

describe('which knowledge base an interaction reads', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('a swap between two questions → the second answer uses the new knowledge base; autocomplete too', async () => {
    let current = kbNamed('first');
    const which: BotCommand = {
      name: 'which',
      description: 'Names the knowledge base it was given',
      options: [{ name: 'q', description: 'anything', type: 'string', autocomplete: true }],
      examples: ['/which'],
      run: (_args, { kb }) => textReply(`kb=${nameOf(kb)}`),
      autocomplete: (_option, _value, { kb }) => [{ name: nameOf(kb), value: nameOf(kb) }],
    };
    h = await startHarness({ registry: [which], kb: { current: () => current } });
    expect((await h.fake.waitForCallback(h.fake.sendCommand('which'))).data?.content).toBe('kb=first');
    current = kbNamed('second');
    expect((await h.fake.waitForCallback(h.fake.sendCommand('which'))).data?.content).toBe('kb=second');
    expect(
      (await h.fake.waitForCallback(h.fake.sendAutocomplete('which', { q: '' }, 'q'))).data?.choices,
    ).toEqual([{ name: 'second', value: 'second' }]);
  });

  it('a swap while an answer is in flight → that answer keeps the knowledge base it started with', async () => {
    let current = kbNamed('before');
    const held = gate((ctx) => `kb=${nameOf(ctx.kb)}`);
    h = await startHarness({ registry: [held.command], kb: () => current, deferAfterMs: 2_000 });
    const inFlight = h.fake.sendCommand('held');
    await held.started;
    current = kbNamed('after');
    held.release();
    expect((await h.fake.waitForCallback(inFlight)).data?.content).toBe('kb=before');
  });
});

/** Written into a replaced corpus folder: only a watcher that follows the new folder sees it. */
const SECOND_ARTICLE = {
  file: 'zz_added_after_the_folder_was_replaced.txt',
  title: 'Mine clearance resumes near Aghdam',
  text: 'Mine clearance resumes near Aghdam\nAGHDAM, May 4 (Wire). Deminers returned to the fields on Monday, the agency said.\n',
};

describe('npm start (one process) watches the corpus folder', () => {
  let fake: FakeDiscord;
  let corpus: TempCorpus;
  let bot: BotProcess | undefined;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    corpus = tempCorpus();
    bot = startBotProcess(botEnv(fake, corpus));
    await bot.waitForLog((e) => e.msg === 'bot ready', 'the bot to be ready', 20_000);
  }, 25_000);

  afterAll(async () => {
    bot?.killAll();
    await fake?.stop();
    corpus?.remove();
  });

  it('a file added while the bot runs → a later /sources shows it', async () => {
    const before = await fake.waitForCallback(fake.sendCommand('sources'), 10_000);
    expect(firstPageText(before.data)).toContain('5 documents');
    expect(firstPageText(before.data)).not.toContain(ADDED_ARTICLE.title);

    writeFileSync(join(corpus.corpusDir, ADDED_ARTICLE.file), ADDED_ARTICLE.text);
    await bot!.waitForLog(
      (e) => e.msg === 'knowledge base reloaded: new questions use it',
      'the reload',
      10_000,
    );

    const after = await fake.waitForCallback(fake.sendCommand('sources'), 10_000);
    expect(firstPageText(after.data)).toContain('6 documents');
    expect(firstPageText(after.data)).toContain(ADDED_ARTICLE.title);
    const loads = bot!.logs().filter((e) => e.msg === 'knowledge base loaded');
    expect(loads.map((e) => e.documents)).toEqual([5, 6]);
  });

  it('the corpus folder replaced (mv corpus corpus.old && cp -r corpus.old corpus) → watched anew; an article added to it shows in /sources', async () => {
    const dir = corpus.corpusDir;
    const reloads = () =>
      bot!.logs().filter((e) => e.msg === 'knowledge base reloaded: new questions use it').length;
    const before = reloads();
    renameSync(dir, `${dir}.old`);
    cpSync(`${dir}.old`, dir, { recursive: true });
    // The move itself is a change: a reload follows. Live reload must go on after it.
    await until(() => reloads() > before, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // the watcher checks the folder every second
    writeFileSync(join(dir, SECOND_ARTICLE.file), SECOND_ARTICLE.text);
    await bot!.waitForLog(
      (e) => e.msg === 'knowledge base reloaded: new questions use it' && e.documents === 7,
      'the reload with the new article',
      20_000,
    );
    const after = await fake.waitForCallback(fake.sendCommand('sources'), 10_000);
    expect(firstPageText(after.data)).toContain('7 documents');
    expect(firstPageText(after.data)).toContain(SECOND_ARTICLE.title);
    // What the watcher did is in the log: watching from the start, then the new folder.
    expect(bot!.logs().find((e) => e.msg === 'watching the corpus folder')).toMatchObject({
      corpusDir: dir,
      folders: 1,
    });
    expect(bot!.logs().find((e) => /^corpus folder (was replaced|is back)/.test(e.msg ?? ''))).toMatchObject({
      corpusDir: dir,
    });
  }, 40_000);

  it('SIGTERM → "bot stopped" and exit 0, nothing on stdout, no token in the logs', async () => {
    bot!.child.kill('SIGTERM');
    expect(await bot!.exited).toBe(0);
    expect(bot!.logs().some((e) => e.msg === 'bot stopped')).toBe(true);
    expect(bot!.stdout()).toBe('');
    expect(bot!.stderr()).not.toContain(fake.token);
  });
});
