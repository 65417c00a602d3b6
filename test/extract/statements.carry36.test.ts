import { describe, expect, it } from 'vitest';
import { speakersAndQuotes } from './statements.helpers.ts';

describe('a relayed minister told someone "that …": whom he told may hold dots and an apposition', () => {
  it('"told his U.S. and EU counterparts that …" is the minister\'s saying, relayed', () => {
    expect(
      speakersAndQuotes(
        'Foreign Ministry spokesperson Ani Badalyan said Foreign Minister Ararat Mirzoyan had told his U.S. and EU counterparts that the blockade was becoming a famine.',
      ),
    ).toContainEqual(['mirzoyan', 'the blockade was becoming a famine']);
  });

  it('"told his counterpart, <name>, at the summit that …" is the minister\'s saying, relayed', () => {
    expect(
      speakersAndQuotes(
        'Foreign Ministry spokesperson Ani Badalyan said Mirzoyan had told his Georgian counterpart, Ilia Darchiashvili, at the summit in Tbilisi that the railway could reopen within a year.',
      ),
    ).toContainEqual(['mirzoyan', 'the railway could reopen within a year']);
  });
});

describe('a toll as the bare object of "reported", with words before its noun, is a figure, no words', () => {
  it('"has reported more than 1,900 military dead" is no statement', () => {
    expect(speakersAndQuotes('The Karabakh side has reported more than 1,900 military dead.')).toEqual([]);
  });

  it('"reported 14 civilian casualties" is no statement', () => {
    expect(
      speakersAndQuotes('The regional governor reported 14 civilian casualties after the night of shelling.'),
    ).toEqual([]);
  });

  it('a clause after the count is still reported words', () => {
    expect(
      speakersAndQuotes('The regional governor reported that 14 civilians were killed in the shelling.'),
    ).toEqual([['text:regional-governor', '14 civilians were killed in the shelling']]);
  });
});

describe('a paper named with its own article ("de Standaard") is whom one told, not what was said', () => {
  it('"…, a priest told de Standaard." gives no statement of the paper\'s name', () => {
    const found = speakersAndQuotes('The chapel will stay open to pilgrims, a priest told de Standaard.');
    expect(found.map(([, quote]) => quote)).not.toContain('de Standaard');
  });
});
