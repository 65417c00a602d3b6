import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

function sentencesOf(text: string): string[] {
  return splitSentences(text, splitParagraphs(text)).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences: a title before a name is no stop', () => {
  it.each([
    ['"We will not be silenced," said Del. Jane Morrow of the Virgin Islands.'],
    ['The letter was signed by Sens. Ann Carver (D-Ore.) and Tom Beale (R-Ky.) on Friday.'],
    ['Reps. Ed Marsh and Lee Dunn voted against it, as did Govs. Ray Colt and Ida Pike.'],
    ['Lt. Gov. Sam Reyes met Lt. Gen. Omar Haddad and Col. Ruth Baines in the capital.'],
    ['Maj. Tim Ross, Capt. Ada Lin, Sgt. Pete Ames and Adm. Joan Ruiz attended.'],
    ['Cmdr. Lou Vance, Supt. Mary Holt, Insp. Raj Patel and Amb. Nina Cole were there.'],
    ['Atty. Gen. Carl Weiss, Rev. Ben Oduya and Msgr. Paul Rossi joined the march.'],
    ['Prof. Lena Brandt and Dr. Aram Sarkisian wrote the report.'],
    ['Sgt. 1st Class Dana Ruiz was wounded near the border.'],
    ['Gov.-elect Maria Olsen said the budget would be cut.'],
    ['The court decided Kessler v. Morrow in 1998 and cited it again this year.'],
  ])('%s', (text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('keeps a place prefix with its name: St., Mt., Ft.', () => {
    const text = 'She flew from St. Louis to Ft. Worth, then on to Mt. Vernon.';
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('ends a sentence at a suffix or a street when a new sentence clearly starts', () => {
    expect(sentencesOf('The prize went to Albert Haines Jr. He thanked the jury.')).toEqual([
      'The prize went to Albert Haines Jr.',
      'He thanked the jury.',
    ]);
    expect(sentencesOf('The rally filled Main St. The police closed it at noon.')).toEqual([
      'The rally filled Main St.',
      'The police closed it at noon.',
    ]);
  });

  it('still ends a sentence after a dotted acronym before "The"', () => {
    expect(sentencesOf('The talks were held in the U.S. The next day both sides left.')).toEqual([
      'The talks were held in the U.S.',
      'The next day both sides left.',
    ]);
  });

  it('ends a sentence at "no." when a word follows, not when a number does', () => {
    expect(
      sentencesOf('Asked if he would resign, he said no. They left the hall. Gate No. 4 was shut.'),
    ).toEqual(['Asked if he would resign, he said no.', 'They left the hall.', 'Gate No. 4 was shut.']);
  });
});

describe('splitSentences: a sentence may open with a numeral', () => {
  it('splits before a figure that opens a sentence', () => {
    expect(sentencesOf('The situation remained tense. 81,000 people had left by Friday.')).toEqual([
      'The situation remained tense.',
      '81,000 people had left by Friday.',
    ]);
    expect(sentencesOf('Talks resumed in March. 2021 was the worst year.')).toEqual([
      'Talks resumed in March.',
      '2021 was the worst year.',
    ]);
  });

  it('splits before an amount that opens a sentence', () => {
    expect(sentencesOf('The donors met in Geneva. $40 million was pledged.')).toEqual([
      'The donors met in Geneva.',
      '$40 million was pledged.',
    ]);
  });

  it.each([
    ['Road No. 5 and routes Nos. 7 and 9 were closed.'],
    ['The curfew began at 9 p.m. on Tuesday and ended at 6 a.m. Wednesday.'],
    ['Inflation reached 12.5 per cent in the second quarter.'],
    ['Ships of the U.S. 5th Fleet sailed through the strait.'],
    ['The report by J. R. Haskins is on p. 14 of Vol. 3 of the series.'],
    ['The figures appear in Fig. 2 and in Art. 5 of the treaty, signed on Sept. 11 last year.'],
    ['It was the largest protest since Jan. 2020, organisers said.'],
    ['Prices rose to ... 5,000 drams a kilo, he said.'],
  ])('keeps %s whole', (text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });
});

describe('splitSentences: spans (property)', () => {
  const piece = fc.constantFrom(
    'Sen.',
    'Sens.',
    'Del.',
    'St.',
    'Jr.',
    'No.',
    'no.',
    'U.S.',
    'p.m.',
    'J.',
    'v.',
    '...',
    '…',
    '81,000',
    '5.',
    '$4',
    '"',
    '”',
    '?',
    '!',
    'The',
    'said',
    'Smith',
    'tense.',
    '(',
    ')',
  );
  const sep = fc.constantFrom(' ', ' ', '  ', '\n', '\n\n', '');
  const textArb = fc.array(fc.tuple(piece, sep), { maxLength: 40 }).map((parts) => parts.flat().join(''));

  it('cover every non-space character once, in order, never overlapping, within a paragraph', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const paragraphs = splitParagraphs(text);
        const sentences = splitSentences(text, paragraphs);
        let last = 0;
        const covered = new Array<boolean>(text.length).fill(false);
        for (const s of sentences) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          const p = paragraphs[s.paragraph]!;
          expect(s.start >= p.start && s.end <= p.end).toBe(true);
          for (let i = s.start; i < s.end; i++) covered[i] = true;
          last = s.end;
        }
        for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i]!)) expect(covered[i]).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
