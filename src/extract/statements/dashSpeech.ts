import type { Paragraph, Span } from '../types.ts';

/**
 * Direct speech set off by a dash, the quotation mark of much European copy in translation
 * (Scandinavian, Polish, Finnish, Russian, Ukrainian): "– We lost everything, he says." It opens
 * at a dash that starts a paragraph, or at a dash after a sentence of narration ("… this year.
 * – We have experience, said X."), and ends at the attribution that tags it; narration may follow
 * the tag in the same paragraph. A dash inside a sentence (an aside, a range) opens nothing.
 */

/** An en or em dash opening a paragraph: "– We left. …". */
export const QUOTATION_DASH = /^[—–][ \t\u00a0]+(?=\S)/;
/** A hyphen in its place, where the copy had no dash: "- We left, he says.". */
const QUOTATION_HYPHEN = /^-[ \t\u00a0]+(?=\S)/;
/** A dash after a finished sentence of narration, opening speech that starts with a capital. */
const DASH_AFTER_SENTENCE = /[.!?…]["”»]?[ \t\u00a0]+[—–][ \t\u00a0]+(?=[\p{Lu}"“«])/gu;

/**
 * The tag closing the speech: ", he says.", ", Kovalchuk said, asking not to be named.", then the
 * paragraph's end or a sentence of narration ("…, says Rashad. His friend survived."). After a
 * question or exclamation the tag follows with no comma: "What did our boys die for? she says.".
 */
const TAG_AFTER_COMMA = /^,[ \t\u00a0]+[^.!?"“”«»—–]{2,120}[.!?]?(?:\s*$|[ \t\u00a0]+(?=[\p{Lu}"“«]))/u;
const TAG_AFTER_QUESTION =
  /^[ \t\u00a0]+\p{Ll}[^.!?"“”«»—–]{2,80}[.!?]?(?:\s*$|[ \t\u00a0]+(?=[\p{Lu}"“«]))/u;

/** A tag already closed speech before the words read: "– A, says Rashad. B, he added." starts again after it. */
const TAG_BEFORE =
  /,[ \t\u00a0]+[^.!?"“”«»—–]{0,60}\b(?:says|said|adds|added|tells|told|writes|wrote|asks|asked|explains|explained|notes|noted|continues|continued|recalls|recalled)\b[^.!?"“”«»—–]{0,60}[.!?][ \t\u00a0]/;

/** Lines that list with hyphens ("- Protesters stormed …" under "- He said …"): no hyphen there quotes. */
const listsWithHyphens = new Map<string, boolean>();
function hyphenList(text: string): boolean {
  let known = listsWithHyphens.get(text);
  if (known === undefined) {
    known = /(?:^|\n)[ \t]*-[ \t][^\n]*\n[ \t]*-[ \t]/.test(text);
    if (listsWithHyphens.size > 64) listsWithHyphens.clear();
    listsWithHyphens.set(text, known);
  }
  return known;
}

/** Where the words begin of the dash speech that opens paragraph `p`, or -1. */
function openingDash(text: string, p: Paragraph): number {
  const own = text.slice(p.start, p.end);
  const dash = QUOTATION_DASH.exec(own) ?? (hyphenList(text) ? null : QUOTATION_HYPHEN.exec(own));
  return dash ? p.start + dash[0].length : -1;
}

/** Does any paragraph open with a quotation dash (or a hyphen in its place)? */
export function hasDashSpeech(text: string, paragraphs: readonly Paragraph[]): boolean {
  return paragraphs.some((p) => openingDash(text, p) >= 0);
}

/**
 * The dash speech a statement read in paragraph `p` stands in: the span from the dash's words to
 * the statement's end, when a tag closes it right after `quote` and only whole sentences of the
 * speech come before the words read. Null when no dash opens speech before the quote, the quote
 * opens mid-sentence (someone's clause), or what follows is no tag.
 */
export function dashSpeechOf(text: string, p: Paragraph, quote: Span): Span | null {
  let start = openingDash(text, p);
  DASH_AFTER_SENTENCE.lastIndex = p.start;
  for (let m = DASH_AFTER_SENTENCE.exec(text); m && m.index < p.end; m = DASH_AFTER_SENTENCE.exec(text)) {
    const words = m.index + m[0].length;
    if (words > quote.start + 2) break;
    start = words;
  }
  if (start < 0) return null;
  // The words read may open at the dash itself: "– Humanitarian demining …, said X".
  const before = quote.start < start ? '' : text.slice(start, quote.start);
  if (quote.start < start && !/^[—–-]?\s*$/.test(text.slice(quote.start, start))) return null;
  if (before.trim() && (!/[.!?…]\s+$/.test(before) || TAG_BEFORE.test(before))) return null;
  const after = text.slice(quote.end, p.end);
  if (TAG_AFTER_COMMA.test(after)) return { start, end: quote.end };
  // "What did our boys die for? she says.": the mark is the speech's own, kept in it.
  const mark = /^[?!]/.test(after) ? 1 : /[?!]$/.test(text.slice(start, quote.end)) ? 0 : -1;
  return mark >= 0 && TAG_AFTER_QUESTION.test(after.slice(mark)) ? { start, end: quote.end + mark } : null;
}
