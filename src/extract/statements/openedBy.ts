import type { Span } from '../types.ts';
import { reportedContent } from './attribution/content.ts';
import { subjectOfVerbBefore } from './attribution/subject.ts';
import { trimSpan } from './attribution/tail.ts';
import { SAYING_PARTICIPLE_WORDS, wordsExcept } from './lexicon.ts';
import { MASK } from './mask.ts';

/**
 * How a turn in a hearing, a debate or a speech opened or answered, told by a write-up: "Shaheen
 * opened by describing the situation as “a slow-motion catastrophe”", "The minister responded by
 * saying that …", "Kim closed by warning that …". The subject said what the gerund carries: a
 * that-clause, or the name given in quotes. Read on the masked text (quotes blanked), only when the
 * unit holds the literal "by" after one of the verbs.
 */

const PRE_TEST =
  /\s(?:opened|began|started|closed|ended|concluded|responded|replied|countered|reacted)\s+by\s/;

const BY_DOING = new RegExp(
  `\\s(opened|began|started|closed|ended|concluded|responded|replied|countered|reacted)\\s+by\\s+(${wordsExcept(SAYING_PARTICIPLE_WORDS)}|describing|calling)\\b`,
);

/** "describing the situation in the enclave as ░░░", "calling the plan ░░░": the object, then the name. */
const NAMED_AS = /^\s+([^\u2591.;]{1,90}?)\s+as\s+(\u2591+)/;
const NAMED =
  /^\s+((?:the|a|an|it|him|her|them|this|that|his|her|its|their)\b[^\u2591.;]{0,60}?)\s+(\u2591+)/;

export interface OpenedBy {
  speaker: Span;
  content: Span;
}

export function openedBy(masked: string, from: number, to: number): OpenedBy | null {
  const region = masked.slice(from, to);
  if (!region.includes(' by ') || !PRE_TEST.test(region)) return null;
  const m = BY_DOING.exec(region);
  if (!m) return null;
  const verbEnd = from + m.index + 1 + m[1]!.length;
  const speaker = subjectOfVerbBefore(masked, from, verbEnd);
  if (!speaker) return null;
  const after = from + m.index + m[0].length;
  const gerund = m[2]!;
  if (gerund === 'describing' || gerund === 'calling') {
    const named = (gerund === 'describing' ? NAMED_AS : NAMED).exec(masked.slice(after, to));
    if (!named) return null;
    const open = after + named[0].length - named[2]!.length;
    return { speaker, content: { start: open + 1, end: open + named[2]!.length - 1 } };
  }
  const rest = masked.slice(after, to);
  const that = /^\s+that\s/.exec(rest)?.[0].length ?? 0;
  const content = reportedContent(masked, trimSpan(masked, after + that, to));
  const words = masked.slice(content.start, content.end);
  if (words.split(/\s+/).filter(Boolean).length < 3 && !words.startsWith(MASK)) return null;
  return { speaker, content };
}
