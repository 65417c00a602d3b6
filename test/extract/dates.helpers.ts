import { inferMetadata } from '../../src/corpus/metadata.ts';
import type { CorpusDocument, DocumentMeta } from '../../src/corpus/types.ts';
import { buildTimelines, formatSourceDate } from '../../src/extract/dates/index.ts';
import { segmentDocument } from '../../src/extract/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { DocumentTimeline } from '../../src/extract/types.ts';

/** The day the date specs are read on, unless a spec says otherwise. */
const SPEC_NOW = new Date(Date.UTC(2026, 10, 23));

/** Metadata with no date of its own. */
const UNDATED: DocumentMeta = { title: null, outlet: null, published: null, url: null };

/** Metadata of a piece whose Published: line states the given day. */
export function publishedOn(year: number, month: number, day: number): DocumentMeta {
  return {
    title: null,
    outlet: null,
    url: null,
    published: {
      value: { precision: 'day', year, month, day, yearStatus: 'stated' },
      how: 'stated',
      why: 'Published: line',
    },
  };
}

/** The timeline of sentences written for a test, read as one body with the given metadata (no header). */
export function timelineOfText(
  text: string,
  meta: DocumentMeta = UNDATED,
  now: Date = SPEC_NOW,
): DocumentTimeline {
  const doc: CorpusDocument = {
    id: 'a',
    file: 'a.txt',
    text,
    sha256: '',
    label: 'piece a',
    meta,
    bodyStart: 0,
  };
  const sentences = splitSentences(text, splitParagraphs(text));
  return buildTimelines([doc], new Map([[doc.id, sentences]]), now).get('a')!;
}

/** The timeline of a page read as the extractor reads it: metadata inferred from its header, body segmented. */
export function timelineOfPage(text: string, now: Date = SPEC_NOW): DocumentTimeline {
  const { meta, bodyStart } = inferMetadata(text);
  const doc: CorpusDocument = { id: 'a', file: 'a.txt', text, sha256: '', label: 'piece a', meta, bodyStart };
  return buildTimelines([doc], new Map([[doc.id, segmentDocument(doc).sentences]]), now).get('a')!;
}

/** Each mention's text and the date it is shown with. */
export const datesShown = (timeline: DocumentTimeline): Record<string, string> =>
  Object.fromEntries(timeline.mentions.map((m) => [m.text, formatSourceDate(m.date)]));

/** Event mentions (not a piece's own stamps) in text order, with the date each is shown with. */
export const eventDatesShown = (timeline: DocumentTimeline): [string, string][] =>
  timeline.mentions.filter((m) => !m.role).map((m) => [m.text, formatSourceDate(m.date)]);

/** The date mentions of sentences written for a test, read as one piece published on the given day. */
export function mentionsOfPiece(
  text: string,
  published: { year: number; month: number; day: number },
): DocumentTimeline['mentions'] {
  return timelineOfText(
    text,
    publishedOn(published.year, published.month, published.day),
    new Date(Date.UTC(2026, 0, 5)),
  ).mentions;
}

/** The timeline of sentences written for a test, read as one piece with no date of its own, on 2026-11-23. */
export function timelineOfUndatedPiece(text: string): DocumentTimeline {
  return timelineOfText(text);
}
