/**
 * The benchmark is a deliverable: `npm run bench` must keep working from a fresh clone. A tiny
 * run checks that it measures every command and prints the figures it promises; the figures
 * themselves are read from real runs (README), never asserted against a clock here.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../scripts/synthetic/corpus.ts';
import { NODE_FLAGS } from '../src/runtime.ts';

const ROOT = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'kb-bench-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

const digest = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map(
      (f) =>
        `${f}:${createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex')}`,
    );

describe('npm run bench', () => {
  it('writes the same synthetic corpus for the same seed, and another for another seed', () => {
    generateCorpus(join(work, 'a'), 12, 5);
    generateCorpus(join(work, 'b'), 12, 5);
    generateCorpus(join(work, 'c'), 12, 6);
    expect(digest(join(work, 'a'))).toHaveLength(12);
    expect(digest(join(work, 'a'))).toEqual(digest(join(work, 'b')));
    expect(digest(join(work, 'c'))).not.toEqual(digest(join(work, 'a')));
  });

  it('ends with one JSON line: ingest split, index size, cold start from the cache, memory, and every command next to plain minisearch', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--expose-gc',
        ...NODE_FLAGS,
        '--import',
        'tsx',
        'scripts/bench.ts',
        '--docs',
        '25',
        '--work',
        work,
        '--queries',
        '8',
        '--warm-up',
        '2',
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 120_000,
      },
    );
    const report = JSON.parse(out.trim().split('\n').pop()!);
    expect(report.docs).toBe(25);
    expect(report.ingest.totalMs).toBeGreaterThan(0);
    for (const phase of ['loadMs', 'extractionMs', 'indexingMs'])
      expect(report.ingest[phase]).toBeGreaterThanOrEqual(0);
    expect(report.indexOnDiskMB).toBeGreaterThan(0);
    expect(report.coldStart.cache).toBe('hit');
    expect(report.memory.rssAfterIngestMB).toBeGreaterThan(0);
    const kinds = [
      'who-said speaker',
      'who-said about',
      'who-said speaker+about',
      'timeline month',
      'timeline month+about',
      'casualties',
      'sources',
    ];
    for (const kind of kinds) expect(Object.keys(report.latencyMs)).toContain(kind);
    for (const summary of Object.values(report.newQuestionLatencyMs) as {
      p50: number;
      p95: number;
      p99: number;
    }[]) {
      expect(summary.p50).toBeLessThanOrEqual(summary.p95);
      expect(summary.p95).toBeLessThanOrEqual(summary.p99);
    }
    expect(report.bareMinisearch.sentences).toBeGreaterThan(0);
    expect(Object.keys(report.ratioP99)).toContain('timeline month');
    expect(report.internalErrors).toEqual({});
  }, 150_000);
});
