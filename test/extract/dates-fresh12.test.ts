import { describe, expect, it } from 'vitest';
import { inferMetadata } from '../../src/corpus/metadata.ts';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import { buildTimelines, formatSourceDate } from '../../src/extract/dates/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { DocumentTimeline } from '../../src/extract/types.ts';

/** Dates in real outlet layouts: live pages, meeting reports, podcasts, agency copy. */
function timelineOf(text: string): DocumentTimeline {
  const { meta, bodyStart } = inferMetadata(text);
  const doc: CorpusDocument = { id: 'd', file: 'd.txt', text, sha256: '', label: 'd', meta, bodyStart };
  const sentences = splitSentences(text, splitParagraphs(text));
  return buildTimelines([doc], new Map([['d', sentences]]), new Date(Date.UTC(2026, 10, 23))).get('d')!;
}
const events = (text: string) =>
  Object.fromEntries(
    timelineOf(text)
      .mentions.filter((m) => !m.role)
      .map((m) => [m.text, formatSourceDate(m.date)]),
  );
const piece = (date: string, body: string) => `A headline over the copy\n\n${date}\n\n${body}\n`;

describe('future wording with a word between the verb and "expected"', () => {
  it.each([
    'Both leaders are also expected in Prague on Thursday, diplomats said.',
    'The two ministers are both expected in Granada on Thursday.',
    'The envoys are still expected to arrive in Baku on Thursday.',
  ])('%s → the coming Thursday', (sentence) => {
    // 4 October 2023 was a Wednesday.
    expect(events(piece('4 October 2023', sentence))).toMatchObject({ 'on Thursday': '2023-10-05' });
  });

  it('a past clause keeps the Thursday before', () => {
    expect(events(piece('4 October 2023', 'The two ministers met in Granada on Thursday.'))).toMatchObject({
      'on Thursday': '2023-09-28',
    });
  });
});
