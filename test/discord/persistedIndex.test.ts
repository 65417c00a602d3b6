/**
 * The shard manager keeps the persisted index fresh without a knowledge base of its own: what it
 * logs on the first build, on each refresh after a change, and when a refresh fails.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepPersistedIndexFresh } from '../../src/discord/knowledge.ts';
import type { PersistedIndexWatch } from '../../src/index/live.ts';
import { type LoadStats, loadKnowledgeBase } from '../../src/index/load.ts';
import { createLogger } from '../../src/log.ts';
import { seedsCopy } from '../support/seedsCopy.ts';
import { until } from '../support/until.ts';

type Line = Record<string, unknown> & { msg: string };

let work: string;
let corpusDir: string;
let cacheDir: string;
let index: PersistedIndexWatch | undefined;
let lines: Line[];

const logger = () =>
  createLogger({
    name: 'bot',
    level: 'info',
    destination: { write: (line: string) => lines.push(JSON.parse(line) as Line) },
  });

beforeEach(() => {
  ({ work, corpusDir, cacheDir } = seedsCopy('kb-manager-'));
  lines = [];
});

afterEach(() => {
  index?.close();
  index = undefined;
  rmSync(work, { recursive: true, force: true });
});

describe('the shard manager keeping the persisted index fresh', () => {
  it("start → the build's stats are logged; a change → refreshed, logged, onRefreshed told; shards then load a cache hit", async () => {
    let told = 0;
    index = await keepPersistedIndexFresh({
      corpusDir,
      cacheDir, // the configured cache folder (CACHE_DIR), as the shards use
      logger: logger(),
      onRefreshed: () => {
        told++;
      },
    });
    expect(lines.filter((l) => l.msg === 'knowledge base loaded')).toEqual([
      expect.objectContaining({ cache: 'miss', documents: 5, extracted: 5 }),
    ]);
    expect(told).toBe(0);

    writeFileSync(join(corpusDir, 'added.txt'), 'Talks resume\n"We are ready to talk," Bayramov said.\n');
    await until(() => told === 1);
    expect(lines.find((l) => l.msg === 'corpus changed: index refreshed')).toMatchObject({ documents: 6 });

    let shardLoad: LoadStats | undefined;
    await loadKnowledgeBase({
      corpusDir,
      cacheDir,
      onWarning: () => {},
      onStats: (s) => {
        shardLoad = s;
      },
    });
    expect(shardLoad).toMatchObject({ cache: 'hit', extracted: 0, documents: 6 });
  });

  it('a refresh that fails → logged as an error, the shards are not told to reload', async () => {
    let told = 0;
    index = await keepPersistedIndexFresh({
      corpusDir,
      cacheDir,
      logger: logger(),
      onRefreshed: () => {
        told++;
      },
    });
    // The corpus folder replaced by a file: the next build cannot read it.
    rmSync(corpusDir, { recursive: true });
    writeFileSync(join(work, 'corpus'), 'not a folder any more');
    await index.refresh().catch(() => undefined);
    expect(lines.some((l) => l.msg === 'index refresh failed: the shards keep their previous index')).toBe(
      true,
    );
    expect(told).toBe(0);
  });
});
