import { describe, expect, it } from 'vitest';
import { published } from './dateLayouts.helpers.ts';

const HEADLINE = 'Farmers block the mountain road for a third day\n\n';
const LEAD = 'The protesters said on Tuesday that they would stay until the quarry was closed.\n';

describe('a stamp with its revision in round brackets', () => {
  it.each([
    ['March 4, 2024 (changed March 5, 2024 | 09:30)', '2024-03-04'],
    ['4 March 2024 (amended 5 March 2024 | 09:30)', '2024-03-04'],
    ['March 4, 2024 (updated March 5, 2024 | 09:30)', '2024-03-04'],
  ])('%s → published %s, the first date, never the revision', (line, day) => {
    expect(published(`World\n\n${HEADLINE}by Anna Rossi\n\n${line}\n\n${LEAD}`)).toBe(day);
  });
});
