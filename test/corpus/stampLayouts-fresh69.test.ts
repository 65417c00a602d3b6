import { describe, expect, it } from 'vitest';
import { dateOfLocalMonthStamp } from '../../src/corpus/metadata/localMonths.ts';
import { events, published } from './dateLayouts.helpers.ts';

/** A translated page under a stamp kept in the outlet's own language. */
const page = (stamp: string, lead: string) =>
  `WORLD\n\nRefugees queue at the border post\n\nMarta Sousa\nLisbon\n${stamp}\n\n${lead}\n`;

describe('a stamp whose day, month name and year are joined by dots with no space', () => {
  it.each([
    ['14.out.2022 às 09h15', { year: 2022, month: 10, day: 14 }],
    ['05.Okt.2023 18:00', { year: 2023, month: 10, day: 5 }],
    ['3.mar.2021', { year: 2021, month: 3, day: 3 }],
    ['26.set. 2023', { year: 2023, month: 9, day: 26 }],
  ])('"%s" is that day', (line, day) => {
    expect(dateOfLocalMonthStamp(line)).toEqual({ precision: 'day', ...day });
  });

  it('the spaced forms read as before ("26. sep. 2023 kl. 09.12", "3 de octubre de 2023")', () => {
    expect(dateOfLocalMonthStamp('26. sep. 2023 kl. 09.12')).toMatchObject({ month: 9, day: 26 });
    expect(dateOfLocalMonthStamp('3 de octubre de 2023')).toMatchObject({ month: 10, day: 3 });
  });

  it('a word that is no month, or a day the month lacks, gives no date', () => {
    expect(dateOfLocalMonthStamp('14.foo.2022')).toBeNull();
    expect(dateOfLocalMonthStamp('31.fev.2022')).toBeNull();
  });

  it('dates the page, and the lead\'s weekdays count from it, under a later "Atualizado:" line', () => {
    const text = page(
      '14.out.2022 às 09h15\nAtualizado: 14.out.2022 às 17h40',
      'The buses left on Thursday night and more arrived on Friday.',
    );
    expect(published(text)).toBe('2022-10-14');
    expect(events(text)).toMatchObject({ 'on Thursday night': '2022-10-13', 'on Friday': '2022-10-14' });
  });
});
