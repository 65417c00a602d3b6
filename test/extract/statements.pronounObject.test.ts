import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

describe('a pronoun object with only a time after it reports no words', () => {
  it('"welcomed it the same day" (regional news style)', () => {
    const text = 'The agreement was announced on Friday by the commissions. Baku welcomed it the same day.';
    expect(statementsOf(text)).toEqual([]);
  });

  it('"confirmed it on Monday" (wire style)', () => {
    expect(statementsOf('The Kremlin confirmed it on Monday.')).toEqual([]);
  });

  it('a clause that opens with a pronoun is still what was said', () => {
    expect(statementsOf('Pashinyan said it was over on Monday.')[0]?.quote).toBe('it was over on Monday');
  });
});
