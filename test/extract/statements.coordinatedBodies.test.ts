import { describe, expect, it } from 'vitest';
import { speakersShown } from './statements.helpers.ts';

describe('two full body names joined by "and" speak together', () => {
  it('an office named by its holder and a presidential administration: one statement of each', () => {
    const text =
      'In a joint statement, the office of Armenian Prime Minister Nikol Pashinyan and the Azerbaijani presidential administration said the sides would open two more crossings.';
    const said = speakersShown(text);
    expect(said).toHaveLength(2);
    expect(said).toContain('azerbaijani-presidential-administration');
    expect(said.every((id) => id !== 'pashinyan')).toBe(true);
  });
});
