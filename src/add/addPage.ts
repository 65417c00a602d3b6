import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument, isDocument } from '../corpus/document.ts';
import { documentId } from '../corpus/files.ts';
import { unreadableCharset } from '../corpus/html/charset.ts';
import { makeLabel, shortDate } from '../corpus/label.ts';
import { isPageFile } from '../corpus/pageFiles.ts';
import type { CorpusDocument, DocumentMeta } from '../corpus/types.ts';
import { extractCorpus } from '../extract/index.ts';
import {
  DEFAULT_LIMITS,
  FetchFailure,
  type FetchFailureKind,
  type FetchOptions,
  fetchDocument,
} from '../fetch/fetchPage.ts';
import {
  freeFileName,
  readManifestForUpdate,
  recordInManifest,
  slug,
  withCorpusLock,
  writeFileAtomic,
} from './corpusWrite.ts';

/**
 * Adds one web page to the corpus folder: fetched (or copied from a file), checked to hold an
 * article, compared with what the corpus already has, saved byte for byte under a readable name,
 * and recorded in the manifest with its address, the time it was fetched and by what.
 */

/** What the corpus already holds, as far as telling a duplicate needs. */
export type KnownDocument = Pick<CorpusDocument, 'file' | 'meta' | 'text'>;

export interface AddOptions {
  corpusDir: string;
  /** The corpus as it is now (read lazily: only a new article's duplicates check reads texts). */
  known: () => Iterable<KnownDocument>;
  /** "npm run add", "feed https://…", "/add-source by user 1 in server 2". */
  addedBy: string;
  fetch?: FetchOptions;
  now?: () => Date;
}

interface AddedPage {
  outcome: 'added';
  file: string;
  address: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  statements: number;
  events: number;
  figures: number;
}

type AddRefusal = FetchFailureKind | 'not-article' | 'corpus';

export type AddOutcome =
  | AddedPage
  | { outcome: 'duplicate'; address: string; file: string; why: string }
  | { outcome: 'refused'; address: string; kind: AddRefusal; why: string };

/** http://Example.org/a/ and http://example.org/a#top are one address. */
function sameAddressKey(address: string): string | null {
  if (!URL.canParse(address)) return null;
  const url = new URL(address);
  url.hash = '';
  return `${url.protocol}//${url.host.toLowerCase()}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The first paragraph of running text, long enough to tell one article from another. */
function leadParagraph(text: string, bodyStart: number): string | null {
  return (
    text
      .slice(bodyStart)
      .split('\n')
      .map(fold)
      .find((p) => p.length >= 80) ?? null
  );
}

const titleKey = (title: string | undefined) => (title ? fold(title).toLowerCase() : null);

/**
 * The same address, or the same lead paragraph. Texts are compared only with saved pages and
 * with documents of the same title, so an add reads a few texts, not the whole corpus's.
 */
function findDuplicate(
  known: Iterable<KnownDocument>,
  addresses: readonly string[],
  page: Pick<CorpusDocument, 'text' | 'bodyStart' | 'meta'>,
): { file: string; why: string } | null {
  const keys = new Set(addresses.map(sameAddressKey).filter((k): k is string => k !== null));
  const lead = leadParagraph(page.text, page.bodyStart);
  const title = titleKey(page.meta.title?.value);
  const docs = [...known];
  for (const doc of docs) {
    for (const address of [doc.meta.url?.value, doc.meta.fetched?.from]) {
      const key = address && sameAddressKey(address);
      if (key && keys.has(key))
        return {
          file: doc.file,
          why: `the same address (${address}) is already in the corpus as ${doc.file}`,
        };
    }
  }
  if (lead) {
    for (const doc of docs) {
      if (!isPageFile(doc.file) && (title === null || titleKey(doc.meta.title?.value) !== title)) continue;
      if (fold(doc.text).includes(lead))
        return { file: doc.file, why: `the same article text is already in the corpus as ${doc.file}` };
    }
  }
  return null;
}

function summary(doc: CorpusDocument, file: string, address: string, now: Date): AddedPage {
  const extraction = extractCorpus([doc], now).byDoc.get(doc.id);
  const meta: DocumentMeta = doc.meta;
  return {
    outcome: 'added',
    file,
    address,
    title: meta.title?.value ?? null,
    outlet: meta.outlet?.value ?? null,
    date: meta.published ? shortDate(meta.published.value) : null,
    statements: extraction?.statements.length ?? 0,
    events: extraction?.events.length ?? 0,
    figures: extraction?.figures.length ?? 0,
  };
}

/**
 * Pages this process added lately, per corpus folder: the corpus a caller passes may not show
 * them yet (the bot's reload follows a moment later; a script loaded the corpus once).
 */
const recentlyAdded = new Map<string, KnownDocument[]>();
const MAX_RECENT = 200;

function remember(dir: string, doc: KnownDocument): void {
  const list = recentlyAdded.get(dir) ?? [];
  list.push(doc);
  if (list.length > MAX_RECENT) list.shift();
  recentlyAdded.set(dir, list);
}

function knownNow(options: AddOptions): KnownDocument[] {
  return [...options.known(), ...(recentlyAdded.get(options.corpusDir) ?? [])];
}

/** One add at a time per corpus folder: the manifest is read, changed and written whole. */
const queues = new Map<string, Promise<unknown>>();

function serialised<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(dir) ?? Promise.resolve();
  const next = previous.then(work, work);
  const settled = next.catch(() => {});
  queues.set(dir, settled);
  void settled.then(() => {
    if (queues.get(dir) === settled) queues.delete(dir);
  });
  return next;
}

interface PageSource {
  address: string;
  urls: string[];
  fetchedFrom: string | null;
}

async function save(bytes: Buffer, source: PageSource, options: AddOptions): Promise<AddOutcome> {
  const refused = (kind: AddRefusal, why: string): AddOutcome => ({
    outcome: 'refused',
    address: source.address,
    kind,
    why,
  });
  // Read once, under a stand-in name: reading a page is the costly part of an add.
  const read = buildDocument('page.html', bytes);
  if (!isDocument(read)) return refused('not-article', `the page ${read.reason}`);
  const page = read;
  const addresses = [...source.urls, ...(page.meta.url ? [page.meta.url.value] : [])];
  const now = (options.now ?? (() => new Date()))();
  /** Under the corpus lock: the checks against what is on disk now, then the writes. */
  const write = (): AddOutcome | { file: string } => {
    const duplicate = findDuplicate(knownNow(options), addresses, page);
    if (duplicate) return { outcome: 'duplicate', address: source.address, ...duplicate };
    const manifest = readManifestForUpdate(options.corpusDir);
    if (!manifest.ok) return refused('corpus', manifest.reason);
    // Another process may have added it a moment ago, before this one's corpus reloaded.
    const recorded = recordedFile(manifest.json, addresses);
    if (recorded)
      return {
        outcome: 'duplicate',
        address: source.address,
        file: recorded,
        why: `the same address is already in the corpus as ${recorded}`,
      };
    const published = page.meta.published?.value;
    const datePrefix = published?.precision === 'day' && published.year ? `${shortDate(published)}-` : '';
    const base = `${datePrefix}${slug(page.meta.title?.value ?? new URL(source.urls[source.urls.length - 1] ?? 'http://x/page').pathname)}`;
    const file = freeFileName(options.corpusDir, base);
    try {
      writeFileAtomic(options.corpusDir, file, bytes);
      if (source.fetchedFrom) {
        const entry = {
          fetchedFrom: source.fetchedFrom,
          fetchedAt: now.toISOString(),
          addedBy: options.addedBy,
        };
        recordInManifest(options.corpusDir, manifest.json, file, entry);
      }
    } catch (error) {
      rmSync(join(options.corpusDir, file), { force: true });
      throw error;
    }
    return { file };
  };
  return serialised(options.corpusDir, async () => {
    let written: AddOutcome | { file: string };
    try {
      written = await withCorpusLock(options.corpusDir, write);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return refused(
        'corpus',
        code === 'ELOCKED'
          ? (error as Error).message
          : `the corpus folder could not be written (${code ?? String(error)})`,
      );
    }
    if ('outcome' in written) return written;
    const { file } = written;
    const id = documentId(file);
    const doc: CorpusDocument = {
      ...page,
      id,
      file,
      meta: { ...page.meta },
      label: makeLabel(id, page.meta),
    };
    if (source.fetchedFrom)
      doc.meta.fetched = { from: source.fetchedFrom, at: now.toISOString(), by: options.addedBy };
    remember(options.corpusDir, doc);
    return summary(doc, file, source.address, now);
  });
}

/** Fetches `address` and adds it; never throws for what the site or the address did wrong. */
export async function addFromAddress(address: string, options: AddOptions): Promise<AddOutcome> {
  const asked = sameAddressKey(address);
  for (const doc of knownNow(options)) {
    for (const known of [doc.meta.url?.value, doc.meta.fetched?.from]) {
      if (asked && known && sameAddressKey(known) === asked) {
        return {
          outcome: 'duplicate',
          address,
          file: doc.file,
          why: `the same address is already in the corpus as ${doc.file}`,
        };
      }
    }
  }
  try {
    const fetched = await fetchDocument(address, options.fetch);
    const charset = unreadableCharset(fetched.bytes, fetched.headers['content-type']);
    if (charset) {
      const why =
        `the site names the page's character set (${charset}) only in its answer, not in the page, ` +
        'so a saved copy would be misread; save the page from a browser and add the file';
      return { outcome: 'refused', address, kind: 'wrong-type', why };
    }
    return await save(
      fetched.bytes,
      { address, urls: [fetched.requested, fetched.url], fetchedFrom: fetched.url },
      options,
    );
  } catch (error) {
    if (error instanceof FetchFailure)
      return { outcome: 'refused', address, kind: error.kind, why: error.message };
    throw error;
  }
}

/** Copies a saved page (a file) into the corpus. */
export async function addFromFile(path: string, options: AddOptions): Promise<AddOutcome> {
  const refused = (kind: AddRefusal, why: string): AddOutcome => ({
    outcome: 'refused',
    address: path,
    kind,
    why,
  });
  if (!/\.html?$/i.test(path))
    return refused(
      'wrong-type',
      'only saved web pages (.html, .htm) are added this way; copy .txt and .md articles into the corpus folder',
    );
  let bytes: Buffer;
  try {
    const maxBytes = options.fetch?.limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes;
    if (statSync(path).size > maxBytes) return refused('too-large', `the file is over ${maxBytes} bytes`);
    bytes = readFileSync(path);
  } catch (error) {
    return refused(
      'bad-address',
      `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  return save(bytes, { address: path, urls: [], fetchedFrom: null }, options);
}

/** The file the manifest records as fetched from one of these addresses, if any. */
function recordedFile(manifest: Record<string, unknown>, addresses: readonly string[]): string | null {
  const keys = new Set(addresses.map(sameAddressKey).filter((k) => k !== null));
  const documents = manifest.documents;
  if (typeof documents !== 'object' || documents === null) return null;
  for (const [file, entry] of Object.entries(documents)) {
    const from = (entry as { fetchedFrom?: unknown } | null)?.fetchedFrom;
    const key = typeof from === 'string' ? sameAddressKey(from) : null;
    if (key && keys.has(key)) return file;
  }
  return null;
}

/** One line a person reads: what was added, or why not. */
export function describeOutcome(outcome: AddOutcome): string {
  if (outcome.outcome === 'added') {
    const what = [
      outcome.title ? `"${outcome.title}"` : 'untitled',
      outcome.outlet ?? 'outlet not stated',
      outcome.date ?? 'date not stated',
    ].join(' · ');
    return `added ${outcome.file}: ${what} · ${outcome.statements} statements, ${outcome.events} dated events, ${outcome.figures} figures`;
  }
  if (outcome.outcome === 'duplicate') return `already there: ${outcome.address}: ${outcome.why}`;
  return `not added: ${outcome.address}: ${outcome.why}`;
}
