import { describe, expect, it } from 'vitest';
import { eventDatesShown, timelineOfPage } from './dates.helpers.ts';

/** A pasted page can hold a "sentence" with no stops for thousands of words: a list, a log, a table. */
const datesOf = (text: string) => eventDatesShown(timelineOfPage(text)).map(([, date]) => date);

describe('a run-on sentence holding many dates', () => {
  it('dates each entry of a page-long list with no full stop', () => {
    const days = Array.from({ length: 600 }, (_, i) => `on ${(i % 28) + 1} May 2023 the envoy met the mayor`);
    const dates = datesOf(`Envoy's diary\n\nMarch 10, 2024\n\nThe log reads: ${days.join(', ')}.\n`);
    expect(dates).toHaveLength(600);
    expect(dates[0]).toBe('2023-05-01');
    expect(dates[599]).toBe(`2023-05-${String((599 % 28) + 1).padStart(2, '0')}`);
  });

  it('still reads future wording next to a date deep inside such a sentence', () => {
    const filler = Array.from({ length: 80 }, () => 'the envoy met the mayor').join(', ');
    const dates = datesOf(
      `Envoy's diary\n\nMarch 10, 2024\n\nThe log reads: ${filler}, and talks will resume in October, ${filler}.\n`,
    );
    expect(dates).toEqual(['2024-10']);
  });
});
