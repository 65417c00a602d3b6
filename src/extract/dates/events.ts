import type { DatedEvent, DocumentTimeline, Sentence } from '../types.ts';
import { namesPastEvent } from './expressions.ts';
import { formatSourceDate } from './format.ts';
import { tenseAt } from './tense.ts';

/** "Since the early 1990s", "until 2025", "by September 30": a date that bounds a state, not a day something happened. */
const BOUNDING = /^(since|until|till|through|by)\s/i;

/**
 * Dated events: each date expression in the running text (not a header line or dateline, not a
 * stretch such as "over the past 24 hours") dates what its sentence tells. Scheduled when the
 * text tells it as still to come.
 */
export function extractEvents(
  text: string,
  docId: string,
  sentences: Sentence[],
  timeline: DocumentTimeline,
): DatedEvent[] {
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  const events: DatedEvent[] = [];
  const seen = new Set<string>();
  for (const mention of timeline.mentions) {
    if (mention.role || mention.duration || mention.present || BOUNDING.test(mention.text)) continue;
    const sentence = byIndex.get(mention.sentence);
    if (!sentence) continue;
    const key = `${sentence.index}|${formatSourceDate(mention.date)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    events.push({
      id: `${docId}#e${events.length + 1}`,
      docId,
      date: mention.date,
      expression: mention.text,
      expressionSpan: { start: mention.start, end: mention.end },
      excerpt: { start: sentence.start, end: sentence.end },
      sentence: sentence.index,
      scheduled: !namesPastEvent(mention.text) && tenseAt(text, sentence, mention) === 'future',
    });
  }
  return events;
}
