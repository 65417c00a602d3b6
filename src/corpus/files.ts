import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** Only plain-text articles are documents; anything else in the folder (manifest.json, images) is left alone. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

export function isDocumentFile(name: string): boolean {
  const lower = name.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Id of a document: its relative path without the extension, '/' between folders. */
export function documentId(relativePath: string): string {
  return relativePath.replace(/\.(txt|md|html?)$/i, '');
}

/** Code-unit order, not locale order, so every machine lists the corpus the same way. */
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class MissingCorpusError extends Error {
  constructor(readonly dir: string, detail: string) {
    super(`Corpus folder ${dir} ${detail}. Point the bot at a folder of .txt or .md articles.`);
    this.name = 'MissingCorpusError';
  }
}

function describeMissing(dir: string, error: unknown): MissingCorpusError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new MissingCorpusError(dir, 'does not exist');
  if (code === 'ENOTDIR') return new MissingCorpusError(dir, 'is not a folder');
  if (code === 'EACCES') return new MissingCorpusError(dir, 'cannot be read (permission denied)');
  return new MissingCorpusError(dir, `cannot be read (${code ?? String(error)})`);
}

/** A symbolic link counts as what it points to; a broken link counts as nothing. */
function kindOf(entry: Dirent, fullPath: string): 'file' | 'dir' | 'other' {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'dir';
  if (!entry.isSymbolicLink()) return 'other';
  try {
    const s = statSync(fullPath);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'other';
  }
}

/** Relative paths ('/'-separated, sorted) of every .txt and .md file under `dir`, at any depth. */
export function listDocumentFilesSync(dir: string): string[] {
  let top: Dirent[];
  try {
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    top = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw describeMissing(dir, error);
  }
  const found: string[] = [];
  const visit = (entries: Dirent[], prefix: string) => {
    for (const entry of entries) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      const kind = kindOf(entry, join(dir, rel));
      if (kind === 'file' && isDocumentFile(entry.name)) found.push(rel);
      else if (kind === 'dir' && !entry.name.startsWith('.')) visit(readdirSync(join(dir, rel), { withFileTypes: true }), rel);
    }
  };
  visit(top, '');
  return found.sort(byPath);
}

/** The walk is synchronous: listing is cheap next to reading, and one walk keeps one order. */
export async function listDocumentFiles(dir: string): Promise<string[]> {
  return listDocumentFilesSync(dir);
}
