import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument, isDocument } from './document.ts';
import { listDocumentFiles, listDocumentFilesSync } from './files.ts';
import { makeLabel } from './label.ts';
import { applyManifest, readManifest } from './manifest.ts';
import type { CorpusDocument, LoadedCorpus, LoadWarning } from './types.ts';

export type WarningLog = (warning: LoadWarning) => void;

/**
 * Files read between two yields to the event loop. Small files read faster synchronously
 * than through the thread pool (measured: 50,000 files in ~3.7 s against ~7.3 s with
 * fs.promises), so the async loader reads in synchronous slices and yields between them.
 */
const SLICE = 256;

/**
 * Loads every .txt and .md file under `dir` (any depth, sorted by path). Empty, binary
 * and non-UTF-8 files are skipped with a warning naming the file; the rest still load.
 * A UTF-8 byte-order mark is dropped from `text` (offsets start after it; sha256 covers the
 * file's bytes as they are). `manifest.json` in `dir`, if any, then overrides metadata.
 * Throws MissingCorpusError when `dir` is not a readable folder.
 */
export async function loadCorpus(dir: string, log?: WarningLog): Promise<LoadedCorpus> {
  const files = await listDocumentFiles(dir);
  const built: (CorpusDocument | LoadWarning)[] = [];
  for (let i = 0; i < files.length; i += SLICE) {
    if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    for (const file of files.slice(i, i + SLICE)) built.push(readDocument(dir, file));
  }
  return assemble(dir, built, log);
}

/**
 * A document built from this file by an earlier load, when the file has not changed since (its
 * size and time say so): it is used as it is, and the file is not read.
 */
export type KnownDocument = (file: string) => CorpusDocument | undefined;

/** The same as loadCorpus, without yielding to the event loop (scripts, benches, the reload worker). */
export function loadCorpusSync(dir: string, log?: WarningLog, known?: KnownDocument): LoadedCorpus {
  const files = listDocumentFilesSync(dir);
  return assemble(dir, files.map((file) => known?.(file) ?? readDocument(dir, file)), log);
}

function readDocument(dir: string, file: string): CorpusDocument | LoadWarning {
  try {
    return buildDocument(file, readFileSync(join(dir, file)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    return { file, reason: `cannot be read (${code ?? String(error)})` };
  }
}

/** Warnings come in file order, then the manifest's. */
function assemble(dir: string, built: readonly (CorpusDocument | LoadWarning)[], log?: WarningLog): LoadedCorpus {
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
      emit({ file: item.file, reason: `shares the id "${item.id}" with another file; loaded with id "${item.file}"` });
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
