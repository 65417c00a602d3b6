import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerLine } from '../../src/console/answerLine.ts';
import { readableReply } from '../../src/console/readable.ts';
import { loadCorpusSync } from '../../src/corpus/load.ts';
import type { LoadWarning } from '../../src/corpus/types.ts';
import { loadKnowledgeBase } from '../../src/index/load.ts';
import { NODE_FLAGS } from '../../src/runtime.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'corpus');
const NOW = new Date('2026-11-23T00:00:00Z');
const run = promisify(execFile);

/** The five seed articles (and their manifest) in a fresh folder. */
function seedCopy(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const f of readdirSync(SEEDS)) cpSync(join(SEEDS, f), join(dir, f));
  return dir;
}

async function ask(
  dir: string,
  line: string,
  env: Record<string, string> = {},
  flags: string[] = [],
): Promise<{ stdout: string; stderr: string; code: number | string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [...NODE_FLAGS, '--import', 'tsx', 'src/console/main.ts', '--corpus', dir, ...flags, line],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          CACHE_DIR: join(dir, '..', `${dir.split('/').pop()}-cache`),
          LOG_LEVEL: 'info',
          ...env,
        },
        timeout: 40_000,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number | string; signal?: string };
    return { stdout: e.stdout, stderr: e.stderr, code: e.signal ?? e.code };
  }
}

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe('a folder with symbolic links that loop', () => {
  let dir: string;
  beforeAll(() => {
    dir = seedCopy('kb-loop-');
    temps.push(dir);
    mkdirSync(join(dir, 'nested'));
    symlinkSync('.', join(dir, 'loop'));
    symlinkSync('..', join(dir, 'nested', 'up'));
  });

  it('loads each real file once, reports each loop and skips it', async () => {
    const warnings: LoadWarning[] = [];
    const corpus = loadCorpusSync(dir, (w) => warnings.push(w));
    expect(corpus.documents.map((d) => d.file)).toEqual(
      readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
    expect(warnings).toContainEqual({
      file: 'loop',
      reason: 'a symbolic link that loops back to a folder above it; skipped',
    });
    expect(warnings).toContainEqual({
      file: 'nested/up',
      reason: 'a symbolic link that loops back to a folder above it; skipped',
    });
  });

  it('/who-said speaker:Blinken gives the same statements as without the link', async () => {
    const looped = await loadKnowledgeBase({
      corpusDir: dir,
      cacheDir: false,
      now: NOW,
      onWarning: () => {},
    });
    const plain = await loadKnowledgeBase({ corpusDir: SEEDS, cacheDir: false, now: NOW });
    const said = (kb: typeof plain) => readableReply(answerLine('/who-said speaker:Blinken', { kb }).pages);
    expect(looped.documents.size).toBe(5);
    expect(said(looped)).toBe(said(plain));
  });

  it('two links to the folder: npm run ask terminates and answers', async () => {
    symlinkSync('.', join(dir, 'loop2'));
    const { stdout, stderr, code } = await ask(dir, '/sources');
    expect(code).toBe(0);
    expect(stdout).toContain('5 documents.');
    expect(stderr).toContain('loop2');
  }, 60_000);

  it('a second link to a real file (or folder) inside the corpus loads that file once, under its real path', () => {
    const twin = seedCopy('kb-twin-');
    temps.push(twin);
    mkdirSync(join(twin, 'sub'));
    writeFileSync(
      join(twin, 'sub', 'extra.txt'),
      'Extra report here\n\nOn March 3, 2024, the minister said that talks would resume.\n',
    );
    symlinkSync('sub', join(twin, 'a-link-to-sub'));
    symlinkSync('000_fa421d02e2779d37.txt', join(twin, 'again.txt'));
    const warnings: LoadWarning[] = [];
    const corpus = loadCorpusSync(twin, (w) => warnings.push(w));
    expect(corpus.documents.map((d) => d.file)).toContain('sub/extra.txt');
    expect(corpus.documents.map((d) => d.file)).not.toContain('a-link-to-sub/extra.txt');
    expect(corpus.documents.map((d) => d.file)).not.toContain('again.txt');
    expect(corpus.documents).toHaveLength(6);
    expect(warnings.map((w) => w.file).sort()).toEqual(['a-link-to-sub', 'again.txt']);
  });
});

describe('a link that points outside the corpus folder', () => {
  let dir: string;
  let outside: string;
  beforeAll(() => {
    outside = mkdtempSync(join(tmpdir(), 'kb-outside-'));
    temps.push(outside);
    writeFileSync(
      join(outside, 'secret.txt'),
      'Private notes of the operator\n\nThe password is hunter2, the minister said.\n',
    );
    mkdirSync(join(outside, 'folder'));
    writeFileSync(
      join(outside, 'folder', 'more.txt'),
      'More private notes\n\nNothing for the bot here, the clerk said.\n',
    );
    dir = seedCopy('kb-outlinks-');
    temps.push(dir);
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'notes.txt'));
    symlinkSync(join(outside, 'folder'), join(dir, 'elsewhere'));
  });

  it('is not read, and /sources shows neither its text nor a path outside the folder', async () => {
    const kb = await loadKnowledgeBase({ corpusDir: dir, cacheDir: false, now: NOW, onWarning: () => {} });
    expect([...kb.documents.values()].map((d) => d.file)).not.toContain('notes.txt');
    const shown = JSON.stringify(answerLine('/sources', { kb }).pages);
    expect(shown).not.toContain('Private notes');
    expect(shown).not.toContain(outside);
    expect(shown).toContain('points outside the corpus folder');
    expect(shown).toContain('5 documents.');
  });

  it('is read when the operator allows it (CORPUS_FOLLOW_OUTSIDE_LINKS=1), shown under its path in the folder', async () => {
    const { stdout, code } = await ask(dir, '/sources', { CORPUS_FOLLOW_OUTSIDE_LINKS: '1' });
    expect(code).toBe(0);
    expect(stdout).toContain('7 documents.');
    expect(stdout).toContain('notes.txt');
    expect(stdout).toContain('elsewhere/more.txt');
    expect(stdout).not.toContain(outside);
  }, 60_000);

  it('is read for one run with npm run ask -- --follow-outside-links', async () => {
    const { stdout, code } = await ask(dir, '/sources', {}, ['--follow-outside-links']);
    expect(code).toBe(0);
    expect(stdout).toContain('7 documents.');
    expect(stdout).toContain('elsewhere/more.txt');
    expect(stdout).not.toContain(outside);
  }, 60_000);
});

describe('any tree of folders, files and links', () => {
  it('lists each real file under the folder exactly once, and the walk ends', async () => {
    const fc = (await import('fast-check')).default;
    const { listDocumentFilesSync } = await import('../../src/corpus/files.ts');
    const { statSync, symlinkSync: link } = await import('node:fs');
    const { relative, dirname } = await import('node:path');
    // Folders d0..d3 nested at random; files in them; links from a folder to any folder or file.
    const shape = fc.record({
      parents: fc.array(fc.nat(3), { minLength: 4, maxLength: 4 }),
      files: fc.array(fc.nat(4), { minLength: 1, maxLength: 6 }),
      links: fc.array(fc.tuple(fc.nat(4), fc.nat(9)), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(shape, ({ parents, files, links }) => {
        const root = mkdtempSync(join(tmpdir(), 'kb-tree-'));
        try {
          const folders = [root];
          parents.forEach((p, i) => {
            const parent = folders[Math.min(p, folders.length - 1)]!;
            folders.push(join(parent, `d${i}`));
            mkdirSync(folders[folders.length - 1]!);
          });
          const written = files.map((f, i) => {
            const path = join(folders[f % folders.length]!, `f${i}.txt`);
            writeFileSync(path, `Report ${i}\n`);
            return path;
          });
          links.forEach(([from, to], i) => {
            const targets = [...folders, ...written];
            const at = join(
              folders[from % folders.length]!,
              `l${i}${to % targets.length >= folders.length ? '.txt' : ''}`,
            );
            link(relative(dirname(at), targets[to % targets.length]!) || '.', at);
          });
          const listed = listDocumentFilesSync(root);
          const inodes = listed.map((f) => statSync(join(root, f)).ino);
          expect(new Set(inodes).size).toBe(listed.length); // no file twice
          expect(new Set(inodes)).toEqual(new Set(written.map((w) => statSync(w).ino))); // every file once
          expect(listed.every((f) => !f.split('/').some((part) => part.startsWith('l')))).toBe(true); // by its real path
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 40 },
    );
  });
});
