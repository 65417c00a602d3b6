import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** Sentences written for these tests; the stamp gives the day each piece speaks from. */
const piece = (stamp: string, body: string) => `Aid convoy waits at the border\n\n${stamp}\n\n${body}\n`;

describe('"last" and "next" before a season count seasons from the piece’s day, not years', () => {
  it.each([
    ['13 December 2023, 14:25', 'last summer', 'summer 2023'],
    ['2 October 2022, 09:00', 'last spring', 'spring 2022'],
    ['18 July 2023, 11:00', 'last summer', 'summer 2022'],
    ['16 November 2021, 09:10', 'last autumn', 'fall 2020'],
    ['18 January 2024, 08:30', 'last autumn', 'fall 2023'],
  ])('said on %s, "%s" is the latest one over: %s', (stamp, written, season) => {
    const text = piece(stamp, `The guard was detained ${written}, his lawyer said on Tuesday.`);
    expect(events(text)).toMatchObject({ [written]: season });
  });

  it.each([
    ['25 January 2024, 17:43', 'next summer', 'summer 2024'],
    ['20 September 2023, 10:00', 'next summer', 'summer 2024'],
    ['4 December 2022, 12:00', 'next spring', 'spring 2023'],
  ])('said on %s, "%s" is the first one to begin: %s', (stamp, written, season) => {
    const text = piece(stamp, `The road will reopen ${written}, the minister said on Tuesday.`);
    expect(events(text)).toMatchObject({ [written]: season });
  });

  it('"the summer of last year" still counts years', () => {
    const text = piece(
      '13 December 2023, 14:25',
      'The bridge was closed in the summer of last year, the mayor said.',
    );
    expect(Object.values(events(text))).toContain('summer 2022');
  });

  it('winter, which runs across two years, keeps the count by years', () => {
    const text = piece(
      '13 December 2023, 14:25',
      'The pipeline was cut last winter, the mayor said on Tuesday.',
    );
    expect(events(text)).toMatchObject({ 'last winter': 'winter 2022' });
  });
});
