import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, ENVIRONMENT, readSettings } from '../src/config.ts';

const ROOT = join(import.meta.dirname, '..');

function problem(env: Record<string, string>): ConfigError {
  try {
    readSettings(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name).slice(ROOT.length + 1));
}

describe('one configuration module', () => {
  it('.env.example documents every variable the config reads, and no other', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    const documented = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(ENVIRONMENT).sort());
  });

  it('nothing under src/ reads process.env but the config module and the entry points', () => {
    // The corpus reader and the index take CACHE_DIR, MAX_DOCUMENT_BYTES and CORPUS_FOLLOW_OUTSIDE_LINKS as options.
    const readers = sources('src').filter((file) =>
      readFileSync(join(ROOT, file), 'utf8').includes('process.env'),
    );
    expect(readers).toEqual(['src/config.ts']);
  });

  it('the settings every program takes have defaults', () => {
    expect(readSettings({})).toEqual({ corpusDir: 'corpus', logLevel: 'info' });
    expect(
      readSettings({
        CORPUS_DIR: 'other',
        CACHE_DIR: '/var/cache/kb',
        MAX_DOCUMENT_BYTES: '8MB',
        CORPUS_FOLLOW_OUTSIDE_LINKS: 'yes',
        FEEDS_INTERVAL: '30m',
        LOG_FORMAT: 'json',
      }),
    ).toEqual({
      corpusDir: 'other',
      logLevel: 'info',
      cacheDir: '/var/cache/kb',
      maxDocumentBytes: 8_000_000,
      followOutsideLinks: true,
      feedsIntervalMs: 1_800_000,
    });
    expect(readSettings({ LOG_FORMAT: 'pretty' }).prettyLogs).toBe(true);
    expect(readSettings({ CORPUS_FOLLOW_OUTSIDE_LINKS: '0' }).followOutsideLinks).toBeUndefined();
  });

  it.each([
    ['FEEDS_INTERVAL', 'soon', /such as 30m, 2h or 900s.*empty for no polling/],
    ['FEEDS_INTERVAL', '10s', /at least a minute/],
    ['LOG_FORMAT', 'yaml', /expected json or pretty/],
    ['CORPUS_FOLLOW_OUTSIDE_LINKS', 'maybe', /expected 1 \(or true, yes\) or 0/],
    ['MAX_DOCUMENT_BYTES', 'lots', /such as 5000000 or 5MB/],
    ['LOG_LEVEL', 'loud', /expected one of fatal, error/],
  ])('%s=%s → an error that names the variable and says what would work', (variable, value, what) => {
    const error = problem({ [variable]: value });
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
    expect(error.message).toMatch(what);
  });
});
