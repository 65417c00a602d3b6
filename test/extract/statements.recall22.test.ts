import { describe, expect, it } from 'vitest';
import { idsAndWords } from './statements.helpers.ts';

describe('a name given in quotes is the speaker’s words, whatever phrase on it follows', () => {
  it.each([
    [
      'Senator Ann Carver called the vote “a betrayal” of the families who fled.',
      'text:ann-carver',
      'a betrayal',
    ],
    [
      'The ministry said the shelling began at dawn. It called the attack "a grave breach" of the truce.',
      'text:ministry',
      'a grave breach',
    ],
    [
      'Mayor Lena Ortiz called the closure "deeply unfair" for the villagers on the hill.',
      'text:lena-ortiz',
      'deeply unfair',
    ],
    [
      'Foreign Minister Jan Kowal called the accord “a fragile first step” on Monday.',
      'text:jan-kowal',
      'a fragile first step',
    ],
  ])('%s', (text, id, said) => {
    expect(idsAndWords(text)).toContainEqual({ id, said });
  });

  it.each([
    ['President Ilham Aliyev hailed the deal as a "capitulation" by Yerevan.', 'aliyev', 'capitulation'],
    [
      'Senator Ann Carver hailed the ruling as “a victory for the law.”',
      'text:ann-carver',
      'a victory for the law.',
    ],
  ])('what a thing is hailed as: %s', (text, id, said) => {
    expect(idsAndWords(text)).toContainEqual({ id, said });
  });

  it.each([
    'The governor called a meeting "to discuss the crisis" on Friday.',
    'The governor called an "emergency session" of the council.',
    'Crowds hailed the convoy "with flowers and bread" as it passed.',
  ])('no name given: %s', (text) => {
    expect(idsAndWords(text)).toEqual([]);
  });

  it('"what it called an “…”" stays the name the subject gave, not a "called" of its own', () => {
    const text =
      'On 19 September, Azerbaijan launched what it called an "anti-terror operation" in the region.';
    expect(idsAndWords(text)).toEqual([{ id: 'gov-azerbaijan', said: 'anti-terror operation' }]);
  });
});

describe('"what he called …" after a verb, its object and a preposition is the verb’s subject’s', () => {
  it.each([
    [
      'Foreign Minister Jan Kowal on Tuesday congratulated the mediators on what he called "a rare success" in the talks.',
      'text:jan-kowal',
      'a rare success',
    ],
    [
      'Senator Ann Carver thanked the Red Cross for what she called its “quiet courage” in the blockade.',
      'text:ann-carver',
      'quiet courage',
    ],
  ])('%s', (text, id, said) => {
    expect(idsAndWords(text)).toEqual([{ id, said }]);
  });
});

describe('thinking, fearing and estimating with a that-clause report content (CONVENTIONS 9)', () => {
  it.each([
    [
      'Western diplomats fear that the ceasefire will not survive the winter.',
      'text:western-diplomats',
      'the ceasefire will not survive the winter',
    ],
    [
      'The Red Cross estimates that some 4,000 families have left the valley.',
      'icrc',
      'some 4,000 families have left the valley',
    ],
    [
      'Analyst Mark Dunne believes that the talks will resume in May.',
      'text:mark-dunne',
      'the talks will resume in May',
    ],
    [
      'The head of the school board, Ruben Avetyan, answered that 150 pupils had been enrolled.',
      'text:ruben-avetyan',
      '150 pupils had been enrolled',
    ],
  ])('%s', (text, id, said) => {
    expect(idsAndWords(text)).toEqual([{ id, said }]);
  });

  it.each([
    'Residents fear for their lives.',
    'An estimated 5,000 people fled the town.',
    'It is feared that hundreds died in the blast.',
    'The council answered questions from the press for an hour.',
  ])('a feeling, a figure or no one: %s', (text) => {
    expect(idsAndWords(text)).toEqual([]);
  });
});

describe('a plural noun or a question is no thinking verb', () => {
  it.each([
    'Prices rose amid fears that the road would close.',
    'The visit raised hopes that the talks would resume.',
    'Official estimates that 5,000 people fled were disputed.',
    'It reeked of the greatest fear that anyone had seen.',
    'Asked if he thought that the plan would work, the mayor smiled.',
    'How the court answers that will shape the case.',
  ])('%s', (text) => {
    expect(idsAndWords(text)).toEqual([]);
  });

  it('a paragraph after "added:" that holds "the greatest fear that" is still the block said', () => {
    const text =
      'Kowal added:\n\nThis is the greatest fear that I have seen in this valley. Nobody sleeps here.';
    expect(idsAndWords(text).map((s) => s.id)).toEqual(['text:kowal']);
  });
});

describe('a named speaker’s relative clause of thinking or reporting is their statement', () => {
  it.each([
    [
      'The paper carries a column by analyst Mark Dunne, who believes the talks have reached "a dead end".',
      'text:mark-dunne',
      'the talks have reached "a dead end"',
    ],
    [
      'The chief doctor, Dr. Anna Petrosyan, who reported that 31 wounded people had been admitted, asked for blood.',
      'text:anna-petrosyan',
      '31 wounded people had been admitted',
    ],
    [
      'LISTENED: The Head of Community, who reported that about 2,000 people had been registered.',
      'text:head-of-community',
      'about 2,000 people had been registered',
    ],
  ])('%s', (text, id, said) => {
    expect(idsAndWords(text)).toContainEqual({ id, said });
  });

  it.each([
    'Police questioned Tom Baker, who reported the theft on Monday.',
    'The prize went to Jan Kowal, who believes in dialogue.',
  ])('an object or a creed, no words: %s', (text) => {
    expect(idsAndWords(text)).toEqual([]);
  });
});

describe('"A, Name, a role, said, noting that B": the clause before is a saying too', () => {
  it.each([
    [
      'The army has deployed extra units along the river, General Tom Reyes, the commander of the ground forces, said on Tuesday, noting that leave had been cancelled.',
      'text:tom-reyes',
      'The army has deployed extra units along the river',
      'leave had been cancelled',
    ],
    [
      'The clinic will reopen next week, Dr. Anna Petrosyan, its chief doctor, told reporters, adding that two wards were still closed.',
      'text:anna-petrosyan',
      'The clinic will reopen next week',
      'two wards were still closed',
    ],
  ])('%s', (text, id, first, second) => {
    expect(idsAndWords(text)).toEqual([
      { id, said: first },
      { id, said: second },
    ]);
  });
});
