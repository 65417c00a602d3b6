import { describe, expect, it } from 'vitest';
import type { CorpusDocument, DocumentMeta } from '../../src/corpus/types.ts';
import { buildTimelines, extractEvents, formatSourceDate } from '../../src/extract/dates/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { extractStatements } from '../../src/extract/statements/index.ts';

const NOW = new Date(Date.UTC(2026, 10, 23));

function documentOf(text: string, published?: { year: number; month: number; day: number }): CorpusDocument {
  const meta: DocumentMeta = { title: null, outlet: null, published: null, url: null };
  if (published)
    meta.published = {
      value: { precision: 'day', ...published, yearStatus: 'stated' },
      how: 'stated',
      why: 'Published: line',
    };
  return { id: 'a', file: 'a.txt', text, sha256: '', label: 'piece a', meta, bodyStart: 0 };
}

function timelineOf(text: string, published?: { year: number; month: number; day: number }) {
  const doc = documentOf(text, published);
  const sentences = splitSentences(text, splitParagraphs(text));
  const timeline = buildTimelines([doc], new Map([[doc.id, sentences]]), NOW).get('a')!;
  return { timeline, events: extractEvents(text, 'a', sentences, timeline) };
}

const eventDates = (text: string, published?: { year: number; month: number; day: number }) =>
  Object.fromEntries(timelineOf(text, published).events.map((e) => [e.expression, formatSourceDate(e.date)]));

describe("a date inside a document's name", () => {
  const published = { year: 2023, month: 9, day: 20 };

  it('is no event, and its year never passes to a later date', () => {
    const text =
      'Baku has broken the trilateral statement of November 9, 2020, the ministry said.\n\n' +
      'The minister had warned the council in August that the blockade was deliberate.';
    expect(eventDates(text, published)).toEqual({ 'in August': '2023-08' });
  });

  it.each([
    ['The strikes violate the Moscow Declaration of 22 November 2018.'],
    ['Both sides signed the November 10 ceasefire agreement in Moscow.'],
    ['Lawyers cited the law of 5 March 2021 on martial rule.'],
    ['Monitors, who under the border deal of June 2019 patrol the river, said nothing.'],
    ['The rebels broke the four-day truce of April 2016 within hours.'],
  ])('%s → no event', (sentence) => {
    expect(eventDates(sentence, published)).toEqual({});
  });

  it('a deal is an event when the sentence tells what happened on its day', () => {
    expect(eventDates('The two sides struck a deal in June 2019 after long talks.', published)).toEqual({
      'in June 2019': '2019-06',
    });
  });

  it('stays an event when something happened to the document on that day', () => {
    const text =
      'Fourteen civilians have been killed by mines since the signing of the November 10 statement.';
    expect(Object.keys(eventDates(text, published))).toEqual(['November 10']);
  });

  it('a date told as when something happened is an event, whatever noun follows', () => {
    expect(
      eventDates('The leaders signed on November 9, 2020 a statement ending the war.', published),
    ).toEqual({
      'on November 9, 2020': '2020-11-09',
    });
  });

  it('a stated event date still gives its year to the dates after it', () => {
    const text =
      'On November 9, 2020, the leaders signed a truce. On November 12, the first peacekeepers arrived.';
    expect(eventDates(text, published)).toMatchObject({ 'On November 12': '2020-11-12' });
  });
});

describe('weekdays relative to the publication date', () => {
  it('a day that bounds a state ("as of 2 October") does not narrow the week a weekday falls in', () => {
    const text =
      'As of 2 October, 4,100 people had registered in the town.\n\n' +
      'Only 300 people crossed the bridge on Sunday, down from thousands a day last week.';
    // Published Tuesday 3 October 2023: the Sunday before is 1 October.
    expect(eventDates(text, { year: 2023, month: 10, day: 3 })).toMatchObject({ 'on Sunday': '2023-10-01' });
  });
});

describe("a statement's date", () => {
  it("is never the date in a document's name its attribution cites", () => {
    const text =
      'Citing the trilateral statement of November 9, 2020, Foreign Minister Ararat Mirzoyan said Baku had broken its word.';
    const doc = documentOf(text, { year: 2023, month: 9, day: 20 });
    const paragraphs = splitParagraphs(text);
    const sentences = splitSentences(text, paragraphs);
    const timeline = buildTimelines([doc], new Map([[doc.id, sentences]]), NOW).get('a')!;
    const [statement] = extractStatements(text, 'a', sentences, paragraphs, timeline);
    expect(statement?.date).toMatchObject({ year: 2023, month: 9, day: 20 });
    expect(statement?.dateBasis).toBe('document date');
  });
});
