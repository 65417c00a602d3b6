import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTOR_SOURCES_HASH, EXTRACTOR_VERSION } from '../../src/extract/version.ts';
import {
  INDEX_RULES_SOURCES,
  INDEX_RULES_SOURCES_HASH,
  INDEX_RULES_VERSION,
} from '../../src/index/rulesVersion.ts';

/**
 * The persisted index is keyed by hand-kept versions, not by hashing sources at run time (the
 * bot runs from compiled JavaScript). These tests are what keeps the versions honest: a change
 * to the sources without a new version and hash fails here, with the hash to record.
 */
const SRC = join(import.meta.dirname, '..', '..', 'src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith('.ts') ? [path] : [];
    });
}

/** Paths relative to src/ with forward slashes, contents with LF line ends: the same on every checkout. */
function sourcesHash(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    const name = relative(SRC, file).split('\\').join('/');
    hash.update(`${name}\0`).update(readFileSync(file, 'utf8').replace(/\r\n/g, '\n')).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

describe('the persisted index versions', () => {
  it('the extraction version was bumped with the last change to src/extract or src/corpus', () => {
    const files = [...tsFiles(join(SRC, 'extract')), ...tsFiles(join(SRC, 'corpus'))].filter(
      (f) => !f.endsWith(join('extract', 'version.ts')),
    );
    const actual = sourcesHash(files);
    expect(
      actual,
      `src/extract or src/corpus changed: bump EXTRACTOR_VERSION (now ${EXTRACTOR_VERSION}) in src/extract/version.ts ` +
        `and set EXTRACTOR_SOURCES_HASH to '${actual}', so persisted extractions are redone`,
    ).toBe(EXTRACTOR_SOURCES_HASH);
  });

  it('the index rules version was bumped with the last change to the code that builds the index files', () => {
    const actual = sourcesHash(INDEX_RULES_SOURCES.map((name) => join(SRC, 'index', name)));
    expect(
      actual,
      `${INDEX_RULES_SOURCES.join(', ')} changed: bump INDEX_RULES_VERSION (now ${INDEX_RULES_VERSION}) in ` +
        `src/index/rulesVersion.ts and set INDEX_RULES_SOURCES_HASH to '${actual}', so the index files are rebuilt`,
    ).toBe(INDEX_RULES_SOURCES_HASH);
  });
});
