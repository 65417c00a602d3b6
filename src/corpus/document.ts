import { createHash } from 'node:crypto';
import { decodeDocument } from './decode.ts';
import { documentId } from './files.ts';
import { type PageDocumentParts, readPage } from './html/index.ts';
import { makeLabel } from './label.ts';
import { inferMetadata } from './metadata.ts';
import { isPageFile } from './pageFiles.ts';
import type { CorpusDocument, LoadWarning } from './types.ts';

/** A plain-text article: its text is the file's, its metadata read off that text. */
function readPlainText(bytes: Uint8Array): PageDocumentParts {
  const decoded = decodeDocument(bytes);
  return decoded.ok ? { ok: true, text: decoded.text, ...inferMetadata(decoded.text) } : decoded;
}

/** One file's bytes as a document with metadata read off its text (a page's: its extracted text), or the reason it was skipped. */
export function buildDocument(file: string, bytes: Uint8Array): CorpusDocument | LoadWarning {
  const read = isPageFile(file) ? readPage(bytes) : readPlainText(bytes);
  if (!read.ok) return { file, reason: read.reason };
  const id = documentId(file);
  const { meta, bodyStart } = read;
  return {
    id,
    file,
    text: read.text,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    label: makeLabel(id, meta),
    meta,
    bodyStart,
  };
}

export function isDocument(x: CorpusDocument | LoadWarning): x is CorpusDocument {
  return 'text' in x;
}
