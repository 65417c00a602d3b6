import type { Span, Statement } from '../types.ts';

/**
 * A corrections and clarifications column: each item names a piece the paper ran ("An article …
 * (September 28th) stated that …", "A caption … described …", "A report … quoted X as saying …"),
 * says what was wrong and gives the right fact. What the earlier piece said is the paper's own
 * mistaken voice, no one's statement, and a quote it misattributed is not the words of the one it
 * was given to; the item's correction ("The remark was made by X") says whose words they were.
 */

/**
 * A corrections column names itself on a line of its own near its top ("Corrections & Clarifications",
 * "CORRECTIONS", "For the record"); an article's "Correction: an earlier version …" note is no column.
 */
const NOTICE_HEAD =
  /^[ \t]*(?:(?:Corrections?|Clarifications?)(?:[ \t]+(?:&|and)[ \t]+(?:corrections?|clarifications?))?|CORRECTIONS?(?:[ \t]+(?:&|AND)[ \t]+CLARIFICATIONS?)?|For the [Rr]ecord)[ \t]*$/im;
const APOLOGY = /\b(?:apologi[sz]e|regret)s?\s+(?:for\s+)?(?:the|this|these|any)\s+(?:error|errors|mistake)/;

/** Whether a document is a corrections notice: one look at its top and one literal search. */
export function isCorrectionsNotice(text: string): boolean {
  return NOTICE_HEAD.test(text.slice(0, 400)) && (APOLOGY.test(text) || CORRECTED_PIECE.test(text));
}

/** "An article in the World News pages (September 28th, …) stated": the paper's own piece. */
const PIECE =
  /^(?:an?|the|our|this|that|its|one)\s+(?:[\p{L}-]+\s+){0,3}?(?:article|report|piece|story|caption|headline|sub-?heading|standfirst|item|graphic|map|chart|table|obituary|analysis|column|review|feature|profile|editorial|picture|photograph|photo|video|podcast|newsletter|briefing|explainer|letter|interview|preview|blog|liveblog|live\s+blog|summary|timeline|factbox)\b/iu;

/** An item's piece named with the date it ran, in brackets: "(September 28th, …)", "(Sept 3rd)". */
const CORRECTED_PIECE =
  /\b(?:article|report|piece|caption|obituary|item|story|editorial|column|analysis|feature|review|headline|picture)\b[^.\n]{0,60}\((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8})\b/;

/**
 * In a corrections notice, a statement whose speaker is one of the paper's own pieces is the error
 * being corrected, and "quoted X as saying" there reports the error: both are dropped.
 */
export function withoutCorrectedPieces(text: string, statements: Statement[]): Statement[] {
  const kept = statements.filter((s) => {
    if (PIECE.test(s.mention) && !/\sby\s/.test(s.mention)) return false;
    const before = text.slice(Math.max(s.context.start, s.quote.start - 160), s.quote.start);
    return !/\bquot(?:ed|es)\s[^.]*\bas\s+saying\b[^.]*$/.test(before);
  });
  return kept.length === statements.length
    ? statements
    : kept.map((s, i) => ({ ...s, id: s.id.replace(/#s\d+$/, `#s${i + 1}`) }));
}

/** "The remark was made by …", "the phrase “…” was used by …", "The quote came from …". */
const REMARK_MADE_BY =
  /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:remark|quote|quotation|comment|phrase|words|statement|description|characterisation|characterization)(?:\s+\u2591+)?\s+(?:was|were|had\s+been)\s+(?:in\s+fact\s+|actually\s+)?(?:made|used|said|spoken|uttered|written|posted)\s+by\s+/;

/** The quotes the unit's attribution may point back to: what the item's earlier sentences quoted. */
export interface Remark {
  /** Where the speaker's noun phrase starts (the text after "by"). */
  speakerAt: number;
  /** The quote the remark is: a quote in the same clause, else the last one the paragraph quoted before. */
  quote: Span;
}

/**
 * A correction that says whose a quoted remark was: "The remark was made by the foreign ministry's
 * spokeswoman, Ani Badalyan, …" after "a remark that “…” was attributed to …"; "the phrase “broken
 * its word” was used by an MEP, Nathalie Loiseau". Read on the masked text (quotes blanked).
 */
export function remarkMadeBy(
  masked: string,
  from: number,
  to: number,
  paragraphStart: number,
): Remark | null {
  const region = masked.slice(from, to);
  if (!/\sby\s/.test(region)) return null;
  const m = REMARK_MADE_BY.exec(region);
  if (!m) return null;
  const speakerAt = from + m.index + m[0].length;
  const inClause = /\u2591+/.exec(m[0]);
  if (inClause) {
    const start = from + m.index + inClause.index + 1;
    return { speakerAt, quote: { start, end: start + inClause[0].length - 2 } };
  }
  // The last quote before, in the same paragraph: its marks are blanked with its words.
  const before = masked.slice(paragraphStart, from + m.index);
  const end = before.lastIndexOf('\u2591');
  if (end < 0) return null;
  let start = end;
  while (start > 0 && before[start - 1] === '\u2591') start--;
  if (end - start < 4) return null;
  return { speakerAt, quote: { start: paragraphStart + start + 1, end: paragraphStart + end } };
}
