import { describe, expect, it } from 'vitest';
import { published } from './dateLayouts.helpers.ts';

const LEAD =
  'Shelling damaged the school in the town on Friday, local officials said, and the roads were closed.\n';

/**
 * A stamp's "at" before its hour in the site's own language: the German "um", the French "à", the
 * Spanish "a las", the Italian "alle", the Portuguese "às". The line is a stamp as "22.03.2024 at 14:55" is.
 * Lines written for these tests.
 */
describe('a stamp whose hour follows a foreign "at"', () => {
  it.each([
    ['22.03.2024 um 14:55', '2024-03-22'],
    ['22.03.2024 à 14h55', '2024-03-22'],
    ['22.03.2024 a las 14:55', '2024-03-22'],
    ['22.03.2024 alle 14:55', '2024-03-22'],
    ['22.03.2024 às 14:55', '2024-03-22'],
  ])('%s → published %s', (line, day) => {
    expect(published(`Flooding cuts off mountain villages\n\n${line}\n\n${LEAD}`)).toBe(day);
  });

  it('a word other than "at" before the hour leaves the line running text', () => {
    expect(published(`Flooding cuts off mountain villages\n\n22.03.2024 until 14:55\n\n${LEAD}`)).toBeNull();
  });
});
