import type { Span } from '../types.ts';
import { reportedContent, trimSpan } from './attribution.ts';
import { saysNothing } from './contentTail.ts';
import { MASK } from './mask.ts';
import { isNounPhrase, tag } from './nounPhrase.ts';

/**
 * A saying inside a relative clause whose relative word is the subject of what was said: "the
 * checkpoints, which he said had cut smuggling by half", "in what observers said was a sign of a
 * thaw", "a media law that deputies argued was aimed at critics". The speaker is the relative clause's own
 * subject; what was said is the relative word and the predicate after the verb of saying, up to
 * the clause's end. Only when a finite verb follows the verb of saying at once: in "the plan that
 * she said she would table" the relative word is an object and the clause has its own subject.
 */
const RELATIVE_THEN_SAYING =
  /(?<![\p{L}'’-])(which|who|that|what)\s+((?:[\p{L}.'’-]+\s+){0,4}?[\p{L}.'’-]+)\s+(?:(?:has|have|had)\s+)?(?:(?:\p{Ll}+ly|also|once|now|later|previously|long)\s+)?(?:said|says|argued|argues|noted|notes|claimed|claims|insisted|insists|asserted|asserts|contended|contends|suggested|suggests|warned|warns|acknowledged|acknowledges|predicted|predicts|wrote|writes|stated|states|added|adds)\s+(?=\p{L})/gu;

/** People as a pronoun: "I", "we" and "you" are the writer's and the reader's, no one the text quotes. */
/** The verbs RELATIVE_THEN_SAYING needs, alone: a cheap test before the pattern runs. */
const SAYING_VERB =
  /(?:said|says|argued|argues|noted|notes|claimed|claims|insisted|insists|asserted|asserts|contended|contends|suggested|suggests|warned|warns|acknowledged|acknowledges|predicted|predicts|wrote|writes|stated|states|added|adds)\s/;

const SPEAKER_PRONOUN = /^(?:he|she|they)$/i;
export interface RelativeClauseSaying {
  speaker: Span;
  /** The relative word that stands for the subject of what was said. */
  lead: Span;
  content: Span;
}

const LOWER_CASE_START = /^\p{Ll}/u;

export function relativeClauseSaying(masked: string, from: number, to: number): RelativeClauseSaying | null {
  const region = masked.slice(from, to);
  if (!/(?:which|who|that|what)\s/.test(region) || !SAYING_VERB.test(region)) return null;
  RELATIVE_THEN_SAYING.lastIndex = 0;
  for (let m = RELATIVE_THEN_SAYING.exec(region); m; m = RELATIVE_THEN_SAYING.exec(region)) {
    const subject = m[2]!;
    if (!SPEAKER_PRONOUN.test(subject) && (/^(?:it|i|we|you)$/i.test(subject) || !isNounPhrase(subject)))
      continue;
    const at = from + m.index + m[0].length;
    const rest = masked.slice(at, to);
    // The clause ends at its closing comma, semicolon or dash, or with the sentence.
    const close = rest.search(/[,;]|\s[—–]\s|\s--\s/);
    const content = reportedContent(masked, trimSpan(masked, at, close >= 0 ? at + close : to));
    const words = masked.slice(content.start, content.end);
    if (words.includes(MASK) && !LOWER_CASE_START.test(words)) continue;
    const first = tag(words.split(/\s+/).slice(0, 4).join(' '))[0];
    if (!first || !/^(?:VERB|AUX)$/.test(first.pos) || /ing$/.test(first.word)) continue;
    if (words.split(/\s+/).length < 2 || saysNothing(masked, content)) continue;
    const leadStart = from + m.index;
    const subjectStart = leadStart + m[0].indexOf(subject, m[1]!.length);
    return {
      speaker: { start: subjectStart, end: subjectStart + subject.length },
      lead: { start: leadStart, end: leadStart + m[1]!.length },
      content,
    };
  }
  return null;
}
