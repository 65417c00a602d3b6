import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

function sentencesOf(text: string): string[] {
  return splitSentences(text, splitParagraphs(text)).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences: a clock time runs on into a zone named by its place', () => {
  it.each([
    ['The truce began at 6 a.m. Tbilisi time on Friday, the ministry said.'],
    ['Firing stopped at 11 p.m. Ankara time, officials said.'],
  ])('%s', (text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('still ends a sentence at a.m. when a new one opens', () => {
    expect(sentencesOf('The shelling began at 4 a.m. Residents fled to the cellars.')).toEqual([
      'The shelling began at 4 a.m.',
      'Residents fled to the cellars.',
    ]);
  });
});
