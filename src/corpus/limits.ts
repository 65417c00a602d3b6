/** How large a corpus file may be before it is skipped unread, when MAX_DOCUMENT_BYTES is not set. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 5_000_000;

/**
 * A MAX_DOCUMENT_BYTES value as a number of bytes (`5000000`, also `5MB`, `512KB`). Throws on
 * anything else, naming the variable, so a typo does not lift the limit. (src/config.ts reads
 * the variable; the corpus loader takes the number as an option.)
 */
export function parseMaxDocumentBytes(value: string): number {
  const raw = value.trim();
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(raw);
  const bytes = m
    ? Math.floor(Number(m[1]) * 1000 ** ['b', 'kb', 'mb', 'gb'].indexOf((m[2] ?? 'b').toLowerCase()))
    : NaN;
  if (!(bytes >= 1)) {
    // A long value could be a secret pasted into the wrong line: it is described, not echoed.
    const got = raw.length <= 12 ? JSON.stringify(raw) : `a value of ${raw.length} characters (not shown)`;
    throw new Error(
      `MAX_DOCUMENT_BYTES is malformed: expected a size in bytes such as 5000000 or 5MB, got ${got}.`,
    );
  }
  return bytes;
}
