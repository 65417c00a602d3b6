import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeArticle } from './article.ts';
import { GAZETTEER_SPEAKERS, longTail } from './vocabulary.ts';

/** Bump when the generator changes, so a stale synthetic corpus on disk is rewritten. */
const GENERATOR_VERSION = 2;
const MARKER = 'synthetic.json';

export interface SyntheticCorpus {
  dir: string;
  documents: number;
  bytes: number;
  /** False when an identical corpus was already on disk. */
  written: boolean;
}

/** Long-tail sizes grow with the corpus (more articles name more officials and villages). */
function tailSizes(documents: number): { speakers: number; places: number } {
  return {
    speakers: Math.min(2000, 50 + Math.floor(documents / 20)),
    places: Math.min(20000, 200 + Math.floor(documents / 2)),
  };
}

export function articleFileName(index: number): string {
  return `${String(index).padStart(6, '0')}_synthetic.txt`;
}

/** Writes (or reuses) a deterministic corpus of `documents` articles in `dir`. */
export function generateCorpus(dir: string, documents: number, seed = 1): SyntheticCorpus {
  const marker = join(dir, MARKER);
  const wanted = { generator: GENERATOR_VERSION, documents, seed };
  if (existsSync(marker)) {
    try {
      const found = JSON.parse(readFileSync(marker, 'utf8')) as typeof wanted & { bytes: number };
      if (found.generator === wanted.generator && found.documents === documents && found.seed === seed) {
        return { dir, documents, bytes: found.bytes, written: false };
      }
    } catch {
      // a broken marker: rewrite the corpus
    }
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sizes = tailSizes(documents);
  const tail = longTail(seed, sizes.speakers, sizes.places);
  const ctx = { speakers: [...GAZETTEER_SPEAKERS, ...tail.speakers], places: tail.places };
  let bytes = 0;
  for (let i = 0; i < documents; i++) {
    const text = writeArticle(seed, i, ctx);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, articleFileName(i)), text);
  }
  // The marker is not a .txt/.md file, so the corpus loader skips it.
  writeFileSync(marker, JSON.stringify({ ...wanted, bytes }));
  return { dir, documents, bytes, written: true };
}
