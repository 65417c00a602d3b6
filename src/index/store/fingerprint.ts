/**
 * The keys the persisted index is stamped with, so that what is read back belongs to this
 * corpus, these extraction rules and this store layout: the corpus folder's fingerprint (file
 * names, sizes, times), each document's key, the corpus key over all of them, and the
 * extractor's key (hand-kept versions, see extract/version.ts: no source file is read at run time).
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { listDocumentFilesSync } from '../../corpus/files.ts';
import { pageReaderVersions } from '../../corpus/html/versions.ts';
import { DEFAULT_MAX_DOCUMENT_BYTES } from '../../corpus/limits.ts';
import type { CorpusReading } from '../../corpus/load.ts';
import { MANIFEST_FILE } from '../../corpus/manifest.ts';
import { EXTRACTOR_SOURCES_HASH, EXTRACTOR_VERSION } from '../../extract/version.ts';
import { INDEX_RULES_SOURCES_HASH, INDEX_RULES_VERSION } from '../rulesVersion.ts';
import type { DocumentHead } from '../texts.ts';

/** Bump when the layout of the persisted files (frames.ts, codec.ts, fileStore.ts) changes. */
export const FORMAT = 'karabakh-kb/3';

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/**
 * Each corpus file's size, modification time and inode, by path (the manifest's too, under its
 * name, 'absent' when there is none): taken before any file is read, so a file written while the
 * corpus is read shows a new stamp next time and is read again.
 */
export function corpusStamps(corpusDir: string, reading: CorpusReading = {}): Map<string, string> {
  const stamps = new Map<string, string>();
  const files = listDocumentFilesSync(corpusDir, { followOutsideLinks: reading.followOutsideLinks });
  for (const file of [...files, MANIFEST_FILE]) {
    let stamp = 'absent';
    try {
      const st = statSync(join(corpusDir, file));
      stamp = `${st.size}:${st.mtimeMs}:${st.ino}`;
    } catch {
      // absent manifest, or a file gone since listing: part of the fingerprint too
    }
    stamps.set(file, stamp);
  }
  return stamps;
}

/**
 * What the corpus folder holds, by file name, size and modification time (and the manifest's):
 * when it matches the records', the documents' metadata comes from the cache and no text is
 * read at all (make and git trust the same signal); texts are then read when an answer cites them.
 */
export function corpusFingerprint(
  corpusDir: string,
  reading: CorpusReading = {},
  stamps = corpusStamps(corpusDir, reading),
): string {
  const hash = createHash('sha256');
  // Which files are read depends on the limit too (and the stamps list the files the walk reached).
  hash.update(`max-bytes\0${reading.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES}\0`);
  for (const [file, stamp] of stamps) hash.update(`${file}\0${stamp}\0`);
  return hash.digest('hex');
}

let extractorKeyMemo: string | undefined;

/**
 * The extraction's key: the hand-kept version and its sources' recorded hash (see
 * extract/version.ts; a test keeps them current), and the page readers' library versions.
 * (extract/version.ts imports nothing, which keeps chrono and the extractors out of a cache-hit start-up.)
 */
export function extractorKey(): string {
  if (extractorKeyMemo) return extractorKeyMemo;
  const hash = createHash('sha256').update(`${FORMAT}\0${EXTRACTOR_VERSION}\0${EXTRACTOR_SOURCES_HASH}\0`);
  hash.update(pageReaderVersions());
  extractorKeyMemo = hash.digest('hex');
  return extractorKeyMemo;
}

/** Everything extraction reads of a document besides other documents' timelines. */
export function documentKey(doc: DocumentHead): string {
  return sha256(`${doc.id}\0${doc.sha256}\0${doc.bodyStart}\0${JSON.stringify(doc.meta)}`);
}

export function corpusKey(
  documents: readonly DocumentHead[],
  docKeys: ReadonlyMap<string, string>,
  extractor = extractorKey(),
): string {
  const hash = createHash('sha256').update(extractor);
  for (const d of documents) hash.update(`\0${docKeys.get(d.id)}`);
  return hash.digest('hex');
}

/** The code that builds the index files (rulesVersion.ts): when it changes they are rebuilt, records kept. */
const indexRulesKey = () => `${INDEX_RULES_VERSION}-${INDEX_RULES_SOURCES_HASH}`;

/** What one index file of this corpus state is tagged with: read back only under the same tag. */
export const indexTag = (key: string, kind: string): string => `${FORMAT}:${key}:${indexRulesKey()}:${kind}`;
