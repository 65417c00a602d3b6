import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import { buildTimelines, formatSourceDate } from '../../src/extract/dates/index.ts';
import { isRevisionBasis } from '../../src/extract/dates/reference.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

/**
 * Hand-written gold (test/fixtures/eval/dates/NAME.gold.json, written from the text before the
 * code was tuned): the piece's own date and each date expression as formatSourceDate shows it.
 * Each article is read alone, with no corpus to lend it a year.
 */
const DIR = join(import.meta.dirname, '../fixtures/eval/dates');
const NOW = new Date(Date.UTC(2026, 10, 23));

interface Gold {
  published: string | null;
  dates: { text: string; date: string }[];
}

function timelineOf(name: string, text: string) {
  const doc: CorpusDocument = {
    id: name,
    file: `${name}.txt`,
    text,
    sha256: '',
    label: name,
    meta: { title: null, outlet: null, published: null, url: null },
    bodyStart: 0,
  };
  const sentences = splitSentences(text, splitParagraphs(text));
  return buildTimelines([doc], new Map([[name, sentences]]), NOW).get(name)!;
}

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));

describe('date eval fixtures (articles in styles the seeds do not have)', () => {
  const tally = { right: 0, total: 0 };

  it.each(names)('%s: its date and every date expression as the gold has them', (name) => {
    const text = readFileSync(join(DIR, `${name}.txt`), 'utf8');
    const gold = JSON.parse(readFileSync(join(DIR, `${name}.gold.json`), 'utf8')) as Gold;
    const timeline = timelineOf(name, text);
    const got = {
      // As scripts/eval.ts reads it: an Updated: stamp dates the timeline but is no publication date.
      published:
        timeline.reference && !isRevisionBasis(timeline.referenceBasis)
          ? formatSourceDate(timeline.reference)
          : null,
      dates: timeline.mentions
        .filter((m) => !m.role)
        .map((m) => ({ text: m.text, date: formatSourceDate(m.date) })),
    };
    tally.total += 1 + gold.dates.length;
    if (got.published === gold.published) tally.right++;
    for (const d of gold.dates)
      if (got.dates.some((g) => g.text === d.text && g.date === d.date)) tally.right++;
    expect(got).toEqual(gold);
  });

  it('reports the share of gold items read right', () => {
    console.log(`date eval: ${tally.right}/${tally.total} gold items right`);
    expect(tally.total).toBeGreaterThan(0);
  });
});
