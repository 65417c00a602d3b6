import { describe, expect, it } from 'vitest';
import { speakersMentionsAndQuotes } from './statements.helpers.ts';

const saidBy = (text: string) => speakersMentionsAndQuotes(text).map(([id, , q]) => [id, q]);

describe('a sentence that opens with a subordinate clause: the main clause says its own words', () => {
  it.each([
    [
      'While Moscow has pledged support, Ararat Petrosyan said the convoy would be stopped again.',
      'the convoy would be stopped again',
    ],
    [
      'Although the mediators promised a new round, Ararat Petrosyan said the talks had stalled.',
      'the talks had stalled',
    ],
    [
      'When the checkpoint reopened on Monday, Ararat Petrosyan told reporters that the queue stretched for miles.',
      'the queue stretched for miles',
    ],
  ])('given a subordinate clause with no words said, then "X said": %s', (text, quote) => {
    expect(saidBy(text)).toEqual([['text:ararat-petrosyan', quote]]);
  });

  it('given a saying in the subordinate clause and another in the main clause, each speaker has his own words', () => {
    const text =
      'While Ilham Aliyev has said that he wants a peace treaty, Nikol Pashinyan said he does not trust the offer.';
    expect(saidBy(text)).toEqual([
      ['aliyev', 'he wants a peace treaty'],
      ['pashinyan', 'he does not trust the offer'],
    ]);
  });

  it('the first saying’s words end at the comma that opens the main clause', () => {
    const text =
      'But even as Baku claimed on Tuesday that the road was open, Ararat Petrosyan said the trucks were still waiting.';
    expect(saidBy(text)).toEqual([
      ['gov-azerbaijan', 'the road was open'],
      ['text:ararat-petrosyan', 'the trucks were still waiting'],
    ]);
  });

  it.each([
    ['As Ararat Petrosyan said, the road is closed.', 'the road is closed'],
    [
      'While the road is open, the checkpoint is closed, Ararat Petrosyan said.',
      'While the road is open, the checkpoint is closed',
    ],
    ['When asked whether the road was open, Ararat Petrosyan said it was closed.', 'it was closed'],
  ])('a main clause with no saying of its own is still the words of the one saying: %s', (text, quote) => {
    expect(saidBy(text)).toEqual([['text:ararat-petrosyan', quote]]);
  });
});

describe('a participle of saying with how it was said between the comma and the participle', () => {
  it.each([
    [
      'Ararat Petrosyan has raised questions about the census, falsely suggesting that the village was never Armenian.',
      'the village was never Armenian',
    ],
    [
      'Ararat Petrosyan dismissed the report on Monday, again saying the shelling had come from across the border.',
      'the shelling had come from across the border',
    ],
    [
      'Ararat Petrosyan left the hall early, publicly insisting that the vote had been rigged.',
      'the vote had been rigged',
    ],
  ])('given an adverb before the participle: %s', (text, quote) => {
    expect(saidBy(text)).toEqual([['text:ararat-petrosyan', quote]]);
  });

  it('an adverb in -ly that the list does not hold is no manner of saying: "the family saying" has no comma subject', () => {
    const text = 'The convoy reached Goris on Monday, the family saying little about the journey.';
    expect(saidBy(text)).toEqual([]);
  });
});
