import type { Span } from '../types.ts';
import { reportedContent } from './attribution/content.ts';
import { trimSpan } from './attribution/tail.ts';
import { saysNothing } from './contentTail.ts';
import { MASK } from './mask.ts';
import { isNounPhrase, tag } from './nounPhrase.ts';

/**
 * A saying inside a relative clause whose relative word is the subject of what was said: "the
 * checkpoints, which he said had cut smuggling by half", "in what observers said was a sign of a
 * thaw", "a media law that deputies argued was aimed at critics". The speaker is the relative clause's own
 * subject; what was said is the relative word and the predicate after the verb of saying, up to
 * the clause's end, when a finite verb follows the verb of saying at once. When a subject pronoun
 * and its verb follow instead ("the land, which his critics say he gave away", "the plan that she
 * said she would table"), the relative word is that clause's object: what was said is the clause
 * from its pronoun. A plural subject takes the bare verb ("critics say", "analysts argue").
 */
const RELATIVE_THEN_SAYING =
  /(?<![\p{L}'’-])(which|who|that|what)\s+((?:[\p{L}.'’-]+\s+){0,4}?[\p{L}.'’-]+)\s+(?:(?:has|have|had)\s+)?(?:(?:\p{Ll}+ly|also|once|now|later|previously|long)\s+)?(?:say|said|says|argue|argued|argues|noted|notes|claim|claimed|claims|insist|insisted|insists|asserted|asserts|contend|contended|contends|suggested|suggests|warned|warns|acknowledged|acknowledges|predicted|predicts|wrote|writes|stated|states|added|adds)\s+(?=\p{L})/gu;

/** People as a pronoun: "I", "we" and "you" are the writer's and the reader's, no one the text quotes. */
/** The verbs RELATIVE_THEN_SAYING needs, alone: a cheap test before the pattern runs. */
const SAYING_VERB =
  /(?:say|said|says|argue|argued|argues|noted|notes|claim|claimed|claims|insist|insisted|insists|asserted|asserts|contend|contended|contends|suggested|suggests|warned|warns|acknowledged|acknowledges|predicted|predicts|wrote|writes|stated|states|added|adds)\s/;

const SPEAKER_PRONOUN = /^(?:he|she|they)$/i;
export interface RelativeClauseSaying {
  speaker: Span;
  /** The relative word that stands for the subject of what was said. */
  lead: Span;
  content: Span;
}

const LOWER_CASE_START = /^\p{Ll}/u;

/** A capitalised owner before a plural of people: "Pashinyan's |critics", "the mayor's |opponents" is not one. */
const OWNER_OF_PEOPLE = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s\s+(?=\p{Ll}+s$)/u;

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
    const opening = tag(words.split(/\s+/).slice(0, 4).join(' '));
    const first = opening[0];
    if (!first) continue;
    const objectGap =
      SPEAKER_PRONOUN.test(first.word) &&
      /^(?:VERB|AUX)$/.test(opening[1]?.pos ?? '') &&
      !/ing$/.test(opening[1]!.word);
    if (!objectGap && (!/^(?:VERB|AUX)$/.test(first.pos) || /ing$/.test(first.word))) continue;
    if (words.split(/\s+/).length < 2 || saysNothing(masked, content)) continue;
    const leadStart = from + m.index;
    const subjectStart = leadStart + m[0].indexOf(subject, m[1]!.length);
    // "which Pashinyan's critics say": the people are the speaker, their owner's name only sets them apart.
    const owner = OWNER_OF_PEOPLE.exec(subject)?.[0].length ?? 0;
    return {
      speaker: { start: subjectStart + owner, end: subjectStart + subject.length },
      lead: { start: leadStart, end: leadStart + m[1]!.length },
      content,
    };
  }
  return null;
}
