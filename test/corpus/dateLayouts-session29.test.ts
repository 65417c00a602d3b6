import { describe, expect, it } from 'vitest';
import { inferMetadata } from '../../src/corpus/metadata.ts';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import { buildTimelines, formatSourceDate } from '../../src/extract/dates/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { published } from './dateLayouts.helpers.ts';

/** The dated events of a page read as the pipeline reads it: paragraphs from where the body starts. */
function bodyEvents(text: string): Record<string, string> {
  const { meta, bodyStart } = inferMetadata(text);
  const doc: CorpusDocument = { id: 'd', file: 'd.txt', text, sha256: '', label: 'd', meta, bodyStart };
  const sentences = splitSentences(text, splitParagraphs(text, bodyStart));
  const timeline = buildTimelines([doc], new Map([['d', sentences]]), new Date(Date.UTC(2026, 10, 23))).get(
    'd',
  )!;
  return Object.fromEntries(
    timeline.mentions.filter((m) => !m.role).map((m) => [m.text, formatSourceDate(m.date)]),
  );
}

/** Numeric stamps whose order the lead's "since" date cannot settle. */

describe('a lead that names the start of a long span', () => {
  it('"Since 12 March 2022, …" over a month back under both readings: the body\'s weekday settles the stamp', () => {
    const text =
      'Society\n\nMine blasts: 40 victims since the spring\n\n5-04-2023, 09:15\n\n' +
      'Since March 12, 2022, 40 people have been hurt by mines in the districts, the agency informed the site.\n\n' +
      'Most of the victims were farmers, and 12 of them were hurt in the last month alone.\n\n' +
      'The agency said that on Tuesday a tractor driver was injured near the village.\n';
    // 5 April 2023 was a Wednesday; read month first, 4 May 2023 was a Thursday.
    expect(published(text)).toBe('2023-04-05');
  });

  it('with no weekday in the piece, the stamp stays unread', () => {
    const text =
      'Society\n\nMine blasts: 40 victims since the spring\n\n5-04-2023, 09:15\n\n' +
      'Since March 12, 2022, 40 people have been hurt by mines in the districts, the agency informed the site.\n\n' +
      'The agency said that clearance work would go on through the summer.\n';
    expect(published(text)).toBeNull();
  });
});

describe('stamps with the year first in dots, or the month named between hyphens', () => {
  it.each([
    ['2021.11.08 12:40', '2021-11-08'],
    ['2021.11.08', '2021-11-08'],
    ['08-Nov-2021 12:40', '2021-11-08'],
    ['8-Nov-21', '2021-11-08'],
  ])('%s → published %s', (stamp, day) => {
    const text = `World\n\nConvoy reaches the border crossing\n\n${stamp}\n\nThe convoy reached the crossing after a day on the road, officials said.\n`;
    expect(published(text)).toBe(day);
  });

  it('a month that is none gives no date', () => {
    const text =
      'World\n\nConvoy reaches the border\n\n2021.13.08\n\nThe convoy reached the crossing, officials said.\n';
    expect(published(text)).toBeNull();
  });
});

describe('a caption credited to a photographer and the paper, below the byline', () => {
  it('"(Jane Doe / The Daily Courier)" closes a caption, whose day is read as the body\'s', () => {
    const text =
      'LOCAL NEWS\n\nFamily waits for word of a son held in Baku\n\nDec. 6, 2021 5:31 PM PT\n\nBy John Smith\n\n' +
      'Nairi Petrosyan holds a photo of her son at her home in Glendale on Sunday. (Jane Doe / The Daily Courier)\n\n' +
      'When the list of released prisoners appeared on Saturday, she read it twice. His name was not on it.\n';
    expect(published(text)).toBe('2021-12-06');
    expect(bodyEvents(text)).toEqual({ 'on Sunday': '2021-12-05', 'on Saturday': '2021-12-04' });
  });
});
