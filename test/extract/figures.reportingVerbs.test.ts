import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { extractStatements } from '../../src/extract/statements/index.ts';
import type { DocumentTimeline } from '../../src/extract/types.ts';

const timeline: DocumentTimeline = { docId: 'doc', reference: null, referenceBasis: null, mentions: [] };

/** [number as written, reporter as written] for each figure of sentences written for these tests. */
function reporters(text: string): [string, string | null][] {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const statements = extractStatements(text, 'doc', sentences, paragraphs, timeline);
  return extractFigures(text, 'doc', sentences, timeline, statements).map((f) => [
    f.number.text,
    f.reporter?.text ?? null,
  ]);
}

describe('"indicated" and "counts" report a figure as "said" does', () => {
  it.each([
    [
      'The Red Crescent indicated that it had evacuated 23 wounded patients to the capital.',
      '23',
      'The Red Crescent',
    ],
    ['The Azerbaijani side counts at least 12 civilian dead.', 'at least 12', 'The Azerbaijani side'],
  ])('%s', (sentence, number, reporter) => {
    expect(reporters(sentence)).toEqual([[number, reporter]]);
  });

  it('"the counts" is a noun: no one reports by it', () => {
    expect(reporters('The counts differ: at least 12 civilians were killed.')).toEqual([
      ['at least 12', null],
    ]);
  });
});

describe('a clause on a noun with no "that" reports nothing of its own', () => {
  it('"the first such death they have reported" names no reporter', () => {
    expect(
      reporters(
        'Officials in the capital, Goris, said on Tuesday that one man had died of hunger, the first such death they have reported this year.',
      ),
    ).toEqual([['one', null]]);
  });
});
