import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../src/answer/period.ts';

describe('a period the user types', () => {
  it.each([
    ['2023-09', { year: 2023, month: 9 }],
    ['2023', { year: 2023 }],
    ['2023-09-19', { year: 2023, month: 9, day: 19 }],
    ['September 2023', { year: 2023, month: 9 }],
    ['Sep 2023', { year: 2023, month: 9 }],
    ['sept. 2023', { year: 2023, month: 9 }],
    ['19 September 2023', { year: 2023, month: 9, day: 19 }],
    ['September 19, 2023', { year: 2023, month: 9, day: 19 }],
    ['  2023-9 ', { year: 2023, month: 9 }],
    ['9999-12', { year: 9999, month: 12 }],
  ])('%s is read as %o', (input, period) => {
    expect(parsePeriod(input)).toEqual({ ok: true, period });
  });

  it.each([
    '2023-13',
    '13/2023',
    '0000-00',
    '2023-02-30',
    '',
    'yesterday',
    'x'.repeat(6000),
    '2023-09-19T00:00',
    '@everyone',
  ])('%s is refused with a hint that shows the forms that work', (input) => {
    const result = parsePeriod(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain('`2023-09`');
  });
});
