import { describe, expect, it } from 'vitest';
import { speakersMentionsAndQuotes } from './statements.helpers.ts';

describe('a relative named by a given name right after a possessive kin noun', () => {
  it('"his sister Lusine told …": a later "she" is Lusine, not the brother the sentence is about', () => {
    const text =
      'Tigran Avagyan, 24, from the town of Sisian, had served on the border since March, his sister Lusine told reporters.\n\n' +
      '“He was building a house for his family,” she says.\n\n' +
      'She said the funeral would take place in Sisian on Sunday.';
    const found = speakersMentionsAndQuotes(text);
    expect(found).toContainEqual(['text:lusine', 'she', 'He was building a house for his family,']);
    expect(found).toContainEqual(['text:lusine', 'She', 'the funeral would take place in Sisian on Sunday']);
    expect(found.map(([id]) => id)).not.toContain('text:tigran-avagyan');
  });

  it('a relative named so in passing, not speaking, is who a later "he" points to', () => {
    const text =
      'The shop on Abovyan Street belonged to Anahit Sargsyan until 2019, when her son Vardan took it over.\n\n' +
      'He said the rent had doubled since the war.';
    expect(speakersMentionsAndQuotes(text)).toContainEqual([
      'text:vardan',
      'He',
      'the rent had doubled since the war',
    ]);
  });
});

describe('kin owned by a pronoun whose owner the text never named', () => {
  it.each([
    ['A driver from Meghri was among the wounded on Friday, his relatives told the radio.', 'text:relatives'],
    ['The girl had been taken to a hospital in Kapan, her family told reporters.', 'text:family'],
  ])('the kin are who spoke, under their own noun: %s', (text, speaker) => {
    expect(speakersMentionsAndQuotes(text).map(([id]) => id)).toEqual([speaker]);
  });

  it('kin of a person the text named stay that person’s kin', () => {
    const text = 'Garnik Sahakyan was hurt on Monday. His wife said he was recovering in Goris.';
    expect(speakersMentionsAndQuotes(text).map(([id]) => id)).not.toContain('text:wife');
  });
});
