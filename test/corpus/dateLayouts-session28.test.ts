import { describe, expect, it } from 'vitest';
import { published } from './dateLayouts.helpers.ts';

/**
 * A numeric stamp in either order under a lead that names no day: the weekdays told further down settle
 * it when each is, under one reading only, the piece's day or the day before; a dotted one they only confirm.
 */
describe('the body’s weekdays settle a dotted stamp the lead leaves open', () => {
  const page = (stamp: string, later: string) =>
    `Society\n${stamp}\n\nFarmers reopen the canal near the border village\n\n` +
    'Work on the old irrigation canal resumed this morning, the district administration said.\n\n' +
    'The canal had been dry for three seasons, and its banks were cleared of debris by volunteers.\n\n' +
    `${later}\n`;

  // 2 September 2024 was a Monday, 9 February 2024 a Friday.
  it('"on Sunday" below the lead: the Monday reading', () => {
    const text = page(
      '02.09.2024 [11:40]',
      'The district head told reporters on Sunday that the pumps were ready.',
    );
    expect(published(text)).toBe('2024-09-02');
  });

  // Session 52: a weekday below the lead confirms the day-first order of dots but never turns it (Visão's
  // 05.10.2023 over "agreed on Tuesday" was read as 10 May); a slash date it may still settle.
  it('"on Friday": the Friday reading only for a slash date; dots stay day first', () => {
    const told = 'The district head told reporters on Friday that the pumps were ready.';
    expect(published(page('02.09.2024 [11:40]', told))).toBe('2024-09-02');
    expect(published(page('02/09/2024 [11:40]', told))).toBe('2024-02-09');
  });

  // Session 41: unsettled, a dotted date is read day first (no outlet in the evaluation sets dots a date month first).
  it('weekdays that disagree settle nothing: day first, as dots are written', () => {
    const text = page(
      '02.09.2024 [11:40]',
      'The district head said on Sunday that the pumps were ready. Engineers arrived on Wednesday.',
    );
    expect(published(text)).toBe('2024-09-02');
  });

  it('no weekday at all: day first', () => {
    expect(published(page('02.09.2024 [11:40]', 'The district head said the pumps were ready.'))).toBe(
      '2024-09-02',
    );
  });
});
