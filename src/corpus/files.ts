import { type Dirent, readdirSync, realpathSync, type Stats, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Only plain-text articles are documents; anything else in the folder (manifest.json, images) is left alone. */
const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

function isDocumentFile(name: string): boolean {
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
  constructor(
    readonly dir: string,
    detail: string,
  ) {
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

/** What the walk found besides documents: links it did not follow, and why. */
export interface WalkNote {
  /** Path under the corpus folder ('/'-separated): the link, never where it points. */
  file: string;
  reason: string;
}

export interface WalkOptions {
  /**
   * Follow symbolic links whose target lies outside the corpus folder (CORPUS_FOLLOW_OUTSIDE_LINKS=1,
   * read by src/config.ts). Default off, so a stray link cannot make the bot quote /etc/passwd.
   */
  followOutsideLinks?: boolean;
  onNote?: (note: WalkNote) => void;
}

const LOOP = 'a symbolic link that loops back to a folder above it; skipped';
const OUTSIDE =
  'a symbolic link that points outside the corpus folder; not read (set CORPUS_FOLLOW_OUTSIDE_LINKS=1 to allow)';

/** A file's identity on disk, the same whichever link reaches it. */
const identity = (s: Stats) => `${s.dev}:${s.ino}`;

function isInside(real: string, root: string): boolean {
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}

interface Link {
  rel: string;
  name: string;
  /** Real paths of the folders from the root down to the one holding the link. */
  ancestors: readonly string[];
}

/**
 * Relative paths ('/'-separated, sorted) of every .txt and .md file under `dir`, at any depth.
 * Each file on disk is listed once, under its real path in the folder where it has one: real
 * folders are walked first, symbolic links after, and a folder or file already reached is not
 * reached again (so `ln -s . loop` neither multiplies the corpus nor walks for ever). A link
 * back to a folder above it, a link to something already listed and a link out of the folder
 * are noted (by the link's own path) and skipped.
 */
export function listDocumentFilesSync(dir: string, options: WalkOptions = {}): string[] {
  let root: string;
  try {
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    root = realpathSync(dir);
    readdirSync(dir);
  } catch (error) {
    throw describeMissing(dir, error);
  }
  const followOutside = options.followOutsideLinks ?? false;
  const note = (file: string, reason: string) => options.onNote?.({ file, reason });
  const found: string[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Map<string, string>();
  const links: Link[] = [];

  const visitDir = (rel: string, ancestors: readonly string[]) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(rel ? join(dir, rel) : dir, { withFileTypes: true });
    } catch (error) {
      note(rel, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      return;
    }
    entries.sort((a, b) => byPath(a.name, b.name));
    for (const entry of entries) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) links.push({ rel: child, name: entry.name, ancestors });
      else if (entry.isFile()) addFile(child, entry.name);
      else if (entry.isDirectory() && !entry.name.startsWith('.')) enterDir(child, ancestors);
    }
  };
  const enterDir = (rel: string, ancestors: readonly string[]): void => {
    let st: Stats;
    let real: string;
    try {
      st = statSync(join(dir, rel));
      real = realpathSync(join(dir, rel));
    } catch {
      return;
    }
    if (seenDirs.has(identity(st))) return;
    seenDirs.add(identity(st));
    visitDir(rel, [...ancestors, real]);
  };
  /** Files are told apart by identity only once a link is met: a plain folder costs no stat per file. */
  let byIdentity = false;
  const remember = (rel: string, st?: Stats): boolean => {
    try {
      st ??= statSync(join(dir, rel));
    } catch {
      return false;
    }
    if (seenFiles.has(identity(st))) return false; // a hard link, or a file reached through a link
    seenFiles.set(identity(st), rel);
    return true;
  };
  const addFile = (rel: string, name: string, st?: Stats): boolean => {
    if (!isDocumentFile(name)) return true;
    if (byIdentity && !remember(rel, st)) return false;
    found.push(rel);
    return true;
  };

  seenDirs.add(identity(statSync(dir)));
  visitDir('', [root]);
  if (links.length) {
    byIdentity = true;
    const plain = found.splice(0);
    for (const rel of plain) if (remember(rel)) found.push(rel);
  }
  // Links last, so a file reachable both ways keeps its real path; a linked folder may hold links.
  for (let i = 0; i < links.length; i++) followLink(links[i]!);
  return found.sort(byPath);

  function followLink({ rel, name, ancestors }: Link): void {
    let st: Stats;
    let real: string;
    try {
      st = statSync(join(dir, rel));
      real = realpathSync(join(dir, rel));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') note(rel, LOOP);
      return; // a broken link counts as nothing
    }
    if (st.isDirectory() && name.startsWith('.')) return;
    if (!st.isDirectory() && !(st.isFile() && isDocumentFile(name))) return;
    if (!followOutside && !isInside(real, root)) {
      note(rel, OUTSIDE);
      return;
    }
    if (st.isFile()) {
      if (!addFile(rel, name, st))
        note(rel, `the same file as ${seenFiles.get(identity(st))}; loaded once, under that name`);
      return;
    }
    if (ancestors.includes(real)) {
      note(rel, LOOP);
      return;
    }
    if (seenDirs.has(identity(st))) {
      note(rel, 'a symbolic link to a folder already read; skipped');
      return;
    }
    seenDirs.add(identity(st));
    visitDir(rel, [...ancestors, real]);
  }
}

/** The walk is synchronous: listing is cheap next to reading, and one walk keeps one order. */
export async function listDocumentFiles(dir: string, options: WalkOptions = {}): Promise<string[]> {
  return listDocumentFilesSync(dir, options);
}
