import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument, isDocument } from './document.ts';
import { listDocumentFiles, listDocumentFilesSync, type WalkNote, type WalkOptions } from './files.ts';
import { makeLabel } from './label.ts';
import { DEFAULT_MAX_DOCUMENT_BYTES } from './limits.ts';
import { applyManifest, readManifest } from './manifest.ts';
import type { CorpusDocument, LoadedCorpus, LoadWarning } from './types.ts';

export type WarningLog = (warning: LoadWarning) => void;

/**
 * Files read between two yields to the event loop. Small files read faster synchronously
 * than through the thread pool (measured: 50,000 files in ~3.7 s against ~7.3 s with
 * fs.promises), so the async loader reads in synchronous slices and yields between them.
 */
const SLICE = 256;

/** How the corpus folder is read: the settings MAX_DOCUMENT_BYTES and CORPUS_FOLLOW_OUTSIDE_LINKS. */
export interface CorpusReading {
  /** Files larger than this are skipped with a warning, unread. Default 5 MB. */
  maxDocumentBytes?: number;
  /** Read files that symbolic links in the folder point to outside it. Default off. */
  followOutsideLinks?: boolean;
}

export interface CorpusReadOptions extends WalkOptions, CorpusReading {}

/**
 * Loads every .txt and .md file under `dir` (any depth, sorted by path). Empty, binary,
 * non-UTF-8 and over-large files are skipped with a warning naming the file; the rest still
 * load. A UTF-8 byte-order mark is dropped from `text` (offsets start after it; sha256 covers the
 * file's bytes as they are). `manifest.json` in `dir`, if any, then overrides metadata.
 * Symbolic links are followed within the folder only (files.ts). Throws MissingCorpusError when
 * `dir` is not a readable folder.
 */
export async function loadCorpus(
  dir: string,
  log?: WarningLog,
  options: CorpusReadOptions = {},
): Promise<LoadedCorpus> {
  const notes: WalkNote[] = [];
  const files = await listDocumentFiles(dir, { ...options, onNote: (n) => notes.push(n) });
  const limit = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const built: (CorpusDocument | LoadWarning)[] = [...notes];
  for (let i = 0; i < files.length; i += SLICE) {
    if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    for (const file of files.slice(i, i + SLICE)) built.push(readDocument(dir, file, limit));
  }
  return assemble(dir, built, log);
}

/**
 * A document built from this file by an earlier load, when the file has not changed since (its
 * size and time say so): it is used as it is, and the file is not read.
 */
export type KnownDocument = (file: string) => CorpusDocument | undefined;

/** The same as loadCorpus, without yielding to the event loop (scripts, benches, the reload worker). */
export function loadCorpusSync(
  dir: string,
  log?: WarningLog,
  options: CorpusReadOptions = {},
  known?: KnownDocument,
): LoadedCorpus {
  const notes: WalkNote[] = [];
  const files = listDocumentFilesSync(dir, { ...options, onNote: (n) => notes.push(n) });
  const limit = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  return assemble(
    dir,
    [...notes, ...files.map((file) => known?.(file) ?? readDocument(dir, file, limit))],
    log,
  );
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1)} MB`;

function readDocument(dir: string, file: string, limit: number): CorpusDocument | LoadWarning {
  let fd: number | undefined;
  try {
    // The size is checked on the open file, so a file swapped after the check is not read whole.
    fd = openSync(join(dir, file), 'r');
    const size = fstatSync(fd).size;
    if (size > limit) {
      const reason = `too large (${megabytes(size)}, over the ${megabytes(limit)} limit: MAX_DOCUMENT_BYTES); skipped, not read`;
      return { file, reason };
    }
    return buildDocument(file, readFileSync(fd));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    return { file, reason: `cannot be read (${code ?? String(error)})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Warnings come in file order, then the manifest's. */
function assemble(
  dir: string,
  built: readonly (CorpusDocument | LoadWarning)[],
  log?: WarningLog,
): LoadedCorpus {
  const warnings: LoadWarning[] = [];
  const documents: CorpusDocument[] = [];
  const emit = (w: LoadWarning) => {
    warnings.push(w);
    log?.(w);
  };
  const ids = new Set<string>();
  for (const item of built) {
    if (!isDocument(item)) {
      emit(item);
      continue;
    }
    if (ids.has(item.id)) {
      // "a.md" and "a.txt" side by side: the later one keeps its extension in its id.
      emit({
        file: item.file,
        reason: `shares the id "${item.id}" with another file; loaded with id "${item.file}"`,
      });
      const renamed = { ...item, id: item.file };
      documents.push({ ...renamed, label: makeLabel(renamed.id, renamed.meta) });
    } else documents.push(item);
    ids.add(documents[documents.length - 1]!.id);
  }
  const manifest = readManifest(dir);
  manifest.warnings.forEach(emit);
  if (manifest.entries.size) {
    const applied = applyManifest(manifest, documents);
    applied.warnings.forEach(emit);
    for (let i = 0; i < documents.length; i++) {
      const doc = documents[i]!;
      const meta = applied.meta.get(doc.id);
      if (meta) documents[i] = { ...doc, meta, label: makeLabel(doc.id, meta) };
    }
  }
  return { dir, documents, warnings };
}
