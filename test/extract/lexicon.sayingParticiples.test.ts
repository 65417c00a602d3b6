import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/**
 * One list of the participles of saying ("adding", "noting", "confirming", "denying", …): every
 * rule that reads a second saying after a comma, or a text's participle, reads all of them.
 */

const said = (text: string) =>
  extractFrom(text).map((s) => [s.mention, text.slice(s.quote.start, s.quote.end)]);

describe('", confirming that …" after a saying is a second saying of the same speaker', () => {
  it('ends the first content at the participle and reads the second', () => {
    expect(
      said(
        'The interior minister said the border post would reopen on Monday, confirming that the guards had been replaced.',
      ),
    ).toEqual([
      ['The interior minister', 'the border post would reopen on Monday'],
      ['The interior minister', 'the guards had been replaced'],
    ]);
  });

  it('", denying that …" is read the same way', () => {
    expect(said('The governor said the power lines were down, denying that the plant had been hit.')).toEqual(
      [
        ['The governor', 'the power lines were down'],
        ['The governor', 'the plant had been hit'],
      ],
    );
  });
});

describe('a text put out "alleging that …" says what its author says', () => {
  it('"X published a report … alleging that" is X speaking', () => {
    expect(
      said(
        'Human Rights Watch published a report on Friday alleging that the detainees had been denied water.',
      ),
    ).toEqual([['Human Rights Watch', 'the detainees had been denied water']]);
  });
});
