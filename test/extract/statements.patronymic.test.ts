import { describe, expect, it } from 'vitest';
import { speakersViaAndQuotes, statementsOf } from './statements.helpers.ts';

describe('a given name and patronymic, as a Russian spokesman addresses his principal', () => {
  it('is the one person the text named before with that given name', () => {
    const text =
      'Ilham Aliyev called Vladimir Putin on Wednesday.\n\nKremlin spokesman Dmitry Peskov said: Vladimir Vladimirovich said that the convoy would leave on Friday.';
    expect(speakersViaAndQuotes(text).at(-1)).toEqual([
      'putin',
      'peskov',
      'the convoy would leave on Friday',
    ]);
  });

  it('is no one the text named when two people share the given name', () => {
    const text =
      'Vladimir Putin met Vladimir Norov in Moscow.\n\nA Kremlin aide said: Vladimir Vladimirovich said that the convoy would leave on Friday.';
    expect(statementsOf(text).some((s) => s.speaker === 'putin')).toBe(false);
  });
});
