import { describe, expect, it } from 'vitest';
import { inferMetadata } from '../../src/corpus/metadata.ts';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import { buildTimelines as corpusTimelines, segmentAndScan } from '../../src/extract/index.ts';
import { eventDatesShown, timelineOfPage } from './dates.helpers.ts';

/** A page read as the extractor reads it: the body's sentences from where the header ends. */
const eventDates = (text: string) => eventDatesShown(timelineOfPage(text, new Date(Date.UTC(2026, 0, 5))));

const page = (headline: string, deck: string, stamp: string, body: string) =>
  `${headline}\n\n${deck}\n\n${stamp}\n\n${body}\n`;

describe('dates told in the headline and the deck above the body', () => {
  it("a deck's weekday is counted from the piece's day, as the body's are", () => {
    const text = page(
      'Mountain villages cut off as floodwater keeps rising',
      'More than 4,000 people have left their homes since Sunday, regional officials say',
      'Published Mar 21, 2024 • 3 minute read',
      'Rescue crews reached two of the villages on Wednesday, the regional emergency service said.',
    );
    expect(eventDates(text)).toEqual([
      ['since Sunday', '2024-03-17'],
      ['on Wednesday', '2024-03-20'],
    ]);
  });

  it('a month and year in the deck is an event date', () => {
    const text = page(
      'Observers to stay on the border for two more years',
      'The monitoring team was due to leave the region until March 2026',
      '21 March 2024 | 14:05',
      'The council extended the mission on Thursday after a request from both governments.',
    );
    expect(eventDates(text)).toContainEqual(['until March 2026', '2026-03']);
  });

  it("a year the headline sets before an event noun names the event (the article dropped), and a stamp's date is the piece's", () => {
    const text = page(
      'Dozens of soldiers killed in worst fighting since 2020 war',
      'Both capitals blame each other for the shelling that began before dawn',
      'Thursday 21 March 2024 09:12',
      'The defence ministry said on Thursday that 31 of its servicemen had been killed.',
    );
    expect(eventDates(text)).toEqual([['on Thursday', '2024-03-21']]);
  });

  it('a header field line is no headline: its date is not read again', () => {
    const text =
      'Text of report by a regional radio station on 18 March 2024\n\n' +
      'Summary: the station led its bulletin on 18 March with a report on flooded roads\n\n' +
      'Rescue crews reached two of the villages on Monday, the station said.\n';
    expect(eventDates(text).map(([t]) => t)).not.toContain('on 18 March');
  });
});

describe("the headline's and deck's scan, read with the document's own (a large ingest's threads)", () => {
  it('dates the lines above the body as the dates pass does when it reads them itself', () => {
    const text = page(
      'Mountain villages cut off as floodwater keeps rising',
      'More than 4,000 people have left their homes since Sunday, regional officials say',
      'Published Mar 21, 2024 • 3 minute read',
      'Rescue crews reached two of the villages on Wednesday, the regional emergency service said.',
    );
    const { meta, bodyStart } = inferMetadata(text);
    const doc: CorpusDocument = { id: 'd', file: 'd.txt', text, sha256: '', label: 'd', meta, bodyStart };
    const { segmented, scan } = segmentAndScan(doc, null);
    expect(scan.heading?.lines.length).toBeGreaterThan(0);
    const sentences = new Map([['d', segmented!.sentences]]);
    const now = new Date(Date.UTC(2026, 0, 5));
    const here = corpusTimelines([doc], sentences, now);
    // A worker's scan reaches the dates pass as a copy, as a message carries it.
    const sent = corpusTimelines([doc], sentences, now, new Map([['d', structuredClone(scan)]]));
    expect(JSON.stringify([...sent])).toBe(JSON.stringify([...here]));
    expect(sent.get('d')!.mentions.map((m) => m.text)).toContain('since Sunday');
  });

  it('is none when no line above the body is a headline or a deck', () => {
    const text =
      'Published Mar 21, 2024\n\nRescue crews reached two villages on Wednesday, officials said.\n';
    const { meta, bodyStart } = inferMetadata(text);
    const doc: CorpusDocument = { id: 'd', file: 'd.txt', text, sha256: '', label: 'd', meta, bodyStart };
    expect(segmentAndScan(doc, null).scan.heading).toBeNull();
  });
});
