import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/config.ts';
import { answerLine } from '../../src/console/answerLine.ts';
import { DEFAULT_MAX_DOCUMENT_BYTES } from '../../src/corpus/limits.ts';
import type { LoadWarning } from '../../src/corpus/types.ts';
import { loadKnowledgeBase } from '../../src/index/load.ts';
import { loadOffThread } from '../../src/index/offThread.ts';
import { NODE_FLAGS } from '../../src/runtime.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NOW = new Date('2026-11-23T00:00:00Z');
const run = promisify(execFile);
const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * A long running file (a live blog, a compiled dossier): paragraph after paragraph with a weekday
 * and a month-day, told as past. Every weekday asks which dated days of its week the text tells.
 */
function liveBlog(bytes: number): string {
  const parts = ['Live updates: the situation in the region', '', 'BAKU, September 20, 2023.', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `On ${WEEKDAYS[i % 7]}, the ministry said that ${(i % 40) + 1} people were evacuated from the village on September ${(i % 19) + 1}.`;
    parts.push(p, '');
    size += p.length + 2;
  }
  return parts.join('\n');
}

describe('a very large document', () => {
  it('a 2 MB live blog is read, extracted and answered in one pass over it (not one per date)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-huge-'));
    temps.push(dir);
    writeFileSync(join(dir, 'blog.txt'), liveBlog(2_000_000));
    const kb = await loadKnowledgeBase({ corpusDir: dir, cacheDir: false, now: NOW });
    expect(kb.documents.size).toBe(1);
    const reply = answerLine('/timeline 2023-09', { kb });
    expect(reply.error).toBeUndefined();
    expect(JSON.stringify(reply.pages[0])).toContain('2023-09-');
  }, 300_000);

  it('past MAX_DOCUMENT_BYTES, a file is skipped unread, with a warning naming it (console and /sources)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-limit-'));
    temps.push(dir);
    writeFileSync(
      join(dir, 'small.txt'),
      'A short report here\n\nOn March 3, 2024, the minister said that talks would resume.\n',
    );
    writeFileSync(join(dir, 'dump.txt'), liveBlog(300_000));
    const result: { stdout: string; stderr: string } = await run(
      process.execPath,
      [...NODE_FLAGS, '--import', 'tsx', 'src/console/main.ts', '--corpus', dir, '/sources'],
      {
        cwd: ROOT,
        env: { ...process.env, CACHE_DIR: `${dir}-cache`, MAX_DOCUMENT_BYTES: '100000' },
        timeout: 60_000,
      },
    );
    temps.push(`${dir}-cache`);
    expect(result.stdout).toContain('1 documents.');
    expect(result.stdout).toMatch(
      /dump\.txt: too large \(0\.30 MB, over the 0\.10 MB limit: MAX\\?_DOCUMENT\\?_BYTES\); skipped, not read/,
    );
    expect(result.stderr).toContain('dump.txt');
    expect(result.stderr).toContain('too large');
  }, 60_000);

  it('the default limit is 5 MB; MAX_DOCUMENT_BYTES takes bytes or KB/MB, and a typo is an error, not no limit', () => {
    const limit = (env: Record<string, string>) =>
      readSettings(env).maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
    expect(limit({})).toBe(5_000_000);
    expect(limit({ MAX_DOCUMENT_BYTES: '20000000' })).toBe(20_000_000);
    expect(limit({ MAX_DOCUMENT_BYTES: '512KB' })).toBe(512_000);
    expect(limit({ MAX_DOCUMENT_BYTES: '8 mb' })).toBe(8_000_000);
    expect(() => limit({ MAX_DOCUMENT_BYTES: 'lots' })).toThrow(/MAX_DOCUMENT_BYTES is malformed/);
    expect(() => limit({ MAX_DOCUMENT_BYTES: '0' })).toThrow(/MAX_DOCUMENT_BYTES is malformed/);
  });

  it('a file at the limit still loads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-at-limit-'));
    temps.push(dir);
    const text = liveBlog(5_000);
    writeFileSync(join(dir, 'edge.txt'), text);
    const warnings: LoadWarning[] = [];
    const { loadCorpusSync } = await import('../../src/corpus/load.ts');
    expect(
      loadCorpusSync(dir, (w) => warnings.push(w), { maxDocumentBytes: Buffer.byteLength(text) }).documents,
    ).toHaveLength(1);
    expect(
      loadCorpusSync(dir, undefined, { maxDocumentBytes: Buffer.byteLength(text) - 1 }).documents,
    ).toHaveLength(0);
    expect(warnings).toEqual([]);
  });
});

describe('the limit and the persisted index', () => {
  it('raising MAX_DOCUMENT_BYTES reads a file skipped before, though no file changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-limit-cache-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'kb-limit-cache-idx-'));
    temps.push(dir, cacheDir);
    writeFileSync(
      join(dir, 'small.txt'),
      'A short report here\n\nOn March 3, 2024, the minister said that talks would resume.\n',
    );
    writeFileSync(join(dir, 'long.txt'), liveBlog(20_000));
    const load = (maxDocumentBytes: number) =>
      loadKnowledgeBase({ corpusDir: dir, cacheDir, maxDocumentBytes, now: NOW, onWarning: () => {} });
    const before = await load(10_000);
    expect([...before.documents.keys()]).toEqual(['small']);
    const after = await load(100_000);
    expect([...after.documents.keys()].sort()).toEqual(['long', 'small']);
  });

  it('a reload off the event loop reads with the limit it is given (the worker has no settings of its own)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-limit-worker-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'kb-limit-worker-idx-'));
    temps.push(dir, cacheDir);
    writeFileSync(
      join(dir, 'small.txt'),
      'A short report here\n\nOn March 3, 2024, the minister said that talks would resume.\n',
    );
    writeFileSync(join(dir, 'long.txt'), liveBlog(20_000));
    const reload = (maxDocumentBytes: number) =>
      loadOffThread({ corpusDir: dir, cacheDir, maxDocumentBytes, now: NOW, onWarning: () => {} });
    expect([...(await reload(10_000)).documents.keys()]).toEqual(['small']);
    expect([...(await reload(100_000)).documents.keys()].sort()).toEqual(['long', 'small']);
  }, 60_000);
});
