import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE } from '../corpus/manifest.ts';

/**
 * Writes into the corpus folder so that a reader (the loader, the bot's watcher) sees either the
 * old state or the new one: each file is written whole under a hidden temporary name, then renamed
 * into place. A write that fails removes its temporary file.
 */
export function writeFileAtomic(dir: string, name: string, bytes: Uint8Array | string): void {
  const temp = join(
    dir,
    `.${name.replace(/\//g, '_')}.${process.pid}.${randomBytes(4).toString('hex')}.part`,
  );
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    renameSync(temp, join(dir, name));
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The manifest as JSON to add to, or why it must not be touched (a hand-edited file with an error). */
export function readManifestForUpdate(
  dir: string,
): { ok: true; json: JsonObject } | { ok: false; reason: string } {
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path)) return { ok: true, json: { documents: {} } };
  try {
    const json: unknown = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    if (!isObject(json) || (json.documents !== undefined && !isObject(json.documents))) {
      return {
        ok: false,
        reason: `${MANIFEST_FILE} is not an object with a "documents" object; fix it first`,
      };
    }
    return { ok: true, json };
  } catch (error) {
    return {
      ok: false,
      reason: `${MANIFEST_FILE} is not valid JSON (${(error as Error).message}); fix it first`,
    };
  }
}

export interface FetchEntry {
  fetchedFrom: string;
  fetchedAt: string;
  addedBy: string;
}

/** Adds or replaces one document's entry, keeping everything else in the manifest as it was. */
export function recordInManifest(dir: string, json: JsonObject, file: string, entry: FetchEntry): void {
  const documents = isObject(json.documents) ? json.documents : {};
  const next = {
    ...json,
    documents: { ...documents, [file]: { ...(isObject(documents[file]) ? documents[file] : {}), ...entry } },
  };
  writeFileAtomic(dir, MANIFEST_FILE, `${JSON.stringify(next, null, 2)}\n`);
}

/** "Baku says operation over!" → "baku-says-operation-over": letters and digits of the title, ASCII, at most 60. */
export function slug(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const words = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const cut = words.slice(0, 60).replace(/-[^-]*$/, (tail) => (words.length > 60 ? '' : tail));
  return cut.replace(/-+$/, '') || 'page';
}

/** A name not taken yet in `dir`: `base.html`, else `base-2.html`, `base-3.html`… */
export function freeFileName(dir: string, base: string, ext = '.html'): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}${ext}` : `${base}-${n}${ext}`;
    if (!existsSync(join(dir, name))) return name;
  }
}

const LOCK_FILE = '.add.lock';
/** A lock older than this was left by a process that died mid-add. */
const STALE_LOCK_MS = 60_000;

/**
 * Runs `work` while holding the corpus folder's add lock (a hidden file created exclusively), so
 * two processes adding at once (two shards, the bot and `npm run add`) never read and rewrite the
 * manifest over each other. Waits for the lock up to `waitMs`, then throws.
 */
export async function withCorpusLock<T>(dir: string, work: () => T, waitMs = 10_000): Promise<T> {
  const path = join(dir, LOCK_FILE);
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      closeSync(openSync(path, 'wx'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(path).mtimeMs > STALE_LOCK_MS) rmSync(path, { force: true });
      } catch {
        // gone meanwhile: try again
      }
      if (Date.now() > deadline)
        throw Object.assign(new Error('another add is still writing to the corpus folder'), {
          code: 'ELOCKED',
        });
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  try {
    return work();
  } finally {
    rmSync(path, { force: true });
  }
}
