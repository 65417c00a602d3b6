import type { SourceDate } from '../../corpus/types.ts';
import type { DateMention } from '../types.ts';

/**
 * "on Wednesday and Thursday", "on Saturday and Sunday": two days joined by "and" that follow each other
 * are one stretch, as "19 and 20 September" is. Days further apart ("on Monday and Thursday") stay two
 * days: a stretch would take in the days between.
 *
 * The same holds one grain up, when one preposition opens both and the second is written bare: "in 2021
 * and 2022" is `2021/2022`, "in April and May of this year" `2024-04/05`. Each written in full ("in
 * December 2020 and January 2021") stays two dates, as the golds have it. "from Monday to Thursday" is
 * one stretch of days within a week.
 */
const AND_BETWEEN = /^\s+and\s+$/;
const TO_BETWEEN = /^\s+(?:to|through|until|till)\s+$/;
/** The second day is a bare weekday, no preposition of its own: "on 25.03 and on 26.03" tells two acts. */
const BARE_WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const FROM_WEEKDAY = /^from\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
/** The first of two years or months opens with its preposition and carries no year of its own. */
const OPENS_YEAR = /^(?:in|during)\s+(?:19|20)\d{2}$/i;
const OPENS_MONTH = /^(?:in|during)\s+\p{L}+$/iu;
const BARE_YEAR = /^(?:19|20)\d{2}$/;
/** "May", "May of this year", "May 2024": a month with no preposition before it. */
const BARE_MONTH = /^\p{Lu}\p{L}+(?:\s+(?:of\s+)?(?:this|last|next)\s+year|,?\s+(?:19|20)\d{2})?$/u;

const isPlain = (m: DateMention | undefined, precision: SourceDate['precision']): m is DateMention =>
  m !== undefined &&
  !m.role &&
  !m.duration &&
  m.date.precision === precision &&
  m.date.year !== undefined &&
  (precision === 'year' || m.date.month !== undefined) &&
  (precision !== 'day' || m.date.day !== undefined) &&
  !m.date.end;

const dayNumber = (d: SourceDate): number => Date.UTC(d.year!, d.month! - 1, d.day!) / 86_400_000;
const monthNumber = (d: SourceDate): number => d.year! * 12 + d.month!;

/** Whether `first` and `second`, with `between` written between them, are one stretch. */
function oneStretch(first: DateMention, second: DateMention, between: string): boolean {
  if (isPlain(first, 'day') && isPlain(second, 'day') && BARE_WEEKDAY.test(second.text)) {
    const days = dayNumber(second.date) - dayNumber(first.date);
    if (AND_BETWEEN.test(between)) return days === 1;
    return TO_BETWEEN.test(between) && FROM_WEEKDAY.test(first.text) && days >= 1 && days <= 6;
  }
  if (!AND_BETWEEN.test(between)) return false;
  if (isPlain(first, 'month') && isPlain(second, 'month'))
    return (
      OPENS_MONTH.test(first.text) &&
      BARE_MONTH.test(second.text) &&
      monthNumber(second.date) === monthNumber(first.date) + 1
    );
  return (
    isPlain(first, 'year') &&
    isPlain(second, 'year') &&
    OPENS_YEAR.test(first.text) &&
    BARE_YEAR.test(second.text) &&
    second.date.year === first.date.year! + 1
  );
}

export function joinDayPairs(text: string, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i]!;
    const second = mentions[i + 1];
    if (
      second === undefined ||
      first.sentence !== second.sentence ||
      !oneStretch(first, second, text.slice(first.end, second.start))
    ) {
      out.push(first);
      continue;
    }
    const { year, month, day } = second.date;
    out.push({
      ...first,
      end: second.end,
      text: text.slice(first.start, second.end),
      date: {
        ...first.date,
        end: {
          year,
          ...(month !== undefined && { month }),
          ...(day !== undefined && { day }),
        },
      },
    });
    i++;
  }
  return out;
}
