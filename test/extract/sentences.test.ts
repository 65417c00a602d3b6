import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

function sentencesOf(text: string): string[] {
  return splitSentences(text, splitParagraphs(text)).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('keeps a middle initial with its surname: "Antony J. Blinken"', () => {
    expect(
      sentencesOf('Secretary of State Antony J. Blinken spoke with Aliyev today. He urged calm.'),
    ).toEqual(['Secretary of State Antony J. Blinken spoke with Aliyev today.', 'He urged calm.']);
  });

  it('keeps "the U.S. Agency" together', () => {
    expect(
      sentencesOf('Samantha Power heads the U.S. Agency for International Development. She visited Armenia.'),
    ).toEqual([
      'Samantha Power heads the U.S. Agency for International Development.',
      'She visited Armenia.',
    ]);
  });

  it('ends a sentence after a dotted acronym when a new sentence clearly starts', () => {
    expect(sentencesOf('The aid came from the U.S. The EU sent more.')).toEqual([
      'The aid came from the U.S.',
      'The EU sent more.',
    ]);
  });

  it('keeps "Mr. Smith" together', () => {
    expect(sentencesOf('Mr. Smith arrived in Baku. He met officials.')).toEqual([
      'Mr. Smith arrived in Baku.',
      'He met officials.',
    ]);
  });

  it('keeps a TASS dateline "WASHINGTON, September 20. /TASS/." together, apart from the story', () => {
    expect(
      sentencesOf('WASHINGTON, September 20. /TASS/. US Secretary of State Antony Blinken held a call.'),
    ).toEqual(['WASHINGTON, September 20. /TASS/.', 'US Secretary of State Antony Blinken held a call.']);
  });

  it('splits after a closing quote: `…solution." Samantha Power said`', () => {
    expect(
      sentencesOf('"There is no military solution." Samantha Power said the aid would continue.'),
    ).toEqual(['"There is no military solution."', 'Samantha Power said the aid would continue.']);
  });

  it('does not split inside a quote followed by its attribution: `…solution," he said.`', () => {
    expect(sentencesOf('"There is no military solution," he said. "Talks must resume."')).toEqual([
      '"There is no military solution," he said.',
      '"Talks must resume."',
    ]);
  });

  it('splits British single-quoted sentences after the closing mark', () => {
    expect(sentencesOf("'This is ethnic cleansing.' Mr Pashinyan spoke on Thursday.")).toEqual([
      "'This is ethnic cleansing.'",
      'Mr Pashinyan spoke on Thursday.',
    ]);
  });

  it('keeps decimals and numbers whole', () => {
    expect(sentencesOf('Turnout was 43.5 per cent. No. 3 road was closed.')).toEqual([
      'Turnout was 43.5 per cent.',
      'No. 3 road was closed.',
    ]);
  });

  it('gives offsets into the original text', () => {
    const text = 'Headline\n\n  First one. Second one.';
    const sentences = splitSentences(text, splitParagraphs(text));
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });
});
