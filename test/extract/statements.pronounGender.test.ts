import { describe, expect, it } from 'vitest';
import { findPeople } from '../../src/extract/statements/people.ts';
import { learnGenders, votedGender } from '../../src/extract/statements/personGender.ts';
import { speakersMentionsAndQuotes, statementsOf } from './statements.helpers.ts';

/** The gender the text tells for each person it names, read as the extractor reads it. */
function genders(text: string): Record<string, string | null> {
  const people = findPeople(text, 0, text.length, new Map());
  const votes = new Map();
  learnGenders(text, 0, text.length, people, votes);
  return Object.fromEntries(people.map((p) => [p.entity.id, votedGender(votes, p.entity)]));
}

describe('a text person’s gender, learned from the text', () => {
  it('the pronoun a person’s own saying opens with', () => {
    expect(genders('Lena Varossian, 34, said her son was wounded in the shelling.')).toEqual({
      'text:lena-varossian': 'f',
    });
    expect(genders('Dana Whitlow told reporters on Friday that he would run again.')).toEqual({
      'text:dana-whitlow': 'm',
    });
  });

  it('a reflexive in the person’s own clause', () => {
    expect(genders('Rey Castellan has described herself as a centrist.')).toEqual({
      'text:rey-castellan': 'f',
    });
  });

  it('a possessive after another verb may be someone else’s: "X called his vote …"', () => {
    expect(genders('Rey Castellan called his vote a betrayal.')).toEqual({ 'text:rey-castellan': null });
  });

  it('a given name counts as one vote, which the text’s words outweigh', () => {
    expect(genders('Anna Petrosyan arrived.')).toEqual({ 'text:anna-petrosyan': 'f' });
    expect(genders('Tigran Avetisyan, a mother of three, told reporters she was leaving.')).toEqual({
      'text:tigran-avetisyan': 'f',
    });
    expect(genders('Anna Petrosyan, a father of three, arrived.')).toEqual({ 'text:anna-petrosyan': null });
  });

  it('"her" before a determiner or a stop is an object, and tells nothing of the subject', () => {
    expect(genders('Corin Maddox called her a liar at the rally.')).toEqual({ 'text:corin-maddox': null });
    expect(genders('Corin Maddox thanked her.')).toEqual({ 'text:corin-maddox': null });
  });

  it('a gendered noun in apposition, or before the name', () => {
    expect(genders('Dale Osgood, a father of three, runs the bakery.')).toEqual({ 'text:dale-osgood': 'm' });
    expect(genders('The minister and his wife, Robin Sayre, arrived first.')).toEqual({
      'text:robin-sayre': 'f',
    });
  });

  it('a pronoun after another person named in between is not the first one’s', () => {
    expect(genders('Dale Osgood met Robin Sayre, who said she was leaving.')).toEqual({
      'text:dale-osgood': null,
      'text:robin-sayre': null,
    });
  });

  it('nothing said: the gender stays unknown', () => {
    expect(genders('Robin Sayre arrived on Monday.')).toEqual({ 'text:robin-sayre': null });
  });
});

describe('"he" and "she" point back only to a person they fit', () => {
  it('a given name of one gender steers the pronoun past the nearer person', () => {
    expect(
      speakersMentionsAndQuotes(
        'Anna Petrosyan met Tigran Avetisyan in Goris. He said the road would reopen.',
      ),
    ).toEqual([['text:tigran-avetisyan', 'He', 'the road would reopen']]);
    expect(
      speakersMentionsAndQuotes(
        'Tigran Avetisyan met Anna Petrosyan in Goris. She said the road would reopen.',
      ),
    ).toEqual([['text:anna-petrosyan', 'She', 'the road would reopen']]);
  });

  it('what the text said of a person outweighs the nearest mention', () => {
    const text =
      'Robin Sayre told the council that she opposed the dam. Dale Osgood, a father of three, ' +
      'lives by the river. “We were never asked,” she said.';
    expect(speakersMentionsAndQuotes(text).at(-1)).toEqual([
      'text:robin-sayre',
      'she',
      'We were never asked,',
    ]);
  });

  it('no person fits: no one is made the speaker', () => {
    const text =
      'Dale Osgood, a father of three, lives by the river. He said in May that he would sell. ' +
      '“We were never asked,” she said.';
    expect(speakersMentionsAndQuotes(text).map((s) => s[2])).toEqual(['he would sell']);
  });

  it('a person named with a gendered title keeps it against a pronoun used of someone else', () => {
    const text =
      'Mrs. Ellery said the vote was rigged. Mr. Coyle, her neighbour, disagreed. ' +
      '“Nobody rigged anything,” he said.';
    expect(speakersMentionsAndQuotes(text).at(-1)).toEqual(['text:coyle', 'he', 'Nobody rigged anything,']);
  });

  it('"Mr." before a surname is not the woman the text named with it before', () => {
    const text =
      'Marta Kessel told the court that she had signed nothing. Mr. Kessel said the permit was forged. ' +
      '“It was all lies,” he said.';
    const speakers = speakersMentionsAndQuotes(text).map((s) => s[0]);
    expect(speakers[0]).toBe('text:marta-kessel');
    expect(speakers.slice(1)).toHaveLength(2);
    expect(speakers.slice(1)).not.toContain('text:marta-kessel');
  });
});

describe('a person described as a sentence’s subject stands between the pronoun and the name before', () => {
  it('"X spoke first. The regional governor toured the site. He said …" is not X’s', () => {
    expect(
      speakersMentionsAndQuotes(
        'Tigran Avetisyan spoke first. The regional governor toured the site. He said the road would reopen.',
      ),
    ).toEqual([]);
  });

  it('a description of the person named before is that person', () => {
    const text =
      'Tigran Avetisyan, the regional governor, spoke first. The governor then toured the site. ' +
      'He said the road would reopen.';
    expect(speakersMentionsAndQuotes(text)).toEqual([
      ['text:tigran-avetisyan', 'He', 'the road would reopen'],
    ]);
  });

  it('"the candidate" after the candidate spoke is the same person', () => {
    const text =
      'Dana Whitlow told reporters that he would run again. The candidate also visited the depot. ' +
      '“We will win,” he said.';
    expect(speakersMentionsAndQuotes(text).at(-1)).toEqual(['text:dana-whitlow', 'he', 'We will win,']);
  });

  it('a description of the other gender does not stand between', () => {
    const text = 'Tigran Avetisyan spoke first. A woman who lost her house wept. “We will rebuild,” he said.';
    expect(speakersMentionsAndQuotes(text)).toEqual([['text:tigran-avetisyan', 'he', 'We will rebuild,']]);
  });
});

describe('"they" for a person the text says is called so', () => {
  it('"X, who uses they/them pronouns, … They said" is X, not the body that spoke before', () => {
    expect(
      statementsOf(
        'The Department of Transport said it was reviewing the route.\n\n' +
          'Her neighbour, Sam Doyle, who uses they/them pronouns, led a march in June. ' +
          'They said about 60 people had joined.',
      ).map((s) => s.speaker),
    ).toEqual(['text:department-of-transport', 'text:sam-doyle']);
  });
});
