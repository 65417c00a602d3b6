import { describe, expect, it } from 'vitest';
import { inferMetadata } from '../../src/corpus/metadata.ts';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import { type ScannedDocument, scanDocument } from '../../src/extract/dates/scan.ts';
import { weekdayWindow, windowFromReference } from '../../src/extract/dates/window.ts';
import { segmentDocument } from '../../src/extract/index.ts';

/** A piece dated 20 September: a weekday told as past falls in the week up to it. */
const window = windowFromReference({ precision: 'day', year: 2023, month: 9, day: 20, yearStatus: 'stated' });

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function document(paragraphs: number): CorpusDocument {
  const lines = ['Live updates from the region', ''];
  for (let i = 0; i < paragraphs; i++) {
    lines.push(`On ${WEEKDAYS[i % 7]}, officials said the road was closed on September ${(i % 19) + 1}.`, '');
  }
  const text = lines.join('\n');
  const { meta, bodyStart } = inferMetadata(text);
  return { id: 'blog', file: 'blog.txt', text, sha256: '', label: 'blog', meta, bodyStart };
}

/** The scanned document, counting how often its list of date mentions is walked. */
function counted(scanned: ScannedDocument): { scanned: ScannedDocument; walks: () => number } {
  let walks = 0;
  const mentions = scanned.mentions;
  const proxy = new Proxy(mentions, {
    get(target, key, receiver) {
      if (key === Symbol.iterator) walks++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { scanned: { ...scanned, mentions: proxy }, walks: () => walks };
}

describe('weekdays in a long document', () => {
  it('the dated days of the week are worked out once per year, not once per weekday (ingest stays linear)', () => {
    const doc = document(700);
    const { scanned, walks } = counted(scanDocument(doc, segmentDocument(doc).sentences));
    const weekdays = scanned.mentions.filter((m) => m.expression.form.kind === 'weekday');
    expect(weekdays.length).toBeGreaterThanOrEqual(700);
    const before = walks();
    const answers = new Set<string>();
    for (const year of [2022, 2023]) {
      for (const m of weekdays) answers.add(JSON.stringify(weekdayWindow(scanned, m, window, year, false)));
    }
    expect(walks() - before).toBeLessThanOrEqual(4); // one walk per year and tense, whatever the count of weekdays
    expect([...answers].some((a) => a !== 'null')).toBe(true);
  });

  it('a short piece whose dated days (September 1–3) fall before the week: the whole week up to the 20th', () => {
    const doc = document(3);
    const plain = scanDocument(doc, segmentDocument(doc).sentences);
    const m = plain.mentions.find((x) => x.expression.form.kind === 'weekday')!;
    // 20 September 2023 is day 19620 since 1970.
    expect(weekdayWindow(plain, m, window, 2023, false)).toEqual({ first: 19614, last: 19620 });
  });
});

describe('date mentions within a span (asked once per sentence by figures and statements)', () => {
  it('are exactly those a filter over every mention finds, in the same order', async () => {
    const fc = (await import('fast-check')).default;
    const { mentionsWithin } = await import('../../src/extract/dates/within.ts');
    const span = fc.tuple(fc.nat(300), fc.nat(40)).map(([start, len]) => ({ start, end: start + len }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), span, (mentions, { start, end }) => {
        expect(mentionsWithin(mentions, start, end)).toEqual(
          mentions.filter((m) => m.start >= start && m.end <= end),
        );
      }),
    );
  });
});
