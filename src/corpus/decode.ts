/**
 * Turns a file's bytes into document text, or says why it cannot be a document.
 * The text is kept exactly as decoded (CRLF, tabs and all), except that a leading UTF-8
 * byte-order mark is dropped: offsets everywhere count from the first character after it.
 */

export type Decoded = { ok: true; text: string; hadBom: boolean } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function hasBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

export function decodeDocument(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.indexOf(0) !== -1) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  const bom = hasBom(bytes);
  let text: string;
  try {
    text = utf8.decode(bom ? bytes.subarray(3) : bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text (save it as UTF-8)' };
  }
  if (text.trim() === '') return { ok: false, reason: 'empty file (only white space)' };
  return { ok: true, text, hadBom: bom };
}
