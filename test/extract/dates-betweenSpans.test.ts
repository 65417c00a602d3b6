import { describe, expect, it } from 'vitest';
import type { CorpusDocument, DocumentMeta } from '../../src/corpus/types.ts';
import { buildTimelines, extractEvents, formatSourceDate } from '../../src/extract/dates/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

const META: DocumentMeta = {
  title: null,
  outlet: null,
  published: {
    value: { precision: 'day', year: 2023, month: 11, day: 14, yearStatus: 'stated' },
    how: 'stated',
    why: 'Published: line',
  },
  url: null,
};

function eventsOf(text: string): [string, string][] {
  const doc: CorpusDocument = {
    id: 'a',
    file: 'a.txt',
    text,
    sha256: '',
    label: 'a',
    meta: META,
    bodyStart: 0,
  };
  const sentences = splitSentences(text, splitParagraphs(text));
  const timeline = buildTimelines([doc], new Map([['a', sentences]]), new Date(Date.UTC(2026, 0, 1))).get(
    'a',
  )!;
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
