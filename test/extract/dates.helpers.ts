import type { CorpusDocument } from '../../src/corpus/types.ts';
import { buildTimelines } from '../../src/extract/dates/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { DocumentTimeline } from '../../src/extract/types.ts';

/** The date mentions of sentences written for a test, read as one piece published on the given day. */
export function mentionsOfPiece(
  text: string,
  published: { year: number; month: number; day: number },
): DocumentTimeline['mentions'] {
  const doc: CorpusDocument = {
    id: 'a',
    file: 'a.txt',
    text,
    sha256: '',
    label: 'piece a',
    bodyStart: 0,
    meta: {
      title: null,
      outlet: null,
      url: null,
      published: {
        value: { precision: 'day', ...published, yearStatus: 'stated' },
        how: 'stated',
        why: 'Published: line',
      },
    },
  };
  const sentences = splitSentences(text, splitParagraphs(text));
  const timelines = buildTimelines([doc], new Map([[doc.id, sentences]]), new Date(Date.UTC(2026, 0, 5)));
  return timelines.get('a')!.mentions;
}
