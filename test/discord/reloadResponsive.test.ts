/**
 * A reload does not stop the bot answering: while a few hundred changed articles are read,
 * dated, extracted and indexed again, the bot's event loop keeps turning and every interaction
 * sent meanwhile is acknowledged within Discord's 3 s (generous bounds: this is not a timing
 * test, the old reload blocked the loop for the whole rebuild, seconds at this size).
 */
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { generateCorpus } from '../../scripts/synthetic/corpus.ts';
import { LiveKnowledgeBase } from '../../src/index/live.ts';
import type { SentInteraction } from '../support/fakeDiscord.ts';
import { type Harness, startHarness } from './harness.ts';

const NOW = new Date('2025-06-01T00:00:00Z');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ARTICLES = 300;

describe('a reload of a few hundred changed articles, with the bot answering', () => {
  let work: string;
  let corpusDir: string;
  let live: LiveKnowledgeBase | undefined;
  let h: Harness | undefined;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'kb-responsive-'));
    corpusDir = join(work, 'corpus');
    generateCorpus(corpusDir, ARTICLES, 3);
    live = await LiveKnowledgeBase.open({
      corpusDir,
      cacheDir: join(work, 'cache'),
      now: NOW,
      watch: false,
      onWarning: () => {},
    });
    h = await startHarness({ registry: commands, kb: live, deferAfterMs: 2_000 });
  }, 120_000);

  afterAll(async () => {
    await h?.close();
    live?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('the event loop never stalls for a second, and every interaction sent meanwhile is acknowledged in time', async () => {
    const fake = h!.fake;
    // Every article changes: all of them are segmented, dated and extracted again.
    for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.txt'))) {
      appendFileSync(join(corpusDir, file), '\nTalks resumed in Brussels on Tuesday, the ministry said.\n');
    }
    const before = live!.current();
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const sent: { interaction: SentInteraction; at: number }[] = [];
    const sender = setInterval(
      () => sent.push({ interaction: fake.sendCommand('sources'), at: Date.now() }),
      100,
    );
    try {
      await sleep(100); // the monitor's timer runs before the reload starts, and after it ends
      await live!.reload();
      await sleep(100);
    } finally {
      clearInterval(sender);
      delay.disable();
    }
    expect(live!.current()).not.toBe(before);
    expect(live!.current().documents.size).toBe(ARTICLES);
    expect(delay.max / 1e6).toBeLessThan(1_000);
    expect(sent.length).toBeGreaterThan(3); // the reload took long enough to ask during it
    const acks = await Promise.all(
      sent.map(async ({ interaction, at }) => (await fake.waitForCallback(interaction, 10_000)).at - at),
    );
    expect(Math.max(...acks)).toBeLessThan(3_000);
  }, 120_000);
});
