import type { Quote } from './quotes.ts';

/** A verb of telling or an interview right before the marks: "told |", "in an interview with |". */
const TOLD_RIGHT_BEFORE =
  /(?:^|\s)(?:told|tells|telling|tell|(?:said|spoke|speaking|talking)\s+to|(?:an\s+)?interview\s+with)\s+(?:the\s+(?:newspaper|daily|weekly|magazine|paper|broadcaster|channel|agency|station|website|portal|outlet)\s+)?$/iu;
/** A name in title case, up to four words: "Der Bund", "The Times", "Le Monde", "Neue Zürcher Zeitung". */
const TITLE_CASE_NAME =
  /^(?:\p{Lu}[\p{L}.'’&-]*|de|der|die|das|la|le|el|of|the|and)(?:\s+(?:\p{Lu}[\p{L}.'’&-]*|de|der|die|das|la|le|el|of|the|and)){0,3}$/u;

/**
 * Is the quote only the name of the outlet someone spoke to ('a spokesman told "Der Bund".')? It
 * names where the words went, not the words: it is no quotation, and the clause the telling
 * attributes (before it, "X is ready to help, a spokesman told …") is what was said.
 */
export function quotesOutletToldTo(text: string, quote: Quote): boolean {
  if (quote.parts.length !== 1) return false;
  const part = quote.parts[0]!;
  if (part.close === null) return false;
  const name = text.slice(part.start, part.end).trim();
  if (!TITLE_CASE_NAME.test(name) || !/\p{Lu}/u.test(name[0] ?? '')) return false;
  if (!TOLD_RIGHT_BEFORE.test(text.slice(Math.max(0, part.open - 60), part.open))) return false;
  // The name closes the clause: a sentence end, a comma or a clause of its own follows.
  return /^\s*(?:[.,;:!?)]|$|\s(?:on|in|that|last|this|after|before|while|when)\s)/u.test(
    text.slice(part.close + 1, part.close + 12),
  );
}

/** The text with each given quote's marks blanked, offsets kept: its words read as plain words. */
export function withoutMarksOf(masked: string, quotes: readonly Quote[]): string {
  if (!quotes.length) return masked;
  // Offsets are UTF-16 units; each mark blanked is one unit.
  const out = masked.split('');
  for (const q of quotes)
    for (const p of q.parts) {
      for (let i = p.open; i < p.start; i++) out[i] = ' ';
      if (p.close !== null) for (let i = p.end; i <= p.close; i++) out[i] = ' ';
    }
  return out.join('');
}
