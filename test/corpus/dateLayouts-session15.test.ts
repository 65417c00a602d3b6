import { describe, expect, it } from 'vitest';
import { inferMetadata } from '../../src/corpus/metadata.ts';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import { buildTimelines, formatSourceDate } from '../../src/extract/dates/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

function timelineOf(text: string) {
  const { meta, bodyStart } = inferMetadata(text);
  const doc: CorpusDocument = { id: 'd', file: 'd.txt', text, sha256: '', label: 'd', meta, bodyStart };
  const sentences = splitSentences(text, splitParagraphs(text));
  return buildTimelines([doc], new Map([['d', sentences]]), new Date(Date.UTC(2026, 10, 23))).get('d')!;
}
const published = (text: string) => {
  const p = inferMetadata(text).meta.published;
  return p && formatSourceDate(p.value);
};
const events = (text: string) =>
  Object.fromEntries(
    timelineOf(text)
      .mentions.filter((m) => !m.role)
      .map((m) => [m.text, formatSourceDate(m.date)]),
  );

const BODY =
  'The road has been closed since June 15, and aid officials said on Wednesday that stocks were running out.\n';

describe('a byline, a dash, then the date', () => {
  it.each([
    ['BY JANE MORROW, OPINION CONTRIBUTOR - 08/14/23 2:00 PM ET', '2023-08-14'],
    ['By Tom Reyes, Reuters — August 14, 2023', '2023-08-14'],
    ['By Ana Petrosyan – 14 August 2023 10:15', '2023-08-14'],
    ['By Jean-Luc Marchand, Staff Writer - 8/14/2023', '2023-08-14'],
  ])('%s → published %s, and the body takes its year', (line, day) => {
    const text = `Opinion\n\nThe corridor cannot wait for another statement\n\n${line}\n\n${BODY}`;
    expect(published(text)).toBe(day);
    expect(events(text)).toEqual({ 'since June 15': '2023-06-15', 'on Wednesday': '2023-08-09' });
  });

  it('a two-digit year in an order the page does not settle gives no date', () => {
    const text =
      'The corridor cannot wait\n\nBY JANE MORROW, CONTRIBUTOR - 08/10/23 2:00 PM ET\n\n' +
      'The road has been closed for months, and the aid that reaches the city is a trickle.\n';
    expect(published(text)).toBeNull();
  });

  it("a record's title ending with a dash and its day stays the title", () => {
    const text =
      'Department Press Briefing – September 26, 2023\n\nMR MILLER: Good afternoon, everyone, and thanks for coming.\n';
    const { meta } = inferMetadata(text);
    expect(meta.title?.value).toBe('Department Press Briefing – September 26, 2023');
    expect(published(text)).toBe('2023-09-26');
  });

  it('a headline with a dash and a name is no byline', () => {
    const text =
      'Armenia - the long road home\n\nThe families who left in September say they have no plans to return.\n';
    expect(inferMetadata(text).meta.title?.value).toBe('Armenia - the long road home');
    expect(published(text)).toBeNull();
  });
});
