import { describe, expect, it } from 'vitest';
import { speakersViaAndQuotes } from './statements.helpers.ts';

describe('a relayed principal who told a group, no "that" before the words (CONVENTIONS 14)', () => {
  it('"X said Y had told ministers <clause>": Y’s words start after the ones told', () => {
    const text =
      'Government spokeswoman Anna Petrosyan said Prime Minister Nikol Pashinyan had told ministers the shelters would open "before the first frost".';
    expect(speakersViaAndQuotes(text).at(-1)).toEqual([
      'pashinyan',
      'text:anna-petrosyan',
      'the shelters would open "before the first frost"',
    ]);
  });

  it('"had told his colleagues <clause>": a possessive before the group', () => {
    const text =
      'Foreign Ministry spokesperson Aykhan Hajizada stated that Minister Jeyhun Bayramov had told his colleagues the protocol was "a first step".';
    expect(speakersViaAndQuotes(text).at(-1)).toEqual([
      'bayramov',
      'text:aykhan-hajizada',
      'the protocol was "a first step"',
    ]);
  });

  it('"had told foreign leaders <clause>": a modifier before the group', () => {
    const text =
      'Hikmet Hajiyev, an aide to President Ilham Aliyev, wrote that Aliyev had told foreign leaders Baku would keep the road open.';
    expect(speakersViaAndQuotes(text).at(-1)).toEqual(['aliyev', 'hajiyev', 'Baku would keep the road open']);
  });

  it('a group told no clause ("told ministers in Brussels about …") gives the principal no words', () => {
    const text =
      'Government spokeswoman Anna Petrosyan said Prime Minister Nikol Pashinyan had told ministers in Brussels about the shelters.';
    expect(speakersViaAndQuotes(text).map(([speaker]) => speaker)).toEqual(['text:anna-petrosyan']);
  });
});
