import { describe, expect, it } from 'vitest';
import { speakersAndMentions } from './statements.helpers.ts';

describe('surnames that end like adverbs', () => {
  it('"Kelly", "Donnelly", "Early" stay in the name before the verb', () => {
    expect(speakersAndMentions('Gen. Tom Kelly said the border posts were secure.')).toEqual([
      ['text:tom-kelly', 'Gen. Tom Kelly'],
    ]);
    expect(speakersAndMentions('Mrs. Connolly said the convoy had turned back.')).toEqual([
      ['text:connolly', 'Mrs. Connolly'],
    ]);
    expect(
      speakersAndMentions('The party chairman, Rex Early, said he had not read the rules.').map((s) => s[0]),
    ).toEqual(['text:rex-early']);
  });

  it('an inverted speaker keeps such a surname too', () => {
    expect(
      speakersAndMentions('“The talks are over,” said Senator Joe Donnelly, Democrat of Indiana.'),
    ).toEqual([['text:joe-donnelly', 'Senator Joe Donnelly']]);
  });

  it('a lower-case adverb between subject and verb is still no part of the subject', () => {
    expect(speakersAndMentions('Ana Ruiz immediately said the vote was rigged.')).toEqual([
      ['text:ana-ruiz', 'Ana Ruiz'],
    ]);
  });

  it('"today", "yesterday" and "tonight" between subject and verb are no part of it either', () => {
    expect(speakersAndMentions('Ana Ruiz today said the vote was rigged.')).toEqual([
      ['text:ana-ruiz', 'Ana Ruiz'],
    ]);
    expect(speakersAndMentions('Ana Ruiz yesterday morning said the vote was rigged.')).toEqual([
      ['text:ana-ruiz', 'Ana Ruiz'],
    ]);
    expect(speakersAndMentions('Ana Ruiz tonight said the vote was rigged.')).toEqual([
      ['text:ana-ruiz', 'Ana Ruiz'],
    ]);
  });
});

describe('nouns that end in -ly', () => {
  it('"a Pashinyan ally" is the ally, never Pashinyan', () => {
    expect(speakersAndMentions('A Pashinyan ally said the vote would be held in June.')).toEqual([
      ['text:pashinyan-ally', 'A Pashinyan ally'],
    ]);
  });

  it('"her family" is no pronoun "her"', () => {
    const text = 'Anna Petrosyan was detained in May. Her family said she had done nothing wrong.';
    expect(speakersAndMentions(text).map((s) => s[1])).not.toContain('Her');
  });
});

describe('a time between the subject and its verb', () => {
  it('"this week", "two days ago" are no part of the speaker', () => {
    expect(
      speakersAndMentions('The Foreign Ministry this week announced that talks would resume.').map(
        (s) => s[1],
      ),
    ).toEqual(['The Foreign Ministry']);
    expect(speakersAndMentions('Anna Petrosyan less than two days ago said the road was open.')).toEqual([
      ['text:anna-petrosyan', 'Anna Petrosyan'],
    ]);
  });
});
