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
