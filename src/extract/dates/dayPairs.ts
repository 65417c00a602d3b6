import type { SourceDate } from '../../corpus/types.ts';
import type { DateMention } from '../types.ts';

/**
 * "on Wednesday and Thursday", "on Saturday and Sunday": two days joined by "and" that follow each other
 * are one stretch, as "19 and 20 September" is. Days further apart ("on Monday and Thursday") stay two
 * days: a stretch would take in the days between.
 */
const AND_BETWEEN = /^\s+and\s+$/;
/** The second day is a bare weekday, no preposition of its own: "on 25.03 and on 26.03" tells two acts. */
const BARE_WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

const isDay = (m: DateMention | undefined): m is DateMention =>
  m !== undefined &&
  !m.role &&
  !m.duration &&
  m.date.precision === 'day' &&
  m.date.year !== undefined &&
  m.date.day !== undefined &&
  !m.date.end;

function nextDay(d: SourceDate): number {
  return Date.UTC(d.year!, d.month! - 1, d.day! + 1);
}

export function joinDayPairs(text: string, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i]!;
    const second = mentions[i + 1];
    if (
      !isDay(first) ||
      !isDay(second) ||
      first.sentence !== second.sentence ||
      !AND_BETWEEN.test(text.slice(first.end, second.start)) ||
      !BARE_WEEKDAY.test(second.text) ||
      nextDay(first.date) !== Date.UTC(second.date.year!, second.date.month! - 1, second.date.day!)
    ) {
      out.push(first);
      continue;
    }
    const { year, month, day } = second.date;
    out.push({
      ...first,
      end: second.end,
      text: text.slice(first.start, second.end),
      date: { ...first.date, end: { year, month, day } },
    });
    i++;
  }
  return out;
}
