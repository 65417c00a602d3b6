import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

describe('a sentence read before, in another document or at another place, reads as it is here', () => {
  const sentence = 'The regional governor said the road to the border would reopen on Friday.';

  it('the same sentence at another offset gives the same clause, at its own place', () => {
    const first = statementsOf(sentence);
    const later = statementsOf(`Snow closed the pass on Tuesday. ${sentence}`);
    expect(first).toEqual([
      {
        speaker: 'text:regional-governor',
        kind: 'reported',
        quote: 'the road to the border would reopen on Friday',
      },
    ]);
    expect(later).toEqual(first);
  });

  it('the same words with part of them quoted keep their quotation marks in the clause', () => {
    const quoted = 'The regional governor said the road to the border “would reopen on Friday.”';
    statementsOf(sentence);
    expect(statementsOf(quoted).map((s) => s.quote)).toEqual([
      'the road to the border “would reopen on Friday.”',
    ]);
  });
});
