import { describe, expect, it } from 'vitest';
import { extractFrom, timelineFor } from './statements.helpers.ts';

const day = (year: number, month: number, d: number) =>
  ({ precision: 'day', year, month, day: d, yearStatus: 'stated' }) as const;

describe('the date of a statement, among several dates in its attribution', () => {
  const reference = day(2023, 9, 20);

  it("a date in a relative clause about the speaker is not the statement's", () => {
    const text = 'Pashinyan, who took office on May 8, 2018, said on Monday that the talks would continue.';
    const timeline = timelineFor(text, reference, [
      ['on May 8, 2018', day(2018, 5, 8)],
      ['on Monday', day(2023, 9, 18)],
    ]);
    const [s] = extractFrom(text, timeline);
    expect(s!.date).toEqual(day(2023, 9, 18));
    expect(s!.dateBasis).toBe('stated in the text');
  });

  it("a date before the speaker stays the statement's, whatever a relative clause about the speaker says", () => {
    const text = 'On Monday, Pashinyan, who visited Brussels on Sunday, said that the talks would continue.';
    const timeline = timelineFor(text, reference, [
      ['On Monday', day(2023, 9, 18)],
      ['on Sunday', day(2023, 9, 17)],
    ]);
    const [s] = extractFrom(text, timeline);
    expect(s!.date).toEqual(day(2023, 9, 18));
  });

  it("one date in the attribution stays the statement's date", () => {
    const text = 'The ministry said on Monday that the road was open.';
    const [s] = extractFrom(text, timelineFor(text, reference, [['on Monday', day(2023, 9, 18)]]));
    expect(s!.date).toEqual(day(2023, 9, 18));
  });
});
