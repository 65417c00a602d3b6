/**
 * The fixture eval's "shown" speaker line: does what /who-said SHOWS for a statement hold the
 * gold's opening words? When a quote stands inside a reported clause ("X said the talks were
 * “constructive”"), golds start at the clause ("the talks were") while the statement's quote is
 * the quoted words ("constructive"): the strict line counts that a miss and an extra, though the
 * product shows the clause, verbatim, with the right speaker. This line scores the shown text.
 */
import { shownLines } from '../../src/answer/whoSaid.ts';
import type { Span, Statement } from '../../src/extract/types.ts';

/** White space folded, quote marks dropped (the shown clause keeps its own), lower case. */
const plain = (s: string) =>
  s
    .replace(/["“”‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** What /who-said shows for the statement (its clause or its quote, then any further pieces), plain. */
export function shownText(text: string, s: Statement): string {
  const slice = (_docId: string, span: Span) => text.slice(span.start, span.end);
  return plain(shownLines({ slice }, s).join(' '));
}

/** Does the shown text hold the gold's quote start (its first 20 characters, plain)? */
export function showsQuoteStart(shown: string, quoteStart: string): boolean {
  const want = plain(quoteStart).slice(0, 20);
  return want.length > 0 && shown.includes(want);
}
