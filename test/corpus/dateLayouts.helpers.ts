import { describe, expect, it } from 'vitest';
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

/** A lead with no weekday or month: nothing in the body settles a slash date's order. */
const STAMP_LEAD = 'The shelling began at night and stopped before dawn, villagers said.';

/** A page whose stamp stands under the byline. */
const stampUnderByline = (stamp: string) =>
  'Abroad\n\nFarmers near the border count their losses after the shelling\n\n' +
  `Marit Jensen\n${stamp}\n\n${STAMP_LEAD}\n`;

/** A page whose stamp stands right under the headline. */
const stampUnderHeadline = (stamp: string) =>
  `Farmers near the border count their losses after the shelling\n\n${stamp}\n\n${STAMP_LEAD}\n`;

/**
 * Each stamp line of `read` dates the piece its day, and each of `unread` gives no date, whether the
 * line stands under a byline or right under the headline.
 */
export function stampsRead(what: string, read: [string, string][], unread: string[]): void {
  describe(`${what}: read by its parts`, () => {
    it.each(read)('under a byline, "%s" dates the piece %s', (stamp, day) => {
      expect(published(stampUnderByline(stamp))).toBe(day);
    });
    it.each(read)('under the headline, "%s" dates the piece %s', (stamp, day) => {
      expect(published(stampUnderHeadline(stamp))).toBe(day);
    });
  });
  describe(`${what}: a stamp that contradicts itself or gives no day is not read`, () => {
    it.each(unread)('under a byline, "%s" gives no date', (stamp) => {
      expect(published(stampUnderByline(stamp))).toBeNull();
    });
    it.each(unread)('under the headline, "%s" gives no date', (stamp) => {
      expect(published(stampUnderHeadline(stamp))).toBeNull();
    });
  });
}
