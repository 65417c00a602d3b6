/**
 * The characters of a saved page. The charset a page declares (<meta charset>, or the
 * http-equiv Content-Type) wins; without one, UTF-8, and windows-1252 (what browsers assume for
 * old pages) when the bytes are not valid UTF-8. A UTF-8 byte-order mark is dropped.
 */
const DECLARED = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return DECLARED.exec(head)?.[1]?.toLowerCase() ?? null;
}

function tryDecode(bytes: Uint8Array, label: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodePageBytes(bytes: Uint8Array): string | null {
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    const text = tryDecode(bytes, declared, false);
    if (text !== null) return text;
  }
  return tryDecode(bytes, 'utf-8', true) ?? tryDecode(bytes, 'windows-1252', false);
}

/**
 * Why a fetched page's bytes would be misread when loaded from the corpus, or null: the server
 * named a charset other than UTF-8 in its header only, and the bytes are not UTF-8. The file keeps
 * the page's bytes as sent, and nothing in them says how to read them.
 */
export function unreadableCharset(bytes: Uint8Array, contentType: string | undefined): string | null {
  const header = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (!header || header === 'utf-8' || header === 'utf8' || declaredCharset(bytes)) return null;
  return tryDecode(bytes, 'utf-8', true) === null ? header : null;
}
