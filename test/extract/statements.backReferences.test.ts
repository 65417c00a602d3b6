import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const who = (text: string) => statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, 24)]);

describe('singular "they" is the person the sentence before let speak, never a body', () => {
  it('a resident who gave only a first name, after a ministry spoke', () => {
    const text =
      'The Azerbaijani Defense Ministry said its units had not opened fire. ' +
      'A nurse from Askeran, who gave their name only as Lusine, said they had left at dawn. ' +
      '"I could not take anything with me," they said.';
    expect(who(text)).toEqual([
      ['mod-azerbaijan', 'its units had not opened'],
      ['text:lusine', 'they had left at dawn'],
      ['text:lusine', 'I could not take anythin'],
    ]);
  });

  it('"they" after a body that spoke in the sentence before stays with the body', () => {
    const text =
      'A driver, who gave their name only as Armen, said they had waited for hours. ' +
      'The Armenian Foreign Ministry said the road must reopen. "We call on Baku to act," they said.';
    expect(who(text)).toContainEqual(['mfa-armenia', 'We call on Baku to act,']);
  });
});
