import { inferMetadata } from '../../src/corpus/metadata.ts';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import { buildTimelines, formatSourceDate } from '../../src/extract/dates/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

/** A page written for a test, read as the corpus reads it: metadata inferred, then its timeline. */
export function timelineOf(text: string) {
  const { meta, bodyStart } = inferMetadata(text);
  const doc: CorpusDocument = { id: 'd', file: 'd.txt', text, sha256: '', label: 'd', meta, bodyStart };
  const sentences = splitSentences(text, splitParagraphs(text));
  return buildTimelines([doc], new Map([['d', sentences]]), new Date(Date.UTC(2026, 10, 23))).get('d')!;
}

/** The page's publication date as /sources shows it, or null. */
export const published = (text: string) => {
  const p = inferMetadata(text).meta.published;
  return p && formatSourceDate(p.value);
};

/** The page's dated events (mentions with no role such as a date line), text → date shown. */
export const events = (text: string) =>
  Object.fromEntries(
    timelineOf(text)
      .mentions.filter((m) => !m.role)
      .map((m) => [m.text, formatSourceDate(m.date)]),
  );
