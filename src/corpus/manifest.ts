import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DateParts, isRealDate } from './metadata/dateText.ts';
import type { CorpusDocument, DocumentMeta, FetchRecord, LoadWarning, SourceDate } from './types.ts';

/**
 * `manifest.json` beside the documents corrects metadata without touching article text:
 *
 *   { "documents": { "004_e66b.txt": { "title": "…", "outlet": "…", "published": "2020-10-24", "url": "…" } } }
 *
 * A document is named by file name, relative path, or id. `published` is YYYY-MM-DD, YYYY-MM
 * or YYYY. A field set to null removes what was inferred (a wrong headline, say). Keys starting
 * with "$" are comments. Anything wrong becomes a warning naming the problem and is skipped;
 * a manifest that is not JSON is ignored as a whole.
 */

export const MANIFEST_FILE = 'manifest.json';
const FIELDS = ['title', 'outlet', 'published', 'url'] as const;
type Field = (typeof FIELDS)[number];
/** Written by `npm run add`, feeds and /add-source: where and when a page was fetched, and by what. */
const FETCH_FIELDS = ['fetchedFrom', 'fetchedAt', 'addedBy'] as const;
type FetchField = (typeof FETCH_FIELDS)[number];

/** null clears the field; a missing key leaves the text's own metadata. */
type ManifestEntry = Partial<Record<Exclude<Field, 'published'>, string | null>> & {
  published?: SourceDate | null;
  fetched?: FetchRecord;
};

export interface Manifest {
  /** Keyed by the name used in the manifest. */
  entries: Map<string, ManifestEntry>;
  warnings: LoadWarning[];
}

const EMPTY: Manifest = { entries: new Map(), warnings: [] };

function warn(reason: string): LoadWarning {
  return { file: MANIFEST_FILE, reason };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "2020-10-24" → day, "2020-10" → month, "2020" → year; anything else (or 2020-02-30) → null. */
export function parseManifestDate(value: string): SourceDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const parts: DateParts = { precision: m[3] ? 'day' : m[2] ? 'month' : 'year', year: Number(m[1]) };
  if (m[2]) parts.month = Number(m[2]);
  if (m[3]) parts.day = Number(m[3]);
  if (!isRealDate(parts)) return null;
  return { ...parts, yearStatus: 'stated', yearReason: 'manifest.json gives the year' };
}

function readEntry(name: string, raw: unknown, warnings: LoadWarning[]): ManifestEntry | null {
  if (!isObject(raw)) {
    warnings.push(warn(`entry "${name}" is not an object; skipped`));
    return null;
  }
  const entry: ManifestEntry = {};
  const fetch: Partial<Record<FetchField, string>> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith('$')) continue;
    if ((FETCH_FIELDS as readonly string[]).includes(key)) {
      if (typeof value === 'string' && value.trim()) fetch[key as FetchField] = value.trim();
      else warnings.push(warn(`entry "${name}": "${key}" must be a non-empty string; ignored`));
      continue;
    }
    if (!(FIELDS as readonly string[]).includes(key)) {
      warnings.push(
        warn(
          `entry "${name}" has unknown key "${key}" (known: ${[...FIELDS, ...FETCH_FIELDS].join(', ')}); ignored`,
        ),
      );
      continue;
    }
    const field = key as Field;
    if (value === null) {
      entry[field] = null;
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      warnings.push(warn(`entry "${name}": "${field}" must be a non-empty string or null; ignored`));
      continue;
    }
    const text = value.trim();
    if (field === 'published') {
      const date = parseManifestDate(text);
      if (date) entry.published = date;
      else
        warnings.push(
          warn(
            `entry "${name}": published "${text}" is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY; ignored`,
          ),
        );
    } else if (field === 'url') {
      if (/^https?:\/\/\S+$/i.test(text) && URL.canParse(text)) entry.url = text;
      else warnings.push(warn(`entry "${name}": url "${text}" is not an http(s) address; ignored`));
    } else {
      entry[field] = text;
    }
  }
  const fetched = readFetchRecord(name, fetch, warnings);
  if (fetched) entry.fetched = fetched;
  return entry;
}

function readFetchRecord(
  name: string,
  fields: Partial<Record<FetchField, string>>,
  warnings: LoadWarning[],
): FetchRecord | null {
  if (!fields.fetchedFrom && !fields.fetchedAt && !fields.addedBy) return null;
  const from = fields.fetchedFrom;
  if (!from || !/^https?:\/\/\S+$/i.test(from) || !URL.canParse(from)) {
    warnings.push(
      warn(
        `entry "${name}": fetchedFrom must be the http(s) address the page was fetched from; fetch record ignored`,
      ),
    );
    return null;
  }
  const at = fields.fetchedAt;
  if (!at || Number.isNaN(Date.parse(at))) {
    warnings.push(
      warn(
        `entry "${name}": fetchedAt must be an ISO time such as 2023-09-20T10:00:00Z; fetch record ignored`,
      ),
    );
    return null;
  }
  return { from, at, by: fields.addedBy ?? 'not recorded' };
}

/** The manifest in `dir`, if there is one. Never throws: every problem becomes a warning. */
export function readManifest(dir: string): Manifest {
  let source: string;
  try {
    source = readFileSync(join(dir, MANIFEST_FILE), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? EMPTY
      : { entries: new Map(), warnings: [warn(`cannot be read (${code ?? String(error)}); ignored`)] };
  }
  return parseManifest(source);
}

export function parseManifest(source: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      entries: new Map(),
      warnings: [warn(`is not valid JSON (${(error as Error).message}); ignored`)],
    };
  }
  if (!isObject(json))
    return {
      entries: new Map(),
      warnings: [warn('must be a JSON object with a "documents" object; ignored')],
    };
  const warnings: LoadWarning[] = [];
  for (const key of Object.keys(json)) {
    if (key !== 'documents' && !key.startsWith('$'))
      warnings.push(warn(`unknown top-level key "${key}" (expected "documents"); ignored`));
  }
  const documents = json.documents;
  if (documents === undefined) return { entries: new Map(), warnings };
  if (!isObject(documents))
    return {
      entries: new Map(),
      warnings: [...warnings, warn('"documents" must be an object keyed by file name or id; ignored')],
    };
  const entries = new Map<string, ManifestEntry>();
  for (const [name, raw] of Object.entries(documents)) {
    if (name.startsWith('$')) continue;
    const entry = readEntry(name, raw, warnings);
    if (entry) entries.set(name, entry);
  }
  return { entries, warnings };
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/** Which documents a manifest name points at: exact path or id first, then a file name anywhere. */
function matchDocuments(name: string, documents: readonly CorpusDocument[]): CorpusDocument[] {
  const key = name.replace(/\\/g, '/').replace(/^\.\//, '');
  const exact = documents.filter((d) => d.file === key || d.id === key);
  if (exact.length) return exact;
  return documents.filter((d) => baseName(d.file) === key || baseName(d.id) === key);
}

function applyEntry(meta: DocumentMeta, entry: ManifestEntry): DocumentMeta {
  const next: DocumentMeta = { ...meta };
  const sourced = <T>(value: T) => ({ value, how: 'manifest' as const, why: MANIFEST_FILE });
  if (entry.title !== undefined) next.title = entry.title === null ? null : sourced(entry.title);
  if (entry.outlet !== undefined) next.outlet = entry.outlet === null ? null : sourced(entry.outlet);
  if (entry.url !== undefined) next.url = entry.url === null ? null : sourced(entry.url);
  if (entry.published !== undefined)
    next.published = entry.published === null ? null : sourced(entry.published);
  if (entry.fetched) {
    next.fetched = entry.fetched;
    if (!next.url && entry.url !== null)
      next.url = {
        value: entry.fetched.from,
        how: 'manifest',
        why: 'the address it was fetched from (manifest.json)',
      };
  }
  return next;
}

/**
 * Applies the manifest to the documents (returning new metadata per document id) and warns
 * about names that match no document or more than one.
 */
export function applyManifest(
  manifest: Manifest,
  documents: readonly CorpusDocument[],
): { meta: Map<string, DocumentMeta>; warnings: LoadWarning[] } {
  const meta = new Map<string, DocumentMeta>();
  const warnings: LoadWarning[] = [];
  for (const [name, entry] of manifest.entries) {
    const matches = matchDocuments(name, documents);
    if (matches.length === 0) {
      warnings.push(warn(`names "${name}", which is not a document in the corpus; ignored`));
      continue;
    }
    if (matches.length > 1) {
      warnings.push(
        warn(
          `"${name}" matches ${matches.length} documents (${matches.map((d) => d.file).join(', ')}); use the relative path; ignored`,
        ),
      );
      continue;
    }
    const doc = matches[0]!;
    meta.set(doc.id, applyEntry(meta.get(doc.id) ?? doc.meta, entry));
  }
  return { meta, warnings };
}
