import { describe, expect, it } from 'vitest';
import { events, published } from '../corpus/dateLayouts.helpers.ts';

describe('a stamp giving the Gregorian day in brackets after the other calendar dates the piece', () => {
  const page =
    'Region\n\nA new consulate in the south\n\nSaturday 30 Mehr 1401 - 09:15 (22 October 2022)\n\n' +
    'The deputy minister, who arrived in the city yesterday, today cut the ribbon at the new consulate.\n';

  it('reads the bracketed day as the publication date', () => {
    expect(published(page)).toBe('2022-10-22');
  });

  it('dates "yesterday" and "today" from it', () => {
    expect(events(page)).toMatchObject({ yesterday: '2022-10-21', today: '2022-10-22' });
  });

  it('a bracketed time or a second other-calendar day is no date', () => {
    expect(
      published('Region\n\nA new consulate\n\n30 Mehr 1401 (09:15)\n\nThe minister spoke today.\n'),
    ).toBeNull();
  });
});
