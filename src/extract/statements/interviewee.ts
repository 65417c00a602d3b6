import type { Paragraph } from '../types.ts';
import { findPeople, type PersonMention, type Surnames } from './people.ts';

/**
 * Who answers an interview's or briefing's bare "A:" turns: the person its opening introduces, the
 * first the text names before the first question ("Q&A with Vice President Joe Biden", "Actress Diane
 * Guerrero has …", "Spokesperson Ani Badalyan answered questions"). The outlet's own interviewers
 * ("… spoke with senior writer Michael Grunwald") are not. Never whoever was named last: the lead's
 * last name is often someone the interview is about, and a question's or an answer's names are
 * others, never the one answering. Read once per document.
 */

/** The outlet's people in an interview's lead: "questions from Kommersant correspondent Elena Chernenko". */
export const INTERVIEWER_BEFORE =
  /\b(?:correspondent|reporter|journalist|editor|interviewer|host|columnist|writer|by)\s+(?:\p{Lu}[\p{L}.’'-]*\s+)?$/iu;

const interviewees = new WeakMap<readonly Paragraph[], PersonMention | null>();

export function openingInterviewee(
  text: string,
  paragraphs: readonly Paragraph[],
  isQuestion: (paragraph: string) => boolean,
  surnames: Surnames,
): PersonMention | null {
  let known = interviewees.get(paragraphs);
  if (known !== undefined) return known;
  known = null;
  const first = paragraphs.find((p) => isQuestion(text.slice(p.start, p.end)));
  if (first) {
    // The opening: any header before the first paragraph, then each paragraph before the first question.
    const spans = [{ start: 0, end: paragraphs[0]?.start ?? 0 }, ...paragraphs.slice(0, first.index)];
    for (const span of spans) {
      const named = findPeople(text, span.start, span.end, surnames).find(
        (m) =>
          !INTERVIEWER_BEFORE.test(text.slice(Math.max(span.start, m.start - 60), m.start)) &&
          (!m.entity.id.startsWith('text:') || m.entity.name.includes(' ')),
      );
      if (named) {
        known = named;
        break;
      }
    }
  }
  interviewees.set(paragraphs, known);
  return known;
}
