import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { extractStatements } from '../../src/extract/statements/index.ts';
import type { Statement } from '../../src/extract/types.ts';

/**
 * Speaker precision and recall on hand-written articles in styles the seeds lack
 * (test/fixtures/eval/statements). A gold statement is found when an extracted quote starts
 * with its `quoteStart` (white space folded); it is right when the speaker id matches too.
 */

const DIR = join(import.meta.dirname, '../fixtures/eval/statements');

interface Gold {
  statements: { speaker: string; quoteStart: string }[];
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

function extract(text: string, name: string): Statement[] {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  return extractStatements(text, name, sentences, paragraphs, {
    docId: name,
    reference: null,
    referenceBasis: null,
    mentions: [],
  });
}

function scoreFixtures(): {
  extracted: number;
  gold: number;
  found: number;
  right: number;
  misses: string[];
} {
  let extracted = 0;
  let gold = 0;
  let found = 0;
  let right = 0;
  const misses: string[] = [];
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const name = file.replace(/\.txt$/, '');
    const text = readFileSync(join(DIR, file), 'utf8');
    const expected = (JSON.parse(readFileSync(join(DIR, `${name}.gold.json`), 'utf8')) as Gold).statements;
    const statements = extract(text, name);
    extracted += statements.length;
    gold += expected.length;
    for (const g of expected) {
      const match = statements.find((s) =>
        fold(text.slice(s.quote.start, s.quote.end)).startsWith(fold(g.quoteStart)),
      );
      if (match) found++;
      if (match?.speaker.id === g.speaker) right++;
      else
        misses.push(`${name}: ${g.speaker} «${g.quoteStart}» → ${match ? match.speaker.id : 'no statement'}`);
    }
  }
  return { extracted, gold, found, right, misses };
}

describe('statement eval fixtures', () => {
  it('finds most hand-marked statements with the right speaker', () => {
    const score = scoreFixtures();
    const precision = score.right / score.extracted;
    const recall = score.right / score.gold;
    console.log(
      `statements eval: ${score.right}/${score.gold} right (recall ${recall.toFixed(2)}), ` +
        `${score.extracted} extracted (precision ${precision.toFixed(2)}), ${score.found} quote spans found`,
    );
    for (const miss of score.misses) console.log(`  miss ${miss}`);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(precision).toBeGreaterThanOrEqual(0.8);
  });
});
