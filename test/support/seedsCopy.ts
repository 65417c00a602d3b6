import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The bundled corpus (the five seed articles). */
export const SEEDS = resolve(import.meta.dirname, '../../corpus');

export interface SeedsCopy {
  /** The temporary folder holding both. */
  work: string;
  corpusDir: string;
  /** Beside the corpus, not yet created. */
  cacheDir: string;
  remove(): void;
}

/** A temporary copy of the bundled corpus that a test may change, with a cache folder beside it. */
export function seedsCopy(prefix: string): SeedsCopy {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const corpusDir = join(work, 'corpus');
  cpSync(SEEDS, corpusDir, { recursive: true });
  return {
    work,
    corpusDir,
    cacheDir: join(work, 'cache'),
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}
