import { describe, expect, it } from 'vitest';
import { extractEvents, formatSourceDate } from '../../src/extract/dates/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { publishedOn, timelineOfText } from './dates.helpers.ts';

const META = publishedOn(2023, 11, 14);

function eventsOf(text: string): [string, string][] {
  const timeline = timelineOfText(text, META, new Date(Date.UTC(2026, 0, 1)));
  const sentences = splitSentences(text, splitParagraphs(text));
  return extractEvents(text, 'a', sentences, timeline).map((e) => [e.expression, formatSourceDate(e.date)]);
}

describe('"between … and …" is one stretch of days', () => {
  it.each([
    [
      'Researchers interviewed families between October 20 and November 6.',
      'between October 20 and November 6',
      '2023-10-20/11-06',
    ],
    [
      'Shelling was recorded between 2 and 4 October 2023 in three villages.',
      '2 and 4 October 2023',
      '2023-10-02/04',
    ],
    [
      'The convoy waited between 28 December 2022 and 3 January 2023 at the checkpoint.',
      'between 28 December 2022 and 3 January 2023',
      '2022-12-28/2023-01-03',
    ],
    [
      'Monitors visited between 20 October and 6 November 2023.',
      'between 20 October and 6 November 2023',
      '2023-10-20/11-06',
    ],
  ])('%s', (sentence, text, date) => {
    expect(eventsOf(sentence)).toEqual([[text, date]]);
  });

  it('two days joined by "and" without "between" stay two days', () => {
    expect(eventsOf('Strikes hit the town on October 20 and November 6.')).toHaveLength(2);
  });
});
