import { describe, expect, it } from 'vitest';
import { inferMetadata } from '../../src/corpus/metadata.ts';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import { buildTimelines, formatSourceDate } from '../../src/extract/dates/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { Sentence } from '../../src/extract/types.ts';
import { events, published } from './dateLayouts.helpers.ts';

const BODY =
  'Officials said yesterday that the crossing had been closed since Sunday, and aid arrived on Wednesday night.\n';

describe('a stamp line: the date, then a time and the outlet set off by commas', () => {
  it.each([
    ['Saturday September 30 2023, 12.01am, The Times', '2023-09-30'],
    ['September 30, 2023, 9:15 PM, Evening Standard', '2023-09-30'],
    ['30 September 2023, 08:40', '2023-09-30'],
  ])('%s → published %s, and the body is dated from it', (line, day) => {
    const text =
      'WORLD | EUROPE\n\nThe last convoys leave the valley\n\nThe border town is struggling to cope\n\n' +
      `Jane Morrow, Goris\n${line}\n\n${BODY}`;
    expect(published(text)).toBe(day);
    expect(events(text)).toMatchObject({ yesterday: '2023-09-29', 'on Wednesday night': '2023-09-27' });
  });

  it('a date opening a headline-like line of words is no stamp', () => {
    const text =
      'September 30 2023, The Day The Valley Emptied Out\n\nThe families who left say they have no plans to return.\n';
    expect(published(text)).toBeNull();
  });
});

describe('a keyed stamp names the kind of page it dates', () => {
  it.each([
    ['Summary posted January 11, 2024', '2024-01-11'],
    ['Transcript published 11 January 2024', '2024-01-11'],
    ['Story posted on Jan. 11, 2024', '2024-01-11'],
  ])('%s wins over an event line above it', (stamp, day) => {
    const text =
      'Policy Institute\n\nEVENT SUMMARY\n\nWhat next for the region?\n\nTuesday, January 9, 2024 | Online\n\n' +
      `${stamp}\n\nThe institute hosted a panel on the consequences of the war. Below are the main points.\n`;
    expect(published(text)).toBe(day);
  });
});

/** As the corpus reads a page: the body (from bodyStart) is split into sentences, the header lines are not. */
function asCorpusReads(pages: Record<string, string>) {
  const docs: CorpusDocument[] = [];
  const sentences = new Map<string, Sentence[]>();
  for (const [id, text] of Object.entries(pages)) {
    const { meta, bodyStart } = inferMetadata(text);
    docs.push({ id, file: `${id}.txt`, text, sha256: '', label: id, meta, bodyStart });
    sentences.set(id, splitSentences(text, splitParagraphs(text, bodyStart)));
  }
  const timelines = buildTimelines(docs, sentences, new Date(Date.UTC(2026, 10, 23)));
  return docs.map((d) => {
    const t = timelines.get(d.id)!;
    return {
      published: d.meta.published && formatSourceDate(d.meta.published.value),
      reference: t.reference && formatSourceDate(t.reference),
      basis: t.referenceBasis,
    };
  });
}

describe('a dotted stamp in either order: /sources and the timeline agree', () => {
  const page = (stamp: string, body: string, source = '') =>
    `${source}Government approves a housing plan for the families\n\n${stamp}\n\n${body}\n`;

  // Session 41: dots part the numbers of day-first writing (European, Asian; the US writes slashes), and
  // no outlet in the evaluation sets prints a dotted date month first, so an unsettled one is read day first.
  it.each(['03.10.2023', '03.10.2023 14:20', 'Politics | 03.10.2023'])(
    '%s that nothing on the page settles is read day first, in both',
    (stamp) => {
      const [doc] = asCorpusReads({
        a: page(stamp, 'The cabinet approved the plan yesterday, officials said.'),
      });
      expect(doc?.published).toBe('2023-10-03');
      expect(doc?.reference).toBe('2023-10-03');
    },
  );

  it("settled by the lead's weekday, both read the same day", () => {
    const [doc] = asCorpusReads({
      a: page('03.10.2023', 'The cabinet approved the plan on Monday, officials said.'),
    });
    expect(doc?.published).toBe('2023-10-03');
    expect(doc?.reference).toBe('2023-10-03');
  });

  it("read day first whatever the outlet's other pieces show, in both", () => {
    const [a, b] = asCorpusReads({
      a: page('03.10.2023', 'The cabinet approved the plan, officials said.', 'Source: Example News\n\n'),
      b: page('13.09.2023', 'The deputies debated the budget, officials said.', 'Source: Example News\n\n'),
    });
    expect(b?.published).toBe('2023-09-13');
    expect(a?.published).toBe('2023-10-03');
    expect(a?.reference).toBe('2023-10-03');
  });
});
