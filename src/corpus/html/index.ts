import { inferMetadata } from '../metadata.ts';
import type { DocumentMeta, Sourced } from '../types.ts';
import { decodePageBytes } from './charset.ts';
import { extractPage } from './extract.ts';

export type PageDocumentParts =
  | { ok: true; text: string; meta: DocumentMeta; bodyStart: number }
  | { ok: false; reason: string };

/** What the page's metadata states wins; the text's own cues (a headline, a dateline, "As TASS reports") fill the rest. */
function pick<T>(stated: Sourced<T> | null, fromText: Sourced<T> | null): Sourced<T> | null {
  return stated ?? fromText;
}

/** A page file's bytes as document text and metadata, or why it is no document. */
export function readPage(bytes: Uint8Array): PageDocumentParts {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const html = decodePageBytes(bytes);
  if (html === null || html.trim() === '') return { ok: false, reason: 'empty page' };
  const page = extractPage(html);
  if (!page.ok) return page;
  const fromText = inferMetadata(page.text);
  const meta: DocumentMeta = {
    title: pick(page.meta.title, fromText.meta.title),
    outlet: pick(page.meta.outlet, fromText.meta.outlet),
    published: pick(page.meta.published, fromText.meta.published),
    url: pick(page.meta.url, fromText.meta.url),
    ...(page.meta.author && { author: page.meta.author }),
    ...(fromText.meta.dateline && { dateline: fromText.meta.dateline }),
  };
  return { ok: true, text: page.text, meta, bodyStart: Math.max(page.bodyStart, fromText.bodyStart) };
}

/**
 * The text a page file gives, for readers that hold only its bytes (the persisted index's text
 * reader): the same extraction, so offsets taken at indexing cut the same words.
 */
export function pageText(bytes: Uint8Array): string {
  const read = readPage(bytes);
  if (!read.ok) throw new Error(`page no longer holds an article: ${read.reason}`);
  return read.text;
}
