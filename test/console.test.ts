import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { NODE_FLAGS } from '../src/runtime.ts';

const ROOT = resolve(import.meta.dirname, '..');
const run = promisify(execFile);
const cacheDir = mkdtempSync(join(tmpdir(), 'kb-console-cache-'));

async function ask(
  args: string[],
  input?: string,
): Promise<{ stdout: string; stderr: string; code: number }> {
  const child = run(process.execPath, [...NODE_FLAGS, '--import', 'tsx', 'src/console/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, CACHE_DIR: cacheDir, LOG_LEVEL: 'info' },
    timeout: 60_000,
  });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  } else {
    child.child.stdin!.end();
  }
  try {
    const { stdout, stderr } = await child;
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe('npm run ask: the console runs the bot’s handlers without Discord', () => {
  it('--json prints the exact payloads as one JSON array and nothing else on stdout', async () => {
    const { stdout, code } = await ask(['--json', '/timeline month:2023-09']);
    expect(code).toBe(0);
    const pages = JSON.parse(stdout) as {
      embeds: { description: string }[];
      allowedMentions: { parse: [] };
    }[];
    expect(Array.isArray(pages)).toBe(true);
    expect(pages[0]!.allowedMentions).toEqual({ parse: [] });
    expect(pages[0]!.embeds[0]!.description).toContain('2023-09-19');
  });

  it('prints every page for a person, and the card’s short form /timeline 2023-09 works', async () => {
    const { stdout, code } = await ask(['/timeline 2023-09']);
    expect(code).toBe(0);
    expect(stdout).toContain('# Timeline: 2023-09');
    expect(stdout).toContain('> On September 19, tensions flared up again in Nagorno-Karabakh.');
  });

  it('bad input: a one-line error and exit code 1', async () => {
    const { stdout, code } = await ask(['/timeline month:2023-13']);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout).toContain('months run from 01 to 12');
  });

  it('--corpus answers from another folder, and a skipped file is warned about on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-console-corpus-'));
    mkdirSync(join(dir, 'news'));
    writeFileSync(
      join(dir, 'news', 'a.txt'),
      'Ceasefire holds in the region\n\nOn March 3, 2024, the foreign minister said that talks would resume.\n',
    );
    writeFileSync(join(dir, 'empty.txt'), '');
    const { stdout, stderr, code } = await ask(['--corpus', dir, '/sources']);
    expect(code).toBe(0);
    expect(stdout).toContain('news/a.txt');
    expect(stderr).toContain('empty.txt');
  });

  it('with no command, reads commands from standard input until quit', async () => {
    const { stdout, code } = await ask([], '/who-said speaker:Putin\nquit\n/sources\n');
    expect(code).toBe(0);
    expect(stdout).toContain('What Vladimir Putin said');
    expect(stdout).not.toContain('Sources in the corpus');
  });
});
