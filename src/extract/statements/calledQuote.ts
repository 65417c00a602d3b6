import type { Attribution } from './attribution.ts';
import { subjectOfVerbBefore } from './attribution.ts';

/** A cheap pre-test on literal words: a verb that names a thing, before a quote. */
const NAMES_A_THING = /\s(?:called|calls|dubbed|dubs|branded|brands|labell?ed|labels|termed|terms)\s/;

/**
 * "Hajiyev called the mines “a hidden continuation of the war”", "The ministry branded the report
 * “a political order”": the name given in quotes, right after a short object, is the subject's own
 * words (as "described … as “…”" and "what he called “…”" are). The object must be a few words with
 * no verb of its own, and the quote must end the clause: "called the meeting “to discuss …” for"
 * or "called him on Friday" give nothing.
 */
const CALLED_QUOTE = new RegExp(
  '\\s(called|calls|dubbed|dubs|branded|brands|labell?ed|labels|termed|terms)\\s+' +
    "((?:the|a|an|this|that|these|those|his|her|its|their|our|it|them|him)(?:\\s+[\\p{L}\\d’'-]+){0,4}?)\\s+" +
    // "called the exchange “a goodwill gesture” and a step toward …": a second name given after "and a".
    '(\\u2591+)(?=\\s*(?:[.,;!?]|$)|\\s+and\\s+(?:a|an)\\s)',
  'u',
);

export function calledQuote(masked: string, from: number, to: number): Attribution | null {
  const region = masked.slice(from, to);
  if (!region.includes('\u2591') || !NAMES_A_THING.test(region)) return null;
  const m = CALLED_QUOTE.exec(region);
  if (!m) return null;
  // "called the meeting", "called on the parties": a verb or particle inside the object is no name given.
  if (/\s(?:on|for|off|up|in|out|to|is|was|were|are|had|has|have)\b/.test(` ${m[2]!}`)) return null;
  const verbAt = from + m.index + 1;
  const speaker = subjectOfVerbBefore(masked, from, verbAt + m[1]!.length);
  if (!speaker) return null;
  const quoteAt = from + m.index + m[0].length - m[3]!.length;
  return {
    form: 'verb',
    speaker,
    frame: { start: speaker.start, end: quoteAt },
    content: { start: quoteAt, end: quoteAt + m[3]!.length },
  };
}
