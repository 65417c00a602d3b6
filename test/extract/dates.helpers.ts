import type { CorpusDocument, DocumentMeta } from '../../src/corpus/types.ts';
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

const UNDATED: DocumentMeta = { title: null, outlet: null, published: null, url: null };

/** The timeline of sentences written for a test, read as one piece with no date of its own, on 2026-11-23. */
export function timelineOfUndatedPiece(text: string): DocumentTimeline {
  const doc: CorpusDocument = {
    id: 'a',
    file: 'a.txt',
    text,
    sha256: '',
    label: 'piece a',
    meta: UNDATED,
    bodyStart: 0,
  };
  const sentences = splitSentences(text, splitParagraphs(text));
  return buildTimelines([doc], new Map([[doc.id, sentences]]), new Date(Date.UTC(2026, 10, 23))).get('a')!;
}
