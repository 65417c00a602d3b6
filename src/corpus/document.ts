import { createHash } from 'node:crypto';
import { decodeDocument } from './decode.ts';
import { documentId } from './files.ts';
import { makeLabel } from './label.ts';
import { inferMetadata } from './metadata.ts';
import type { CorpusDocument, LoadWarning } from './types.ts';

/** One file's bytes as a document with metadata read off its text, or the reason it was skipped. */
export function buildDocument(file: string, bytes: Uint8Array): CorpusDocument | LoadWarning {
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) return { file, reason: decoded.reason };
  const id = documentId(file);
  const { meta, bodyStart } = inferMetadata(decoded.text);
  return {
    id,
    file,
    text: decoded.text,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    label: makeLabel(id, meta),
    meta,
    bodyStart,
  };
}

export function isDocument(x: CorpusDocument | LoadWarning): x is CorpusDocument {
  return 'text' in x;
}
